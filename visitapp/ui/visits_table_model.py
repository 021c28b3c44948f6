"""The visits list as a Qt table model, and the proxy that filters it by text, dates and school.

Display texts and sort keys are computed once per refresh, and sorting happens in the model with
Python's sort over those keys: a proxy sorting 500 rows would call `data()` thousands of times.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from visitapp.core.visits import ClassLevel, VisitKind, VisitSummary
from visitapp.ui import labels
from visitapp.ui.rows_model import Index, RowsTableModel

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_LEVEL_ORDER = {level: i for i, level in enumerate(ClassLevel)}


class VisitsTableModel(RowsTableModel):
    DATE, SCHOOL, CITY, LEVEL, KIND, PUPILS, GIRLS, AMBASSADORS = range(8)
    COLUMN_COUNT = 8

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[VisitSummary] = []
        self._texts: list[tuple[str, ...]] = []
        self._upcoming: list[bool] = []
        self._sort_column = self.DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
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
        self._upcoming_color = QColor("#1d4ed8")
        self._bold = QFont()
        self._bold.setBold(True)
        self._right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # -- data ------------------------------------------------------------------------------

    def set_visits(self, visits: list[VisitSummary], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = sorted(visits, key=self._key(self._sort_column), reverse=self._descending)
        self._refresh_cache(today or date.today())
        self.endResetModel()

    def _refresh_cache(self, today: date) -> None:
        # Each kind and level is looked up once per refresh, not once per row.
        kinds = {kind: labels.visit_kind(kind) for kind in VisitKind}
        levels = {level: labels.class_level(level) for level in ClassLevel}
        self._texts = [self._row_texts(s, kinds, levels) for s in self._rows]
        self._upcoming = [s.visit.starts_at.date() > today for s in self._rows]

    @staticmethod
    def _row_texts(
        summary: VisitSummary, kinds: dict[VisitKind, str], levels: dict[ClassLevel, str]
    ) -> tuple[str, ...]:
        visit = summary.visit
        at = visit.starts_at
        return (
            # strftime would import the time module at every call (a 500-row list asks 500 times)
            f"{at.day:02d}/{at.month:02d}/{at.year} {at.hour:02d}:{at.minute:02d}",
            summary.school_name,
            summary.school_city,
            levels[visit.class_level],
            kinds[visit.kind],
            "" if visit.pupils_present is None else str(visit.pupils_present),
            "" if visit.girls_present is None else str(visit.girls_present),
            ", ".join(summary.ambassador_names),
        )

    def visits(self) -> list[VisitSummary]:
        """The rows in model order."""
        return self._rows

    def visit_at(self, row: int) -> VisitSummary:
        return self._rows[row]

    @staticmethod
    def record_id(row: VisitSummary) -> str:
        return row.visit.id

    # -- sorting ---------------------------------------------------------------------------

    @property
    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _key(self, column: int):
        if column == self.DATE:
            return lambda s: s.visit.starts_at
        if column == self.PUPILS:
            return lambda s: -1 if s.visit.pupils_present is None else s.visit.pupils_present
        if column == self.GIRLS:
            return lambda s: -1 if s.visit.girls_present is None else s.visit.girls_present
        if column == self.LEVEL:
            return lambda s: _LEVEL_ORDER[s.visit.class_level]
        if column == self.SCHOOL:
            return lambda s: s.school_name.casefold()
        if column == self.CITY:
            return lambda s: s.school_city.casefold()
        if column == self.KIND:
            return lambda s: labels.visit_kind(s.visit.kind).casefold()
        return lambda s: ", ".join(s.ambassador_names).casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        old = {id(s): i for i, s in enumerate(self._rows)}
        self._sort_column, self._sort_order = column, order
        # Ties keep date order (newest first), so equal schools still list their visits by date.
        by_date = sorted(self._rows, key=lambda s: s.visit.starts_at, reverse=True)
        self._rows = sorted(by_date, key=self._key(column), reverse=self._descending)
        moved = [old[id(s)] for s in self._rows]
        self._texts = [self._texts[i] for i in moved]
        self._upcoming = [self._upcoming[i] for i in moved]
        new_row = {old_row: new for new, old_row in enumerate(moved)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    # -- Qt model API ----------------------------------------------------------------------

    def data(self, index: Index, role: int = _DISPLAY):
        row, column = index.row(), index.column()
        if not index.isValid() or row >= len(self._rows):
            return None
        if role == _DISPLAY:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._upcoming_color if self._upcoming[row] else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._right if column in (self.PUPILS, self.GIRLS) else None
        summary = self._rows[row]
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column == self.SCHOOL and summary.school_is_priority else None
        if role == VISIT_ID_ROLE:
            return summary.visit.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SCHOOL and summary.school_is_priority:
                return self.tr("Priority education school (REP / REP+)")
            return summary.visit.notes or None
        return None


class VisitsFilterProxy(QSortFilterProxyModel):
    """Free text over school, city, ambassadors and notes; an optional date range and school.

    Sorting is delegated to the source model (see VisitsTableModel.sort).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._start: date | None = None
        self._end: date | None = None
        self._school_id: str | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_filters(
        self, *, text: str, start: date | None, end: date | None, school_id: str | None
    ) -> None:
        words = text.casefold().split()
        if (words, start, end, school_id) == (self._words, self._start, self._end, self._school_id):
            return
        self.beginFilterChange()
        self._words, self._start, self._end, self._school_id = words, start, end, school_id
        self.endFilterChange()

    def accepts(self, summary: VisitSummary) -> bool:
        visit = summary.visit
        day = visit.starts_at.date()
        if self._start and day < self._start:
            return False
        if self._end and day > self._end:
            return False
        if self._school_id and visit.school_id != self._school_id:
            return False
        if self._words:
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
            return all(word in haystack for word in self._words)
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not (self._words or self._start or self._end or self._school_id):
            return True
        model = self.sourceModel()
        return (
            self.accepts(model.visit_at(source_row))
            if isinstance(model, VisitsTableModel)
            else True
        )
