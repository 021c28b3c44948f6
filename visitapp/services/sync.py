"""Sync use-cases: export for the coordinator, send to a shared folder, merge many files into
the open (central) database, and the probable duplicate visits. Shared by the GUI and the CLI."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

from visitapp import __version__
from visitapp.core.clock import parse_timestamp
from visitapp.core.ids import short_id
from visitapp.core.sync import (
    EXPORT_SUFFIX,
    DuplicateGroup,
    ExportSummary,
    FileReport,
    FileStatus,
    FolderMissing,
    ImportRecord,
    MergeConflict,
    SyncStatus,
)
from visitapp.storage.database import Storage
from visitapp.storage.sync import duplicates, status
from visitapp.storage.sync.conflicts import merge_conflicts
from visitapp.storage.sync.merge import Prepared, merge_file, merge_prepared, merging_many, prepare
from visitapp.storage.sync.snapshot import export

# progress(file index, per-mille done of that file, state): state is "working" while the file
# is being merged, then its FileStatus value. Matches ui.tasks.Task's progress signature.
MergeProgress = Callable[[int, int, str], None]


class CancelFlag(Protocol):
    @property
    def cancelled(self) -> bool: ...


class SyncService:
    def __init__(self, storage: Storage, app_version: str = __version__) -> None:
        self._storage = storage
        self._app_version = app_version
        # One thread, kept, that checks the next file while one merges: kept so that its
        # database connection (one per thread) is opened once, not once per merge.
        self._checker: ThreadPoolExecutor | None = None

    # -- the laptop's side ----------------------------------------------------------------

    def status(self) -> SyncStatus:
        store = self._storage.store()
        last = status.get(store, status.LAST_EXPORT_AT)
        return SyncStatus(
            last_export_at=parse_timestamp(last) if last else None,
            last_export_file=status.get(store, status.LAST_EXPORT_FILE),
            changed_since=status.changed_since(store, status.get(store, status.WATERMARK)),
            shared_folder=status.get(store, status.SHARED_FOLDER),
        )

    def default_file_name(self) -> str:
        """visitapp-2026-11-23-0930-1a2b3c4d.visitapp: sorts by date, unique per laptop."""
        store = self._storage.store()
        stamp = store.clock.now().astimezone().strftime("%Y-%m-%d-%H%M%S")
        return f"visitapp-{stamp}-{short_id(store.device_id)}{EXPORT_SUFFIX}"

    def export(self, destination: Path) -> ExportSummary:
        """Write a self-contained export to `destination` (replaced atomically if it exists)."""
        store = self._storage.store()
        made = export(store, Path(destination), app_version=self._app_version)
        status.remember_export(store, made.summary.path, made.summary.exported_at, made.watermark)
        return made.summary

    def set_shared_folder(self, folder: Path) -> None:
        folder = Path(folder)
        if not folder.is_dir():
            raise FolderMissing(path=str(folder))
        status.put(self._storage.store(), status.SHARED_FOLDER, str(folder.resolve()))

    def send_to_shared_folder(self) -> ExportSummary:
        """Export into the chosen shared folder under a new name; it appears only when complete."""
        folder = status.get(self._storage.store(), status.SHARED_FOLDER)
        if not folder or not Path(folder).is_dir():
            raise FolderMissing(path=folder or "—")
        return self.export(Path(folder) / self.default_file_name())

    # -- the coordinator's side -----------------------------------------------------------

    def merge_file(self, path: Path) -> FileReport:
        return merge_file(self._storage.store(), Path(path))

    def merge_files(
        self,
        paths: Iterable[Path],
        progress: MergeProgress | None = None,
        cancel: CancelFlag | None = None,
    ) -> list[FileReport]:
        """Merge each file in its own transaction; stop between files when cancelled.

        While one file is merged, the next is copied and checked in a second thread (on its
        own connection, reading central only to skip files already merged): the checks of
        untrusted files then cost little more than the merge itself.
        """
        store = self._storage.store()
        paths = [Path(p) for p in paths]
        report = progress or (lambda _i, _permille, _state: None)
        reports: list[FileReport] = []
        if self._checker is None:
            self._checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="visitapp-check")
        checker = self._checker
        with tempfile.TemporaryDirectory(prefix="visitapp-merge-") as work, merging_many(store):

            def prepare_one(index: int) -> Prepared:
                folder = Path(work) / str(index)
                folder.mkdir()
                return prepare(self._storage.store(), paths[index], folder)

            upcoming = checker.submit(prepare_one, 0) if paths else None
            for index, path in enumerate(paths):
                if cancel is not None and cancel.cancelled:
                    reports.append(FileReport(str(path), FileStatus.CANCELLED))
                    report(index, 0, FileStatus.CANCELLED.value)
                    continue
                report(index, 0, "working")
                assert upcoming is not None
                prepared = upcoming.result()
                upcoming = (
                    checker.submit(prepare_one, index + 1) if index + 1 < len(paths) else None
                )
                report(index, 300, "working")
                result = merge_prepared(
                    store,
                    prepared,
                    progress=lambda f, i=index: report(i, 300 + int(f * 700), "working"),
                )
                shutil.rmtree(Path(work) / str(index), ignore_errors=True)
                reports.append(result)
                report(index, 1000, result.status.value)
            if upcoming is not None:
                upcoming.result()  # stopped: let the check under way end before its folder goes
        return reports

    def import_history(self) -> list[ImportRecord]:
        return status.import_history(self._storage.store())

    def conflict_count(self) -> int:
        return status.conflict_count(self._storage.store())

    def conflicts(self) -> list[MergeConflict]:
        """Records that came twice with different content, with what differs, newest first."""
        return merge_conflicts(self._storage.store())

    def probable_duplicates(self) -> list[DuplicateGroup]:
        return duplicates.probable_duplicates(self._storage.store())

    def mark_same_visit(self, visit_ids: list[str]) -> str:
        return duplicates.mark_same_visit(self._storage.store(), visit_ids)

    def unmark_same_visit(self, visit_ids: list[str]) -> int:
        return duplicates.unmark_same_visit(self._storage.store(), visit_ids)
