"""Incoming files are untrusted: a corpus of bad files, each refused (central byte-identical,
the file itself untouched) or, for an older schema, migrated in a temporary copy."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_builders import clock, dump, make_export, open_fresh, school, visit

from visitapp.core.sync import FileStatus
from visitapp.storage.database import open_store
from visitapp.storage.migrations import SCHEMA, Schema
from visitapp.storage.sync import snapshot
from visitapp.storage.sync.merge import merge_file
from visitapp.storage.sync.tables import REGISTRY

FIXTURES = Path(__file__).parent.parent / "fixtures"
A = "aaaaaaaa-0000-4000-8000-000000000001"
S1, V1 = "5c000000-0000-4000-8000-000000000001", "71000000-0000-4000-8000-000000000001"
STAMP = "2026-11-20T10:00:00.000Z"
ROWS = {
    "school": [school(S1, STAMP, A, name="Collège Jean Jaurès")],
    "visit": [visit(V1, STAMP, A, S1)],
}


def digest(path: Path) -> str:
    parts = [path, path.with_name(path.name + "-wal")]
    return hashlib.sha256(b"".join(p.read_bytes() for p in parts if p.exists())).hexdigest()


@pytest.fixture
def central(tmp_path):
    store = open_store(tmp_path / "central.db", clock())
    yield store
    store.close()


@pytest.fixture
def good(tmp_path) -> Path:
    """A real export of the app's own schema."""
    return make_export(tmp_path, "good.visitapp", ROWS, schema=SCHEMA, registry=REGISTRY)


def merge(store, path):
    return merge_file(store, path)


def refused(central, path: Path, *codes: str):
    before, file_before = digest(central.path), digest(path)
    report = merge(central, path)
    assert report.status is FileStatus.REFUSED, report
    assert report.error.code in codes, report.error
    assert digest(central.path) == before, "central changed"
    assert digest(path) == file_before, "the incoming file was modified"
    assert central.db.execute("SELECT count(*) FROM school").fetchone()[0] == 0
    return report


def edit(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def test_the_good_export_merges(central, good):
    assert merge(central, good).status is FileStatus.MERGED


def test_a_text_file_is_refused(central, tmp_path):
    path = tmp_path / "notes.visitapp"
    path.write_text("Compte rendu de la visite : très bien passé.")
    refused(central, path, "sync.not_sqlite")


def test_an_empty_file_is_refused(central, tmp_path):
    path = tmp_path / "empty.visitapp"
    path.write_bytes(b"")
    refused(central, path, "sync.empty")


def test_a_missing_file_is_refused(central, tmp_path):
    report = merge(central, tmp_path / "nowhere.visitapp")
    assert report.status is FileStatus.REFUSED
    assert report.error.code == "sync.unreadable"


@pytest.mark.parametrize("fraction", [0.02, 0.5, 0.97])
def test_a_truncated_export_is_refused(central, good, fraction):
    data = good.read_bytes()
    good.write_bytes(data[: int(len(data) * fraction)])
    refused(central, good, "sync.damaged", "sync.not_sqlite")


def test_another_programs_sqlite_database_is_refused(central, tmp_path):
    path = edit(tmp_path / "contacts.db", "CREATE TABLE contacts (name TEXT)")
    refused(central, path, "sync.foreign")


def test_an_empty_sqlite_database_is_refused(central, tmp_path):
    path = edit(tmp_path / "blank.db", "PRAGMA user_version = 0")
    refused(central, path, "sync.foreign", "sync.empty")


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TRIGGER spy AFTER INSERT ON school BEGIN DELETE FROM visit; END",
        "CREATE TABLE extra (x TEXT)",
        "CREATE VIEW extra_view AS SELECT 1",
        "CREATE INDEX extra_index ON school (city)",
        "DROP VIEW visits_with_schools",
        "ALTER TABLE school ADD COLUMN extra TEXT",
    ],
)
def test_anything_outside_the_schema_is_refused(central, good, statement):
    edit(good, statement)
    report = refused(central, good, "sync.unexpected_schema")
    assert report.error.detail  # names what was unexpected


def test_a_newer_schema_is_refused_with_update_first(central, good):
    edit(good, f"PRAGMA user_version = {SCHEMA.latest + 1}")
    report = refused(central, good, "sync.newer")
    from visitapp.texts import describe_error

    assert "update first" in describe_error(report.error, "en")
    assert "mettez d'abord à jour" in describe_error(report.error, "fr")


def test_an_export_without_its_metadata_is_refused(central, good):
    edit(good, "DELETE FROM meta")
    refused(central, good, "sync.no_metadata")


def test_a_row_removed_after_export_is_refused(central, good):
    edit(good, "DELETE FROM visit")
    refused(central, good, "sync.damaged")


def test_a_value_changed_after_export_is_refused(central, good):
    from visitapp.texts import describe_error

    edit(good, "UPDATE school SET name = 'Collège Jean Jaurez'")
    report = refused(central, good, "sync.damaged")
    # In the coordinator's words, in one language: no table names, no English in French.
    french = describe_error(report.error, "fr")
    assert "Ce fichier est endommagé" in french and "school" not in french
    assert "rows" not in french and "checksum" not in french


def test_a_broken_link_between_records_is_refused(central, good):
    edit(good, "PRAGMA foreign_keys = OFF", "DELETE FROM school")
    refused(central, good, "sync.damaged")


def test_a_flipped_bit_in_a_school_name_is_refused(central, good):
    data = bytearray(good.read_bytes())
    at = data.index("Jean Jaurès".encode())
    data[at] ^= 0x01  # "J" becomes "K": the page is still well formed
    good.write_bytes(bytes(data))
    refused(central, good, "sync.damaged")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(position=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_a_flipped_bit_anywhere_is_refused_or_harmless(tmp_path_factory, position, bit):
    """Wherever a bit flips, the merge either refuses the file or gives exactly the data."""
    folder = tmp_path_factory.mktemp("flip")
    path = make_export(folder, "x.visitapp", ROWS, schema=SCHEMA, registry=REGISTRY)
    expected = open_store(folder / "expected.db", clock())
    merge(expected, path)
    data = bytearray(path.read_bytes())
    data[int(position * len(data))] ^= 1 << bit
    path.write_bytes(bytes(data))
    central = open_store(folder / "central.db", clock())
    try:
        report = merge(central, path)
        if report.status is FileStatus.MERGED:
            assert dump(central, REGISTRY) == dump(expected, REGISTRY)
        else:
            assert report.status is FileStatus.REFUSED
            assert dump(central, REGISTRY) == {t: [] for t in dump(central, REGISTRY)}
    finally:
        central.close()
        expected.close()


def older_schema(versions_back: int = 1) -> Schema:
    return Schema().with_steps(*SCHEMA.bodies[: SCHEMA.latest - versions_back])


def test_an_export_from_an_older_visitapp_is_migrated_in_a_copy(central, tmp_path):
    old = older_schema()
    path = make_export(tmp_path, "old.visitapp", ROWS, schema=old, registry=REGISTRY)
    before = digest(path)
    report = merge(central, path)
    assert report.status is FileStatus.MERGED
    assert report.migrated and report.schema_version == SCHEMA.latest - 1
    assert digest(path) == before  # migrated in a temporary copy, never in place
    assert central.db.execute("SELECT name FROM school").fetchone() == ("Collège Jean Jaurès",)


def test_the_first_schema_laptop_database_merges(central, tmp_path):
    path = tmp_path / "v1.db"
    shutil.copyfile(FIXTURES / "visitapp-schema-v1.db", path)
    report = merge(central, path)
    assert report.status is FileStatus.MERGED, report.error
    assert report.schema_version == 1 and report.migrated
    assert report.records.added > 0


def test_an_older_file_with_an_extra_trigger_is_refused_before_migration(central, tmp_path):
    path = make_export(tmp_path, "old.visitapp", ROWS, schema=older_schema(), registry=REGISTRY)
    edit(path, "CREATE TRIGGER spy AFTER INSERT ON school BEGIN SELECT 1; END")
    refused(central, path, "sync.unexpected_schema")


def test_an_export_checks_as_its_own_first_reader(tmp_path):
    """The export itself is reopened and checked exactly as a merge would check it."""
    store = open_fresh(tmp_path / "laptop.db", SCHEMA)
    made = snapshot.export(store, tmp_path / "out.visitapp", app_version="test")
    store.close()
    assert made.summary.row_counts["school"] == 0
    assert not list(tmp_path.glob(".*partial"))
