"""The survey part of the report as labelled tables: overview, paired and unpaired before/after
changes (overall, by gender, by level) and answers per option. No free text, ever."""

from __future__ import annotations

from visitapp.core.indicators import Hidden
from visitapp.core.statistics import Interval
from visitapp.core.survey_indicators import (
    NOT_STATED,
    ChangeRow,
    QuestionChange,
    QuestionInfo,
    SurveyReport,
)
from visitapp.reports import labels
from visitapp.reports.tables import Cell, Number, Table, percent


def _figure(value: float | Hidden | None, signed: bool = False) -> Cell:
    return Number(value, signed) if isinstance(value, float) else value


def _bounds(interval: Interval | Hidden | None) -> tuple[Cell, Cell]:
    if isinstance(interval, Interval):
        return Number(interval.low, True), Number(interval.high, True)
    return interval, interval


def option_label(question: QuestionInfo, option: str, language: str) -> str:
    for option_id, text in question.options:
        if option_id == option:
            return text.get(language)
    return option


def _group_label(row: ChangeRow, kind: str, language: str) -> str:
    if kind == "overall":
        return labels.word("overall", language)
    if kind == "level":
        return labels.level(row.group, language)
    if row.group == NOT_STATED:
        return labels.word("gender_not_stated", language)
    return row.group


def _rows(change: QuestionChange) -> list[tuple[str, ChangeRow]]:
    return (
        [("overall", change.overall)]
        + [("gender", row) for row in change.by_gender]
        + [("level", row) for row in change.by_level]
    )


def survey_tables(survey: SurveyReport, language: str) -> list[Table]:
    w = labels.word
    useful = survey.usefulness
    overview: list[tuple[Cell, ...]] = [
        (w("surveyed_visits_before", language), survey.surveyed_visits_before),
        (w("surveyed_visits_after", language), survey.surveyed_visits_after),
        (w("responses_before", language), survey.responses_before),
        (w("responses_after", language), survey.responses_after),
        (w("response_rate_before", language), percent(survey.response_rate_before)),
        (w("response_rate_after", language), percent(survey.response_rate_after)),
        (w("paired_phones", language), survey.paired_phones),
        (w("tallied_sessions", language), survey.tallied_sessions),
    ]
    if useful:
        overview += [
            (w("useful_answers", language), useful.answers),
            (w("useful_mean", language), _figure(useful.mean)),
            (w("share_useful", language), percent(useful.share_useful)),
        ]

    def group(change: QuestionChange, kind: str, row: ChangeRow) -> str:
        if kind == "gender" and row.group != NOT_STATED and survey.gender_question:
            return option_label(survey.gender_question, row.group, language)
        return _group_label(row, kind, language)

    paired, unpaired = [], []
    for change in survey.changes:
        question = change.question.text.get(language)
        for kind, row in _rows(change):
            p, u = row.paired, row.unpaired
            if p.pairs:
                paired.append(
                    (question, group(change, kind, row), p.pairs, _figure(p.mean_change, True),
                     *_bounds(p.interval), percent(p.share_up), percent(p.share_down))
                )  # fmt: skip
            if u.answers_before or u.answers_after:
                unpaired.append(
                    (question, group(change, kind, row), u.answers_before, u.tallied_before,
                     u.answers_after, u.tallied_after, _figure(u.mean_before),
                     _figure(u.mean_after), _figure(u.mean_change, True), *_bounds(u.interval))
                )  # fmt: skip
    distributions = []
    for d in survey.distributions:
        question = d.question.text.get(language)
        for i, option in enumerate(d.options):
            distributions.append(
                (question, option_label(d.question, option, language), d.before[i], d.after[i])
            )
    return [
        Table("survey", w("survey", language), [w("indicator", language), w("value", language)], overview),
        Table(
            "paired_changes",
            w("paired_changes", language),
            [w(k, language) for k in ("question", "group", "pairs", "mean_change", "ci_low",
                                      "ci_high", "share_up", "share_down")],
            paired,
        ),
        Table(
            "unpaired_changes",
            w("unpaired_changes", language),
            [w(k, language) for k in ("question", "group", "answers_before", "tallied_before",
                                      "answers_after", "tallied_after", "mean_before",
                                      "mean_after", "mean_change", "ci_low", "ci_high")],
            unpaired,
        ),
        Table(
            "distributions",
            w("distributions", language),
            [w(k, language) for k in ("question", "option", "before", "after")],
            distributions,
        ),
    ]  # fmt: skip
