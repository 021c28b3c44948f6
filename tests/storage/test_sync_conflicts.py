"""Merge conflicts as the coordinator reads them: a record that came twice with other content is
listed newest first, with its file and laptop, and only the fields that differ."""

from __future__ import annotations

import json

import pytest
from sync_builders import TEST_REGISTRY, TEST_SCHEMA, make_export, open_fresh, record, school, visit

from visitapp.core.sync import FieldDifference
from visitapp.storage.sync.conflicts import merge_conflicts
from visitapp.storage.sync.merge import merge_file

A, B = "aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002"
S1 = "5c000000-0000-4000-8000-000000000001"
V1 = "71000000-0000-4000-8000-000000000001"
N1 = "90000000-0000-4000-8000-000000000001"
N2 = "90000000-0000-4000-8000-000000000002"
EARLY, LATE = "2026-11-20T10:00:00.000Z", "2026-11-21T10:00:00.000Z"


def merge(store, path):
    return merge_file(store, path, schema=TEST_SCHEMA, registry=TEST_REGISTRY)


def note(note_id, stamp, origin, body, score=4.5):
    return record(note_id, stamp, origin, visit_id=V1, body=body, score=score)


def export(tmp_path, name, *notes, origin=A):
    rows = {
        "school": [school(S1, EARLY, origin)],
        "visit": [visit(V1, EARLY, origin, S1)],
        "note": list(notes),
    }
    return make_export(tmp_path, name, rows)


@pytest.fixture
def central(tmp_path):
    store = open_fresh(tmp_path / "central.db")
    yield store
    store.close()


def test_no_conflict_lists_nothing(tmp_path, central):
    merge(central, export(tmp_path, "a.visitapp", note(N1, EARLY, A, "oui")))
    merge(central, export(tmp_path, "b.visitapp", note(N1, EARLY, A, "oui")))
    assert merge_conflicts(central, TEST_REGISTRY) == []


def test_a_conflict_shows_the_kept_and_the_incoming_value_of_each_field_that_differs(
    tmp_path, central
):
    answers = {"interest": 4, "girls_too": 5, "subjects": ["maths"]}
    merge(central, export(tmp_path, "ines.visitapp", note(N1, EARLY, A, json.dumps(answers))))
    changed = {"interest": 1, "girls_too": 5, "subjects": ["maths", "arts"]}
    # Other stamps and origin: who wrote it and when is not a difference of content.
    other = note(N1, LATE, B, json.dumps(changed), score=2.0)
    report = merge(central, export(tmp_path, "hugo.visitapp", other, origin=B))
    assert report.records.conflicts == 1

    (conflict,) = merge_conflicts(central, TEST_REGISTRY)
    assert (conflict.table, conflict.record_id) == ("note", N1)
    assert conflict.file_name == "hugo.visitapp"
    assert conflict.file_sha256 == report.sha256
    assert conflict.device_id == report.device_id
    assert conflict.detected_at == central.now()
    assert conflict.differences == (
        FieldDifference("body", "4", "1", key="interest"),
        FieldDifference("body", '["maths"]', '["maths", "arts"]', key="subjects"),
        FieldDifference("score", "4.5", "2.0"),
    )
    # Central kept its own version.
    assert json.loads(central.db.execute("SELECT body FROM note").fetchone()[0]) == answers


def test_conflicts_are_listed_newest_first_and_an_unknown_file_has_no_name(tmp_path, central):
    merge(
        central,
        export(tmp_path, "first.visitapp", note(N1, EARLY, A, "oui"), note(N2, EARLY, A, "non")),
    )
    merge(central, export(tmp_path, "second.visitapp", note(N1, EARLY, A, "peut-être")))
    central.clock.advance(minutes=10)
    merge(central, export(tmp_path, "third.visitapp", note(N2, EARLY, A, "jamais")))
    central.db.execute("DELETE FROM import_log WHERE file_name = 'second.visitapp'")

    newest, oldest = merge_conflicts(central, TEST_REGISTRY)
    assert (newest.record_id, newest.file_name) == (N2, "third.visitapp")
    assert newest.differences == (FieldDifference("body", "non", "jamais"),)
    assert (oldest.record_id, oldest.file_name) == (N1, "")
    assert newest.detected_at > oldest.detected_at
