"""An incoming export is untrusted: copy it aside, then check it before a single row is read.

The checks run on a private copy (so the file cannot change between check and merge, and a
file on a shared drive is only ever read, never opened by SQLite): SQLite header and length,
application_id, user_version, the schema against an allow-list (exactly what a fresh visitapp
database of that version has), integrity_check, foreign keys, metadata. An older file is
migrated in that copy; a newer one is refused.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from visitapp.core.ids import is_uuid
from visitapp.core.sync import (
    DamagedFile,
    EmptyFile,
    ForeignFile,
    MissingMetadata,
    NewerExport,
    NotAnExport,
    UnexpectedSchema,
)
from visitapp.storage.connection import Connection
from visitapp.storage.database import APPLICATION_ID, SQLITE_HEADER
from visitapp.storage.migrations import SCHEMA, Schema
from visitapp.storage.sync.tables import quote, table_names

CHUNK = 1 << 20
# Keys an export writes into its own `meta` table (the laptop's own meta rows are not exported).
META_DEVICE = "export.device_id"
META_EXPORTED_AT = "export.exported_at"
META_APP_VERSION = "export.app_version"
META_SCHEMA = "export.schema_version"
META_COUNTS = "export.row_counts"
META_DIGESTS = "export.row_digests"  # table -> sha256 of its rows: catches silent bit flips
# SQLite's statistics tables may or may not exist, whatever the schema version.
_STATISTICS = ("sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4")


@dataclass(frozen=True)
class Incoming:
    """A checked private copy, at the current schema version, ready to be merged."""

    copy: Path
    original: Path
    sha256: str
    device_id: str
    exported_at: str
    app_version: str
    schema_version: int  # the version the file was made with
    migrated: bool


def stage(original: Path, folder: Path) -> tuple[Path, str]:
    """Copy `original` into `folder` while hashing it: the bytes checked are the bytes hashed."""
    copy = folder / "incoming.db"
    digest = hashlib.sha256()
    with original.open("rb") as source, copy.open("wb") as target:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            target.write(chunk)
    return copy, digest.hexdigest()


def _check_header(copy: Path) -> None:
    size = copy.stat().st_size
    if size == 0:
        raise EmptyFile()
    with copy.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise NotAnExport()
    if len(header) < 100:
        raise DamagedFile("the file is cut short")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if page_size < 512 or page_size & (page_size - 1) or size < pages * page_size:
        raise DamagedFile("the file is cut short")


def _normalise(sql: str | None) -> str | None:
    return re.sub(r"\s+", " ", sql).strip() if sql else sql


def master(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str, str | None]]:
    """The schema as (type, name, table, sql), ignoring what may legitimately differ."""
    entries = set()
    for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master"
    ):
        if name in _STATISTICS:
            continue
        if table.startswith("_sqlite_") and kind in ("table", "index"):
            sql = None  # sqlite-utils' own bookkeeping: its text varies with its version
        entries.add((kind, name, table, _normalise(sql)))
    return frozenset(entries)


@cache
def fresh_master(schema: Schema, version: int) -> frozenset[tuple[str, str, str, str | None]]:
    """What a brand-new visitapp database of `version` holds, built in memory once."""
    db = Connection(sqlite3.connect(":memory:", isolation_level=None))
    try:
        Schema(schema.name).with_steps(*schema.bodies[:version]).apply(db)
        return master(db.conn)
    finally:
        db.close()


def _check_schema(conn: sqlite3.Connection, schema: Schema, version: int) -> None:
    expected = fresh_master(schema, version)
    found = master(conn)
    extra = sorted(found - expected)
    missing = sorted(expected - found)
    if extra or missing:
        names = [f"+{kind} {name}" for kind, name, _, _ in extra]
        names += [f"-{kind} {name}" for kind, name, _, _ in missing]
        raise UnexpectedSchema(", ".join(names[:6]))


def _check_links(conn: sqlite3.Connection) -> None:
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken:
        raise DamagedFile(f"a record of {broken[0]} points to a missing {broken[2]}")


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute("SELECT key, value FROM meta WHERE length(value) <= 100000").fetchall()
    return {key: value for key, value in rows}


def _short(text: str, limit: int = 64) -> str:
    return text if len(text) <= limit else text[:limit]


_EXACT_TYPES = ("TEXT", "INTEGER", "INT", "BLOB")


def content_digest(conn: sqlite3.Connection, table: str) -> str:
    """A sha256 of a table's rows, in the file's own row order (a rowid alias left out).

    quick_check sees a broken page, not a flipped bit inside a name or a number: this does.
    Rows are rendered by SQLite's quote(), except floating-point values: their text form
    changed between SQLite versions, so their exact bits are hashed instead. Exporter and
    merger read the very same bytes, so the rowid order is the same for both.
    """
    info = conn.execute(f"PRAGMA table_info({quote(table)})").fetchall()
    strict, without_rowid = conn.execute(
        "SELECT strict, wr FROM pragma_table_list WHERE schema = 'main' AND name = ?", [table]
    ).fetchone()
    keys = sorted((c for c in info if c[5]), key=lambda c: c[5])
    rowid_alias = len(keys) == 1 and keys[0][2].upper() == "INTEGER"
    kept = [c for c in info if not (rowid_alias and c[5])]
    texts, floats = [], []
    for column in kept:
        name = quote(column[1])
        if strict and column[2].upper() in _EXACT_TYPES:
            texts.append(f"quote({name})")  # a STRICT column of these types never holds a float
        else:
            texts.append(f"CASE typeof({name}) WHEN 'real' THEN '~' ELSE quote({name}) END")
            floats.append(f"CASE typeof({name}) WHEN 'real' THEN {name} END")
    order = ", ".join(quote(c[1]) for c in keys) if without_rowid else "rowid"
    selected = ", ".join([" || ',' || ".join(texts), *floats])
    digest = hashlib.sha256()
    cursor = conn.execute(f"SELECT {selected} FROM {quote(table)} NOT INDEXED ORDER BY {order}")
    while rows := cursor.fetchmany(2000):
        if floats:
            lines = [
                row[0] + "".join("" if v is None else float(v).hex() for v in row[1:])
                for row in rows
            ]
        else:
            lines = [row[0] for row in rows]
        digest.update(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _promised(meta: dict[str, str], key: str) -> dict:
    try:
        value = json.loads(meta[key])
    except ValueError as error:
        raise DamagedFile("its table of contents is unreadable") from error
    if not isinstance(value, dict):
        raise DamagedFile("its table of contents is unreadable")
    return value


def _check_contents(conn: sqlite3.Connection, meta: dict[str, str]) -> None:
    """An export lists its row counts and checksums; a file that disagrees was damaged."""
    if META_COUNTS not in meta:
        return  # a laptop's database file rather than an export: nothing to compare with
    present = set(table_names(conn))
    counts = _promised(meta, META_COUNTS)
    digests = _promised(meta, META_DIGESTS) if META_DIGESTS in meta else {}
    for table in {*counts, *digests}:
        if table not in present:
            raise DamagedFile(f"it lists a table {_short(str(table))} it does not have")
    for table, count in counts.items():
        actual = conn.execute(f"SELECT count(*) FROM {quote(table)}").fetchone()[0]
        if actual != count:
            raise DamagedFile(f"{table} holds {actual} rows instead of {count}")
    for table, digest in digests.items():
        if content_digest(conn, table) != digest:
            raise DamagedFile(f"the rows of {table} do not match their checksum")


def _migrate(copy: Path, schema: Schema, version: int) -> None:
    """Bring the private copy up to date with the same steps a laptop would run."""
    db = Connection(sqlite3.connect(copy, isolation_level=None))
    try:
        for number, body in enumerate(schema.bodies[version:], version + 1):
            with db.atomic():
                body(db.utils)  # steps get sqlite-utils' Database, as in Schema.apply
                db.execute(f"PRAGMA user_version = {number}")
    except Exception as error:  # a step meeting data no laptop would write: refuse, never crash
        raise DamagedFile(f"it could not be brought up to date ({error})") from error
    finally:
        db.close()


def check(
    copy: Path,
    original: Path,
    sha256: str,
    *,
    schema: Schema = SCHEMA,
) -> Incoming:
    """Refuse (RefusedFile subclasses) anything but a healthy visitapp export; migrate old ones."""
    _check_header(copy)
    try:
        conn = sqlite3.connect(copy, isolation_level=None)
    except sqlite3.Error as error:
        raise DamagedFile(str(error)) from error
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA query_only = ON")
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if application_id != APPLICATION_ID or version < 1:
            raise ForeignFile()
        if version > schema.latest:
            raise NewerExport(found=version, supported=schema.latest)
        _check_schema(conn, schema, version)
        # quick_check: every page and record well formed. It skips comparing indexes with
        # their tables, which integrity_check does: merge never reads the file's indexes.
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise DamagedFile("; ".join(problems[:2]))
        _check_links(conn)
        meta = _meta(conn)
        device = meta.get(META_DEVICE) or meta.get("device_id") or ""
        if not is_uuid(device):
            raise MissingMetadata()
        _check_contents(conn, meta)
    except (sqlite3.Error, ValueError) as error:  # ValueError: text that is not UTF-8
        raise DamagedFile(str(error)) from error
    finally:
        conn.close()
    if version < schema.latest:
        _migrate(copy, schema, version)
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            _check_schema(conn, schema, schema.latest)
            _check_links(conn)
        except (sqlite3.Error, ValueError) as error:
            raise DamagedFile(str(error)) from error
        finally:
            conn.close()
    return Incoming(
        copy=copy,
        original=original,
        sha256=sha256,
        device_id=device,
        exported_at=_short(meta.get(META_EXPORTED_AT, "")),
        app_version=_short(meta.get(META_APP_VERSION, "")),
        schema_version=version,
        migrated=version < schema.latest,
    )
