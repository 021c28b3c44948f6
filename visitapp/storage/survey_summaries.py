"""The survey summaries the Impact page reads (tables of migration step 5), kept current.

Per visit: answers counted per (phase, pupil's gender, question, option, number), before/after
pairs per (gender, question, before, after), sessions and responses per phase, paired phones.
Per month and class level: the same answers and pairs added up over the month's visits.
A visit's summary holds the sessions that count with it: its own, and those of the visits the
coordinator marked the same as it. Triggers flag what a write made stale; `refresh()` rebuilds
the flagged (or never built) visits, then their months, with a few set-based statements per
batch. The indicator queries call it before reading, so a summary is never read stale, whoever
wrote (survey server, merge, demo, another program).
"""

from __future__ import annotations

from collections.abc import Iterable

from visitapp.core.survey_indicators import GENDER_QUESTION
from visitapp.storage.connection import Connection
from visitapp.storage.indicators import counted_visit

_VISITS = "temp.survey_refresh_visit"
_MONTHS = "temp.survey_refresh_month"
# A visit being rebuilt brings the visits its marks tie it to, the one it was marked the same
# as even while that one is deleted: it then gets a (empty) summary row, which the triggers flag
# when it is restored and takes its twin's answers back.
# The before/after sessions (not deleted) of the visits being rebuilt, each with the visit it
# counts with: its own, or the one it was marked the same as (storage.indicators.counted_visit).
_SESSIONS = "temp.survey_refresh_session"

# Anything to rebuild? Cheap enough to ask before every read (one scan of the session index).
_ANY_STALE = """
SELECT EXISTS (SELECT 1 FROM survey_visit_summary WHERE stale = 1)
    OR EXISTS (SELECT 1 FROM survey_month_summary WHERE stale = 1)
    OR EXISTS (SELECT 1 FROM survey_session s WHERE NOT EXISTS (
        SELECT 1 FROM survey_visit_summary f WHERE f.visit_id = s.visit_id))"""

# From a before session `sb` of the sessions being summed: each phone that answered it and the
# after survey of the same (counted) visit. CROSS JOIN keeps this order: SQLite knows nothing of
# the temporary table's size and would otherwise scan every response once per batch.
_PHONES = f"""
    CROSS JOIN response b ON b.session_id = sb.id AND b.deleted = 0 AND b.pair_key IS NOT NULL
    CROSS JOIN {_SESSIONS} sf ON sf.visit_id = sb.visit_id AND sf.phase = 'after'
    CROSS JOIN response f ON f.session_id = sf.id AND f.deleted = 0 AND f.pair_key = b.pair_key"""

_REBUILD_VISITS = f"""
INSERT OR IGNORE INTO {_VISITS} (visit_id)
SELECT d.same_as_visit_id FROM visit_duplicate d
WHERE d.deleted = 0 AND d.visit_id IN (SELECT visit_id FROM {_VISITS});
INSERT OR IGNORE INTO {_VISITS} (visit_id)
SELECT d.visit_id FROM visit_duplicate d
WHERE d.deleted = 0 AND d.same_as_visit_id IN (SELECT visit_id FROM {_VISITS});
INSERT INTO {_SESSIONS} (id, phase, visit_id)
SELECT s.id, s.phase, {counted_visit("s.visit_id")} FROM survey_session s
WHERE s.visit_id IN (SELECT visit_id FROM {_VISITS})
    AND s.deleted = 0 AND s.phase IN ('before', 'after');
DELETE FROM survey_answer_summary WHERE visit_id IN (SELECT visit_id FROM {_VISITS});
DELETE FROM survey_pair_summary WHERE visit_id IN (SELECT visit_id FROM {_VISITS});
DELETE FROM survey_visit_summary WHERE visit_id IN (SELECT visit_id FROM {_VISITS});
INSERT INTO survey_answer_summary (visit_id, phase, gender, question_id, option, number, count)
SELECT s.visit_id, s.phase, coalesce(g.option, ''), a.question_id, a.option, a.number, count(*)
FROM {_SESSIONS} s
CROSS JOIN response r ON r.session_id = s.id AND r.deleted = 0
CROSS JOIN response_answer a ON a.response_id = r.id AND a.question_id <> :gender
LEFT JOIN response_answer g ON g.response_id = r.id AND g.question_id = :gender
GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO survey_pair_summary (visit_id, gender, question_id, before, after, count)
SELECT sb.visit_id, coalesce(g.option, ''), ab.question_id, ab.number, aa.number, count(*)
FROM {_SESSIONS} sb {_PHONES}
CROSS JOIN response_answer ab ON ab.response_id = b.id
    AND ab.question_id <> :gender AND ab.number IS NOT NULL
CROSS JOIN response_answer aa ON aa.response_id = f.id
    AND aa.question_id = ab.question_id AND aa.number IS NOT NULL
LEFT JOIN response_answer g ON g.response_id = b.id AND g.question_id = :gender
WHERE sb.phase = 'before'
GROUP BY 1, 2, 3, 4, 5;
INSERT INTO survey_visit_summary (visit_id, stale, sessions_before, sessions_after,
    responses_before, responses_after, paired_phones)
SELECT t.visit_id, 0,
    (SELECT count(*) FROM {_SESSIONS} s WHERE s.visit_id = t.visit_id AND s.phase = 'before'),
    (SELECT count(*) FROM {_SESSIONS} s WHERE s.visit_id = t.visit_id AND s.phase = 'after'),
    (SELECT count(*) FROM {_SESSIONS} s JOIN response r ON r.session_id = s.id
        AND r.deleted = 0 WHERE s.visit_id = t.visit_id AND s.phase = 'before'),
    (SELECT count(*) FROM {_SESSIONS} s JOIN response r ON r.session_id = s.id
        AND r.deleted = 0 WHERE s.visit_id = t.visit_id AND s.phase = 'after'),
    (SELECT count(*) FROM {_SESSIONS} sb {_PHONES}
        WHERE sb.visit_id = t.visit_id AND sb.phase = 'before')
FROM {_VISITS} t;
DELETE FROM {_SESSIONS}"""

# The visits just rebuilt leave their months to roll up again (a visit moved, changed level or
# deleted had its month flagged by a trigger already).
_FLAG_MONTHS = f"""
INSERT INTO survey_month_summary (month, stale)
SELECT DISTINCT substr(v.starts_at, 1, 7), 1 FROM visit v
WHERE v.id IN (SELECT visit_id FROM {_VISITS})
ON CONFLICT (month) DO UPDATE SET stale = 1"""

_MONTH_VISITS = f"""
FROM {_MONTHS} m JOIN visit v ON v.starts_at >= m.month AND v.starts_at < m.month || '~'
    AND substr(v.starts_at, 1, 7) = m.month AND v.deleted = 0"""

_REBUILD_MONTHS = f"""
DELETE FROM survey_answer_month WHERE month IN (SELECT month FROM {_MONTHS});
DELETE FROM survey_pair_month WHERE month IN (SELECT month FROM {_MONTHS});
INSERT INTO survey_answer_month (month, class_level, phase, gender, question_id, option,
    number, count)
SELECT m.month, v.class_level, a.phase, a.gender, a.question_id, a.option, a.number,
    sum(a.count)
{_MONTH_VISITS}
JOIN survey_answer_summary a ON a.visit_id = v.id
GROUP BY 1, 2, 3, 4, 5, 6, 7;
INSERT INTO survey_pair_month (month, class_level, gender, question_id, before, after, count)
SELECT m.month, v.class_level, p.gender, p.question_id, p.before, p.after, sum(p.count)
{_MONTH_VISITS}
JOIN survey_pair_summary p ON p.visit_id = v.id
GROUP BY 1, 2, 3, 4, 5, 6;
INSERT OR REPLACE INTO survey_month_summary (month, stale) SELECT month, 0 FROM {_MONTHS}"""


def _run(db: Connection, script: str) -> None:
    for statement in script.split(";\n"):
        if ":gender" in statement:
            db.execute(statement, {"gender": GENDER_QUESTION})
        else:
            db.execute(statement)


# Work per transaction: a first build over a million answers never holds the write lock for
# long (the survey server and a merge wait at most BUSY_TIMEOUT_MS for it).
VISITS_PER_TRANSACTION = 1000
MONTHS_PER_TRANSACTION = 4


def refresh(
    db: Connection,
    *,
    visits_per_transaction: int = VISITS_PER_TRANSACTION,
    months_per_transaction: int = MONTHS_PER_TRANSACTION,
) -> int:
    """Rebuild the summaries of every stale or never-built visit, then of every flagged month,
    a few at a time, each batch in its own transaction. Returns how many visits were rebuilt
    (0, and nothing written, when everything was current)."""
    rebuilt = 0
    while db.execute(_ANY_STALE).fetchone()[0]:
        with db.atomic():
            db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_VISITS[5:]} (visit_id TEXT PRIMARY KEY)")
            db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_MONTHS[5:]} (month TEXT PRIMARY KEY)")
            db.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {_SESSIONS[5:]}"
                " (id TEXT PRIMARY KEY, phase TEXT, visit_id TEXT)"
            )
            db.execute(
                "CREATE INDEX IF NOT EXISTS temp.survey_refresh_session_visit"
                f" ON {_SESSIONS[5:]} (visit_id, phase)"
            )
            db.execute(
                f"INSERT OR IGNORE INTO {_VISITS} (visit_id)"
                " SELECT visit_id FROM survey_visit_summary WHERE stale = 1"
                " UNION SELECT s.visit_id FROM survey_session s WHERE NOT EXISTS ("
                " SELECT 1 FROM survey_visit_summary f WHERE f.visit_id = s.visit_id)"
                " LIMIT ?",
                [visits_per_transaction],
            )
            if db.execute(f"SELECT EXISTS (SELECT 1 FROM {_VISITS})").fetchone()[0]:
                _run(db, _REBUILD_VISITS)  # (with the visits their marks tie them to)
                db.execute(_FLAG_MONTHS)
                rebuilt += db.execute(f"SELECT count(*) FROM {_VISITS}").fetchone()[0]
                db.execute(f"DELETE FROM {_VISITS}")
            else:  # every visit is current: roll up the flagged months
                db.execute(
                    f"INSERT INTO {_MONTHS} (month)"
                    " SELECT month FROM survey_month_summary WHERE stale = 1 LIMIT ?",
                    [months_per_transaction],
                )
                _run(db, _REBUILD_MONTHS)
                db.execute(f"DELETE FROM {_MONTHS}")
    return rebuilt


def mark_responses_stale(db: Connection, response_ids: Iterable[str]) -> None:
    """Flag the visits of these responses (for a writer of response_answer alone)."""
    ids = list(response_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        db.execute(
            "UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0 AND visit_id IN ("
            " SELECT s.visit_id FROM response r JOIN survey_session s ON s.id = r.session_id"
            f" WHERE r.id IN ({', '.join('?' * len(chunk))}))",
            chunk,
        )
