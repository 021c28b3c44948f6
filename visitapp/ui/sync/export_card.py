"""The laptop's side of the sync page: how much is not exported yet, export, shared folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QWidget

from visitapp.core.errors import VisitappError
from visitapp.core.sync import ExportSummary, SyncStatus
from visitapp.services.sync import SyncService
from visitapp.settings import Settings
from visitapp.ui.errors import error_text
from visitapp.ui.icons import icon
from visitapp.ui.sync.card import Card, last_folder, remember_folder
from visitapp.ui.sync.file_asker import FileAsker
from visitapp.ui.sync.local_time import short_time
from visitapp.ui.tasks import run_task


class ExportCard(Card):
    exported = Signal()  # an export was written, or the shared folder changed

    def __init__(
        self, sync: SyncService, settings: Settings, asker: FileAsker, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Send to the coordinator"), parent)
        self._sync = sync
        self._settings = settings
        self._asker = asker
        self.status: SyncStatus | None = None
        self.export_action = QAction(icon("export"), self.tr("&Export for the coordinator…"), self)
        self.send_action = QAction(icon("folder"), self.tr("&Send to shared folder"), self)
        self.choose_folder_action = QAction(self.tr("Choose…"), self)
        self.pending_label = self.label(name="pendingCount")
        self.last_export_label = self.label(name="cardNote")
        self.folder_label = self.label(name="cardNote")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.button(self.export_action, primary=True))
        buttons.addWidget(self.button(self.send_action))
        buttons.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.button(self.choose_folder_action))
        self.body.addWidget(self.pending_label)
        self.body.addWidget(self.last_export_label)
        self.body.addSpacing(4)
        self.body.addLayout(buttons)
        self.body.addLayout(folder_row)
        self.body.addWidget(self.outcome)
        self.body.addStretch(1)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.send_action.triggered.connect(self._on_send_triggered)
        self.choose_folder_action.triggered.connect(self.choose_folder)

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        pending = status.changed_since
        if pending:
            self.pending_label.setText(self.tr("%n record(s) not exported yet", "", pending))
        else:
            self.pending_label.setText(self.tr("Everything is exported"))
        self.pending_label.setProperty("allExported", "true" if not pending else "false")
        self.pending_label.style().polish(self.pending_label)
        if status.last_export_at is None:
            self.last_export_label.setText(self.tr("Never exported from this database."))
        else:
            self.last_export_label.setText(
                self.tr("Last export: %1, to %2")
                .replace("%1", short_time(status.last_export_at))
                .replace("%2", status.last_export_file)
            )
        if status.shared_folder:
            self.folder_label.setText(
                self.tr("Shared folder: %1").replace("%1", status.shared_folder)
            )
            self.choose_folder_action.setText(self.tr("Change…"))
        else:
            self.folder_label.setText(
                self.tr(
                    "Shared folder: none chosen yet (a network drive, synced folder or USB stick)"
                )
            )
            self.choose_folder_action.setText(self.tr("Choose…"))

    # -- export ----------------------------------------------------------------------------

    def _on_export_triggered(self) -> None:
        suggested = Path(last_folder(self._settings)) / self._sync.default_file_name()
        path = self._asker.export_path(self, suggested)
        if path is None:
            return
        remember_folder(self._settings, path.parent)
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        self._start(self.tr("Exporting…"))
        # No parent: a task outlives a card closed meanwhile (run_task keeps it), and its
        # signals, connected to this card's methods, are dropped with the card.
        run_task(
            self._sync.export, path, on_done=self._on_exported, on_error=self._on_failed
        ).finished.connect(self._on_task_finished)

    def choose_folder(self) -> bool:
        start = (self.status.shared_folder if self.status else "") or last_folder(self._settings)
        folder = self._asker.shared_folder(self, start)
        if folder is None:
            return False
        try:
            self._sync.set_shared_folder(folder)
        except VisitappError as error:
            self.say(error_text(error), False)
            return False
        self.exported.emit()
        return True

    def _on_send_triggered(self) -> None:
        if not (self.status and self.status.shared_folder) and not self.choose_folder():
            return
        self.send_to_shared_folder()

    def send_to_shared_folder(self) -> None:
        self._start(self.tr("Sending…"))
        run_task(
            self._sync.send_to_shared_folder, on_done=self._on_exported, on_error=self._on_failed
        ).finished.connect(self._on_task_finished)

    def _start(self, text: str) -> None:
        self.export_action.setEnabled(False)
        self.send_action.setEnabled(False)
        self.say(text, True)

    def _on_exported(self, summary: ExportSummary) -> None:
        self.say(
            self.tr("Exported %n record(s) to %1", "", summary.records).replace("%1", summary.path),
            True,
        )
        self.exported.emit()

    def _on_failed(self, error: Exception) -> None:
        self.say(error_text(error), False)

    def _on_task_finished(self) -> None:
        self.export_action.setEnabled(True)
        self.send_action.setEnabled(True)
