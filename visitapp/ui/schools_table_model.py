"""The schools list as a Qt table model."""

from __future__ import annotations

from PySide6.QtCore import Qt

from visitapp.core.schools import School
from visitapp.ui import labels
from visitapp.ui.rows_model import Index, RowsTableModel


class SchoolsTableModel(RowsTableModel):
    NAME, CITY, POSTCODE, UAI, KIND, PRIORITY, SECTOR = range(7)
    COLUMN_COUNT = 7

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[School] = []
        self._headers = [
            self.tr("Name"),
            self.tr("City"),
            self.tr("Postcode"),
            self.tr("UAI"),
            self.tr("Type"),
            self.tr("Priority education"),
            self.tr("Sector"),
        ]

    def set_schools(self, schools: list[School]) -> None:
        self._set_rows(schools)

    def school_at(self, row: int) -> School:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        school = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole + 1):
            return {
                self.NAME: school.name,
                self.CITY: school.city,
                self.POSTCODE: school.postcode,
                self.UAI: school.uai,
                self.KIND: labels.school_kind(school.kind),
                self.PRIORITY: labels.priority_short(school.priority),
                self.SECTOR: labels.sector(school.sector),
            }.get(column)
        if role == Qt.ItemDataRole.UserRole:
            return school.id
        return None
