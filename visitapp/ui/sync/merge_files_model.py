"""The files of a merge, one row each: its progress while merging, then what happened to it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from visitapp.core.sync import FileReport, FileStatus
from visitapp.texts import describe_error
from visitapp.ui.i18n import current_language
from visitapp.ui.rows_model import Index, RowsTableModel

WAITING, WORKING = "waiting", "working"
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class _Row:
    path: Path
    state: str = WAITING  # WAITING, WORKING, or a FileStatus value
    permille: int = 0
    report: FileReport | None = None


class MergeFilesModel(RowsTableModel):
    FILE, PROGRESS, RESULT, ADDED, UPDATED, SKIPPED, CONFLICTS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._headers = (
            self.tr("File"),
            self.tr("Progress"),
            self.tr("Result"),
            self.tr("Added"),
            self.tr("Updated"),
            self.tr("Already there"),
            self.tr("Conflicts"),
        )

    # -- what the dialog does with it -------------------------------------------------------

    @property
    def paths(self) -> list[Path]:
        return [row.path for row in self._rows]

    def add_paths(self, paths: list[Path]) -> int:
        """Add files not listed yet; returns how many were added."""
        known = {row.path.resolve() for row in self._rows}
        new = []
        for path in paths:
            if path.resolve() not in known:
                known.add(path.resolve())
                new.append(_Row(path))
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()
        return len(new)

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def reset_results(self) -> None:
        for row in self._rows:
            row.state, row.permille, row.report = WAITING, 0, None
        self._changed(0, len(self._rows) - 1)

    def set_progress(self, row: int, permille: int, state: str) -> None:
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            item.permille, item.state = permille, state
            self._changed(row, row)

    def set_reports(self, reports: list[FileReport]) -> None:
        for item, report in zip(self._rows, reports, strict=False):
            item.report, item.state = report, report.status.value
            item.permille = 1000 if report.status is not FileStatus.CANCELLED else item.permille
        self._changed(0, len(self._rows) - 1)

    def _changed(self, first: int, last: int) -> None:
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # -- Qt model ---------------------------------------------------------------------------

    def _result(self, item: _Row) -> str:
        report = item.report
        if item.state == WAITING:
            return self.tr("Waiting")
        if item.state == WORKING:
            return self.tr("Merging…")
        if item.state == FileStatus.MERGED.value:
            if report is not None and report.migrated:
                return self.tr("Merged (made by an older visitapp)")
            return self.tr("Merged")
        if item.state == FileStatus.ALREADY_MERGED.value:
            return self.tr("Already merged: nothing changed")
        if item.state == FileStatus.CANCELLED.value:
            return self.tr("Not merged: stopped before it")
        if report is not None and report.error is not None:
            return self.tr("Refused: %1").replace(
                "%1", describe_error(report.error, current_language())
            )
        return self.tr("Refused")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        counts = item.report.records if item.report and item.state == "merged" else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FILE:
                return item.path.name
            if column == self.RESULT:
                return self._result(item)
            if counts is not None and column >= self.ADDED:
                return (counts.added, counts.updated, counts.skipped, counts.conflicts)[
                    column - self.ADDED
                ]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FILE:
                return str(item.path)
            if column == self.RESULT:
                return self._result(item)
        if role == PROGRESS_ROLE and column == self.PROGRESS:
            # A refused file gets no full bar like a merged one: its result says why, in red.
            return None if item.state == FileStatus.REFUSED.value else item.permille
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT:
            if item.state == FileStatus.REFUSED.value:
                return QColor("#b91c1c")
            if item.state == FileStatus.MERGED.value:
                return QColor("#15803d")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CONFLICTS and counts:
            return QColor("#b45309") if counts.conflicts else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.ADDED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a progress bar (per-mille in PROGRESS_ROLE)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        permille = index.data(PROGRESS_ROLE)
        if permille is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 6, -4, -6)
        bar.minimum, bar.maximum, bar.progress = 0, 1000, int(permille)
        bar.textVisible = False
        bar.state = option.state | QStyle.StateFlag.State_Enabled
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
