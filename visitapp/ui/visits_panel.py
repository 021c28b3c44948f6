"""The visits page: the list of visits, its filters, and the actions on a visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QDateEdit, QHeaderView, QLabel, QWidget

from visitapp.core.visits import ClassLevel, VisitKind, VisitSummary
from visitapp.services.records import RecordService
from visitapp.ui import labels
from visitapp.ui.icons import icon
from visitapp.ui.records_panel import RecordsPanel
from visitapp.ui.undo import CallbackCommand
from visitapp.ui.visits_table_model import VisitsFilterProxy, VisitsTableModel

ALL_DATES, UPCOMING, PAST, SCHOOL_YEAR, CUSTOM = range(5)


def visit_dialog():
    """The editor class, imported on first use: it is not needed to show the list at start-up."""
    from visitapp.ui.visit_dialog import VisitDialog

    return VisitDialog


def school_year_start(today: date) -> date:
    """French school years start on 1 September."""
    return date(today.year if today.month >= 9 else today.year - 1, 9, 1)


class VisitsPanel(RecordsPanel):
    visit_selected = Signal(object)  # the VisitSummary under the cursor, or None

    def __init__(
        self, records: RecordService, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Visits"), parent)
        self._records = records
        self._undo = undo_stack
        self._visit_actions: list[QAction] = []
        self.model = VisitsTableModel(self)
        self.proxy = VisitsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(VisitsTableModel.DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VisitsTableModel.SCHOOL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VisitsTableModel.AMBASSADORS, QHeaderView.ResizeMode.Stretch)
        self.fit_columns(
            {
                VisitsTableModel.DATE: ["00/00/0000 00:00"],
                VisitsTableModel.CITY: ["Saint-Denis-en-Val"],
                VisitsTableModel.LEVEL: [labels.class_level(level) for level in ClassLevel],
                VisitsTableModel.KIND: [labels.visit_kind(kind) for kind in VisitKind],
                VisitsTableModel.PUPILS: ["0000"],
                VisitsTableModel.GIRLS: ["0000"],
            }
        )
        self.search.setPlaceholderText(self.tr("Search school, city, ambassador, notes…"))
        self._build_actions()
        self._build_filters()
        self._connect_signals()
        self.refresh()

    def _build_actions(self) -> None:
        self.duplicate_action = QAction(icon("copy"), self.tr("D&uplicate"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.setToolTip(self.tr("New visit with the same school and team"))
        self.add_record_actions(self.tr("&New visit"), between=[self.duplicate_action])
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.find_action)

    def _build_filters(self) -> None:
        self.period = QComboBox()
        self.period.addItem(self.tr("All dates"), ALL_DATES)
        self.period.addItem(self.tr("Upcoming"), UPCOMING)
        self.period.addItem(self.tr("Past"), PAST)
        self.period.addItem(self.tr("This school year"), SCHOOL_YEAR)
        self.period.addItem(self.tr("Custom range"), CUSTOM)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-3))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.to_label = QLabel(self.tr("to"))
        self.school_filter = QComboBox()
        self.school_filter.setMinimumWidth(220)
        self.filters.addWidget(self.period)
        self.filters.addWidget(self.date_from)
        self.filters.addWidget(self.to_label)
        self.filters.addWidget(self.date_to)
        self.filters.addWidget(self.school_filter)
        self.filters.addStretch(1)
        self._show_custom_range(False)

    def _connect_signals(self) -> None:
        self.duplicate_action.triggered.connect(self._on_duplicate_triggered)
        self.find_action.triggered.connect(self._on_find_triggered)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.search.textChanged.connect(self._on_filters_changed)
        self.period.currentIndexChanged.connect(self._on_filters_changed)
        self.date_from.dateChanged.connect(self._on_filters_changed)
        self.date_to.dateChanged.connect(self._on_filters_changed)
        self.school_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.proxy.rowsInserted.connect(self._update_summary)
        self.proxy.rowsRemoved.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)
        self.proxy.layoutChanged.connect(self._update_summary)

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_visit()
        self.model.set_visits(self._records.list_visits())
        self._reload_school_filter()
        if current:
            self.select_visit(current.visit.id)
        self._update_actions()  # the summary follows the proxy's reset (see _connect_signals)

    def _reload_school_filter(self) -> None:
        chosen = self.school_filter.currentData()
        self.school_filter.blockSignals(True)
        self.school_filter.clear()
        self.school_filter.addItem(self.tr("All schools"), None)
        for school in self._records.list_schools():
            self.school_filter.addItem(school.name, school.id)
        index = self.school_filter.findData(chosen) if chosen else 0
        self.school_filter.setCurrentIndex(max(index, 0))
        self.school_filter.blockSignals(False)
        if self.school_filter.currentData() != chosen:
            self._on_filters_changed()

    def _update_summary(self, *_args) -> None:
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        pupils = sum(
            s.visit.pupils_present or 0 for s in self.model.visits() if self.proxy.accepts(s)
        )
        if shown == total:
            text = self.tr("%n visit(s)", "", total)
        else:
            text = self.tr("%n visit(s) shown", "", shown) + " " + self.tr("of %n", "", total)
        self.summary.setText(text + " · " + self.tr("%n pupil(s) met", "", pupils))
        if total == 0:
            self.show_empty(
                True,
                self.tr("No visits yet.\nPress “New visit” (Ctrl+N) to record your first one."),
            )
        elif shown == 0:
            self.show_empty(True, self.tr("No visit matches these filters."))
        else:
            self.show_empty(False, "")

    def current_visit(self) -> VisitSummary | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.visit_at(self.proxy.mapToSource(index).row())

    def select_visit(self, visit_id: str) -> None:
        row = self.model.row_of(visit_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def add_visit_action(self, action: QAction) -> None:
        """Let a feature act on the selected visit (survey, presentation…): a toolbar button
        enabled only while a visit is selected. The feature reads `current_visit()`."""
        self._visit_actions.append(action)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        button = self.add_button(action)
        self.toolbar.insertWidget(0, button)
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.current_visit() is not None
        for action in (
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            *self._visit_actions,
        ):
            action.setEnabled(has)

    # -- slots -----------------------------------------------------------------------------

    def _show_custom_range(self, shown: bool) -> None:
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(shown)

    def _on_filters_changed(self, *_args) -> None:
        today = date.today()
        period = self.period.currentData()
        self._show_custom_range(period == CUSTOM)
        start = end = None
        if period == UPCOMING:
            start = today
        elif period == PAST:
            end = today
        elif period == SCHOOL_YEAR:
            start = school_year_start(today)
            end = date(start.year + 1, 8, 31)
        elif period == CUSTOM:
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        self.proxy.set_filters(
            text=self.search.text(),
            start=start,
            end=end,
            school_id=self.school_filter.currentData(),
        )
        self._update_actions()
        self._update_summary()

    def _on_selection_changed(self, *_args) -> None:
        self._update_actions()
        self.visit_selected.emit(self.current_visit())

    def _on_find_triggered(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_new_triggered(self) -> None:
        saved = visit_dialog().edit(self._records, None, self)
        if saved:
            self._after_save(saved.id)

    def _on_edit_triggered(self) -> None:
        current = self.current_visit()
        if current is None:
            return
        visit = self._records.get_visit(current.visit.id)
        saved = visit_dialog().edit(self._records, visit, self) if visit else None
        if saved:
            self._after_save(saved.id)

    def _on_duplicate_triggered(self) -> None:
        current = self.current_visit()
        if current is None:
            return
        dialog = visit_dialog()
        saved = dialog.edit(self._records, dialog.duplicate_of(current.visit), self)
        if saved:
            self._after_save(saved.id)

    def _after_save(self, visit_id: str) -> None:
        self.refresh()
        self.select_visit(visit_id)
        self.records_changed.emit()

    def _on_delete_triggered(self) -> None:
        current = self.current_visit()
        if current is None:
            return
        visit_id = current.visit.id
        text = (
            self.tr("Delete visit to %1 on %2")
            .replace("%1", current.school_name)
            .replace("%2", current.visit.starts_at.strftime("%d/%m/%Y"))
        )
        self._undo.push(
            CallbackCommand(
                text,
                do=lambda: self._records.delete_visit(visit_id),
                undo=lambda: self._records.restore_visit(visit_id),
                after=self._after_undoable_change,
            )
        )

    def _after_undoable_change(self) -> None:
        self.refresh()
        self.records_changed.emit()
