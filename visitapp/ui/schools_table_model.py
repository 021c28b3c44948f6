"""The schools list as a Qt table model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from visitapp.core.schools import School
from visitapp.ui import labels

_Index = QModelIndex | QPersistentModelIndex


class SchoolsTableModel(QAbstractTableModel):
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
        self.beginResetModel()
        self._rows = list(schools)
        self.endResetModel()

    def school_at(self, row: int) -> School:
        return self._rows[row]

    def row_of(self, school_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == school_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < self.COLUMN_COUNT:
                return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
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
