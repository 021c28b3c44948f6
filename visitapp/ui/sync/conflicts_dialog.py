"""Records that came twice with different content (merge conflicts): the list, what differs in the
selected one, kept beside incoming, and a copy of it as text. Read-only: merge already kept the
first version, nothing is resolved here."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.ids import short_id
from visitapp.core.sync import MergeConflict
from visitapp.services.sync import SyncService
from visitapp.ui.errors import error_text
from visitapp.ui.icons import icon
from visitapp.ui.sync.card import report_table
from visitapp.ui.sync.conflicts_table_model import (
    EMPTY,
    ConflictsTableModel,
    DifferencesTableModel,
)
from visitapp.ui.sync.local_time import short_time
from visitapp.ui.tasks import run_task


class MiddleElideDelegate(QStyledItemDelegate):
    """Export file names start alike and end with what tells them apart: keep both ends."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ConflictsDialog(QDialog):
    refreshed = Signal()  # the list shows what the database holds now

    def __init__(self, sync: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1060, 640)
        self._build()
        self._connect_signals()
        self._show_selected()
        self.refresh()

    def _build(self) -> None:
        title = QLabel(self.tr("Records that came twice with different content"))
        title.setObjectName("dialogTitle")
        explain = QLabel(
            self.tr(
                "These records reached this database twice, from one laptop or two, with "
                "different content. visitapp kept the first version it received: nothing was "
                "overwritten, and every figure uses the kept version. The incoming version is "
                "kept here for you to check. This list is for reading only: nothing needs to be "
                "resolved here."
            )
        )
        explain.setWordWrap(True)
        self.model = ConflictsTableModel(self)
        self.table = report_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(
            ConflictsTableModel.FILE, MiddleElideDelegate(self.table)
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictsTableModel.FIELDS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConflictsTableModel.FILE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(ConflictsTableModel.FILE, 180)
        self.empty = QLabel(
            self.tr("No conflicts: every record that came twice had the same content.")
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.heading = self._details_label()  # which record
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.origin = self._details_label()  # from which laptop and file, when
        self.origin.setStyleSheet("color: #475569;")
        self.differences = DifferencesTableModel(self.model, self)
        self.details = report_table(self.differences)
        self.details.setWordWrap(True)
        self.details.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # A third each: a question can be as long as an answer; long texts wrap.
        self.details.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.details.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 6, 0, 0)
        details_layout.addWidget(self.heading)
        details_layout.addWidget(self.origin)
        details_layout.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(details)
        self.splitter.setSizes([220, 300])

        self.copy_button = QPushButton(icon("copy"), self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Put this conflict on the clipboard, as text"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)

    @staticmethod
    def _details_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # school and file names shown as they are
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _connect_signals(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.accept)

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the conflicts in the background (each is compared with the record kept)."""
        run_task(self._sync.conflicts, on_done=self.show_conflicts, on_error=self._on_load_failed)

    def show_conflicts(self, conflicts: list[MergeConflict]) -> None:
        self.model.set_conflicts(conflicts)
        self.splitter.setVisible(bool(conflicts))
        self.empty.setVisible(not conflicts)
        if conflicts:
            self.table.selectRow(0)
        self._show_selected()
        self.refreshed.emit()

    def _on_load_failed(self, error: Exception) -> None:
        self.splitter.hide()
        self.empty.setText(error_text(error))
        self.empty.show()
        self.refreshed.emit()

    # -- the selected conflict ------------------------------------------------------------

    def selected(self) -> MergeConflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def _on_table_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        conflict = self.selected()
        self.differences.set_conflict(conflict)
        self.heading.setText(self._what(conflict) if conflict else "")
        self.origin.setText("\n".join(self._origin_lines(conflict)) if conflict else "")
        self.copy_button.setEnabled(conflict is not None)

    def _what(self, conflict: MergeConflict) -> str:
        where = self.model.where_text(conflict)
        text = self.model.kind_text(conflict)
        if where != EMPTY:
            text = self.tr("%1 — visit: %2").replace("%1", text).replace("%2", where)
        return text

    def _origin_lines(self, conflict: MergeConflict) -> list[str]:
        return [
            self.tr("Arrived on %1 from laptop %2, in file %3")
            .replace("%1", short_time(conflict.detected_at))
            .replace("%2", short_id(conflict.device_id))
            .replace("%3", conflict.file_name or self.tr("(unknown file)")),
            self.tr("Record: %1").replace("%1", conflict.record_id),
        ]

    def details_text(self, conflict: MergeConflict) -> str:
        """The conflict as plain text: to paste into an e-mail to the ambassador."""
        lines = [
            self._what(conflict),
            self.tr("Record: %1").replace("%1", conflict.record_id),
            self.tr("Detected: %1").replace("%1", short_time(conflict.detected_at)),
            self.tr("Laptop: %1").replace("%1", conflict.device_id),
            self.tr("File: %1 (SHA-256 %2)")
            .replace("%1", conflict.file_name or self.tr("(unknown file)"))
            .replace("%2", conflict.file_sha256),
        ]
        value = self.model.value_text
        for difference in conflict.differences:
            lines += [
                "",
                self.model.field_text(conflict, difference),
                "    "
                + self.tr("kept: %1").replace("%1", value(conflict, difference, difference.kept)),
                "    "
                + self.tr("incoming: %1").replace(
                    "%1", value(conflict, difference, difference.incoming)
                ),
            ]
        return "\n".join(lines) + "\n"

    def copy_details(self) -> None:
        conflict = self.selected()
        if conflict is not None:
            QGuiApplication.clipboard().setText(self.details_text(conflict))
