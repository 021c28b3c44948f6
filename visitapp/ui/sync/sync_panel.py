"""The sync page: the laptop's card (export, shared folder), the coordinator's card (central
database, merge, duplicates), and the files already merged into the open database."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.sync import DuplicateGroup, ImportRecord, SyncStatus
from visitapp.services import Services
from visitapp.settings import Settings
from visitapp.ui.sync.card import STYLE, report_table
from visitapp.ui.sync.central_card import CentralCard
from visitapp.ui.sync.export_card import ExportCard
from visitapp.ui.sync.file_asker import FileAsker
from visitapp.ui.sync.import_history_model import ImportHistoryModel
from visitapp.ui.tasks import run_task


@dataclass(frozen=True)
class PageState:
    status: SyncStatus
    history: list[ImportRecord]
    conflicts: int
    duplicates: list[DuplicateGroup]


class SyncPanel(QWidget):
    records_changed = Signal()  # a merge or a duplicate mark changed what other pages show
    refreshed = Signal()  # the figures on the page are up to date

    def __init__(
        self,
        services: Services,
        settings: Settings,
        asker: FileAsker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = self.tr("Sync")
        self.services = services
        self.state: PageState | None = None
        asker = asker or FileAsker(self)
        self.setStyleSheet(STYLE)
        self.export_card = ExportCard(services.sync, settings, asker)
        self.central_card = CentralCard(services, settings, asker)
        self._build()
        self.export_card.exported.connect(self.refresh)
        self.central_card.records_changed.connect(self.records_changed)
        self.central_card.records_changed.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        heading = QLabel(self.tr("Sync"))
        heading.setObjectName("pageTitle")
        summary = QLabel(
            self.tr(
                "Send what this laptop recorded to the programme's coordinator, or, as the "
                "coordinator, merge the ambassadors' exports into one central database."
            )
        )
        summary.setObjectName("pageSummary")
        summary.setWordWrap(True)
        cards = QGridLayout()
        cards.setHorizontalSpacing(16)
        cards.addWidget(self.export_card, 0, 0)
        cards.addWidget(self.central_card, 0, 1)
        cards.setColumnStretch(0, 1)
        cards.setColumnStretch(1, 1)

        history_title = QLabel(self.tr("Files merged into this database"))
        history_title.setObjectName("sectionTitle")
        self.history_model = ImportHistoryModel(self)
        self.history = report_table(self.history_model)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportHistoryModel.FILE, QHeaderView.ResizeMode.Stretch)
        self.history_empty = QLabel(self.tr("No export has been merged into this database yet."))
        self.history_empty.setObjectName("emptyState")
        self.history_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addLayout(cards)
        layout.addSpacing(6)
        layout.addWidget(history_title)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.history_empty, 1)

    def refresh(self) -> None:
        """Reload the figures in the background (a central database can be large)."""
        sync = self.services.sync

        def load() -> PageState:
            return PageState(
                sync.status(),
                sync.import_history(),
                sync.conflict_count(),
                sync.probable_duplicates(),
            )

        # No parent: the task outlives a page closed meanwhile (run_task keeps it), and its
        # result, connected to this page's method, is then dropped with the page.
        run_task(load, on_done=self._show)

    def _show(self, state: PageState) -> None:
        self.state = state
        self.export_card.show_status(state.status)
        self.central_card.show_database(state.history, state.conflicts, state.duplicates)
        self.history_model.set_records(state.history)
        self.history.setVisible(bool(state.history))
        self.history_empty.setVisible(not state.history)
        self.refreshed.emit()
