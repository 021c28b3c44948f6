"""The files merged into the open database (its import log), newest first."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from visitapp.core.ids import short_id
from visitapp.core.sync import ImportRecord
from visitapp.ui.rows_model import Index, RowsTableModel
from visitapp.ui.sync.local_time import short_time


class ImportHistoryModel(RowsTableModel):
    MERGED_AT, FILE, LAPTOP, EXPORTED_AT, ADDED, UPDATED, SKIPPED, CONFLICTS = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRecord] = []
        self._headers = (
            self.tr("Merged"),
            self.tr("File"),
            self.tr("Laptop"),
            self.tr("Exported"),
            self.tr("Added"),
            self.tr("Updated"),
            self.tr("Already there"),
            self.tr("Conflicts"),
        )

    def set_records(self, records: list[ImportRecord]) -> None:
        self._set_rows(records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.MERGED_AT:
                return short_time(record.merged_at)
            if column == self.FILE:
                return record.file_name
            if column == self.LAPTOP:
                return short_id(record.device_id)
            if column == self.EXPORTED_AT:
                return short_time(record.exported_at) if record.exported_at else "—"
            counts = record.records
            return (counts.added, counts.updated, counts.skipped, counts.conflicts)[
                column - self.ADDED
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LAPTOP:
                return record.device_id
            if column == self.FILE:
                return record.sha256
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.ADDED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
