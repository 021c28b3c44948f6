"""Panels drawn over a slide: the key help, and the small notices of the audience window."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
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

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(15, 23, 42, 215))
        rows = help_rows()
        scale = max(0.6, min(1.6, self.height() / 900))
        title_font = QFont(self.font())
        title_font.setPixelSize(round(34 * scale))
        title_font.setBold(True)
        key_font = QFont(self.font())
        key_font.setPixelSize(round(22 * scale))
        key_font.setBold(True)
        text_font = QFont(self.font())
        text_font.setPixelSize(round(22 * scale))
        line = 42 * scale
        width = min(self.width() - 40, 1100 * scale)
        height = 90 * scale + line * len(rows)
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
        split = left + width * 0.38
        y = top + 80 * scale
        for keys, what in rows:
            painter.setFont(key_font)
            painter.setPen(QColor("#93c5fd"))
            painter.drawText(
                QRectF(left + 30 * scale, y, split - left - 40 * scale, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                keys,
            )
            painter.setFont(text_font)
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(split, y, left + width - split - 20 * scale, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                what,
            )
            y += line
