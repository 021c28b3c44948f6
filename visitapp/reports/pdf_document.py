"""Drawing PDF pages with QtGui only (QPdfWriter, QPainter, QTextDocument): no widgets, so the
command line renders the same PDF as the app, headless.

A report is HTML (Qt's rich-text subset) laid out on A4 pages, with a footer on each page and
charts added as images.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 18
FOOTER_MM = 8
INK = "#0f172a"
MUTED = "#475569"
ACCENT = "#1d4ed8"
FONT_FAMILY = "DejaVu Sans"

_application: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication; from the command line, start one offscreen."""
    global _application
    if QGuiApplication.instance() is None:
        _application = QGuiApplication(["visitapp", "-platform", "offscreen"])


def escape(text: str) -> str:
    """Names typed by people are shown as plain text, never as markup."""
    return html.escape(text, quote=True)


def mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


class PdfPages:
    """An A4 PDF being written into memory: `render_html()` lays out and paints whole pages."""

    def __init__(self, title: str) -> None:
        ensure_gui_application()
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setTitle(title)
        self.writer.setCreator("visitapp")
        self.writer.setResolution(RESOLUTION)
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.painter = QPainter(self.writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self._pages = 0

    @property
    def css_width(self) -> int:
        """The page's text width in the CSS pixels (1/96 inch) that HTML sizes are given in."""
        return int(self.width * 96 / RESOLUTION)

    def new_document(self, base_point_size: float = 10) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(base_point_size)
        document.setDefaultFont(font)
        # Lines break between words only: a narrow table column never splits one ("Répon/ses").
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(
            f"body {{ color: {INK}; }} h1 {{ color: {INK}; }} h2 {{ color: {ACCENT}; }}"
            f" .muted {{ color: {MUTED}; }} th {{ background-color: #e2e8f0; }}"
        )
        return document

    @staticmethod
    def add_image(document: QTextDocument, name: str, image: QImage) -> str:
        url = f"chart:{name}"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        return url

    def _next_page(self) -> None:
        if self._pages:
            self.writer.newPage()
        self._pages += 1

    def render_html(
        self, document: QTextDocument, footer: Callable[[int, int], str] | None = None
    ) -> int:
        """Paint `document` over as many pages as it needs; returns the number of pages."""
        body_height = self.height - (mm(FOOTER_MM) if footer else 0)
        document.setPageSize(QSizeF(self.width, body_height))
        count = document.pageCount()
        for page in range(count):
            self._next_page()
            self.painter.save()
            self.painter.translate(0, -page * body_height)
            clip = QRectF(0, page * body_height, self.width, body_height)
            document.drawContents(self.painter, clip)
            self.painter.restore()
            if footer:
                self._footer(footer(page + 1, count))
        return count

    def render_fitted(self, document: QTextDocument) -> None:
        """Paint `document` on one page, shrinking it if it is too long (a certificate)."""
        document.setTextWidth(self.width)
        height = document.size().height()
        scale = min(1.0, self.height / height) if height else 1.0
        self._next_page()
        self.painter.save()
        if scale < 1:
            # Shrunk text is re-laid out wider so the page stays filled edge to edge.
            document.setTextWidth(self.width / scale)
            self.painter.scale(scale, scale)
        document.drawContents(self.painter)
        self.painter.restore()

    def _footer(self, text: str) -> None:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(8)
        self.painter.setFont(font)
        self.painter.setPen(QColor(MUTED))
        rect = QRectF(0, self.height - mm(FOOTER_MM) + mm(3), self.width, mm(FOOTER_MM) - mm(3))
        self.painter.drawText(
            rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text
        )

    def finish(self) -> bytes:
        self.painter.end()
        self._buffer.close()
        data: QByteArray = self._buffer.data()
        return bytes(data.data())
