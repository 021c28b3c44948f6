"""Merge semantics on hand-made exports: last writer wins, immutable rows and conflicts, derived
rows, tombstones, the import log, and all-or-nothing per file."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sync_builders import (
    TEST_REGISTRY,
    TEST_SCHEMA,
    dump,
    integrity,
    make_export,
    open_fresh,
    record,
    school,
    visit,
)

from visitapp.core.sync import FileStatus
from visitapp.storage.sync.merge import merge_file

A, B = "aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002"
S1 = "5c000000-0000-4000-8000-000000000001"
V1 = "71000000-0000-4000-8000-000000000001"
N1 = "90000000-0000-4000-8000-000000000001"
T1 = "7a000000-0000-4000-8000-000000000001"
EARLY, LATE = "2026-11-20T10:00:00.000Z", "2026-11-21T10:00:00.000Z"


def merge(store, path):
    return merge_file(store, path, schema=TEST_SCHEMA, registry=TEST_REGISTRY)


@pytest.fixture
def central(tmp_path):
    store = open_fresh(tmp_path / "central.db")
    yield store
    store.close()


def note(note_id, stamp, origin, body="Super intéressant", deleted=0):
    return record(note_id, stamp, origin, deleted, visit_id=V1, body=body, score=4.5)


def base(origin=A, stamp=EARLY):
    return {"school": [school(S1, stamp, origin)], "visit": [visit(V1, stamp, origin, S1)]}


def test_a_first_export_adds_every_record_and_logs_the_file(tmp_path, central):
    rows = {
        **base(),
        "note": [note(N1, EARLY, A)],
        "note_line": [{"note_id": N1, "position": 1, "text": "oui"}],
    }
    path = make_export(tmp_path, "a.visitapp", rows)
    report = merge(central, path)
    assert report.status is FileStatus.MERGED
    assert report.records.added == 3
    assert report.tables["note_line"].added == 1
    assert report.device_id  # the exporting laptop
    logged = central.db.execute("SELECT sha256, file_name, added FROM import_log").fetchall()
    assert logged == [(report.sha256, "a.visitapp", 3)]


def test_the_same_file_again_changes_nothing_and_says_already_merged(tmp_path, central):
    path = make_export(tmp_path, "a.visitapp", base())
    merge(central, path)
    before = dump(central)
    again = merge(central, path)
    assert again.status is FileStatus.ALREADY_MERGED
    assert dump(central) == before
    assert central.db.execute("SELECT count(*) FROM import_log").fetchone()[0] == 1


def test_last_writer_wins_whatever_the_order(tmp_path):
    old = make_export(tmp_path, "old.visitapp", base(A, EARLY))
    newer = base(B, LATE)
    newer["school"][0]["name"] = "Collège Renommé"
    new = make_export(tmp_path, "new.visitapp", newer)
    names = []
    for order in ((old, new), (new, old)):
        store = open_fresh(tmp_path / f"central-{len(names)}.db")
        reports = [merge(store, path) for path in order]
        names.append(store.db.execute("SELECT name, origin FROM school").fetchone())
        store.close()
        assert all(r.status is FileStatus.MERGED for r in reports)
    assert names == [("Collège Renommé", B), ("Collège Renommé", B)]


def test_the_origin_breaks_a_tie_of_timestamps(tmp_path, central):
    one = base(A, EARLY)
    two = base(B, EARLY)
    two["school"][0]["name"] = "Par B"
    merge(central, make_export(tmp_path, "b.visitapp", two))
    report = merge(central, make_export(tmp_path, "a.visitapp", one))
    assert central.db.execute("SELECT name FROM school").fetchone() == ("Par B",)
    assert report.tables["school"].skipped == 1


def test_a_tombstone_travels_and_an_older_edit_does_not_bring_the_record_back(tmp_path, central):
    deleted = base(B, LATE)
    deleted["visit"][0]["deleted"] = 1
    merge(central, make_export(tmp_path, "deleted.visitapp", deleted))
    report = merge(central, make_export(tmp_path, "older.visitapp", base(A, EARLY)))
    assert central.db.execute("SELECT deleted FROM visit").fetchone() == (1,)
    assert report.tables["visit"].skipped == 1


def test_immutable_rows_same_content_skipped_other_content_is_a_conflict(tmp_path, central):
    first = {**base(), "note": [note(N1, EARLY, A)]}
    merge(central, make_export(tmp_path, "first.visitapp", first))
    same = merge(
        central, make_export(tmp_path, "same.visitapp", {**base(), "note": [note(N1, EARLY, A)]})
    )
    assert same.tables["note"] == type(same.tables["note"])(skipped=1)
    other = {**base(), "note": [note(N1, EARLY, A, body="Réponse modifiée")]}
    report = merge(central, make_export(tmp_path, "other.visitapp", other))
    assert report.status is FileStatus.MERGED
    assert report.tables["note"].conflicts == 1
    assert central.db.execute("SELECT body FROM note").fetchone() == ("Super intéressant",)
    table, row_id, incoming, sha = central.db.execute(
        "SELECT table_name, row_id, incoming, file_sha256 FROM merge_conflict"
    ).fetchone()
    assert (table, row_id, sha) == ("note", N1, report.sha256)
    assert json.loads(incoming)["body"] == "Réponse modifiée"


def test_an_immutable_row_can_still_be_deleted_by_a_later_tombstone(tmp_path, central):
    merge(central, make_export(tmp_path, "a.visitapp", {**base(), "note": [note(N1, EARLY, A)]}))
    tombstone = {**base(), "note": [note(N1, LATE, B, deleted=1)]}
    report = merge(central, make_export(tmp_path, "b.visitapp", tombstone))
    assert report.tables["note"].updated == 1
    assert central.db.execute("SELECT deleted, origin FROM note").fetchone() == (1, B)


def test_derived_rows_follow_the_winning_version_of_their_parent(tmp_path, central):
    def tally(stamp, origin, count, labels):
        rows = base()
        rows["tally_test"] = [
            record(T1, stamp, origin, visit_id=V1, count=count, payload=bytes([0, 255]))
        ]
        rows["tally_line"] = [{"tally_id": T1, "label": label} for label in labels]
        return rows

    merge(central, make_export(tmp_path, "old.visitapp", tally(EARLY, A, 3, ["oui", "non"])))
    merge(central, make_export(tmp_path, "new.visitapp", tally(LATE, B, 5, ["peut-être"])))
    merge(central, make_export(tmp_path, "stale.visitapp", tally(EARLY, A, 3, ["oui", "non"])))
    assert central.db.execute("SELECT count, payload FROM tally_test").fetchone() == (
        5,
        bytes([0, 255]),
    )
    labels = central.db.execute("SELECT label FROM tally_line ORDER BY label").fetchall()
    assert labels == [("peut-être",)]


def test_an_error_inside_the_transaction_leaves_central_as_it_was(tmp_path, central):
    merge(central, make_export(tmp_path, "a.visitapp", base()))
    before = dump(central)
    rows = {**base(B, LATE), "note": [note(N1, LATE, B)]}
    path = make_export(tmp_path, "b.visitapp", rows)

    class Crash(Exception):
        pass

    def crash_after_notes(step):
        if step == "table:note":
            raise Crash

    with pytest.raises(Crash):
        merge_file(
            central, path, schema=TEST_SCHEMA, registry=TEST_REGISTRY, checkpoint=crash_after_notes
        )
    assert dump(central) == before
    assert central.db.execute("SELECT count(*) FROM import_log").fetchone()[0] == 1
    assert integrity(central.path) == "ok"
    assert merge(central, path).status is FileStatus.MERGED  # a retry just works


def test_a_constraint_violation_refuses_the_whole_file(tmp_path, central):
    # Same (visit, ambassador) pair under two ids: the second row breaks central's UNIQUE key.
    def link(link_id, stamp):
        return record(link_id, stamp, A, visit_id=V1, ambassador_id="a1")

    amb = [record("a1", EARLY, A, name="Inès", engineering_school="", email="")]
    merge(
        central,
        make_export(
            tmp_path,
            "a.visitapp",
            {**base(), "ambassador": amb, "visit_ambassador": [link("l1", EARLY)]},
        ),
    )
    before = dump(central)
    bad = {**base(B, LATE), "ambassador": amb, "visit_ambassador": [link("l2", LATE)]}
    report = merge(central, make_export(tmp_path, "b.visitapp", bad))
    assert report.status is FileStatus.REFUSED
    assert report.error.code == "sync.merge_failed"
    assert dump(central) == before


def test_the_central_database_stays_healthy_and_readable_by_sqlite(tmp_path, central):
    merge(central, make_export(tmp_path, "a.visitapp", base()))
    conn = sqlite3.connect(central.path)
    assert conn.execute("SELECT school FROM visits_with_schools").fetchall() == [("Collège Test",)]
    conn.close()
