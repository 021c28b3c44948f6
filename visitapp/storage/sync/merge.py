"""Merging one checked export into the central database: one transaction, set-based SQL per table.

- mutable records: last writer wins by (updated_at, origin), ties broken by the content, so
  the result is the same whatever the order or grouping of the files;
- immutable records: a new id is inserted, an identical copy skipped, a different copy
  recorded in merge_conflict (the existing row kept); their tombstone still moves;
- derived rows travel with their parent: replaced whenever a parent version wins;
- an import_log row with the file's sha256, so merging it again changes nothing.
Everything runs in one IMMEDIATE transaction: a crash leaves central as it was before the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from visitapp.core.ids import stable_id
from visitapp.core.sync import (
    FileReport,
    FileStatus,
    MergeFailed,
    RefusedFile,
    TableCounts,
    UnreadableFile,
)
from visitapp.storage.database import Store
from visitapp.storage.migrations import SCHEMA, Schema
from visitapp.storage.sync.incoming import Incoming, check, stage
from visitapp.storage.sync.tables import (
    IMMUTABLE,
    MUTABLE,
    REGISTRY,
    Registry,
    TablePlan,
    plan,
    quote,
)

# Called with a step name ("staged", "checked", "table:<name>", "logged") as merge goes;
# the fraction done is passed to `progress`. Tests use `checkpoint` to fail at a chosen step.
Checkpoint = Callable[[str], None]
Progress = Callable[[float], None]

_WIN = "temp.sync_winners"


def already_merged(store: Store, sha256: str) -> bool:
    row = store.db.execute("SELECT 1 FROM import_log WHERE sha256 = ?", [sha256]).fetchone()
    return row is not None


def _count(conn: sqlite3.Connection, sql: str) -> int:
    return conn.execute(sql).fetchone()[0]


def _source(name: str, alias: str = "i") -> str:
    """A table of the incoming file, read by a plain scan: its indexes are never trusted
    (quick_check does not compare them with their tables)."""
    return f"incoming.{name} AS {alias} NOT INDEXED"


def _fingerprint(columns: tuple[str, ...], alias: str) -> str:
    """A text that orders two versions stamped alike, deterministically (never NULL)."""
    return " || ',' || ".join(f"quote({alias}.{quote(c)})" for c in columns)


def _differs(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"i.{quote(c)} IS NOT m.{quote(c)}" for c in columns)


def _copy_children(
    conn: sqlite3.Connection, table: TablePlan, *, replace: bool = True
) -> dict[str, TableCounts]:
    """Replace the derived rows of every winning parent by the incoming ones (`replace` off:
    the winners are new parents, which central cannot hold derived rows of)."""
    counts = {}
    for child in table.children:
        name, link = quote(child.name), quote(child.link)
        columns = ", ".join(quote(c) for c in child.columns)
        winners = f"(SELECT id FROM {_WIN})"
        if replace:
            conn.execute(f"DELETE FROM main.{name} WHERE {link} IN {winners}")
        conn.execute(
            f"INSERT INTO main.{name} ({columns}) SELECT {columns} FROM {_source(name)}"
            f" WHERE {link} IN {winners}"
        )
        added = conn.execute("SELECT changes()").fetchone()[0]
        total = _count(conn, f"SELECT count(*) FROM {_source(name)}")
        counts[child.name] = TableCounts(added=added, skipped=total - added)
    return counts


def _merge_mutable(conn: sqlite3.Connection, table: TablePlan) -> dict[str, TableCounts]:
    name = quote(table.name)
    columns = ", ".join(quote(c) for c in table.columns)
    content = table.content
    # Winners: new ids, and versions newer than central's, copied aside whole. Only those
    # whose content differs count as updated; the others just take the newer stamp (so every
    # order of merging ends with the same rows).
    conn.execute(
        f"CREATE TEMP TABLE sync_winners AS SELECT {', '.join(f'i.{quote(c)}' for c in table.columns)},"
        f" m.id IS NULL AS sync_new, m.id IS NOT NULL AND ({_differs(content)}) AS sync_changed"
        f" FROM {_source(name)} LEFT JOIN main.{name} AS m ON m.id = i.id"
        f" WHERE m.id IS NULL OR (i.updated_at, i.origin, {_fingerprint(table.tiebreak, 'i')})"
        f" > (m.updated_at, m.origin, {_fingerprint(table.tiebreak, 'm')})"
    )
    conn.execute(f"INSERT INTO main.{name} ({columns}) SELECT {columns} FROM {_WIN} WHERE sync_new")
    added = conn.execute("SELECT changes()").fetchone()[0]
    assignments = ", ".join(f"{quote(c)} = w.{quote(c)}" for c in table.columns if c != "id")
    conn.execute(
        f"UPDATE main.{name} SET {assignments} FROM {_WIN} AS w"
        f" WHERE w.id = {name}.id AND NOT w.sync_new"
    )
    updated = _count(conn, f"SELECT count(*) FROM {_WIN} WHERE sync_changed")
    total = _count(conn, f"SELECT count(*) FROM {_source(name)}")
    counts = {table.name: TableCounts(added, updated, total - added - updated)}
    counts.update(_copy_children(conn, table))
    conn.execute(f"DROP TABLE {_WIN}")
    return counts


def _digest(row: dict[str, object]) -> str:
    text = json.dumps(row, sort_keys=True, default=lambda v: bytes(v).hex())
    return hashlib.sha256(text.encode()).hexdigest()


def _record_conflicts(
    conn: sqlite3.Connection, table: TablePlan, incoming: Incoming, now: str
) -> int:
    """Same id, other content: keep the row central has, and keep the other for the coordinator."""
    name = quote(table.name)
    content = tuple(c for c in table.content if c != "deleted")
    selected = ", ".join(f"i.{quote(c)}" for c in table.columns)
    rows = conn.execute(
        f"SELECT {selected} FROM {_source(name)} JOIN main.{name} AS m ON m.id = i.id"
        f" WHERE {_differs(content)}"
    ).fetchall()
    for values in rows:
        row = dict(zip(table.columns, values, strict=True))
        digest = _digest(row)
        conn.execute(
            "INSERT OR IGNORE INTO main.merge_conflict (id, table_name, row_id, incoming,"
            " file_sha256, device_id, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                stable_id("merge_conflict", table.name, str(row["id"]), digest),
                table.name,
                str(row["id"]),
                json.dumps(row, ensure_ascii=False, default=lambda v: bytes(v).hex()),
                incoming.sha256,
                incoming.device_id,
                now,
            ],
        )
    return len(rows)


def _merge_immutable(
    conn: sqlite3.Connection, table: TablePlan, incoming: Incoming, now: str
) -> dict[str, TableCounts]:
    name = quote(table.name)
    columns = ", ".join(quote(c) for c in table.columns)
    conn.execute(
        f"CREATE TEMP TABLE sync_winners AS SELECT i.id AS id FROM {_source(name)}"
        f" WHERE NOT EXISTS (SELECT 1 FROM main.{name} AS m WHERE m.id = i.id)"
    )
    new = _count(conn, f"SELECT count(*) FROM {_WIN}")
    total = _count(conn, f"SELECT count(*) FROM {_source(name)}")
    conflicts = updated = 0
    if new < total:  # some ids are known already: compare them first
        conflicts = _record_conflicts(conn, table, incoming, now)
        updated = _merge_envelopes(conn, table)
    conn.execute(
        f"INSERT INTO main.{name} ({columns}) SELECT {columns} FROM {_source(name)}"
        f" WHERE id IN (SELECT id FROM {_WIN})"
    )
    added = conn.execute("SELECT changes()").fetchone()[0]
    counts = {
        table.name: TableCounts(added, updated, total - added - updated - conflicts, conflicts)
    }
    counts.update(_copy_children(conn, table, replace=False))
    conn.execute(f"DROP TABLE {_WIN}")
    return counts


def _merge_envelopes(conn: sqlite3.Connection, table: TablePlan) -> int:
    """An immutable record never changes; its tombstone travels by last writer wins, and it
    keeps the earliest creation time any laptop gave it. Only a change of `deleted` counts as
    an update; a newer stamp alone is taken silently (so every order ends with the same rows).
    Returns how many records were updated."""
    name = quote(table.name)
    content = tuple(c for c in table.content if c != "deleted")
    same = " AND ".join(f"i.{quote(c)} IS m.{quote(c)}" for c in content)
    newer = "(i.updated_at, i.origin, i.deleted) > (m.updated_at, m.origin, m.deleted)"
    conn.execute(
        f"CREATE TEMP TABLE sync_envelopes AS SELECT i.id AS id, i.created_at AS created_at,"
        f" i.updated_at AS updated_at, i.origin AS origin, i.deleted AS deleted,"
        f" {newer} AS newer, {newer} AND i.deleted IS NOT m.deleted AS changed"
        f" FROM {_source(name)} JOIN main.{name} AS m ON m.id = i.id WHERE {same}"
        f" AND ({newer} OR i.created_at < m.created_at)"
    )
    conn.execute(
        f"UPDATE main.{name} SET created_at = min({name}.created_at, e.created_at),"
        f" updated_at = iif(e.newer, e.updated_at, {name}.updated_at),"
        f" origin = iif(e.newer, e.origin, {name}.origin),"
        f" deleted = iif(e.newer, e.deleted, {name}.deleted)"
        f" FROM temp.sync_envelopes AS e WHERE e.id = {name}.id"
    )
    updated = _count(conn, "SELECT count(*) FROM temp.sync_envelopes WHERE changed")
    conn.execute("DROP TABLE temp.sync_envelopes")
    return updated


def _log(
    conn: sqlite3.Connection, incoming: Incoming, records: TableCounts, tables: dict, now: str
) -> None:
    conn.execute(
        "INSERT INTO main.import_log (sha256, file_name, device_id, exported_at, app_version,"
        " schema_version, merged_at, added, updated, skipped, conflicts, details)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            incoming.sha256,
            incoming.original.name,
            incoming.device_id,
            incoming.exported_at,
            incoming.app_version,
            incoming.schema_version,
            now,
            records.added,
            records.updated,
            records.skipped,
            records.conflicts,
            json.dumps(
                {name: [c.added, c.updated, c.skipped, c.conflicts] for name, c in tables.items()}
            ),
        ],
    )


def merge_incoming(
    store: Store,
    incoming: Incoming,
    *,
    registry: Registry = REGISTRY,
    checkpoint: Checkpoint | None = None,
    progress: Progress | None = None,
) -> FileReport:
    """Merge a checked copy in one transaction. Raises MergeFailed, leaving central unchanged."""
    conn = store.db.conn
    step = checkpoint or (lambda _name: None)
    advance = progress or (lambda _fraction: None)
    try:
        conn.execute("ATTACH DATABASE ? AS incoming", [str(incoming.copy)])
    except sqlite3.Error as error:
        raise MergeFailed(str(error)) from error
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if already_merged(store, incoming.sha256):  # merged by another process meanwhile
                conn.execute("ROLLBACK")
                return _report(incoming, FileStatus.ALREADY_MERGED)
            now = store.now()
            tables: dict[str, TableCounts] = {}
            plans = plan(conn, registry)
            for done, table in enumerate(plans, 1):
                if table.kind == MUTABLE:
                    tables.update(_merge_mutable(conn, table))
                elif table.kind == IMMUTABLE:
                    tables.update(_merge_immutable(conn, table, incoming, now))
                step(f"table:{table.name}")
                advance(done / len(plans))
            records = sum((tables[t.name] for t in plans), TableCounts())
            _log(conn, incoming, records, tables, now)
            step("logged")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        raise MergeFailed(str(error)) from error
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.sync_winners")
        conn.execute("DROP TABLE IF EXISTS temp.sync_envelopes")
        conn.execute("DETACH DATABASE incoming")
    return _report(incoming, FileStatus.MERGED, tables, records)


def _report(
    incoming: Incoming,
    status: FileStatus,
    tables: dict[str, TableCounts] | None = None,
    records: TableCounts | None = None,
) -> FileReport:
    return FileReport(
        path=str(incoming.original),
        status=status,
        sha256=incoming.sha256,
        device_id=incoming.device_id,
        exported_at=incoming.exported_at,
        schema_version=incoming.schema_version,
        migrated=incoming.migrated,
        tables=tables or {},
        records=records or TableCounts(),
    )


# While merging many files, copy the write-ahead log into the database every ~80 MB instead of
# every 4 MB (pages written by several files are then written once), keep more of central's
# indexes in memory, and the small temporary tables of the merge too (never in temp files).
# Each file's commit is still flushed to disk (synchronous = FULL).
_BATCH_CHECKPOINT_PAGES = 20_000
_BATCH_CACHE_KIB = 65_536


@contextlib.contextmanager
def merging_many(store: Store) -> Iterator[None]:
    db = store.db
    checkpoint = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    temp_store = db.execute("PRAGMA temp_store").fetchone()[0]
    db.execute(f"PRAGMA wal_autocheckpoint = {_BATCH_CHECKPOINT_PAGES}")
    db.execute(f"PRAGMA cache_size = -{_BATCH_CACHE_KIB}")
    db.execute("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        db.execute(f"PRAGMA wal_autocheckpoint = {checkpoint}")
        db.execute(f"PRAGMA cache_size = {cache}")
        db.execute(f"PRAGMA temp_store = {temp_store}")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # busy readers: done later


Prepared = Incoming | FileReport  # a checked copy to merge, or the report of a file needing none


def prepare(
    store: Store,
    path: Path,
    folder: Path,
    *,
    schema: Schema = SCHEMA,
    checkpoint: Checkpoint | None = None,
) -> Prepared:
    """Copy one file into `folder` and check it. Central is only read (to skip a file already
    merged), so this can run in another thread while the previous file is being merged."""
    step = checkpoint or (lambda _name: None)
    path = Path(path)
    try:
        copy, sha256 = stage(path, folder)
    except OSError as error:
        refused = UnreadableFile(error.strerror or str(error))
        return FileReport(str(path), FileStatus.REFUSED, error=refused)
    step("staged")
    if already_merged(store, sha256):
        return FileReport(str(path), FileStatus.ALREADY_MERGED, sha256=sha256)
    try:
        incoming = check(copy, path, sha256, schema=schema)
    except RefusedFile as error:
        return FileReport(str(path), FileStatus.REFUSED, sha256=sha256, error=error)
    step("checked")
    return incoming


def merge_prepared(
    store: Store,
    prepared: Prepared,
    *,
    registry: Registry = REGISTRY,
    checkpoint: Checkpoint | None = None,
    progress: Progress | None = None,
) -> FileReport:
    """Merge a prepared file (its transaction is the only write), or pass its report on."""
    if isinstance(prepared, FileReport):
        return prepared
    try:
        return merge_incoming(
            store, prepared, registry=registry, checkpoint=checkpoint, progress=progress
        )
    except RefusedFile as error:
        return FileReport(
            str(prepared.original), FileStatus.REFUSED, sha256=prepared.sha256, error=error
        )


def merge_file(
    store: Store,
    path: Path,
    *,
    schema: Schema = SCHEMA,
    registry: Registry = REGISTRY,
    checkpoint: Checkpoint | None = None,
    progress: Progress | None = None,
) -> FileReport:
    """Check and merge one export file into `store`'s database. Never raises for a bad file:
    the report says why it was refused, and central is left exactly as it was."""
    advance = progress or (lambda _fraction: None)
    with tempfile.TemporaryDirectory(prefix="visitapp-merge-") as folder:
        prepared = prepare(store, path, Path(folder), schema=schema, checkpoint=checkpoint)
        advance(0.3)
        return merge_prepared(
            store,
            prepared,
            registry=registry,
            checkpoint=checkpoint,
            progress=lambda fraction: advance(0.3 + 0.7 * fraction),
        )
