"""Sync bookkeeping. The laptop's, in its own (never exported) meta table: the last export, the
chosen shared folder, how many records were written since. The central's: its import log."""

from __future__ import annotations

from visitapp.core.sync import ImportRecord, TableCounts
from visitapp.storage.database import Store
from visitapp.storage.repository import Repository
from visitapp.storage.sync.tables import REGISTRY, Registry, quote, table_names

LAST_EXPORT_AT = "sync.last_export_at"
LAST_EXPORT_FILE = "sync.last_export_file"
WATERMARK = "sync.watermark"
SHARED_FOLDER = "sync.shared_folder"


def get(store: Store, key: str) -> str:
    return Repository(store).get_meta(key) or ""


def put(store: Store, key: str, value: str) -> None:
    Repository(store).set_meta(key, value or None)


def remember_export(store: Store, path: str, exported_at: str, watermark: str) -> None:
    with store.db.atomic():
        put(store, LAST_EXPORT_AT, exported_at)
        put(store, LAST_EXPORT_FILE, path)
        # Keep the highest mark: an older export published later must not resurrect changes.
        if watermark > get(store, WATERMARK):
            put(store, WATERMARK, watermark)


def changed_since(store: Store, watermark: str, registry: Registry = REGISTRY) -> int:
    """Records written after `watermark` (all records when there was no export yet)."""
    present = set(table_names(store.db.conn))
    total = 0
    for table in registry.records:
        if table in present:
            total += store.db.execute(
                f"SELECT count(*) FROM {quote(table)} WHERE updated_at > ?", [watermark]
            ).fetchone()[0]
    return total


def import_history(store: Store) -> list[ImportRecord]:
    rows = store.db.execute(
        "SELECT sha256, file_name, device_id, exported_at, merged_at, added, updated, skipped,"
        " conflicts FROM import_log ORDER BY merged_at DESC, file_name"
    ).fetchall()
    return [ImportRecord(*row[:5], records=TableCounts(*row[5:])) for row in rows]


def conflict_count(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM merge_conflict").fetchone()[0]
