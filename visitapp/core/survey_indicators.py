"""Survey indicators: response rate, before/after change per comparable question (paired by the
phone's anonymous key, and unpaired), broken down by gender and level, and talk usefulness.

Pure: storage hands in counts per (group, answer) computed in SQL; this module computes means,
shares and confidence intervals from them, and hides what small groups would reveal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from visitapp.core.indicators import Hidden, HiddenReason, Share, hide_small_groups, share
from visitapp.core.statistics import (
    Interval,
    mean_interval,
    variance_from_sums,
    welch_interval,
    wilson_interval,
)
from visitapp.core.surveys import LocalText, QuestionKind

# Question ids of the programme's surveys that the indicators rely on (resources/surveys/*.json).
GENDER_QUESTION = "gender"
LEVEL_QUESTION = "class_level"
USEFULNESS_QUESTION = "useful"
PROFILE_QUESTIONS = frozenset({GENDER_QUESTION, LEVEL_QUESTION})
USEFUL_FROM = 4  # on the 1–5 scale, 4 and 5 count as "useful"
NOT_STATED = ""  # gender group of the pupils who skipped the question (and of tallies)


@dataclass(frozen=True, slots=True)
class QuestionInfo:
    id: str
    kind: QuestionKind
    text: LocalText
    options: tuple[tuple[str, LocalText], ...] = ()  # closed questions; scales: "1".."5"


@dataclass(frozen=True, slots=True)
class AnswerCount:
    """How many answers gave `option` (`number` for scales), in one phase and group."""

    phase: str  # "before" | "after"
    level: str  # the visit's class level
    gender: str  # the pupil's answer to the gender question, NOT_STATED if none
    question_id: str
    option: str
    number: int | None
    count: int
    tallied: bool = False  # a show-of-hands count entered by the ambassador


@dataclass(frozen=True, slots=True)
class PairCount:
    """How many phones answered `before` then `after` to a question (one visit, one pair key)."""

    level: str
    gender: str
    question_id: str
    before: int
    after: int
    count: int


@dataclass(frozen=True, slots=True)
class SurveyCounts:
    """What storage returns for the filtered visits."""

    questions: dict[str, QuestionInfo]
    before_ids: frozenset[str]  # questions asked in the before surveys
    after_ids: frozenset[str]
    surveyed_visits: dict[str, int]  # phase → visits with a session of that phase
    responses: dict[str, int]  # phase → responses (phones and kiosk)
    responses_with_headcount: dict[str, int]  # phase → responses in visits with a headcount
    pupils_surveyed: dict[str, int]  # phase → pupils present in those visits
    tallied_sessions: int
    answers: list[AnswerCount] = field(default_factory=list)
    pairs: list[PairCount] = field(default_factory=list)
    paired_phones: int = 0


# -- results ---------------------------------------------------------------------------------

Figure = float | Hidden | None
Bounds = Interval | Hidden | None


@dataclass(frozen=True, slots=True)
class PairedChange:
    pairs: int
    mean_change: Figure
    interval: Bounds
    share_up: Share
    share_up_interval: Bounds
    share_down: Share


@dataclass(frozen=True, slots=True)
class UnpairedChange:
    answers_before: int
    answers_after: int
    tallied_before: int  # of which show-of-hands counts
    tallied_after: int
    mean_before: Figure
    mean_after: Figure
    mean_change: Figure
    interval: Bounds


@dataclass(frozen=True, slots=True)
class ChangeRow:
    group: str  # "" overall, else a gender option or a class level
    paired: PairedChange
    unpaired: UnpairedChange


@dataclass(frozen=True)
class QuestionChange:
    question: QuestionInfo
    overall: ChangeRow
    by_gender: list[ChangeRow]
    by_level: list[ChangeRow]


@dataclass(frozen=True)
class Distribution:
    """Answers per option before and after (tallies included, counted apart)."""

    question: QuestionInfo
    options: list[str]
    before: list[int | Hidden]
    after: list[int | Hidden]
    answers_before: int
    answers_after: int
    tallied_before: int
    tallied_after: int


@dataclass(frozen=True, slots=True)
class Usefulness:
    answers: int
    tallied: int
    mean: Figure
    share_useful: Share  # 4 or 5 on the scale
    interval: Bounds


@dataclass(frozen=True)
class SurveyReport:
    surveyed_visits_before: int
    surveyed_visits_after: int
    responses_before: int
    responses_after: int
    response_rate_before: Share
    response_rate_after: Share
    paired_phones: int
    tallied_sessions: int
    changes: list[QuestionChange] = field(default_factory=list)
    distributions: list[Distribution] = field(default_factory=list)
    usefulness: Usefulness | None = None
    gender_question: QuestionInfo | None = None  # for the words of the gender groups


# -- computing --------------------------------------------------------------------------------


def _hidden(reason: HiddenReason | None, threshold: int) -> Hidden | None:
    return Hidden(reason, threshold) if reason else None


def _moments(values: Iterable[tuple[float, int]]) -> tuple[int, float, float]:
    """n, Σx, Σx² from (value, count) pairs."""
    n, total, squares = 0, 0.0, 0.0
    for value, count in values:
        n += count
        total += value * count
        squares += value * value * count
    return n, total, squares


def paired_change(
    pairs: Sequence[PairCount], threshold: int, reason: HiddenReason | None = None
) -> PairedChange:
    n, total, squares = _moments((p.after - p.before, p.count) for p in pairs)
    up = sum(p.count for p in pairs if p.after > p.before)
    down = sum(p.count for p in pairs if p.after < p.before)
    if reason is None and 0 < n < threshold:
        reason = HiddenReason.SMALL_GROUP
    hidden = _hidden(reason, threshold)
    if hidden or n == 0:
        return PairedChange(n, hidden, hidden, hidden, hidden, hidden)
    mean = total / n
    return PairedChange(
        pairs=n,
        mean_change=mean,
        interval=mean_interval(n, mean, variance_from_sums(n, total, squares)),
        share_up=up / n,
        share_up_interval=wilson_interval(up, n),
        share_down=down / n,
    )


def unpaired_change(
    answers: Sequence[AnswerCount],
    threshold: int,
    reasons: tuple[HiddenReason | None, HiddenReason | None] = (None, None),
) -> UnpairedChange:
    sides = []
    for phase, reason in zip(("before", "after"), reasons, strict=True):
        mine = [a for a in answers if a.phase == phase and a.number is not None]
        n, total, squares = _moments((a.number, a.count) for a in mine)
        if reason is None and 0 < n < threshold:
            reason = HiddenReason.SMALL_GROUP
        tallied = sum(a.count for a in mine if a.tallied)
        sides.append((n, total, squares, tallied, _hidden(reason, threshold)))
    (n1, t1, s1, tally1, hidden1), (n2, t2, s2, tally2, hidden2) = sides
    mean1 = hidden1 or (t1 / n1 if n1 else None)
    mean2 = hidden2 or (t2 / n2 if n2 else None)
    change: Figure
    interval: Bounds
    if hidden1 or hidden2:
        change = interval = hidden1 or hidden2
    elif n1 and n2:
        change = t2 / n2 - t1 / n1
        interval = welch_interval(
            n1, t1 / n1, variance_from_sums(n1, t1, s1), n2, t2 / n2, variance_from_sums(n2, t2, s2)
        )
    else:
        change = interval = None
    return UnpairedChange(n1, n2, tally1, tally2, mean1, mean2, change, interval)


def _group_rows(
    keys: Sequence[str],
    answers: Sequence[AnswerCount],
    pairs: Sequence[PairCount],
    attribute: str,
    threshold: int,
) -> list[ChangeRow]:
    """One breakdown (by gender or by level) with small-cell protection within each figure."""

    def mine_a(key: str, phase: str) -> list[AnswerCount]:
        return [a for a in answers if getattr(a, attribute) == key and a.phase == phase]

    def mine_p(key: str) -> list[PairCount]:
        return [p for p in pairs if getattr(p, attribute) == key]

    paired_hide = hide_small_groups([sum(p.count for p in mine_p(k)) for k in keys], threshold)
    before_hide = hide_small_groups(
        [sum(a.count for a in mine_a(k, "before")) for k in keys], threshold
    )
    after_hide = hide_small_groups(
        [sum(a.count for a in mine_a(k, "after")) for k in keys], threshold
    )
    return [
        ChangeRow(
            key,
            paired_change(mine_p(key), threshold, paired_hide[i]),
            unpaired_change(
                mine_a(key, "before") + mine_a(key, "after"),
                threshold,
                (before_hide[i], after_hide[i]),
            ),
        )
        for i, key in enumerate(keys)
    ]


def question_change(
    question: QuestionInfo,
    answers: Sequence[AnswerCount],
    pairs: Sequence[PairCount],
    genders: Sequence[str],
    levels: Sequence[str],
    threshold: int,
) -> QuestionChange:
    answers = [a for a in answers if a.question_id == question.id]
    pairs = [p for p in pairs if p.question_id == question.id]
    # Tallies carry no gender: the gender breakdown covers the pupils' own answers only.
    own = [a for a in answers if not a.tallied]
    return QuestionChange(
        question=question,
        overall=ChangeRow("", paired_change(pairs, threshold), unpaired_change(answers, threshold)),
        by_gender=_group_rows(genders, own, pairs, "gender", threshold),
        by_level=_group_rows(levels, answers, pairs, "level", threshold),
    )


def distribution(
    question: QuestionInfo, answers: Sequence[AnswerCount], threshold: int
) -> Distribution:
    answers = [a for a in answers if a.question_id == question.id]
    options = [option for option, _ in question.options]

    def side(phase: str) -> tuple[list[int | Hidden], int, int]:
        mine = [a for a in answers if a.phase == phase]
        n = sum(a.count for a in mine)
        tallied = sum(a.count for a in mine if a.tallied)
        counts: list[int | Hidden] = [
            sum(a.count for a in mine if a.option == option) for option in options
        ]
        if 0 < n < threshold:
            counts = [Hidden(HiddenReason.SMALL_GROUP, threshold)] * len(options)
        return counts, n, tallied

    before, n_before, tallied_before = side("before")
    after, n_after, tallied_after = side("after")
    return Distribution(
        question, options, before, after, n_before, n_after, tallied_before, tallied_after
    )


def usefulness(answers: Sequence[AnswerCount], threshold: int) -> Usefulness | None:
    mine = [
        a
        for a in answers
        if a.question_id == USEFULNESS_QUESTION and a.phase == "after" and a.number is not None
    ]
    n, total, _ = _moments((a.number, a.count) for a in mine)
    if n == 0:
        return None
    tallied = sum(a.count for a in mine if a.tallied)
    useful = sum(a.count for a in mine if a.number >= USEFUL_FROM)
    if n < threshold:
        hidden = Hidden(HiddenReason.SMALL_GROUP, threshold)
        return Usefulness(n, tallied, hidden, hidden, hidden)
    return Usefulness(n, tallied, total / n, useful / n, wilson_interval(useful, n))


def _ordered(keys: Iterable[str], order: Sequence[str]) -> list[str]:
    rank = {key: i for i, key in enumerate(order)}
    return sorted(set(keys), key=lambda k: (rank.get(k, len(rank)), k))


def survey_report(counts: SurveyCounts, threshold: int, level_order: Sequence[str]) -> SurveyReport:
    questions = counts.questions
    comparable = [
        questions[q]
        for q in sorted(counts.before_ids & counts.after_ids)
        if q in questions
        and questions[q].kind in (QuestionKind.SCALE, QuestionKind.NUMBER)
        and q not in PROFILE_QUESTIONS
    ]
    gender_info = questions.get(GENDER_QUESTION)
    gender_order = [o for o, _ in gender_info.options] if gender_info else []
    genders = _ordered(
        [a.gender for a in counts.answers if not a.tallied] + [p.gender for p in counts.pairs],
        [*gender_order, NOT_STATED],
    )
    levels = _ordered(
        [a.level for a in counts.answers] + [p.level for p in counts.pairs], level_order
    )
    shown = [
        q
        for q in questions.values()
        if q.kind in (QuestionKind.SCALE, QuestionKind.SINGLE) and q.id not in PROFILE_QUESTIONS
    ]
    order = {q.id: i for i, q in enumerate(comparable)}
    shown.sort(key=lambda q: (order.get(q.id, len(order)), q.id))
    return SurveyReport(
        surveyed_visits_before=counts.surveyed_visits.get("before", 0),
        surveyed_visits_after=counts.surveyed_visits.get("after", 0),
        responses_before=counts.responses.get("before", 0),
        responses_after=counts.responses.get("after", 0),
        response_rate_before=_rate(counts, "before", threshold),
        response_rate_after=_rate(counts, "after", threshold),
        paired_phones=counts.paired_phones,
        tallied_sessions=counts.tallied_sessions,
        changes=[
            question_change(q, counts.answers, counts.pairs, genders, levels, threshold)
            for q in comparable
        ],
        distributions=[distribution(q, counts.answers, threshold) for q in shown],
        usefulness=usefulness(counts.answers, threshold),
        gender_question=gender_info,
    )


def _rate(counts: SurveyCounts, phase: str, threshold: int) -> Share:
    """Answers ÷ pupils present, over the visits that ran a survey of this phase and have a
    headcount. Fewer answers than the threshold: hidden like any figure from few answers."""
    answers = counts.responses_with_headcount.get(phase, 0)
    pupils = counts.pupils_surveyed.get(phase, 0)
    if 0 < answers < threshold:
        return Hidden(HiddenReason.SMALL_GROUP, threshold)
    return share(answers, pupils, 0) if pupils else None
