"""The coordinator's side of the sync page: open a central database, merge exports into the open
one, review probable duplicate visits and the records that came twice with different content."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QWidget
from shiboken6 import isValid

from visitapp.core.errors import VisitappError
from visitapp.core.sync import DuplicateGroup, ImportRecord
from visitapp.services import Services
from visitapp.settings import Settings
from visitapp.ui.errors import error_text
from visitapp.ui.icons import icon
from visitapp.ui.sync.card import Card, last_folder, remember_folder
from visitapp.ui.sync.file_asker import FileAsker
from visitapp.ui.sync.local_time import short_time


class CentralCard(Card):
    records_changed = Signal()  # a merge or a duplicate mark changed what the database holds

    def __init__(
        self,
        services: Services,
        settings: Settings,
        asker: FileAsker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Merge exports (coordinator)"), parent)
        self._services = services
        self._settings = settings
        self._asker = asker
        self.windows: list[QWidget] = []  # central database windows opened from here
        self.open_central_action = QAction(
            icon("database"), self.tr("&Open central database…"), self
        )
        self.merge_action = QAction(icon("merge"), self.tr("&Merge exports…"), self)
        self.duplicates_action = QAction(icon("duplicates"), self.tr("Probable duplicates…"), self)
        self.conflicts_action = QAction(icon("conflicts"), self.tr("Conflicts…"), self)
        self.conflicts_action.setEnabled(False)
        explain = self.label(
            self.tr(
                "The central database is a visitapp database on your own disk. Open it, then "
                "merge the files the ambassadors sent you: in any order, as often as needed."
            ),
            "cardNote",
        )
        self.database_label = self.label(name="cardNote")
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.merged_label = self.label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.button(self.open_central_action))
        buttons.addWidget(self.button(self.merge_action, primary=True))
        buttons.addStretch(1)
        duplicates_row = QHBoxLayout()
        self.duplicates_label = self.label()
        duplicates_row.addWidget(self.duplicates_label, 1)
        duplicates_row.addWidget(self.button(self.duplicates_action))
        conflicts_row = QHBoxLayout()
        self.conflicts_label = self.label()
        conflicts_row.addWidget(self.conflicts_label, 1)
        conflicts_row.addWidget(self.button(self.conflicts_action))
        self.body.addWidget(explain)
        self.body.addWidget(self.database_label)
        self.body.addWidget(self.merged_label)
        self.body.addSpacing(4)
        self.body.addLayout(buttons)
        self.body.addLayout(duplicates_row)
        self.body.addLayout(conflicts_row)
        self.body.addWidget(self.outcome)
        self.body.addStretch(1)
        self.open_central_action.triggered.connect(self._on_open_central_triggered)
        self.merge_action.triggered.connect(self._on_merge_triggered)
        self.duplicates_action.triggered.connect(self._on_duplicates_triggered)
        self.conflicts_action.triggered.connect(self._on_conflicts_triggered)

    def show_database(
        self, history: list[ImportRecord], conflicts: int, duplicates: list[DuplicateGroup]
    ) -> None:
        self.database_label.setText(
            self.tr("Open database: %1").replace("%1", str(self._services.database_path))
        )
        text = self.tr("%n file(s) merged into it", "", len(history))
        if history:
            text += self.tr(", the last on %1").replace("%1", short_time(history[0].merged_at))
        self.merged_label.setText(text + ".")
        waiting = sum(1 for group in duplicates if not group.marked)
        if waiting:
            self.duplicates_label.setText(
                self.tr("%n group(s) of visits may be recorded twice", "", waiting)
            )
        elif duplicates:
            self.duplicates_label.setText(self.tr("Every probable duplicate was reviewed."))
        else:
            self.duplicates_label.setText(self.tr("No visit seems to be recorded twice."))
        self.duplicates_action.setEnabled(bool(duplicates))
        if conflicts:
            self.conflicts_label.setText(
                self.tr(
                    "%n record(s) came twice with different content. Nothing was overwritten: "
                    "see what differs.",
                    "",
                    conflicts,
                )
            )
        else:
            self.conflicts_label.setText(self.tr("No record came twice with different content."))
        self.conflicts_action.setEnabled(bool(conflicts))

    # -- central database ------------------------------------------------------------------

    def _on_open_central_triggered(self) -> None:
        path = self._asker.central_database(self, last_folder(self._settings))
        if path is not None:
            remember_folder(self._settings, path.parent)
            self.open_central(path)

    def open_central(self, path: Path) -> QWidget | None:
        """Open (or create) a central database in a window of its own, on its sync page."""
        from visitapp.ui.sync.central_window import open_database_window

        try:
            window = open_database_window(path, self._settings)
        except VisitappError as error:
            self.say(error_text(error), False)
            return None
        self.outcome.hide()
        self.windows.append(window)
        window.destroyed.connect(self._on_window_destroyed)
        return window

    def _on_window_destroyed(self, window: QObject) -> None:
        self.windows = [w for w in self.windows if w is not window and isValid(w)]

    # -- merge and duplicates --------------------------------------------------------------

    def merge_dialog(self):
        from visitapp.ui.sync.merge_dialog import MergeDialog

        dialog = MergeDialog(
            self._services.sync,
            self._services.database_path.name,
            self._asker,
            last_folder(self._settings),
            self,
        )
        dialog.merge_finished.connect(self.records_changed)
        return dialog

    def _on_merge_triggered(self) -> None:
        dialog = self.merge_dialog()
        dialog.exec()
        remember_folder(self._settings, Path(dialog.start_folder))

    def duplicates_dialog(self):
        from visitapp.ui.sync.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self._services.sync, self)
        dialog.marks_changed.connect(self.records_changed)
        return dialog

    def _on_duplicates_triggered(self) -> None:
        self.duplicates_dialog().exec()

    def conflicts_dialog(self):
        from visitapp.ui.sync.conflicts_dialog import ConflictsDialog

        return ConflictsDialog(self._services.sync, self)

    def _on_conflicts_triggered(self) -> None:
        self.conflicts_dialog().exec()
