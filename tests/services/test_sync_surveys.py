"""Real pupils' responses through sync: a session's results read the same in central as on the
laptop, the same demo on two laptops adds nothing twice, and a response that changed on one
laptop is a conflict for the coordinator while the first version is kept."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from visitapp.core.surveys_sessions import Phase
from visitapp.core.sync import FieldDifference, FileStatus
from visitapp.core.visits import Visit
from visitapp.services import Services

ANSWERS = (
    {"class_level": "4e", "gender": "girl", "interest": 4, "girls_too": 5, "subjects": ["maths"]},
    {"class_level": "4e", "gender": "boy", "interest": 2, "girls_too": 3},
    {"class_level": "4e", "interest": 5, "girls_too": 5, "subjects": ["physics", "arts"]},
)


@pytest.fixture
def laptop(tmp_path, clock):
    services = Services.open(tmp_path / "laptop" / "visitapp.db", clock)
    services.demo.seed(date(2026, 11, 23))
    school = services.records.list_schools()[0]
    visit = services.records.save_visit(
        Visit(id="", school_id=school.id, starts_at=datetime(2026, 11, 23, 10, 0))
    )
    session = services.surveys.open_session(visit.id, Phase.BEFORE)
    for answers in ANSWERS:
        assert services.surveys.submit_kiosk(session.id, answers).response_id
    services.new_session_id = session.id
    yield services
    services.close()


@pytest.fixture
def central(tmp_path, clock):
    services = Services.open(tmp_path / "central" / "central.db", clock)
    yield services
    services.close()


def test_a_sessions_results_read_the_same_in_central(laptop, central, tmp_path):
    path = laptop.sync.export(tmp_path / "laptop.visitapp").path
    report = central.sync.merge_file(path)
    assert report.status is FileStatus.MERGED
    assert (
        report.tables["response"].added
        == laptop.sync.export(tmp_path / "x.visitapp").row_counts["response"]
    )
    assert report.tables["response_answer"].added > report.tables["response"].added
    session_id = laptop.new_session_id
    assert central.surveys.results(session_id) == laptop.surveys.results(session_id)
    conn = sqlite3.connect(central.database_path)
    labels = conn.execute(
        "SELECT answer_label FROM responses_long WHERE response_id IN"
        " (SELECT id FROM response WHERE session_id = ?) AND question_id = 'subjects'",
        [session_id],
    ).fetchall()
    conn.close()
    assert sorted(labels) == [("Arts",), ("Mathématiques",), ("Physique-chimie",)]


def test_the_same_demo_on_two_laptops_adds_no_response_twice(central, tmp_path, clock):
    files = []
    for name in ("ines", "hugo"):
        clock.advance(hours=2)  # each laptop installs the surveys at its own time
        other = Services.open(tmp_path / name / "visitapp.db", clock)
        other.demo.seed(date(2026, 11, 23))
        files.append(other.sync.export(tmp_path / f"{name}.visitapp").path)
        other.close()
    first, second = central.sync.merge_files(files)
    assert first.tables["response"].added > 0
    assert second.tables["response"] == type(second.tables["response"])(
        skipped=first.tables["response"].added
    )
    assert second.tables["response_answer"].added == 0
    assert second.records.updated == 0  # nothing anyone would see changed
    assert central.sync.conflict_count() == 0


def test_a_response_changed_on_a_laptop_is_a_conflict_and_the_first_is_kept(
    laptop, central, tmp_path
):
    central.sync.merge_file(laptop.sync.export(tmp_path / "before.visitapp").path)
    session_id = laptop.new_session_id
    before = central.surveys.results(session_id)
    # Responses are immutable: only a bug or a hand edit of the laptop's file can do this.
    conn = sqlite3.connect(laptop.database_path)
    conn.execute(
        "UPDATE response SET answers = replace(answers, '\"interest\":4', '\"interest\":1')"
        " WHERE session_id = ?",
        [session_id],
    )
    conn.commit()
    conn.close()
    report = central.sync.merge_file(laptop.sync.export(tmp_path / "after.visitapp").path)
    assert report.status is FileStatus.MERGED
    assert report.records.conflicts == 1 and central.sync.conflict_count() == 1
    assert central.surveys.results(session_id) == before
    (conflict,) = central.sync.conflicts()
    assert conflict.table == "response"
    assert (conflict.file_name, conflict.device_id) == ("after.visitapp", report.device_id)
    assert conflict.differences == (FieldDifference("answers", "4", "1", key="interest"),)
    # Where the answer was given, and its survey to word the question with.
    context = conflict.response
    assert context.school_name == laptop.records.list_schools()[0].name
    assert (context.visit_starts_at, context.phase) == ("2026-11-23T10:00", "before")
    assert context.survey.question("interest") is not None
