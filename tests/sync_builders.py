"""Builders for the sync tests: a test schema with test-only tables of every kind, laptop
databases holding chosen row versions, real exports of them, and a row-by-row dump.

The test-only tables prove that merge is generic: nothing in visitapp names them.
- `note` is immutable (like a pupil's response), `note_line` derived from it (its answers);
- `tally_test` is mutable with a plain (not deferred) foreign key to visit and a BLOB column,
  `tally_line` derived from it with an INTEGER PRIMARY KEY that central assigns itself.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from visitapp.core.clock import FixedClock
from visitapp.storage.database import Store, open_store
from visitapp.storage.migrations import SCHEMA, Schema, run_script
from visitapp.storage.schema import RECORD_COLUMNS
from visitapp.storage.sync import snapshot
from visitapp.storage.sync.tables import REGISTRY, Registry, plan, quote

Rows = Mapping[str, Iterable[Mapping[str, object]]]


def extra_tables_step(db) -> None:
    run_script(
        db,
        f"""
        CREATE TABLE note (
            {RECORD_COLUMNS},
            visit_id TEXT NOT NULL REFERENCES visit (id) DEFERRABLE INITIALLY DEFERRED,
            body TEXT NOT NULL,
            score REAL
        ) STRICT;
        CREATE TABLE note_line (
            note_id TEXT NOT NULL REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (note_id, position)
        ) STRICT;
        CREATE TABLE tally_test (
            {RECORD_COLUMNS},
            visit_id TEXT NOT NULL REFERENCES visit (id),
            count INTEGER NOT NULL,
            payload BLOB
        ) STRICT;
        CREATE TABLE tally_line (
            id INTEGER PRIMARY KEY,
            tally_id TEXT NOT NULL REFERENCES tally_test (id),
            label TEXT NOT NULL
        ) STRICT;
        CREATE INDEX tally_line_tally ON tally_line (tally_id)
        """,
    )


TEST_SCHEMA: Schema = SCHEMA.with_steps(extra_tables_step)
# tally_test is registered before its parent on purpose: merge must order tables by their keys.
TEST_REGISTRY = Registry(
    ("tally_test", *REGISTRY.mutable),
    (*REGISTRY.immutable, "note"),
    (*REGISTRY.derived, "note_line", "tally_line"),
    REGISTRY.local,
)
CLOCK_START = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)

_templates: dict[int, Path] = {}
_template_root = Path(tempfile.mkdtemp(prefix="visitapp-test-templates-"))
atexit.register(shutil.rmtree, _template_root, True)


def clock() -> FixedClock:
    return FixedClock(CLOCK_START)


def fresh_database(path: Path, schema: Schema = TEST_SCHEMA) -> Path:
    """A new, empty visitapp database at `path` with its own device id (copied from a template
    built once per schema, which is much faster than migrating every time)."""
    template = _templates.get(id(schema))
    if template is None:
        template = _template_root / f"template-{len(_templates)}.db"
        store = open_store(template, clock(), schema=schema)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        _templates[id(schema)] = template
    shutil.copyfile(template, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", [str(uuid.uuid4())])
    conn.commit()
    conn.close()
    return path


def open_fresh(path: Path, schema: Schema = TEST_SCHEMA) -> Store:
    return open_store(fresh_database(path, schema), clock(), schema=schema)


def insert_rows(store: Store, rows: Rows) -> None:
    """Write rows exactly as given (stamps and origins included), as if merged from elsewhere."""
    with store.db.atomic():
        for table, table_rows in rows.items():
            for row in table_rows:
                names = ", ".join(quote(k) for k in row)
                marks = ", ".join("?" * len(row))
                store.db.execute(
                    f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", list(row.values())
                )


def make_export(
    folder: Path,
    name: str,
    rows: Rows,
    *,
    schema: Schema = TEST_SCHEMA,
    registry: Registry = TEST_REGISTRY,
) -> Path:
    """A laptop database holding `rows`, exported for real into folder/name."""
    store = open_fresh(folder / f"{name}.laptop.db", schema)
    try:
        insert_rows(store, rows)
        target = folder / name
        snapshot.export(store, target, app_version="test", schema=schema, registry=registry)
    finally:
        store.close()
    return target


def dump(store: Store, registry: Registry = TEST_REGISTRY) -> dict[str, list[tuple]]:
    """Every synced row, sorted: two databases with the same dump hold the same data."""
    tables: dict[str, list[tuple]] = {}
    for table in plan(store.db.conn, registry):
        for item in (table, *table.children):
            columns = ", ".join(quote(c) for c in item.columns)
            rows = store.db.execute(f"SELECT {columns} FROM {quote(item.name)}").fetchall()
            tables[item.name] = sorted(rows, key=repr)
    return tables


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# -- ready-made rows --------------------------------------------------------------------------


def record(record_id: str, stamp: str, origin: str, deleted: int = 0, **values) -> dict:
    return {
        "id": record_id,
        "created_at": "2026-09-01T08:00:00.000Z",
        "updated_at": stamp,
        "origin": origin,
        "deleted": deleted,
        **values,
    }


def school(record_id: str, stamp: str, origin: str, name: str = "Collège Test", **extra) -> dict:
    return record(
        record_id,
        stamp,
        origin,
        name=name,
        city=extra.pop("city", "Lyon"),
        kind="college",
        priority=extra.pop("priority", "none"),
        sector="public",
        **extra,
    )


def visit(
    record_id: str,
    stamp: str,
    origin: str,
    school_id: str,
    *,
    starts_at: str = "2026-11-20T10:00",
    class_level: str = "4e",
    pupils: int | None = 25,
    girls: int | None = 12,
    deleted: int = 0,
) -> dict:
    return record(
        record_id,
        stamp,
        origin,
        deleted,
        school_id=school_id,
        starts_at=starts_at,
        kind="class_visit",
        class_level=class_level,
        duration_minutes=55,
        pupils_present=pupils,
        girls_present=girls,
        notes="",
    )
