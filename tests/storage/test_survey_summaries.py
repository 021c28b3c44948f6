"""The survey summaries add up to exactly what the response tables say, whatever wrote to them:
the survey writer, tombstones, a visit edited or deleted, a merge, a rebuild of the derived
answers, an old database migrated; and the month rollups agree with the visits they stand for."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime

import pytest

from visitapp.core.indicators import ReportFilter
from visitapp.core.survey_indicators import GENDER_QUESTION
from visitapp.core.surveys_answers import answers_json
from visitapp.core.surveys_sessions import Channel, Phase, SurveyResponse
from visitapp.core.visits import ClassLevel, Visit
from visitapp.services import Services
from visitapp.storage.database import open_store
from visitapp.storage.indicators import counted_visit, local_minute, visits_where
from visitapp.storage.migrations import SCHEMA
from visitapp.storage.schema import SUMMARY_TABLES
from visitapp.storage.survey_indicators import SurveyIndicatorQueries, rollup_months
from visitapp.storage.survey_summaries import refresh
from visitapp.storage.surveys import SurveyRepository

AS_OF = datetime(2026, 11, 23, 10, 30)
ANSWERS = (
    {"class_level": "3e", "gender": "girl", "interest": 4, "girls_too": 5, "see_myself": 2},
    {"class_level": "3e", "gender": "boy", "interest": 2, "girls_too": 3},
    {"class_level": "3e", "interest": 5, "girls_too": 5, "see_myself": 4},
)

# The survey indicators' sums straight from the response tables (the queries the summaries
# replaced): the reference the summaries must match exactly.
_SES = f"""ses AS (SELECT s.id, s.phase, v.id AS visit_id, v.class_level, v.pupils_present
    FROM survey_session s JOIN visit v ON v.id = {counted_visit("s.visit_id")}
    WHERE s.deleted = 0 AND s.phase IN ('before', 'after') AND {{where}} AND v.starts_at <= ?)"""
_RAW_ANSWERS = """WITH {ses} SELECT ses.phase, ses.class_level, coalesce(g.option, ''),
    a.question_id, a.option, a.number, count(*)
FROM ses JOIN response r ON r.session_id = ses.id AND r.deleted = 0
JOIN response_answer a ON a.response_id = r.id AND a.question_id <> :gender
LEFT JOIN response_answer g ON g.response_id = r.id AND g.question_id = :gender
GROUP BY 1, 2, 3, 4, 5, 6"""
_RAW_PHONES = """phones AS (SELECT b.id AS before_id, f.id AS after_id, sb.class_level AS level
    FROM ses sb JOIN response b ON b.session_id = sb.id AND b.deleted = 0
    JOIN ses sf ON sf.visit_id = sb.visit_id AND sf.phase = 'after'
    JOIN response f ON f.session_id = sf.id AND f.deleted = 0 AND f.pair_key = b.pair_key
    WHERE sb.phase = 'before' AND b.pair_key IS NOT NULL)"""
_RAW_PAIRS = """WITH {ses}, {phones} SELECT p.level, coalesce(g.option, ''), ab.question_id,
    ab.number, aa.number, count(*)
FROM phones p
JOIN response_answer ab ON ab.response_id = p.before_id AND ab.question_id <> :gender
    AND ab.number IS NOT NULL
JOIN response_answer aa ON aa.response_id = p.after_id AND aa.question_id = ab.question_id
    AND aa.number IS NOT NULL
LEFT JOIN response_answer g ON g.response_id = p.before_id AND g.question_id = :gender
GROUP BY 1, 2, 3, 4, 5"""
_RAW_RESPONSES = """WITH {ses} SELECT ses.phase, count(*), count(ses.pupils_present)
FROM ses JOIN response r ON r.session_id = ses.id AND r.deleted = 0 GROUP BY ses.phase"""
_RAW_VISITS = """WITH {ses} SELECT phase, count(*), coalesce(sum(pupils_present), 0)
FROM (SELECT DISTINCT visit_id, phase, pupils_present FROM ses) GROUP BY phase"""


def raw_counts(db, report_filter: ReportFilter, counted: set[str]) -> dict:
    """`counted`: the questions the indicators count (single, scale, number; not gender)."""
    where, params = visits_where(report_filter)
    params = [*params, local_minute(AS_OF)]
    ses = _SES.format(where=where)
    named = {f"p{i}": value for i, value in enumerate(params)}
    named["gender"] = GENDER_QUESTION
    for i in range(len(params)):  # positional marks → named ones, so :gender can be bound too
        ses = ses.replace("?", f":p{i}", 1)

    def rows(sql: str) -> list[tuple]:
        return db.execute(sql.format(ses=ses, phones=_RAW_PHONES), named).fetchall()

    responses = rows(_RAW_RESPONSES)
    visits = rows(_RAW_VISITS)
    return {
        "answers": sorted((r for r in rows(_RAW_ANSWERS) if r[3] in counted), key=repr),
        "pairs": sorted((r for r in rows(_RAW_PAIRS) if r[2] in counted), key=repr),
        "paired_phones": rows("WITH {ses}, {phones} SELECT count(*) FROM phones")[0][0],
        "responses": {phase: n for phase, n, _ in responses},
        "with_headcount": {phase: n for phase, _, n in responses},
        "visits": {phase: n for phase, n, _ in visits},
        "pupils": {phase: n for phase, _, n in visits},
    }


def both_counts(store, report_filter: ReportFilter) -> tuple[dict, dict]:
    """(from the summaries, from the response tables)"""
    summed, counted = summed_counts(store, report_filter)
    return summed, raw_counts(store.db, report_filter, counted)


def summed_counts(store, report_filter: ReportFilter) -> tuple[dict, set[str]]:
    counts = SurveyIndicatorQueries(store).counts(report_filter, AS_OF)
    counted = set(counts.questions) - {GENDER_QUESTION}
    own = [a for a in counts.answers if not a.tallied]
    return {
        "answers": sorted(
            ((a.phase, a.level, a.gender, a.question_id, a.option, a.number, a.count) for a in own),
            key=repr,
        ),
        "pairs": sorted(
            ((p.level, p.gender, p.question_id, p.before, p.after, p.count) for p in counts.pairs),
            key=repr,
        ),
        "paired_phones": counts.paired_phones,
        "responses": counts.responses,
        "with_headcount": counts.responses_with_headcount,
        "visits": counts.surveyed_visits,
        "pupils": counts.pupils_surveyed,
    }, counted


def assert_same(summed: dict, raw: dict) -> None:
    assert raw["answers"] and summed == raw


def summaries(store) -> dict[str, list[tuple]]:
    """Every summary row (a month left empty may keep its marker: it sums to nothing)."""
    return {
        table: sorted(store.db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in SUMMARY_TABLES
        if table != "survey_month_summary"
    }


def rebuilt(store) -> dict[str, list[tuple]]:
    """What refresh() builds from nothing (an export, a migrated file)."""
    with store.db.atomic():
        for table in SUMMARY_TABLES:
            store.db.execute(f"DELETE FROM {table}")
    refresh(store.db)
    return summaries(store)


def assert_current(store) -> None:
    """Kept up to date write after write = built from nothing."""
    refresh(store.db)
    assert summaries(store) == rebuilt(store)


@pytest.fixture
def programme(services):
    """The demo (October and November 2026) plus a September visit of a 6e with both surveys."""
    services.demo.seed(date(2026, 11, 23))
    school = services.records.list_schools()[0]
    visit = services.records.save_visit(
        Visit(
            id="",
            school_id=school.id,
            starts_at=datetime(2026, 9, 14, 10, 0),
            class_level=ClassLevel.SIXIEME,
            pupils_present=26,
            girls_present=12,
        )
    )
    for phase in (Phase.BEFORE, Phase.AFTER):
        session = services.surveys.open_session(visit.id, phase)
        for answers in ANSWERS:
            extra = {"useful": 4} if phase is Phase.AFTER else {}
            assert services.surveys.submit_kiosk(session.id, {**answers, **extra}).response_id
    services.september_visit = visit
    return services


FILTERS = [
    ReportFilter(),
    ReportFilter(date_from=date(2026, 10, 1)),
    ReportFilter(date_from=date(2026, 10, 2)),
    ReportFilter(date_to=date(2026, 10, 31)),
    ReportFilter(date_to=date(2026, 10, 30)),
    ReportFilter(date_from=date(2026, 9, 1), date_to=date(2026, 11, 30)),
    ReportFilter(date_from=date(2026, 10, 15), date_to=date(2026, 11, 15)),
    ReportFilter(class_level=ClassLevel.TROISIEME),
    ReportFilter(class_level=ClassLevel.SIXIEME, date_to=date(2026, 9, 30)),
]


@pytest.mark.parametrize("report_filter", FILTERS, ids=repr)
def test_summed_counts_are_the_response_tables_counts(programme, report_filter):
    store = programme.storage.store()
    assert_same(*both_counts(store, report_filter))


def test_the_ambassador_school_and_engineering_school_filters_too(programme):
    store = programme.storage.store()
    school = programme.records.list_schools()[0]
    ambassador = next(a for a in programme.records.list_ambassadors() if a.engineering_school)
    for report_filter in (
        ReportFilter(school_id=school.id),
        ReportFilter(ambassador_id=ambassador.id),
        ReportFilter(engineering_school=ambassador.engineering_school),
    ):
        assert rollup_months(report_filter, AS_OF) is None
        assert_same(*both_counts(store, report_filter))


def test_rollups_cover_only_whole_past_months_inside_the_dates():
    assert rollup_months(ReportFilter(), AS_OF) == ["0000-01", "2026-10"]
    assert rollup_months(ReportFilter(date_from=date(2026, 9, 2)), AS_OF) == ["2026-10", "2026-10"]
    assert rollup_months(ReportFilter(date_to=date(2026, 10, 30)), AS_OF) == ["0000-01", "2026-09"]
    assert rollup_months(ReportFilter(date_to=date(2026, 12, 31)), AS_OF) == ["0000-01", "2026-10"]
    assert rollup_months(ReportFilter(date_from=date(2026, 11, 1)), AS_OF) is None


def test_new_answers_tombstones_and_edits_reach_the_summaries(programme):
    store = programme.storage.store()
    assert_current(store)
    september = programme.september_visit
    # a new answer (the survey writer), in a month read from its rollup
    session = next(
        s for s in programme.surveys.sessions_of_visit(september.id) if s.phase is Phase.BEFORE
    )
    assert programme.surveys.submit_kiosk(session.id, ANSWERS[0]).response_id
    assert_current(store)
    # a response tombstoned (as a merge does), a session deleted
    store.db.execute("UPDATE response SET deleted = 1 WHERE id = (SELECT min(id) FROM response)")
    assert_current(store)
    store.db.execute(
        "UPDATE survey_session SET deleted = 1 WHERE id = (SELECT max(id) FROM survey_session)"
    )
    assert_current(store)
    # the visit moves to another month and level, then is deleted
    moved = Visit(
        id=september.id,
        school_id=september.school_id,
        starts_at=datetime(2026, 11, 2, 10, 0),
        class_level=ClassLevel.CINQUIEME,
        pupils_present=26,
        girls_present=12,
    )
    programme.records.save_visit(moved)
    assert_current(store)
    assert_same(*both_counts(store, ReportFilter()))
    programme.records.delete_visit(september.id)
    assert_current(store)
    assert_same(*both_counts(store, ReportFilter()))


def test_a_build_in_small_batches_gives_the_same_summaries(programme):
    store = programme.storage.store()
    whole = rebuilt(store)
    with store.db.atomic():
        for table in SUMMARY_TABLES:
            store.db.execute(f"DELETE FROM {table}")
    visits = len(whole["survey_visit_summary"])
    assert refresh(store.db, visits_per_transaction=1, months_per_transaction=1) == visits > 3
    assert summaries(store) == whole
    assert refresh(store.db) == 0


def paired_answer(services, session, number: int, answers: dict) -> None:
    definition = services.surveys.definition(session.definition_id)
    response = SurveyResponse(
        f"{session.id}-{number}",
        session.id,
        "2026-09-14T08:10:00.000Z",
        Channel.WEB,
        answers_json(definition, answers),
        f"phone-{number}-pair-key-0123456789",
    )
    assert SurveyRepository(services.storage.store()).insert_response(response, definition)


def test_a_visit_marked_as_a_duplicate_counts_once_with_its_answers(programme):
    """The September visit recorded on a second laptop, which ran the after survey for the same
    phones: marked the same, its answers and the phones' pairs count with the visit kept."""
    store = programme.storage.store()
    september = programme.september_visit
    [before] = [
        s for s in programme.surveys.sessions_of_visit(september.id) if s.phase is Phase.BEFORE
    ]
    twin = programme.records.save_visit(replace(september, id=""))
    after = programme.surveys.open_session(twin.id, Phase.AFTER)
    for n, (first, second) in enumerate(((2, 4), (3, 3), (1, 5), (4, 2), (2, 5))):
        paired_answer(programme, before, n, {"gender": "girl", "interest": first})
        paired_answer(programme, after, n, {"gender": "girl", "interest": second, "useful": 5})
    assert_current(store)
    unmarked = both_counts(store, ReportFilter())
    assert_same(*unmarked)
    kept = programme.sync.mark_same_visit([september.id, twin.id])
    assert_current(store)
    marked = both_counts(store, ReportFilter())
    assert_same(*marked)
    assert marked[0]["paired_phones"] == unmarked[0]["paired_phones"] + 5
    assert marked[0]["visits"]["after"] == unmarked[0]["visits"]["after"] - 1
    for report_filter in FILTERS:
        assert_same(*both_counts(store, report_filter))
    programme.records.delete_visit(kept)  # its twin counts on its own again
    assert_current(store)
    assert_same(*both_counts(store, ReportFilter()))
    programme.records.restore_visit(kept)
    assert_current(store)
    assert both_counts(store, ReportFilter()) == marked
    programme.sync.unmark_same_visit([september.id, twin.id])
    assert_current(store)
    assert_same(*both_counts(store, ReportFilter()))


def test_answers_on_a_duplicate_come_back_with_a_restored_kept_visit(programme):
    """The kept visit had no survey of its own and was deleted while its twin's survey ran:
    restored, it counts with the twin's answers (nothing lost, nothing counted twice)."""
    store = programme.storage.store()
    bare = programme.records.save_visit(replace(programme.september_visit, id=""))
    twin = programme.records.save_visit(replace(programme.september_visit, id=""))
    kept = programme.sync.mark_same_visit([bare.id, twin.id])
    other = twin.id if kept == bare.id else bare.id
    programme.records.delete_visit(kept)
    before = programme.surveys.open_session(other, Phase.BEFORE)
    after = programme.surveys.open_session(other, Phase.AFTER)
    for n, (first, second) in enumerate(((2, 4), (3, 3), (1, 5), (4, 2), (2, 5), (3, 4))):
        paired_answer(programme, before, n, {"gender": "boy", "interest": first})
        paired_answer(programme, after, n, {"gender": "boy", "interest": second})
    assert_current(store)
    alone = both_counts(store, ReportFilter())
    assert_same(*alone)
    programme.records.restore_visit(kept)
    assert_current(store)
    restored = both_counts(store, ReportFilter())
    assert_same(*restored)
    assert restored[0]["paired_phones"] == alone[0]["paired_phones"]


def test_a_batch_from_the_survey_servers_writer_reaches_the_summaries(programme):
    store = programme.storage.store()
    assert_current(store)
    [after] = [
        s
        for s in programme.surveys.sessions_of_visit(programme.september_visit.id)
        if s.phase is Phase.AFTER
    ]
    definition = programme.surveys.definition(after.definition_id)
    batch = [
        (
            SurveyResponse(
                f"batch-{n}",
                after.id,
                "2026-09-14T09:10:00.000Z",
                Channel.WEB,
                answers_json(definition, {"gender": "boy", "interest": n, "useful": 5}),
            ),
            definition,
        )
        for n in (1, 2, 5)
    ]
    SurveyRepository(store).insert_new_responses(batch)
    assert_current(store)
    assert_same(*both_counts(store, ReportFilter()))


def test_rebuilt_derived_answers_reach_the_summaries(programme):
    store = programme.storage.store()
    before = summed_counts(store, ReportFilter())[0]
    store.db.execute("DELETE FROM response_answer")  # e.g. a file merged without them
    assert programme.surveys.derive_response_answers() > 0
    assert_current(store)
    assert summed_counts(store, ReportFilter())[0] == before


def test_a_merge_reaches_the_central_summaries_and_exports_carry_none(programme, tmp_path, clock):
    export = programme.sync.export(tmp_path / "laptop.visitapp").path
    conn = sqlite3.connect(export)
    for table in SUMMARY_TABLES:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    conn.close()
    central = Services.open(tmp_path / "central" / "central.db", clock)
    try:
        store = central.storage.store()
        refresh(store.db)  # summaries of an empty database: then the merge makes them stale
        assert central.sync.merge_file(export).status.value == "merged"
        laptop_store = programme.storage.store()
        for report_filter in FILTERS:
            assert summed_counts(store, report_filter) == summed_counts(laptop_store, report_filter)
        assert_current(store)
    finally:
        central.close()
    # the export itself, opened as a database, builds its summaries from nothing
    opened = open_store(export)
    try:
        assert_same(*both_counts(opened, ReportFilter()))
    finally:
        opened.close()


def test_a_step_4_database_is_migrated_and_summed_on_first_read(tmp_path, clock):
    path = tmp_path / "old.db"
    services = Services.open(path, clock)
    try:
        services.demo.seed(date(2026, 11, 23))
    finally:
        services.close()
    # the same programme written by a step-4 visitapp: summaries dropped, version set back
    conn = sqlite3.connect(path)
    for table in SUMMARY_TABLES:
        conn.execute(f"DROP TABLE {table}")
    for (trigger,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {trigger}")
    assert conn.execute("DELETE FROM _sqlite_migrations WHERE name LIKE '0005_%'").rowcount == 1
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    migrated = open_store(path, clock)
    try:
        assert migrated.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA.latest == 5
        for report_filter in FILTERS[:-1]:  # (the demo has no 6e)
            assert_same(*both_counts(migrated, report_filter))
    finally:
        migrated.close()
