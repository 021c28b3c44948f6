"""The SQL behind the survey indicators: answers counted per (phase, level, gender, question,
option) and phones paired before/after over the filtered visits, added up from the survey
summaries (storage/survey_summaries.py), refreshed first."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from visitapp.core.indicators import ReportFilter
from visitapp.core.survey_indicators import (
    GENDER_QUESTION,
    AnswerCount,
    PairCount,
    QuestionInfo,
    SurveyCounts,
)
from visitapp.core.surveys import LocalText, QuestionKind, SurveyDefinition
from visitapp.storage.database import Store
from visitapp.storage.indicators import counted_visit, local_minute, visits_where
from visitapp.storage.survey_summaries import refresh
from visitapp.storage.surveys import SurveyRepository

_COUNTED_KINDS = (QuestionKind.SINGLE, QuestionKind.SCALE, QuestionKind.NUMBER)


def _info(definition: SurveyDefinition) -> dict[str, QuestionInfo]:
    found = {}
    for question in definition.questions:
        if question.kind in _COUNTED_KINDS:
            french, english = question.option_names("fr"), question.option_names("en")
            options = tuple((o, LocalText(french[o], english[o])) for o in question.option_ids())
            found[question.id] = QuestionInfo(question.id, question.kind, question.text, options)
    return found


Months = list[str]  # [first, last] months ("YYYY-MM"), both included


def _month(day: date) -> str:
    return day.isoformat()[:7]


def rollup_months(report_filter: ReportFilter, as_of: datetime) -> Months | None:
    """The months whose every visit the filter selects, so their rollups can stand in for
    their visits: whole months inside the dates, before the month of `as_of` (all held), and
    only under filters a rollup keeps apart (dates, class level). None when there are none."""
    if report_filter.school_id or report_filter.ambassador_id or report_filter.engineering_school:
        return None
    first = "0000-01"
    if report_filter.date_from:
        start = report_filter.date_from
        if start.day != 1:
            start = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        first = _month(start)
    end = as_of.date().replace(day=1)  # the first month left out
    if report_filter.date_to:
        end = min(end, (report_filter.date_to + timedelta(days=1)).replace(day=1))
    last = _month(end - timedelta(days=1))
    return [first, last] if first <= last else None


class SurveyIndicatorQueries:
    def __init__(self, store: Store) -> None:
        self.db = store.db
        self._surveys = SurveyRepository(store)

    def _sessions(self, report_filter: ReportFilter, as_of: datetime) -> tuple[str, list[object]]:
        """A CTE of the before/after sessions of the filtered, held visits. A session of a visit
        marked the same as another counts with that one (its pupils' answers are not lost)."""
        where, params = visits_where(report_filter)
        cte = f"""ses AS (
            SELECT s.id, s.phase, v.id AS visit_id, v.class_level, v.pupils_present
            FROM survey_session s JOIN visit v ON v.id = {counted_visit("s.visit_id")}
            WHERE s.deleted = 0 AND s.phase IN ('before', 'after') AND {where}
              AND v.starts_at <= ?)"""
        return cte, [*params, local_minute(as_of)]

    def _visits(
        self, report_filter: ReportFilter, as_of: datetime, outside: Months | None = None
    ) -> tuple[str, list[object]]:
        """A CTE `sel` of the filtered, held visits (leaving out the months `outside` names)."""
        where, params = visits_where(report_filter)
        where += " AND v.starts_at <= ?"
        params.append(local_minute(as_of))
        if outside:
            where += " AND substr(v.starts_at, 1, 7) NOT BETWEEN ? AND ?"
            params += outside
        cte = f"sel AS (SELECT v.id, v.class_level, v.pupils_present FROM visit v WHERE {where})"
        return cte, params

    def _summed(
        self,
        report_filter: ReportFilter,
        as_of: datetime,
        months: Months | None,
        keys: str,
        per_visit: str,
        per_month: str,
        marks: str,
        counted: list[str],
    ) -> tuple[str, list[object]]:
        """Counts of the summary `per_visit` summed per `keys` over the filtered visits; whole
        months the filter takes every visit of are read from their rollup `per_month`."""
        cte, params = self._visits(report_filter, as_of, months)
        columns = ", ".join(f"x.{key.strip()}" for key in keys.split(","))
        parts = [
            f"""SELECT {columns.replace("x.class_level", "sel.class_level")}, x.count AS n
            FROM sel JOIN {per_visit} x ON x.visit_id = sel.id AND x.question_id IN ({marks})"""
        ]
        params += counted
        if months:
            level = " AND x.class_level = ?" if report_filter.class_level else ""
            parts.append(
                f"""SELECT {columns}, x.count AS n FROM {per_month} x
                WHERE x.month BETWEEN ? AND ?{level} AND x.question_id IN ({marks})"""
            )
            params += months
            if report_filter.class_level:
                params.append(report_filter.class_level.value)
            params += counted
        union = "\n UNION ALL ".join(parts)
        sql = f"""WITH {cte} SELECT {keys}, sum(n) FROM ({union}) GROUP BY {keys}"""
        return sql, params

    def counts(self, report_filter: ReportFilter, as_of: datetime) -> SurveyCounts:
        refresh(self.db)
        cte, params = self._sessions(report_filter, as_of)
        questions: dict[str, QuestionInfo] = {}
        asked: dict[str, set[str]] = {"before": set(), "after": set()}
        where, where_params = visits_where(report_filter)
        for definition_id, phase in self.db.execute(
            f"""SELECT d.definition_id, d.phase FROM (SELECT DISTINCT definition_id, phase
                FROM survey_session WHERE deleted = 0 AND phase IN ('before', 'after')) d
            WHERE EXISTS (SELECT 1 FROM survey_session s
                JOIN visit v ON v.id = {counted_visit("s.visit_id")}
                WHERE s.definition_id = d.definition_id AND s.phase = d.phase
                AND s.deleted = 0 AND {where} AND v.starts_at <= ?)""",
            [*where_params, local_minute(as_of)],
        ).fetchall():
            definition = self._surveys.get_definition(definition_id)
            if definition is None:
                continue  # from a newer visitapp: its questions cannot be read here
            info = _info(definition)
            questions.update(info)
            asked[phase].update(info)
        counted = sorted(q for q in questions if q != GENDER_QUESTION)
        visits, responses, with_headcount, pupils = {}, {}, {}, {}
        visits_cte, visits_params = self._visits(report_filter, as_of)
        totals = self.db.execute(
            f"""WITH {visits_cte} SELECT
                sum(f.sessions_before > 0), sum(iif(f.sessions_before > 0, sel.pupils_present, 0)),
                sum(f.sessions_after > 0), sum(iif(f.sessions_after > 0, sel.pupils_present, 0)),
                sum(f.responses_before), sum(iif(sel.pupils_present IS NULL, 0, f.responses_before)),
                sum(f.responses_after), sum(iif(sel.pupils_present IS NULL, 0, f.responses_after)),
                sum(f.paired_phones)
            FROM sel JOIN survey_visit_summary f ON f.visit_id = sel.id""",
            visits_params,
        ).fetchone()
        for phase, n_visits, n_pupils in (
            ("before", totals[0], totals[1]),
            ("after", totals[2], totals[3]),
        ):
            if n_visits:
                visits[phase], pupils[phase] = n_visits, n_pupils or 0
        for phase, n_responses, n_with_headcount in (
            ("before", totals[4], totals[5]),
            ("after", totals[6], totals[7]),
        ):
            if n_responses:
                responses[phase], with_headcount[phase] = n_responses, n_with_headcount
        marks = ", ".join("?" * len(counted)) or "NULL"
        months = rollup_months(report_filter, as_of)
        answers = [
            AnswerCount(*row)
            for row in self.db.execute(
                *self._summed(
                    report_filter,
                    as_of,
                    months,
                    "phase, class_level, gender, question_id, option, number",
                    "survey_answer_summary",
                    "survey_answer_month",
                    marks,
                    counted,
                )
            )
        ]
        tallies = self.db.execute(
            f"""WITH {cte}
            SELECT ses.phase, ses.class_level, t.question_id, t.option, sum(t.count)
            FROM ses JOIN tally t ON t.session_id = ses.id AND t.deleted = 0
            WHERE t.question_id IN ({marks}) AND t.count > 0
            GROUP BY 1, 2, 3, 4""",
            [*params, *counted],
        ).fetchall()
        for phase, level, question_id, option, count in tallies:
            scale = questions[question_id].kind is QuestionKind.SCALE
            number = int(option) if scale and option.isdigit() else None
            answers.append(
                AnswerCount(phase, level, "", question_id, option, number, count, tallied=True)
            )
        tallied_sessions = self.db.execute(
            f"""WITH {cte} SELECT count(DISTINCT t.session_id) FROM ses
            JOIN tally t ON t.session_id = ses.id AND t.deleted = 0 AND t.count > 0""",
            params,
        ).fetchone()[0]
        pairs = [
            PairCount(*row)
            for row in self.db.execute(
                *self._summed(
                    report_filter,
                    as_of,
                    months,
                    "class_level, gender, question_id, before, after",
                    "survey_pair_summary",
                    "survey_pair_month",
                    marks,
                    counted,
                )
            )
        ]
        paired_phones = totals[8] or 0
        return SurveyCounts(
            questions=questions,
            before_ids=frozenset(asked["before"]),
            after_ids=frozenset(asked["after"]),
            surveyed_visits=visits,
            responses=responses,
            responses_with_headcount=with_headcount,
            pupils_surveyed=pupils,
            tallied_sessions=tallied_sessions,
            answers=answers,
            pairs=pairs,
            paired_phones=paired_phones,
        )
