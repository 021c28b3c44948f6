"""Export: a self-contained snapshot of the live database, published so it appears atomically.

The live file is never copied with file APIs: `VACUUM INTO` reads it in one read transaction
(consistent while the survey server keeps writing, thanks to WAL) into a private temporary
file. There the local tables are emptied, the export's metadata written, the file compacted,
flushed and checked exactly as a merge would check it. Only then is it copied next to the
destination under a hidden temporary name, flushed, and renamed into place.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from visitapp.core.sync import ExportFailed, ExportSummary, FolderMissing, RefusedFile
from visitapp.storage.database import Store
from visitapp.storage.migrations import SCHEMA, Schema
from visitapp.storage.sync.incoming import (
    CHUNK,
    META_APP_VERSION,
    META_COUNTS,
    META_DEVICE,
    META_DIGESTS,
    META_EXPORTED_AT,
    META_SCHEMA,
    check,
    content_digest,
)
from visitapp.storage.sync.tables import REGISTRY, Registry, quote, table_names


@dataclass(frozen=True)
class Snapshot:
    summary: ExportSummary
    watermark: str  # the newest updated_at in the export: later writes are "not exported yet"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    except OSError:
        pass  # some network file systems refuse to fsync a directory: the file is flushed
    finally:
        os.close(handle)


def _prepare(
    snapshot: Path, store: Store, app_version: str, registry: Registry
) -> tuple[dict[str, int], str]:
    """Strip what must not leave the laptop, compact, then write the export's metadata."""
    conn = sqlite3.connect(snapshot, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        present = set(table_names(conn))
        conn.execute("BEGIN")
        for table in registry.local:
            if table in present:
                conn.execute(f"DELETE FROM {quote(table)}")
        conn.execute("COMMIT")
        # No page of the emptied local tables survives; and the checksums below follow row
        # order, which VACUUM may change, so they are taken after it.
        conn.execute("VACUUM")
        counts = {
            table: conn.execute(f"SELECT count(*) FROM {quote(table)}").fetchone()[0]
            for table in registry.synced
            if table in present
        }
        digests = {table: content_digest(conn, table) for table in counts}
        stamps = [
            conn.execute(f"SELECT max(updated_at) FROM {quote(table)}").fetchone()[0]
            for table in registry.records
            if table in present
        ]
        watermark = max((s for s in stamps if s), default="")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [
                (META_DEVICE, store.device_id),
                (META_EXPORTED_AT, store.now()),
                (META_APP_VERSION, app_version),
                (META_SCHEMA, str(version)),
                (META_COUNTS, json.dumps(counts, sort_keys=True)),
                (META_DIGESTS, json.dumps(digests, sort_keys=True)),
            ],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return counts, watermark


def take_snapshot(
    store: Store,
    folder: Path,
    *,
    app_version: str,
    schema: Schema = SCHEMA,
    registry: Registry = REGISTRY,
) -> tuple[Path, Snapshot]:
    """A checked export file in `folder` (a private temporary folder)."""
    snapshot = folder / "export.visitapp"
    try:
        store.db.execute("VACUUM INTO ?", [str(snapshot)])
        counts, watermark = _prepare(snapshot, store, app_version, registry)
        _fsync(snapshot)
        sha256 = file_sha256(snapshot)
        checked = check(snapshot, snapshot, sha256, schema=schema)
    except (sqlite3.Error, RefusedFile) as error:
        raise ExportFailed(str(error)) from error
    summary = ExportSummary(
        path=str(snapshot),
        sha256=sha256,
        device_id=store.device_id,
        exported_at=checked.exported_at,
        schema_version=checked.schema_version,
        app_version=app_version,
        row_counts=counts,
        size_bytes=snapshot.stat().st_size,
        records=sum(counts.get(table, 0) for table in registry.records),
    )
    return snapshot, Snapshot(summary, watermark)


def publish(source: Path, destination: Path) -> None:
    """Make `destination` appear complete or not at all, even on a network or synced folder.

    The bytes go to a hidden temporary name in the destination folder (same file system, so
    the rename is atomic), are flushed, renamed into place, then read back and compared.
    """
    folder = destination.parent
    if not folder.is_dir():
        raise FolderMissing(path=str(folder))
    temporary = folder / f".{destination.name}.{secrets.token_hex(4)}.partial"
    expected = file_sha256(source)
    try:
        with source.open("rb") as reader, temporary.open("xb") as writer:
            while chunk := reader.read(CHUNK):
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temporary, destination)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    if file_sha256(destination) != expected:
        raise ExportFailed(f"{destination} does not read back as written", path=str(destination))


def export(
    store: Store,
    destination: Path,
    *,
    app_version: str,
    schema: Schema = SCHEMA,
    registry: Registry = REGISTRY,
) -> Snapshot:
    """Export everything synced to `destination`. Raises ExportFailed / FolderMissing / OSError."""
    destination = Path(destination)
    if not destination.parent.is_dir():
        raise FolderMissing(path=str(destination.parent))
    with tempfile.TemporaryDirectory(prefix="visitapp-export-") as folder:
        snapshot, made = take_snapshot(
            store, Path(folder), app_version=app_version, schema=schema, registry=registry
        )
        publish(snapshot, destination)
    return replace(made, summary=replace(made.summary, path=str(destination)))
