"""The ambassadors page: who visits schools, and which of them uses this laptop ("me")."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from visitapp.core.ambassadors import Ambassador
from visitapp.services.records import RecordService
from visitapp.ui.ambassador_dialog import AmbassadorDialog
from visitapp.ui.icons import icon
from visitapp.ui.records_panel import RecordsPanel
from visitapp.ui.rows_model import Index, RowsTableModel
from visitapp.ui.undo import CallbackCommand


class AmbassadorsTableModel(RowsTableModel):
    NAME, SCHOOL, EMAIL = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Ambassador] = []
        self._me: str | None = None
        self._headers = [self.tr("Name"), self.tr("Engineering school"), self.tr("E-mail")]

    def set_ambassadors(self, ambassadors: list[Ambassador], me_id: str | None) -> None:
        self.beginResetModel()
        self._rows = list(ambassadors)
        self._me = me_id
        self.endResetModel()

    def ambassador_at(self, row: int) -> Ambassador:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        is_me = person.id == self._me
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.name + (" " + self.tr("(me)") if is_me else "")
            return person.engineering_school if column == self.SCHOOL else person.email
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME and is_me:
            return icon("star")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and is_me:
            return self.tr("You: new visits list you as an ambassador")
        return None


class AmbassadorsPanel(RecordsPanel):
    def __init__(
        self, records: RecordService, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Ambassadors"), parent)
        self._records = records
        self._undo = undo_stack
        self.model = AmbassadorsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(AmbassadorsTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AmbassadorsTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AmbassadorsTableModel.SCHOOL, QHeaderView.ResizeMode.Stretch)
        self.search.setPlaceholderText(self.tr("Search name, engineering school…"))
        self.filters.addStretch(1)
        self.me_action = QAction(icon("star"), self.tr("This is &me"), self)
        self.me_action.setToolTip(
            self.tr("Mark the selected ambassador as the person using this laptop")
        )
        self.add_record_actions(self.tr("&New ambassador"), between=[self.me_action])
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.me_action.triggered.connect(self._on_me_triggered)
        self.search.textChanged.connect(
            lambda text: (self.proxy.setFilterFixedString(text.strip()), self._update_summary())
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    def refresh(self) -> None:
        current = self.current_ambassador()
        me = self._records.me()
        self.model.set_ambassadors(self._records.list_ambassadors(), me.id if me else None)
        if current:
            self.select_ambassador(current.id)
        self._update_actions()
        self._update_summary()

    def _update_summary(self) -> None:
        total = self.model.rowCount()
        me = self._records.me()
        text = self.tr("%n ambassador(s)", "", total)
        if me is None and total:
            text += " · " + self.tr("select yourself and press “This is me”")
        self.summary.setText(text)
        if total == 0:
            self.show_empty(
                True, self.tr("No ambassadors yet.\nStart with yourself: press “New ambassador”.")
            )
        elif self.proxy.rowCount() == 0:
            self.show_empty(True, self.tr("No ambassador matches this search."))
        else:
            self.show_empty(False, "")

    def current_ambassador(self) -> Ambassador | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.ambassador_at(self.proxy.mapToSource(index).row())

    def select_ambassador(self, ambassador_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.ambassador_at(row).id == ambassador_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                return

    def _update_actions(self) -> None:
        current = self.current_ambassador()
        me = self._records.me()
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(current is not None)
        self.me_action.setEnabled(current is not None and (me is None or me.id != current.id))

    def _changed(self, ambassador_id: str | None = None) -> None:
        self.refresh()
        if ambassador_id:
            self.select_ambassador(ambassador_id)
        self.records_changed.emit()

    def _on_new_triggered(self) -> None:
        saved = AmbassadorDialog.edit(self._records, None, self)
        if saved:
            self._changed(saved.id)

    def _on_edit_triggered(self) -> None:
        current = self.current_ambassador()
        if current:
            saved = AmbassadorDialog.edit(self._records, current, self)
            if saved:
                self._changed(saved.id)

    def _on_me_triggered(self) -> None:
        current = self.current_ambassador()
        if current:
            self._records.set_me(current.id)
            self._changed(current.id)

    def _on_delete_triggered(self) -> None:
        current = self.current_ambassador()
        if current is None:
            return
        ambassador_id = current.id
        was_me = (self._records.me() or Ambassador("", "")).id == ambassador_id

        def undo() -> None:
            self._records.restore_ambassador(ambassador_id)
            if was_me:
                self._records.set_me(ambassador_id)

        self._undo.push(
            CallbackCommand(
                self.tr("Delete ambassador %1").replace("%1", current.name),
                do=lambda: self._records.delete_ambassador(ambassador_id),
                undo=undo,
                after=self._changed,
            )
        )
