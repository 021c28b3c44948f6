"""The survey over the slides: the open session's QR code, its address and the live count of
answers, painted at the size of the audience window (a QR module is a whole number of pixels,
so the code stays crisp on any projector)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QWidget

from visitapp.ui.survey.qr_widget import paint_qr, qr_matrix

BACKDROP = QColor(11, 18, 32, 248)  # a hint of the slide, never enough to distract
CARD = QColor("#0f2a4a")
MUTED = QColor("#cbd5e1")
ADDRESS = QColor("#93c5fd")
COUNT_DOT = QColor("#22c55e")
SMALLEST_PIXELS = 10


def url_lines(url: str, metrics: QFontMetrics, width: int) -> list[str]:
    """The address on one line, or cut before "/s/" when one line is too wide."""
    cut = url.find("/s/")
    if metrics.horizontalAdvance(url) <= width or cut <= 0:
        return [url]
    return [url[:cut], url[cut:]]


class SurveyOverlay(QWidget):
    """Shown and hidden by the presentation (key Q). A click hides it: `dismissed`."""

    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = ""
        self.url = ""
        self.count = 0
        self._matrix: list[list[bool]] = []
        self.qr_rect = QRect()  # where the code was last painted, quiet zone included
        self.hide()

    def set_session(self, title: str, url: str, count: int) -> None:
        if url != self.url:
            self._matrix = qr_matrix(url)
        self.title, self.url, self.count = title, url, count
        self.setAccessibleName(url)
        self.update()

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.update()

    def count_text(self) -> str:
        return self.tr("%n answer(s)", "", self.count)

    def show_over(self, parent: QWidget) -> None:
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.dismissed.emit()
        event.accept()

    # -- painting --------------------------------------------------------------------------

    def _font(self, pixels: float, *, bold: bool = False, fixed: bool = False) -> QFont:
        font = QFont(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if fixed else self.font()
        )
        font.setPixelSize(max(SMALLEST_PIXELS, round(pixels)))
        font.setBold(bold)
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)
        if not self._matrix:
            return
        unit = min(self.height(), self.width() * 9 / 16)  # what 1080 is on a 1920×1080 screen
        margin, pad = round(unit * 0.04), round(unit * 0.05)
        card = self.rect().adjusted(margin, margin, -margin, -margin)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CARD)
        painter.drawRoundedRect(QRectF(card), unit * 0.025, unit * 0.025)
        inner = card.adjusted(pad, pad, -pad, -pad)
        wide = inner.width() >= inner.height() * 1.6
        if wide:  # 16:9 and 16:10 projectors: the code left, as tall as the card allows
            side = inner.height()
            qr_area = QRect(inner.left(), inner.top(), side, side)
            text = QRect(
                qr_area.right() + pad, inner.top(), inner.right() - qr_area.right() - pad, side
            )
        else:  # 4:3: the code on top, the words under it
            side = min(inner.width(), round(inner.height() * 0.64))
            qr_area = QRect(inner.left() + (inner.width() - side) // 2, inner.top(), side, side)
            top = qr_area.bottom() + pad // 2
            text = QRect(inner.left(), top, inner.width(), inner.bottom() - top)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.qr_rect = paint_qr(painter, qr_area, self._matrix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if wide:
            text.setLeft(self.qr_rect.right() + pad)
        self._paint_words(painter, text, unit, centred=not wide)
        painter.end()

    def _paint_words(self, painter: QPainter, area: QRect, unit: float, *, centred: bool) -> None:
        align = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
        flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        y = area.top()

        def block(text: str, font: QFont, colour: QColor, gap: float) -> None:
            nonlocal y
            painter.setFont(font)
            painter.setPen(colour)
            box = QRect(area.left(), y, area.width(), area.bottom() - y)
            used = painter.boundingRect(box, flags, text)
            painter.drawText(box, flags, text)
            y = used.bottom() + round(unit * gap)

        scale = 1.0 if not centred else 0.8  # 4:3 leaves less room under the code
        block(self.title, self._font(unit * 0.06 * scale, bold=True), QColor("white"), 0.03)
        block(
            self.tr("Scan the code with your phone's camera. Anonymous, one minute."),
            self._font(unit * 0.04 * scale),
            MUTED,
            0.045,
        )
        block(self.tr("or type this address:"), self._font(unit * 0.032 * scale), MUTED, 0.01)
        size = unit * 0.046 * scale
        font = self._font(size, bold=True, fixed=True)
        lines = url_lines(self.url, QFontMetrics(font), area.width())
        while size > SMALLEST_PIXELS and any(
            QFontMetrics(font).horizontalAdvance(line) > area.width() for line in lines
        ):
            size -= 1
            font = self._font(size, bold=True, fixed=True)
        block("\n".join(lines), font, ADDRESS, 0.06)
        self._paint_count(painter, area, y, unit * 0.085 * scale, centred=centred)

    def _paint_count(
        self, painter: QPainter, area: QRect, below: int, pixels: float, *, centred: bool
    ) -> None:
        """The count, at the bottom of the words (right under them when space is short)."""
        font = self._font(pixels, bold=True)
        metrics = QFontMetrics(font)
        text = self.count_text()
        height = metrics.height()
        dot = round(height * 0.42)
        width = dot + round(dot * 0.8) + metrics.horizontalAdvance(text)
        top = max(below, area.bottom() - height) if not centred else below
        left = area.left() + ((area.width() - width) // 2 if centred else 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COUNT_DOT)
        painter.drawEllipse(QRectF(left, top + (height - dot) / 2, dot, dot))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(
            QRect(left + dot + round(dot * 0.8), top, width, height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
