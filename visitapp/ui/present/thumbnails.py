"""Small pictures of slides for the deck library and the notes editor, rendered in Qt's render
thread and kept in memory (a 60-slide deck at 240 px wide is about 4 MB)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer

from visitapp.core.presentation import letterbox


class _Deck:
    def __init__(self, path: str, owner: QObject) -> None:
        self.document = QPdfDocument(owner)
        self.ok = self.document.load(path) == QPdfDocument.Error.None_
        self.sizes = (
            [self.document.pagePointSize(p) for p in range(self.document.pageCount())]
            if self.ok
            else []
        )
        self.renderer = QPdfPageRenderer(owner)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.setDocument(self.document)
        self.asked: set[int] = set()


class Thumbnails(QObject):
    """`image(deck_id, path, page)` returns the thumbnail or None and renders it; `ready` then
    says it arrived. `broken(deck_id)` is True when Qt cannot open the deck's PDF."""

    ready = Signal(str, int)

    def __init__(self, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.size = size
        self._decks: dict[str, _Deck] = {}
        self._images: dict[tuple[str, int], QImage] = {}

    def _deck(self, deck_id: str, path: str) -> _Deck:
        deck = self._decks.get(deck_id)
        if deck is None:
            deck = self._decks[deck_id] = _Deck(path, self)
            deck.renderer.pageRendered.connect(
                lambda page, _size, image, _options, _request, d=deck_id: self._on_rendered(
                    d, page, image
                )
            )
        return deck

    def cached(self, deck_id: str, page: int) -> QImage | None:
        """The page's image if it was rendered already (no file looked at)."""
        return self._images.get((deck_id, page))

    def image(self, deck_id: str, path: str, page: int) -> QImage | None:
        found = self._images.get((deck_id, page))
        if found is not None:
            return found
        deck = self._deck(deck_id, path)
        if deck.ok and 0 <= page < len(deck.sizes) and page not in deck.asked:
            deck.asked.add(page)
            point = deck.sizes[page]
            _x, _y, width, height = letterbox(
                point.width(), point.height(), self.size.width(), self.size.height()
            )
            deck.renderer.requestPage(page, QSize(width, height), QPdfDocumentRenderOptions())
        return None

    def _on_rendered(self, deck_id: str, page: int, image: QImage) -> None:
        self._images[(deck_id, page)] = image.convertToFormat(QImage.Format.Format_RGB32)
        self.ready.emit(deck_id, page)
