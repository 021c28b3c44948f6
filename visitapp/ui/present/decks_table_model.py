"""The deck library as a Qt table model, with a thumbnail of each deck's first slide."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage

from visitapp.core.decks import Deck
from visitapp.ui import labels
from visitapp.ui.rows_model import Index, RowsTableModel

Thumbnail = Callable[[Deck], QImage | None]


class DecksTableModel(RowsTableModel):
    TITLE, LANGUAGE, SLIDES, NOTES, SIZE = range(5)
    COLUMN_COUNT = 5
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, thumbnail: Thumbnail, parent=None) -> None:
        super().__init__(parent)
        self._thumbnail = thumbnail
        self._rows: list[Deck] = []
        self._notes: dict[str, int] = {}
        self._headers = [
            self.tr("Title"),
            self.tr("Language"),
            self.tr("Slides"),
            self.tr("Notes"),
            self.tr("Size"),
        ]

    def set_decks(self, decks: list[Deck], notes: dict[str, int]) -> None:
        self.beginResetModel()
        self._rows = list(decks)
        self._notes = dict(notes)
        self.endResetModel()

    def deck_at(self, row: int) -> Deck:
        return self._rows[row]

    def thumbnail_arrived(self, deck_id: str) -> None:
        row = self.row_of(deck_id)
        if row >= 0:
            index = self.index(row, self.TITLE)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        deck = self._rows[index.row()]
        column = index.column()
        notes = self._notes.get(deck.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.TITLE: deck.title,
                self.LANGUAGE: labels.label(deck.language),
                self.SLIDES: str(deck.page_count),
                self.NOTES: self.tr("%1 of %2")
                .replace("%1", str(notes))
                .replace("%2", str(deck.page_count)),
                self.SIZE: self.tr("%1 MB").replace(
                    "%1",
                    QLocale().toString(deck.size_bytes / 1e6, "f", 1),  # 0,1 Mo in French
                ),
            }.get(column)
        if role == self.SORT_ROLE:
            return {
                self.TITLE: deck.title.casefold(),
                self.LANGUAGE: labels.label(deck.language),
                self.SLIDES: deck.page_count,
                self.NOTES: notes,
                self.SIZE: deck.size_bytes,
            }.get(column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.TITLE:
            return self._thumbnail(deck)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SLIDES, self.SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return deck.id
        return None
