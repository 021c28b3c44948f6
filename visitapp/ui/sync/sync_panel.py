"""The sync page: the laptop's side (last export, records not exported yet, export, send to the
shared folder) and the coordinator's (open a central database, merge exports, duplicates,
the files already merged)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from visitapp.core.errors import VisitappError
from visitapp.core.sync import DuplicateGroup, ExportSummary, ImportRecord, SyncStatus
from visitapp.services import Services
from visitapp.settings import Settings
from visitapp.texts import describe_error
from visitapp.ui.i18n import current_language
from visitapp.ui.icons import icon
from visitapp.ui.sync.file_asker import FileAsker
from visitapp.ui.sync.import_history_model import ImportHistoryModel
from visitapp.ui.sync.local_time import short_time
from visitapp.ui.tasks import run_task

LAST_FOLDER_KEY = "sync.last_folder"

_STYLE = """
#syncCard { background: white; border: 1px solid #e2e8f0; border-radius: 8px; }
#cardTitle { font-size: 13pt; font-weight: 600; color: #0f172a; }
#pendingCount { font-size: 15pt; font-weight: 700; color: #1d4ed8; }
#pendingCount[allExported="true"] { color: #15803d; }
#cardNote { color: #475569; }
#outcome[ok="true"] { color: #15803d; }
#outcome[ok="false"] { color: #b91c1c; }
#sectionTitle { font-size: 12pt; font-weight: 600; color: #0f172a; }
"""


@dataclass(frozen=True)
class _State:
    status: SyncStatus
    history: list[ImportRecord]
    conflicts: int
    duplicates: list[DuplicateGroup]


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("syncCard")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    layout.addWidget(heading)
    return card, layout


def _button(action: QAction, *, primary: bool = False) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    if primary:
        button.setObjectName("primaryButton")
    return button


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


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
        self.settings = settings
        self.asker = asker or FileAsker(self)
        self.state: _State | None = None
        self._windows: list[QWidget] = []  # central database windows opened from here
        self.setStyleSheet(_STYLE)
        self._build_actions()
        self._build()
        self._connect_signals()
        self.refresh()

    # -- construction ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.export_action = QAction(icon("export"), self.tr("&Export for the coordinator…"), self)
        self.send_action = QAction(icon("folder"), self.tr("&Send to shared folder"), self)
        self.choose_folder_action = QAction(self.tr("Choose…"), self)
        self.open_central_action = QAction(
            icon("database"), self.tr("&Open central database…"), self
        )
        self.merge_action = QAction(icon("merge"), self.tr("&Merge exports…"), self)
        self.duplicates_action = QAction(icon("duplicates"), self.tr("Probable duplicates…"), self)

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

        laptop, laptop_layout = _card(self.tr("Send to the coordinator"))
        self.pending_label = _label(name="pendingCount")
        self.last_export_label = _label(name="cardNote")
        self.folder_label = _label(name="cardNote")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.export_outcome = _label(name="outcome")
        self.export_outcome.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.export_action, primary=True))
        buttons.addWidget(_button(self.send_action))
        buttons.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(_button(self.choose_folder_action))
        laptop_layout.addWidget(self.pending_label)
        laptop_layout.addWidget(self.last_export_label)
        laptop_layout.addSpacing(4)
        laptop_layout.addLayout(buttons)
        laptop_layout.addLayout(folder_row)
        laptop_layout.addWidget(self.export_outcome)
        laptop_layout.addStretch(1)

        central, central_layout = _card(self.tr("Merge exports (coordinator)"))
        self.database_label = _label(name="cardNote")
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.merged_label = _label()
        explain = _label(
            self.tr(
                "The central database is a visitapp database on your own disk. Open it, then "
                "merge the files the ambassadors sent you: in any order, as often as needed."
            ),
            "cardNote",
        )
        central_buttons = QHBoxLayout()
        central_buttons.addWidget(_button(self.open_central_action))
        central_buttons.addWidget(_button(self.merge_action, primary=True))
        central_buttons.addStretch(1)
        duplicates_row = QHBoxLayout()
        self.duplicates_label = _label()
        duplicates_row.addWidget(self.duplicates_label, 1)
        duplicates_row.addWidget(_button(self.duplicates_action))
        self.central_outcome = _label(name="outcome")
        self.central_outcome.hide()
        central_layout.addWidget(explain)
        central_layout.addWidget(self.database_label)
        central_layout.addWidget(self.merged_label)
        central_layout.addSpacing(4)
        central_layout.addLayout(central_buttons)
        central_layout.addLayout(duplicates_row)
        central_layout.addWidget(self.central_outcome)
        central_layout.addStretch(1)

        cards = QGridLayout()
        cards.setHorizontalSpacing(16)
        cards.addWidget(laptop, 0, 0)
        cards.addWidget(central, 0, 1)
        cards.setColumnStretch(0, 1)
        cards.setColumnStretch(1, 1)

        history_title = QLabel(self.tr("Files merged into this database"))
        history_title.setObjectName("sectionTitle")
        self.history_model = ImportHistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setShowGrid(False)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(28)
        header = self.history.horizontalHeader()
        header.setHighlightSections(False)
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

    def _connect_signals(self) -> None:
        self.export_action.triggered.connect(self._on_export_triggered)
        self.send_action.triggered.connect(self._on_send_triggered)
        self.choose_folder_action.triggered.connect(self._on_choose_folder_triggered)
        self.open_central_action.triggered.connect(self._on_open_central_triggered)
        self.merge_action.triggered.connect(self._on_merge_triggered)
        self.duplicates_action.triggered.connect(self._on_duplicates_triggered)

    # -- figures ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the figures in the background (a central database can be large)."""
        sync = self.services.sync

        def load() -> _State:
            return _State(
                sync.status(),
                sync.import_history(),
                sync.conflict_count(),
                sync.probable_duplicates(),
            )

        # No parent: a task outlives a page closed meanwhile (run_task keeps it), and its
        # signals, connected to this page's methods, are dropped with the page.
        run_task(load, on_done=self._show)

    def _show(self, state: _State) -> None:
        self.state = state
        status = state.status
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

        self.database_label.setText(
            self.tr("Open database: %1").replace("%1", str(self.services.database_path))
        )
        files = len(state.history)
        text = self.tr("%n file(s) merged into it", "", files)
        if files:
            text += self.tr(", the last on %1").replace(
                "%1", short_time(state.history[0].merged_at)
            )
        if state.conflicts:
            text += ". " + self.tr(
                "%n record(s) arrived with different content (see merge_conflict)",
                "",
                state.conflicts,
            )
        self.merged_label.setText(text + ".")
        waiting = sum(1 for g in state.duplicates if not g.marked)
        if waiting:
            self.duplicates_label.setText(
                self.tr("%n group(s) of visits may be recorded twice", "", waiting)
            )
        elif state.duplicates:
            self.duplicates_label.setText(self.tr("Every probable duplicate was reviewed."))
        else:
            self.duplicates_label.setText(self.tr("No visit seems to be recorded twice."))
        self.duplicates_action.setEnabled(bool(state.duplicates))
        self.history_model.set_records(state.history)
        self.history.setVisible(bool(state.history))
        self.history_empty.setVisible(not state.history)
        self.refreshed.emit()

    def _say(self, label: QLabel, text: str, ok: bool) -> None:
        label.setText(text)
        label.setProperty("ok", "true" if ok else "false")
        label.style().polish(label)
        label.show()

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, VisitappError):
            return describe_error(error, current_language())
        if isinstance(error, OSError):
            return describe_error(
                VisitappError(f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")),
                current_language(),
            )
        return str(error)

    @property
    def last_folder(self) -> str:
        folder = self.settings.extra.get(LAST_FOLDER_KEY)
        return folder if isinstance(folder, str) and Path(folder).is_dir() else str(Path.home())

    def _remember_folder(self, folder: Path) -> None:
        self.settings.extra[LAST_FOLDER_KEY] = str(folder)

    # -- the laptop's side -----------------------------------------------------------------

    def _exported(self, summary: ExportSummary) -> None:
        self._say(
            self.export_outcome,
            self.tr("Exported %n record(s) to %1", "", summary.records).replace("%1", summary.path),
            True,
        )
        self.refresh()

    def _export_failed(self, error: Exception) -> None:
        self._say(self.export_outcome, self._error_text(error), False)

    def _on_export_triggered(self) -> None:
        suggested = Path(self.last_folder) / self.services.sync.default_file_name()
        path = self.asker.export_path(self, suggested)
        if path is None:
            return
        self._remember_folder(path.parent)
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        self.export_action.setEnabled(False)
        self.send_action.setEnabled(False)
        self._say(self.export_outcome, self.tr("Exporting…"), True)
        run_task(
            self.services.sync.export, path, on_done=self._exported, on_error=self._export_failed
        ).finished.connect(self._enable_export)

    def _enable_export(self) -> None:
        self.export_action.setEnabled(True)
        self.send_action.setEnabled(True)

    def _on_choose_folder_triggered(self) -> bool:
        start = (self.state.status.shared_folder if self.state else "") or self.last_folder
        folder = self.asker.shared_folder(self, start)
        if folder is None:
            return False
        try:
            self.services.sync.set_shared_folder(folder)
        except VisitappError as error:
            self._say(self.export_outcome, self._error_text(error), False)
            return False
        self.refresh()
        return True

    def _on_send_triggered(self) -> None:
        if not (self.state and self.state.status.shared_folder):
            if not self._on_choose_folder_triggered():
                return
        self.send_to_shared_folder()

    def send_to_shared_folder(self) -> None:
        self.export_action.setEnabled(False)
        self.send_action.setEnabled(False)
        self._say(self.export_outcome, self.tr("Sending…"), True)
        run_task(
            self.services.sync.send_to_shared_folder,
            on_done=self._exported,
            on_error=self._export_failed,
        ).finished.connect(self._enable_export)

    # -- the coordinator's side ------------------------------------------------------------

    def _on_open_central_triggered(self) -> None:
        path = self.asker.central_database(self, self.last_folder)
        if path is not None:
            self._remember_folder(path.parent)
            self.open_central(path)

    def open_central(self, path: Path) -> QWidget | None:
        """Open (or create) a central database in a window of its own, on its sync page."""
        from visitapp.ui.sync.central_window import open_database_window

        try:
            window = open_database_window(path, self.settings)
        except VisitappError as error:
            self._say(self.central_outcome, self._error_text(error), False)
            return None
        self.central_outcome.hide()
        self._windows.append(window)
        window.destroyed.connect(self._on_window_destroyed)
        return window

    def _on_window_destroyed(self, window: QObject) -> None:
        self._windows = [w for w in self._windows if w is not window and isValid(w)]

    def merge_dialog(self):
        from visitapp.ui.sync.merge_dialog import MergeDialog

        dialog = MergeDialog(
            self.services.sync,
            self.services.database_path.name,
            self.asker,
            self.last_folder,
            self,
        )
        dialog.merge_finished.connect(self._on_merge_finished)
        return dialog

    def _on_merge_triggered(self) -> None:
        dialog = self.merge_dialog()
        dialog.exec()
        if dialog.start_folder:
            self._remember_folder(Path(dialog.start_folder))

    def _on_merge_finished(self, _reports: list) -> None:
        self.records_changed.emit()
        self.refresh()

    def duplicates_dialog(self):
        from visitapp.ui.sync.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.services.sync, self)
        dialog.marks_changed.connect(self.records_changed)
        dialog.marks_changed.connect(self.refresh)
        return dialog

    def _on_duplicates_triggered(self) -> None:
        self.duplicates_dialog().exec()
