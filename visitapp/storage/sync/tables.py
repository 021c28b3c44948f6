"""Which tables travel and how, read from the registry in storage/schema.py and from the schema.

Merge is generic: it never names a table. Column lists come from `PRAGMA table_info`, the
order from the foreign keys, so a table added by a later migration merges once registered.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from visitapp.storage.schema import DERIVED_TABLES, IMMUTABLE_TABLES, LOCAL_TABLES, MUTABLE_TABLES

MUTABLE, IMMUTABLE, DERIVED = "mutable", "immutable", "derived"
# Columns every mutable or immutable record has (storage/schema.py RECORD_COLUMNS).
ENVELOPE = ("updated_at", "origin", "deleted")
REQUIRED = ("id", "created_at", *ENVELOPE)


@dataclass(frozen=True)
class Registry:
    mutable: tuple[str, ...]
    immutable: tuple[str, ...]
    derived: tuple[str, ...] = ()  # each linked to its parent record by its foreign key
    local: tuple[str, ...] = ()

    @property
    def synced(self) -> tuple[str, ...]:
        return (*self.mutable, *self.immutable, *self.derived)

    @property
    def records(self) -> tuple[str, ...]:
        """Tables of whole records (counted in reports and in 'changed since the last export')."""
        return (*self.mutable, *self.immutable)

    def kind(self, table: str) -> str:
        if table in self.mutable:
            return MUTABLE
        if table in self.immutable:
            return IMMUTABLE
        if table in self.derived:
            return DERIVED
        raise KeyError(table)

    def extended(
        self,
        *,
        mutable: tuple[str, ...] = (),
        immutable: tuple[str, ...] = (),
        derived: tuple[str, ...] = (),
        local: tuple[str, ...] = (),
    ) -> Registry:
        """This registry plus more tables (tests register test-only tables this way)."""
        return Registry(
            (*self.mutable, *mutable),
            (*self.immutable, *immutable),
            (*self.derived, *derived),
            (*self.local, *local),
        )


REGISTRY = Registry(MUTABLE_TABLES, IMMUTABLE_TABLES, DERIVED_TABLES, LOCAL_TABLES)


def is_internal(name: str) -> bool:
    """SQLite's own tables and sqlite-utils' migration bookkeeping: kept in exports, never merged."""
    return name.startswith(("sqlite_", "_sqlite_"))


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class TablePlan:
    name: str
    kind: str
    columns: tuple[str, ...]  # what merge copies (a derived table's rowid alias is left out)
    link: str = ""  # derived: the column holding the parent's id
    children: tuple[TablePlan, ...] = ()

    @property
    def content(self) -> tuple[str, ...]:
        """The columns that say what a record is, as opposed to who wrote it and when
        (two laptops installing the same survey definition create it at different times)."""
        return tuple(c for c in self.columns if c not in ("created_at", "updated_at", "origin"))

    @property
    def tiebreak(self) -> tuple[str, ...]:
        """Everything but the write stamp: orders two different versions stamped alike."""
        return tuple(c for c in self.columns if c not in ("updated_at", "origin"))


def table_names(conn: sqlite3.Connection, schema: str = "main") -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]


def unregistered(conn: sqlite3.Connection, registry: Registry = REGISTRY) -> list[str]:
    """Tables that no registry kind claims: merge would silently leave them behind."""
    known = {*registry.synced, *registry.local}
    return [t for t in table_names(conn) if t not in known and not is_internal(t)]


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, int]]:
    """(name, declared type, primary-key position) of the table's stored columns."""
    return [(r[1], r[2], r[5]) for r in conn.execute(f"PRAGMA main.table_info({quote(table)})")]


def _parents(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(parent table, column of `table`) for each single-column foreign key."""
    return [(r[2], r[3]) for r in conn.execute(f"PRAGMA main.foreign_key_list({quote(table)})")]


def plan(conn: sqlite3.Connection, registry: Registry = REGISTRY) -> list[TablePlan]:
    """The synced tables present in `conn`'s main database, parents before children.

    Derived tables come as children of their parent's plan. Raises RuntimeError when the
    registry and the schema disagree (a programming error, caught by the test suite).
    """
    present = set(table_names(conn))
    records = [t for t in registry.records if t in present]
    parents_of = {t: {p for p, _ in _parents(conn, t) if p != t} for t in records}
    ordered: list[str] = []
    waiting = list(records)
    while waiting:  # registry order, but never a child before a parent it references
        ready = next((t for t in waiting if not (parents_of[t] & set(waiting))), None)
        if ready is None:
            raise RuntimeError(f"foreign keys form a cycle among {waiting}")
        ordered.append(ready)
        waiting.remove(ready)
    children: dict[str, list[TablePlan]] = {}
    for child in registry.derived:
        if child not in present:
            continue
        links = [(table, column) for table, column in _parents(conn, child) if table in records]
        if len(links) != 1:
            raise RuntimeError(f"derived table {child} needs one foreign key to a record table")
        parent, link = links[0]
        columns = _columns(conn, child)
        pk = [c for c in columns if c[2]]
        rowid_alias = len(pk) == 1 and pk[0][1].upper() == "INTEGER"
        kept = tuple(c[0] for c in columns if not (rowid_alias and c[2]))
        children.setdefault(parent, []).append(TablePlan(child, DERIVED, kept, link))
    plans = []
    for table in ordered:
        columns = tuple(c[0] for c in _columns(conn, table))
        missing = [c for c in REQUIRED if c not in columns]
        if missing:
            raise RuntimeError(f"synced table {table} lacks {missing}")
        plans.append(
            TablePlan(table, registry.kind(table), columns, children=tuple(children.get(table, ())))
        )
    return plans
