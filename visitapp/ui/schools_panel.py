"""The schools page: the schools list, its editor, and import from the national directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QProgressDialog, QWidget

from visitapp.core.problems import ValidationError
from visitapp.core.school_directory import DirectoryFormatError
from visitapp.core.schools import School, SchoolKind, Sector
from visitapp.services.records import RecordService
from visitapp.services.school_import import ImportReport, SchoolImportService
from visitapp.texts import describe, describe_error, message
from visitapp.ui import labels
from visitapp.ui.i18n import current_language
from visitapp.ui.icons import icon
from visitapp.ui.import_report_dialog import ImportReportDialog
from visitapp.ui.records_panel import RecordsPanel
from visitapp.ui.school_dialog import SchoolDialog
from visitapp.ui.schools_table_model import SchoolsTableModel
from visitapp.ui.tasks import run_task
from visitapp.ui.undo import CallbackCommand


class SchoolsPanel(RecordsPanel):
    def __init__(
        self,
        records: RecordService,
        importer: SchoolImportService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Schools"), parent)
        self._records = records
        self._importer = importer
        self._undo = undo_stack
        self.last_import_dir = str(Path.home())
        self.model = SchoolsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole + 1)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(SchoolsTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(
            SchoolsTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.fit_columns(
            {
                SchoolsTableModel.CITY: ["Saint-Denis-en-Val"],
                SchoolsTableModel.POSTCODE: ["00000"],
                SchoolsTableModel.UAI: ["0000000W"],
                SchoolsTableModel.KIND: [labels.school_kind(k) for k in SchoolKind],
                SchoolsTableModel.PRIORITY: ["REP+"],
                SchoolsTableModel.SECTOR: [labels.sector(s) for s in Sector],
            }
        )
        self.search.setPlaceholderText(self.tr("Search name, city, UAI…"))
        self.filters.addStretch(1)
        self.import_action = QAction(icon("import"), self.tr("&Import directory CSV…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(
            self.tr(
                "Import schools from the national school directory (annuaire de l'éducation) or any CSV"
            )
        )
        self.add_record_actions(self.tr("&New school"), leading=[self.import_action])
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.import_action.triggered.connect(self._on_import_triggered)
        self.search.textChanged.connect(self._on_search_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    def refresh(self) -> None:
        current = self.current_school()
        self.model.set_schools(self._records.list_schools())
        if current:
            self.select_school(current.id)
        self._update_actions()
        self._update_summary()

    def _update_summary(self) -> None:
        total = self.model.rowCount()
        priority = sum(1 for r in range(total) if self.model.school_at(r).is_priority)
        self.summary.setText(
            self.tr("%n school(s)", "", total)
            + " · "
            + self.tr("%n in priority education", "", priority)
        )
        if total == 0:
            self.show_empty(
                True,
                self.tr(
                    "No schools yet.\nAdd one with “New school”, or import the national directory's CSV."
                ),
            )
        elif self.proxy.rowCount() == 0:
            self.show_empty(True, self.tr("No school matches this search."))
        else:
            self.show_empty(False, "")

    def current_school(self) -> School | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.school_at(self.proxy.mapToSource(index).row())

    def select_school(self, school_id: str) -> None:
        row = self.model.row_of(school_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _update_actions(self) -> None:
        has = self.current_school() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def _on_search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_summary()

    def _on_new_triggered(self) -> None:
        saved = SchoolDialog.edit(self._records, None, self)
        if saved:
            self._changed(saved.id)

    def _on_edit_triggered(self) -> None:
        current = self.current_school()
        if current:
            saved = SchoolDialog.edit(self._records, current, self)
            if saved:
                self._changed(saved.id)

    def _changed(self, school_id: str | None = None) -> None:
        self.refresh()
        if school_id:
            self.select_school(school_id)
        self.records_changed.emit()

    def _on_delete_triggered(self) -> None:
        current = self.current_school()
        if current is None:
            return
        in_use = self._records.count_visits_of_school(current.id)
        if in_use:
            QMessageBox.information(
                self,
                self.tr("School in use"),
                message("school.has_visits", current_language(), count=in_use),
            )
            return
        school_id = current.id
        self._undo.push(
            CallbackCommand(
                self.tr("Delete school %1").replace("%1", current.name),
                do=lambda: self._delete(school_id),
                undo=lambda: self._records.restore_school(school_id),
                after=self._changed,
            )
        )

    def _delete(self, school_id: str) -> None:
        try:
            self._records.delete_school(school_id)
        except ValidationError as error:  # a visit was added meanwhile
            QMessageBox.information(
                self, self.tr("School in use"), describe(error.problems[0], current_language())
            )

    # -- import --------------------------------------------------------------------------

    def _on_import_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import schools"),
            self.last_import_dir,
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self.last_import_dir = str(path.parent)
        progress = QProgressDialog(self.tr("Importing schools…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def done(report: ImportReport) -> None:
            progress.close()
            self._changed()
            ImportReportDialog.show_report(report, path.name, self)

        def failed(error: Exception) -> None:
            progress.close()
            language = current_language()
            if isinstance(error, DirectoryFormatError):
                text = message(error.code, language, **error.params)
            elif hasattr(error, "code"):
                text = describe_error(error, language)
            else:
                text = message("error", language, detail=str(error))
            QMessageBox.warning(self, self.tr("Import failed"), text)

        run_task(self._importer.import_file, path, on_done=done, on_error=failed, parent=self)
