"""Panels drawn over a slide: the key help, and the small notices of the audience window."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from visitapp.ui.present.keys import help_rows


class HelpOverlay(QWidget):
    """Every key of the presentation, over the slide. Any key or click closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.hide()

    def show_over(self, parent: QWidget) -> None:
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def mousePressEvent(self, event) -> None:
        self.hide()
        event.accept()

    def _fonts(self, scale: float) -> tuple[QFont, QFont, QFont]:
        title, keys, text = QFont(self.font()), QFont(self.font()), QFont(self.font())
        title.setPixelSize(round(34 * scale))
        title.setBold(True)
        keys.setPixelSize(round(22 * scale))
        keys.setBold(True)
        text.setPixelSize(round(22 * scale))
        return title, keys, text

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(15, 23, 42, 215))
        rows = help_rows()
        # As large as the screen allows, but every line whole: a longer language (French) or a
        # small window gets smaller letters, never cut-off words.
        scale = max(0.6, min(1.6, self.height() / 900))
        while True:
            title_font, key_font, text_font = self._fonts(scale)
            keys_width = max(QFontMetricsF(key_font).horizontalAdvance(k) for k, _ in rows)
            text_width = max(QFontMetricsF(text_font).horizontalAdvance(t) for _, t in rows)
            line = 42 * scale
            width = keys_width + text_width + 100 * scale
            height = 90 * scale + line * len(rows)
            fits = width <= self.width() - 40 and height <= self.height() - 40
            if fits or scale <= 0.4:
                break
            scale *= 0.92
        width = min(width, self.width() - 40)
        left = (self.width() - width) / 2
        top = max(20.0, (self.height() - height) / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#0f2a4a"))
        painter.drawRoundedRect(QRectF(left, top, width, height), 18, 18)
        painter.setPen(QColor("white"))
        painter.setFont(title_font)
        painter.drawText(
            QRectF(left + 30 * scale, top + 20 * scale, width, 50 * scale),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("Keys"),
        )
        split = left + 30 * scale + keys_width + 40 * scale
        y = top + 80 * scale
        for keys, what in rows:
            painter.setFont(key_font)
            painter.setPen(QColor("#93c5fd"))
            painter.drawText(
                QRectF(left + 30 * scale, y, keys_width + 1, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                keys,
            )
            painter.setFont(text_font)
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(split, y, left + width - split, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                what,
            )
            y += line
