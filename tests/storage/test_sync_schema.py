"""The sync side of the schema: every table has a sync kind, the readable views work, and the
Datasette metadata shipped in resources/ describes only real tables and columns."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from visitapp.paths import resource_path
from visitapp.storage.database import open_store
from visitapp.storage.migrations import SCHEMA
from visitapp.storage.schema import SUMMARY_TABLES
from visitapp.storage.sync.incoming import fresh_master, master
from visitapp.storage.sync.tables import ENVELOPE, REGISTRY, plan, table_names, unregistered

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def store(tmp_path, clock):
    opened = open_store(tmp_path / "fresh.db", clock)
    yield opened
    opened.close()


def test_every_table_has_a_sync_kind(store):
    """A table nobody registered would silently stay behind on the laptops."""
    assert unregistered(store.db.conn) == []
    kinds = [REGISTRY.mutable, REGISTRY.immutable, REGISTRY.derived, REGISTRY.local]
    names = [t for kind in kinds for t in kind]
    assert len(names) == len(set(names)), "a table is registered twice"
    present = set(table_names(store.db.conn))
    assert set(names) <= present, "the registry names a table the schema does not have"


def test_the_real_schema_can_be_merged_generically(store):
    plans = plan(store.db.conn)
    assert {p.name for p in plans} == set(REGISTRY.records)
    for table in plans:
        assert set(ENVELOPE) <= set(table.columns)
    children = {c.name for p in plans for c in p.children}
    assert children == set(REGISTRY.derived)


def test_a_migrated_database_has_exactly_the_fresh_schema(tmp_path, clock):
    """The merge allow-list compares files with a fresh schema: migrating must reach the same."""
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "visitapp-schema-v1.db", path)
    open_store(path, clock).close()
    conn = sqlite3.connect(path)
    try:
        assert master(conn) == fresh_master(SCHEMA, SCHEMA.latest)
    finally:
        conn.close()


def views(conn) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]


def test_every_view_can_be_read(store):
    """A later step that changes a table must recreate the views reading it: this catches it.

    Read as Datasette and the sqlite3 shell do (trusted_schema on: responses_long uses JSON
    functions, which visitapp's own hardened connections would refuse in a view).
    """
    conn = sqlite3.connect(store.path)
    found = views(conn)
    assert {"visits_with_schools", "visits_counted_once", "responses_long"} <= set(found)
    for view in found:
        conn.execute(f"SELECT * FROM {view} LIMIT 1").fetchall()
    conn.close()


def test_visits_with_schools_reads_like_a_spreadsheet(services):
    from datetime import date

    services.demo.seed(date(2026, 11, 23))
    conn = sqlite3.connect(services.database_path)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM visits_with_schools ORDER BY date").fetchall()
    conn.close()
    assert len(rows) == len(services.records.list_visits())
    row = dict(rows[0])
    assert row["school"] and row["city"] and row["ambassadors"]
    assert row["priority_education"] in ("", "REP", "REP+")
    assert row["school_kind"] in ("collège", "lycée")
    assert row["counted"] == 1 and row["same_visit_as"] is None


def test_responses_long_has_one_line_per_answer_in_words(services):
    from datetime import date

    services.demo.seed(date(2026, 11, 23))
    conn = sqlite3.connect(services.database_path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM responses_long")]
    derived = conn.execute("SELECT count(*) FROM response_answer").fetchone()[0]
    texts = conn.execute(
        "SELECT count(*) FROM responses_long WHERE question_kind = 'text'"
    ).fetchone()[0]
    conn.close()
    assert len(rows) == derived + texts  # every closed answer, plus the free texts
    single = next(r for r in rows if r["question_kind"] == "single")
    assert single["question"].endswith("?") and single["answer_label"]
    assert single["answer_label"] != single["answer"] or single["question_id"] == "class_level"
    ends = {r["answer_label"] for r in rows if r["question_kind"] == "scale"}
    assert any(label.startswith("5 (") for label in ends)
    assert {r["phase"] for r in rows} == {"before", "after"}


def metadata() -> dict:
    return json.loads(resource_path("datasette", "metadata.json").read_text(encoding="utf-8"))


def test_the_datasette_metadata_lists_only_real_tables_and_columns(store):
    conn = sqlite3.connect(store.path)  # as Datasette opens it
    tables = metadata()["databases"]["central"]["tables"]
    relations = set(table_names(conn)) | set(views(conn))
    for name, described in tables.items():
        assert name in relations, f"metadata describes a missing table {name}"
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({name})")}
        for column in described.get("columns", {}):
            assert column in columns, f"metadata describes a missing column {name}.{column}"
        for key in ("label_column", "sort_desc", "sort"):
            if key in described:
                assert described[key] in columns
    conn.close()


def test_the_datasette_metadata_describes_every_view_and_record_table(store):
    tables = metadata()["databases"]["central"]["tables"]
    conn = sqlite3.connect(store.path)
    synced = (*REGISTRY.records, *REGISTRY.derived, "import_log", "merge_conflict", *SUMMARY_TABLES)
    for name in (*views(conn), *synced):
        assert tables.get(name, {}).get("columns"), f"{name} is not described"
    for name in views(conn):
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({name})")}
        assert columns == set(tables[name]["columns"]) or name == "visits_counted_once"
    conn.close()
