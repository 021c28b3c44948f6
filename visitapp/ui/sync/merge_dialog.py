"""Merging many exports into the open database: files added or dropped, a progress bar per file,
stop between files, and the final report in the same table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.errors import VisitappError
from visitapp.core.sync import FileReport, FileStatus
from visitapp.services.sync import SyncService
from visitapp.texts import describe_error
from visitapp.ui.i18n import current_language
from visitapp.ui.sync.card import report_table
from visitapp.ui.sync.file_asker import FileAsker
from visitapp.ui.sync.merge_files_model import MergeFilesModel, ProgressDelegate
from visitapp.ui.tasks import Task


class MergeDialog(QDialog):
    merge_finished = Signal(list)  # the FileReports, once every file was handled or stopped

    def __init__(
        self,
        sync: SyncService,
        database_name: str,
        asker: FileAsker | None = None,
        start_folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._asker = asker or FileAsker(self)
        self.start_folder = start_folder
        self._task: Task | None = None
        self.reports: list[FileReport] = []
        self.setWindowTitle(self.tr("Merge exports"))
        self.setAcceptDrops(True)
        self.resize(1060, 560)
        self._build(database_name)
        self._connect_signals()
        self._update_buttons()

    def _build(self, database_name: str) -> None:
        title = QLabel(self.tr("Merge exports into %1").replace("%1", database_name))
        title.setObjectName("dialogTitle")
        self.hint = QLabel(
            self.tr(
                "Add the .visitapp files the ambassadors sent you, or drop them here. Each file "
                "is checked, then merged on its own: a refused file changes nothing, and a file "
                "merged twice adds nothing."
            )
        )
        self.hint.setWordWrap(True)
        self.model = MergeFilesModel(self)
        self.table = report_table(self.model)
        self.table.setItemDelegateForColumn(MergeFilesModel.PROGRESS, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MergeFilesModel.FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MergeFilesModel.RESULT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(MergeFilesModel.FILE, 320)
        # A file name's end tells laptops apart (visitapp-<date>-<laptop>.visitapp): cut its
        # middle when it does not fit.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setColumnWidth(MergeFilesModel.PROGRESS, 120)
        for column in range(MergeFilesModel.ADDED, MergeFilesModel.CONFLICTS + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refusals = QLabel()  # each refused file with its reason, in full
        self.refusals.setWordWrap(True)
        self.refusals.setTextFormat(Qt.TextFormat.PlainText)
        self.refusals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusals.setStyleSheet("color: #b91c1c;")
        self.refusals.hide()

        self.add_button = QPushButton(self.tr("Add files…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop after this file"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.refusals)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.merge_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # -- files --------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        if self.running:
            return
        if self.reports:  # a new round after a finished one: start from a clean table
            self.reports = []
            self.model.reset_results()
            self.summary.clear()
            self.refusals.hide()
        self.model.add_paths([p for p in paths if p.is_file()])
        self._update_buttons()

    def _on_add_clicked(self) -> None:
        paths = self._asker.exports(self, self.start_folder)
        if paths:
            self.start_folder = str(paths[0].parent)
            self.add_files(paths)

    def _on_remove_clicked(self) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        self.model.remove_rows(rows)
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.running and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        files = []
        for path in paths:  # a dropped folder brings the exports it holds
            files += sorted(path.glob("*.visitapp")) if path.is_dir() else [path]
        self.add_files(files)
        event.acceptProposedAction()

    # -- merging ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        paths = self.model.paths
        if self.running or not paths:
            return
        self.reports = []
        self.model.reset_results()
        self.summary.setText(self.tr("Merging…"))
        # No parent: the merge must run to the end of its file even if the dialog goes away.
        self._task = Task(self._sync.merge_files, paths, with_progress=True)
        self._task.progressed.connect(self.model.set_progress)
        self._task.succeeded.connect(self._on_merge_succeeded)
        self._task.failed.connect(self._on_merge_failed)
        self._task.finished.connect(self._on_merge_finished)
        self._task.start()
        self._update_buttons()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.stop_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping after the file being merged…"))

    def _on_merge_succeeded(self, reports: list[FileReport]) -> None:
        self.reports = reports
        self.model.set_reports(reports)
        counts = {status: 0 for status in FileStatus}
        for report in reports:
            counts[report.status] += 1
        added = sum(r.records.added for r in reports)
        updated = sum(r.records.updated for r in reports)
        conflicts = sum(r.records.conflicts for r in reports)
        parts = [
            self.tr("%n file(s) merged", "", counts[FileStatus.MERGED]),
            self.tr("%n already merged", "", counts[FileStatus.ALREADY_MERGED]),
            self.tr("%n refused", "", counts[FileStatus.REFUSED]),
        ]
        if counts[FileStatus.CANCELLED]:
            parts.append(self.tr("%n not merged (stopped)", "", counts[FileStatus.CANCELLED]))
        text = ", ".join(parts) + ". " + self.tr("%n record(s) added", "", added)
        text += ", " + self.tr("%n updated", "", updated) + "."
        if conflicts:
            text += " " + self.tr(
                "%n record(s) came twice with different content: the first version was kept, "
                "nothing was overwritten. See what differs with Conflicts… on the Sync page.",
                "",
                conflicts,
            )
        self.summary.setText(text)
        language = current_language()
        refused = [
            self.tr("%1: %2").replace("%1", r.name).replace("%2", describe_error(r.error, language))
            for r in reports
            if r.status is FileStatus.REFUSED and r.error is not None
        ]
        self.refusals.setText("\n".join(refused))
        self.refusals.setVisible(bool(refused))

    def _on_merge_failed(self, error: Exception) -> None:
        if isinstance(error, VisitappError):
            detail = describe_error(error, current_language())
        else:
            detail = str(error)
        self.summary.setText(self.tr("The merge stopped: %1").replace("%1", detail))

    def _on_merge_finished(self) -> None:
        self._task = None
        self._update_buttons()
        self.merge_finished.emit(self.reports)

    def _update_buttons(self) -> None:
        running = self.running
        has_files = bool(self.model.paths)
        selected = bool(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(not running)
        self.remove_button.setEnabled(not running and selected)
        self.merge_button.setEnabled(not running and has_files and not self.reports)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    def reject(self) -> None:
        # Escape while merging means "stop": the file being merged finishes (or rolls back).
        if self.running:
            self.stop()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.running:
            self.stop()
            event.ignore()
            return
        super().closeEvent(event)
