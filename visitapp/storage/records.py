"""Writing synced records: stamps `created_at`/`updated_at`/`origin`, tombstones instead of DELETE."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from visitapp.core.clock import format_timestamp, parse_timestamp
from visitapp.storage.database import Store


def next_stamp(store: Store, previous: str | None) -> str:
    """Now, or just after `previous` if this laptop's clock is behind the record's last write.

    A record's `updated_at` must grow with every write, or last-writer-wins would prefer an
    older version when the laptop's clock was set back.
    """
    now = store.now()
    if previous and previous >= now:
        return format_timestamp(parse_timestamp(previous) + timedelta(milliseconds=1))
    return now


def upsert_record(store: Store, table: str, record_id: str, values: Mapping[str, object]) -> bool:
    """Insert or update one record's own columns (never the whole row). True when it was new.

    Saving a record that was deleted brings it back: the save is the newer write.
    """
    db = store.db
    row = db.execute(f"SELECT updated_at FROM {table} WHERE id = ?", [record_id]).fetchone()
    stamp = next_stamp(store, row[0] if row else None)
    names = list(values)
    if row is None:
        columns = ", ".join(["id", "created_at", "updated_at", "origin", "deleted", *names])
        marks = ", ".join("?" * (5 + len(names)))
        db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})",
            [record_id, stamp, stamp, store.device_id, 0, *values.values()],
        )
        return True
    assignments = ", ".join(f"{name} = ?" for name in names)
    db.execute(
        f"UPDATE {table} SET {assignments}, updated_at = ?, origin = ?, deleted = 0 WHERE id = ?",
        [*values.values(), stamp, store.device_id, record_id],
    )
    return False


def set_deleted(store: Store, table: str, record_id: str, deleted: bool) -> bool:
    """Tombstone (or restore) a record. False when there was no such record."""
    db = store.db
    row = db.execute(
        f"SELECT updated_at, deleted FROM {table} WHERE id = ?", [record_id]
    ).fetchone()
    if row is None:
        return False
    if bool(row[1]) == deleted:
        return True
    db.execute(
        f"UPDATE {table} SET deleted = ?, updated_at = ?, origin = ? WHERE id = ?",
        [int(deleted), next_stamp(store, row[0]), store.device_id, record_id],
    )
    return True
