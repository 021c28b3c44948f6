"""Slides rendered from the deck's PDF at the exact pixel size each view asks for, in Qt's own
render thread (QPdfPageRenderer: the GIL stays free, so the UI never waits), kept in a cache
with a memory bound.

Views ask for (page, size) pairs in priority order with `want()`: what is visible first, then
the neighbours, so a slide change usually finds its image ready.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QSize, QSizeF, Signal
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer

from visitapp.core.decks import DamagedPdf, EncryptedPdf

Key = tuple[int, int, int]  # page, width, height (device pixels)

MIN_CACHE_BYTES = 48 * 1024 * 1024


def key_of(page: int, size: QSize) -> Key:
    return (page, size.width(), size.height())


class SlideCache:
    """Images by (page, width, height), least recently used dropped past `max_bytes`.

    Images still wanted by a view are never dropped, even past the bound: showing the slide
    matters more than the bound, which the renderer raises to fit what the views need.
    """

    def __init__(self, max_bytes: int = MIN_CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._images: OrderedDict[Key, QImage] = OrderedDict()
        self._bytes = 0

    def __contains__(self, key: Key) -> bool:
        return key in self._images

    @property
    def bytes(self) -> int:
        return self._bytes

    def get(self, key: Key) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def any_of_page(self, page: int) -> QImage | None:
        """The largest cached image of `page`, to scale while the exact size is rendered."""
        found = [image for (p, _w, _h), image in self._images.items() if p == page]
        return max(found, key=lambda i: i.width(), default=None)

    def put(self, key: Key, image: QImage, keep: set[Key] | frozenset[Key] = frozenset()) -> None:
        old = self._images.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._images[key] = image
        self._bytes += image.sizeInBytes()
        self._evict(keep | {key})

    def _evict(self, keep: set[Key] | frozenset[Key]) -> None:
        for key in list(self._images):
            if self._bytes <= self.max_bytes:
                return
            if key in keep:
                continue
            self._bytes -= self._images.pop(key).sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0


class SlideRenderer(QObject):
    """Renders one deck. `ready(page, size)` says an image asked for can now be shown."""

    ready = Signal(int, QSize)

    def __init__(self, pdf_path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = QPdfDocument(self)
        error = self._document.load(pdf_path)
        if error != QPdfDocument.Error.None_:
            if error in (
                QPdfDocument.Error.IncorrectPassword,
                QPdfDocument.Error.UnsupportedSecurityScheme,
            ):
                raise EncryptedPdf(path=pdf_path)
            raise DamagedPdf(str(error), path=pdf_path)
        # Read once, now: later calls on the document would wait for the render thread,
        # which holds PDFium's lock while it draws.
        self.page_sizes: list[QSizeF] = [
            self._document.pagePointSize(page) for page in range(self._document.pageCount())
        ]
        self.cache = SlideCache()
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(self._document)
        self._renderer.pageRendered.connect(self._on_page_rendered)
        self._queue: list[Key] = []
        self._wanted: set[Key] = set()
        self._in_flight: Key | None = None
        self.renders = 0  # how many pages were rendered (tests and the benchmark read it)

    @property
    def page_count(self) -> int:
        return len(self.page_sizes)

    def image(self, page: int, size: QSize) -> QImage | None:
        return self.cache.get(key_of(page, size))

    def want(self, requests: list[tuple[int, QSize]]) -> None:
        """What the views need now, most urgent first. Replaces the previous list: work for a
        slide nobody needs any more is dropped before it starts."""
        keys = []
        for page, size in requests:
            if 0 <= page < self.page_count and not size.isEmpty():
                key = key_of(page, size)
                if key not in keys:
                    keys.append(key)
        self._wanted = set(keys)
        needed = sum(w * h * 4 for _p, w, h in keys)
        self.cache.max_bytes = max(MIN_CACHE_BYTES, needed + needed // 2)
        self._queue = [key for key in keys if key not in self.cache and key != self._in_flight]
        self._submit()

    def _submit(self) -> None:
        if self._in_flight is not None or not self._queue:
            return
        page, width, height = self._in_flight = self._queue.pop(0)
        self._renderer.requestPage(page, QSize(width, height), QPdfDocumentRenderOptions())

    def _on_page_rendered(
        self, page: int, size: QSize, image: QImage, _options: object, _request: int
    ) -> None:
        key = key_of(page, size)
        if key == self._in_flight:
            self._in_flight = None
        self.renders += 1
        # Drawn once per change, painted many times: the fast format for the screen, converted
        # here once rather than on every paint. PDFium draws on white, so nothing is lost.
        self.cache.put(key, image.convertToFormat(QImage.Format.Format_RGB32), self._wanted)
        self.ready.emit(page, size)
        self._submit()

    @property
    def busy(self) -> bool:
        return self._in_flight is not None or bool(self._queue)
