"""Survey tables: immutable definitions and responses, derived answer rows, converging tallies."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from visitapp.core.schools import School
from visitapp.core.surveys import parse_definition
from visitapp.core.surveys_sessions import Channel, Phase, SurveyResponse, SurveySession, tally_id
from visitapp.core.visits import Visit
from visitapp.paths import resource_path
from visitapp.storage import schema
from visitapp.storage.database import open_store
from visitapp.storage.migrations import SCHEMA
from visitapp.storage.repository import Repository
from visitapp.storage.surveys import DefinitionInUse, SurveyRepository

BEFORE = parse_definition(
    json.loads(resource_path("surveys", "engineering-before.json").read_text("utf-8"))
)


@pytest.fixture
def store(tmp_path, clock):
    opened = open_store(tmp_path / "s.db", clock)
    yield opened
    opened.close()


@pytest.fixture
def session(store) -> SurveySession:
    records = Repository(store)
    records.save_school(School("school-1", "Collège Aimé Césaire"))
    records.save_visit(Visit("visit-1", "school-1", datetime(2026, 11, 23, 9, 0)))
    repo = SurveyRepository(store)
    repo.save_definition(BEFORE)
    opened = SurveySession("session-1", "visit-1", BEFORE.id, Phase.BEFORE, "t" * 32, store.now())
    repo.insert_session(opened)
    return opened


def response(number: int, answers: dict, session_id: str = "session-1") -> SurveyResponse:
    return SurveyResponse(
        id=f"00000000-0000-4000-8000-{number:012d}",
        session_id=session_id,
        submitted_at="2026-11-23T09:31:00.000Z",
        channel=Channel.WEB,
        answers_json=json.dumps(answers, sort_keys=True),
        pair_key="k" * 22,
    )


def test_survey_tables_are_registered_by_kind():
    assert {"survey_session", "tally"} <= set(schema.MUTABLE_TABLES)
    assert set(schema.IMMUTABLE_TABLES) >= {"survey_definition", "response"}
    assert schema.DERIVED_TABLES == ("response_answer",)
    assert SCHEMA.latest >= 2


def test_survey_tables_carry_the_record_columns(store):
    for table in ("survey_definition", "survey_session", "response", "tally"):
        columns = {row[1] for row in store.db.execute(f"PRAGMA table_info({table})")}
        assert {"id", "created_at", "updated_at", "origin", "deleted"} <= columns, table


def test_a_response_is_stored_once_with_its_derived_rows(store, session):
    repo = SurveyRepository(store)
    answers = {"interest": 4, "girls_too": 5, "subjects": ["maths", "computing"], "gender": "girl"}
    assert repo.insert_response(response(1, answers), BEFORE)
    assert not repo.insert_response(response(1, {"interest": 1, "girls_too": 1}), BEFORE)
    stored = repo.get_response(response(1, {}).id)
    assert json.loads(stored.answers_json) == answers
    rows = sorted(
        store.db.execute("SELECT question_id, option, number FROM response_answer").fetchall(),
        key=str,
    )
    assert rows == sorted(
        [
            ("interest", "4", 4),
            ("girls_too", "5", 5),
            ("subjects", "maths", None),
            ("subjects", "computing", None),
            ("gender", "girl", None),
        ],
        key=str,
    )
    assert repo.count_responses("session-1") == 1


def test_derived_rows_can_be_rebuilt_after_a_merge(store, session):
    repo = SurveyRepository(store)
    repo.insert_response(response(1, {"interest": 2, "girls_too": 3}), BEFORE)
    repo.insert_response(response(2, {"interest": 5, "girls_too": 5}), BEFORE)
    store.db.execute("DELETE FROM response_answer")
    assert repo.derive_response_answers() == 2
    assert repo.derive_response_answers() == 0  # nothing missing any more
    assert repo.derive_response_answers([response(1, {}).id]) == 1
    count = store.db.execute("SELECT count(*) FROM response_answer").fetchone()[0]
    assert count == 4


def test_a_used_definition_cannot_change_but_an_unused_one_can(store, session):
    repo = SurveyRepository(store)
    assert not repo.save_definition(BEFORE)  # the same text again changes nothing
    changed = replace(BEFORE, source=BEFORE.source.replace("Avant", "Avant tout"))
    with pytest.raises(DefinitionInUse):
        repo.save_definition(changed)
    assert repo.get_definition(BEFORE.id).sha256 == BEFORE.sha256
    other = replace(BEFORE, survey_id="draft", source=BEFORE.source)
    assert repo.save_definition(other)
    assert not repo.save_definition(replace(other, source=BEFORE.source + " "))
    assert repo.get_definition(other.id) is not None


def test_two_edits_of_one_tally_cell_are_one_record(store, session):
    repo = SurveyRepository(store)
    assert repo.save_tallies("session-1", {"interest": {"4": 12, "5": 3}}) == 2
    assert repo.save_tallies("session-1", {"interest": {"4": 12, "5": 4}}) == 1
    rows = store.db.execute("SELECT id, option, count FROM tally ORDER BY option").fetchall()
    assert rows == [
        (tally_id("session-1", "interest", "4"), "4", 12),
        (tally_id("session-1", "interest", "5"), "5", 4),
    ]
    assert repo.tallies("session-1") == {"interest": {"4": 12, "5": 4}}


def test_reopening_a_session_changes_its_token_and_bumps_updated_at(store, session, clock):
    repo = SurveyRepository(store)
    clock.advance(minutes=5)
    assert repo.close_session("session-1", store.now())
    assert not repo.close_session("session-1", store.now())
    clock.advance(minutes=5)
    repo.reopen_session("session-1", "n" * 32)
    again = repo.get_session("session-1")
    assert again.is_open and again.token == "n" * 32
    assert repo.session_by_token("t" * 32) is None
