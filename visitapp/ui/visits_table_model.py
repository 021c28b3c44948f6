"""The visits list as a Qt table model, and the proxy that filters it by text, dates and school."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from visitapp.core.visits import VisitSummary
from visitapp.ui import labels

_Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class VisitsTableModel(QAbstractTableModel):
    DATE, SCHOOL, CITY, LEVEL, KIND, PUPILS, GIRLS, AMBASSADORS = range(8)
    COLUMN_COUNT = 8

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[VisitSummary] = []
        self._today = date.today()
        self._headers = [
            self.tr("Date"),
            self.tr("School"),
            self.tr("City"),
            self.tr("Level"),
            self.tr("Kind"),
            self.tr("Pupils"),
            self.tr("Girls"),
            self.tr("Ambassadors"),
        ]

    def set_visits(self, visits: list[VisitSummary], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(visits)
        self._today = today or date.today()
        self.endResetModel()

    def visit_at(self, row: int) -> VisitSummary:
        return self._rows[row]

    def row_of(self, visit_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.visit.id == visit_id:
                return row
        return -1

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
        summary = self._rows[index.row()]
        visit = summary.visit
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return visit.starts_at.strftime("%d/%m/%Y %H:%M")
            if column == self.SCHOOL:
                return summary.school_name
            if column == self.CITY:
                return summary.school_city
            if column == self.LEVEL:
                return labels.class_level(visit.class_level)
            if column == self.KIND:
                return labels.visit_kind(visit.kind)
            if column == self.PUPILS:
                return "" if visit.pupils_present is None else str(visit.pupils_present)
            if column == self.GIRLS:
                return "" if visit.girls_present is None else str(visit.girls_present)
            if column == self.AMBASSADORS:
                return ", ".join(summary.ambassador_names)
        elif role == SORT_ROLE:
            if column == self.DATE:
                return visit.starts_at.isoformat()
            if column == self.PUPILS:
                return -1 if visit.pupils_present is None else visit.pupils_present
            if column == self.GIRLS:
                return -1 if visit.girls_present is None else visit.girls_present
            if column == self.LEVEL:
                return list(type(visit.class_level)).index(visit.class_level)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        elif role == VISIT_ID_ROLE:
            return visit.id
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SCHOOL and summary.school_is_priority:
                return self.tr("Priority education school (REP / REP+)")
            if column == self.AMBASSADORS or (column == self.SCHOOL and visit.notes):
                return visit.notes or None
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.PUPILS, self.GIRLS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if visit.starts_at.date() > self._today:
                return QColor("#1d4ed8")  # upcoming visits stand out
        elif role == Qt.ItemDataRole.FontRole:
            if column == self.SCHOOL and summary.school_is_priority:
                font = QFont()
                font.setBold(True)
                return font
        return None


class VisitsFilterProxy(QSortFilterProxyModel):
    """Free text over school, city and ambassadors; an optional date range; an optional school."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._start: date | None = None
        self._end: date | None = None
        self._school_id: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.casefold().strip()
        self.endFilterChange()

    def set_date_range(self, start: date | None, end: date | None) -> None:
        self.beginFilterChange()
        self._start, self._end = start, end
        self.endFilterChange()

    def set_school(self, school_id: str | None) -> None:
        self.beginFilterChange()
        self._school_id = school_id
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, VisitsTableModel):
            return True
        summary = model.visit_at(source_row)
        visit = summary.visit
        day = visit.starts_at.date()
        if self._start and day < self._start:
            return False
        if self._end and day > self._end:
            return False
        if self._school_id and visit.school_id != self._school_id:
            return False
        if self._text:
            haystack = " ".join(
                (
                    summary.school_name,
                    summary.school_city,
                    " ".join(summary.ambassador_names),
                    labels.class_level(visit.class_level),
                    labels.visit_kind(visit.kind),
                    visit.notes,
                )
            ).casefold()
            return all(word in haystack for word in self._text.split())
        return True
