"""The SQL behind the survey indicators: answers counted per (phase, level, gender, question,
option) and phones paired before/after, all grouped in SQLite over the filtered visits."""

from __future__ import annotations

from datetime import datetime

from visitapp.core.indicators import ReportFilter
from visitapp.core.survey_indicators import (
    GENDER_QUESTION,
    AnswerCount,
    PairCount,
    QuestionInfo,
    SurveyCounts,
)
from visitapp.core.surveys import LocalText, Question, QuestionKind, SurveyDefinition
from visitapp.storage.database import Store
from visitapp.storage.indicators import counted_visit, local_minute, visits_where
from visitapp.storage.surveys import SurveyRepository

_COUNTED_KINDS = (QuestionKind.SINGLE, QuestionKind.SCALE, QuestionKind.NUMBER)


def _info(definition: SurveyDefinition) -> dict[str, QuestionInfo]:
    found = {}
    for question in definition.questions:
        if question.kind in _COUNTED_KINDS:
            options = tuple((o.id, o.text) for o in question.options)
            if question.kind is QuestionKind.SCALE:
                options = tuple((p, _scale_text(question, p)) for p in question.option_ids())
            found[question.id] = QuestionInfo(question.id, question.kind, question.text, options)
    return found


def _scale_text(question: Question, point: str) -> LocalText:
    if point == "1" and question.low:
        return LocalText(f"1 – {question.low.fr}", f"1 – {question.low.en}")
    if point == "5" and question.high:
        return LocalText(f"5 – {question.high.fr}", f"5 – {question.high.en}")
    return LocalText(point, point)


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

    def counts(self, report_filter: ReportFilter, as_of: datetime) -> SurveyCounts:
        cte, params = self._sessions(report_filter, as_of)
        questions: dict[str, QuestionInfo] = {}
        asked: dict[str, set[str]] = {"before": set(), "after": set()}
        for definition_id, phase in self.db.execute(
            f"WITH {cte} SELECT DISTINCT s.definition_id, ses.phase FROM ses"
            " JOIN survey_session s ON s.id = ses.id",
            params,
        ).fetchall():
            definition = self._surveys.get_definition(definition_id)
            if definition is None:
                continue  # from a newer visitapp: its questions cannot be read here
            info = _info(definition)
            questions.update(info)
            asked[phase].update(info)
        counted = sorted(q for q in questions if q != GENDER_QUESTION)
        visits, responses, with_headcount, pupils = {}, {}, {}, {}
        for phase, n_visits, n_pupils in self.db.execute(
            f"""WITH {cte} SELECT phase, count(*), coalesce(sum(pupils_present), 0)
            FROM (SELECT DISTINCT visit_id, phase, pupils_present FROM ses) GROUP BY phase""",
            params,
        ):
            visits[phase], pupils[phase] = n_visits, n_pupils
        for phase, n_responses, n_with_headcount in self.db.execute(
            f"""WITH {cte} SELECT ses.phase, count(*), count(ses.pupils_present)
            FROM ses JOIN response r ON r.session_id = ses.id AND r.deleted = 0
            GROUP BY ses.phase""",
            params,
        ):
            responses[phase], with_headcount[phase] = n_responses, n_with_headcount
        marks = ", ".join("?" * len(counted)) or "NULL"
        answers = [
            AnswerCount(*row)
            for row in self.db.execute(
                f"""WITH {cte}
                SELECT ses.phase, ses.class_level, coalesce(g.option, ''), a.question_id,
                    a.option, a.number, count(*)
                FROM ses JOIN response r ON r.session_id = ses.id AND r.deleted = 0
                JOIN response_answer a ON a.response_id = r.id AND a.question_id IN ({marks})
                LEFT JOIN response_answer g ON g.response_id = r.id AND g.question_id = ?
                GROUP BY 1, 2, 3, 4, 5, 6""",
                [*params, *counted, GENDER_QUESTION],
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
        pair_cte = f"""{cte},
            phones AS (
                SELECT b.id AS before_id, f.id AS after_id, sb.class_level AS level
                FROM ses sb JOIN response b ON b.session_id = sb.id AND b.deleted = 0
                JOIN ses sf ON sf.visit_id = sb.visit_id AND sf.phase = 'after'
                JOIN response f ON f.session_id = sf.id AND f.deleted = 0
                    AND f.pair_key = b.pair_key
                WHERE sb.phase = 'before' AND b.pair_key IS NOT NULL)"""
        pairs = [
            PairCount(*row)
            for row in self.db.execute(
                f"""WITH {pair_cte}
                SELECT p.level, coalesce(g.option, ''), ab.question_id, ab.number, aa.number,
                    count(*)
                FROM phones p
                JOIN response_answer ab ON ab.response_id = p.before_id
                    AND ab.question_id IN ({marks}) AND ab.number IS NOT NULL
                JOIN response_answer aa ON aa.response_id = p.after_id
                    AND aa.question_id = ab.question_id AND aa.number IS NOT NULL
                LEFT JOIN response_answer g ON g.response_id = p.before_id AND g.question_id = ?
                GROUP BY 1, 2, 3, 4, 5""",
                [*params, *counted, GENDER_QUESTION],
            )
        ]
        paired_phones = self.db.execute(
            f"WITH {pair_cte} SELECT count(*) FROM phones", params
        ).fetchone()[0]
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
