"""Charts for the PDF report, painted with QPainter onto images (QtCharts needs widgets).

The dashboard draws the same figures with QtCharts; both read the same report, so they agree.
A hidden figure is drawn as its "< 5" label, never as a bar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from visitapp.reports.pdf_document import FONT_FAMILY, ensure_gui_application
from visitapp.reports.tables import percent_sign

SCALE = 3  # image pixels per logical pixel: crisp when printed
INK = QColor("#0f172a")
MUTED = QColor("#64748b")
GRID = QColor("#e2e8f0")
BLUE = QColor("#1d4ed8")
ORANGE = QColor("#ea580c")
PURPLE = QColor("#7c3aed")


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float | None  # None: nothing to draw (hidden or no data); `text` says why
    text: str


def _canvas(width: int, height: int) -> tuple[QImage, QPainter]:
    ensure_gui_application()
    image = QImage(width * SCALE, height * SCALE, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(SCALE)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _title(painter: QPainter, width: int, title: str, lines: int = 1) -> None:
    painter.setFont(_font(17 if lines == 1 else 15, bold=True))
    painter.setPen(INK)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    painter.drawText(QRectF(0, 0, width, 22 * lines + 6), flags, title)


def column_chart(title: str, bars: list[Bar], width: int = 640, height: int = 260) -> QImage:
    """Vertical bars (e.g. pupils reached per month) with their value above each bar."""
    image, painter = _canvas(width, height)
    _title(painter, width, title)
    top, bottom, left, right = 50, height - 44, 10, width - 10
    highest = max((b.value for b in bars if b.value is not None), default=0) or 1
    painter.setPen(QPen(GRID, 1))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    if bars:
        slot = (right - left) / len(bars)
        bar_width = min(slot * 0.62, 70)
        for i, bar in enumerate(bars):
            centre = left + slot * (i + 0.5)
            bar_height = 0.0 if bar.value is None else (bottom - top) * bar.value / highest
            rect = QRectF(centre - bar_width / 2, bottom - bar_height, bar_width, bar_height)
            painter.fillRect(rect, BLUE)
            painter.setFont(_font(13, bold=True))
            painter.setPen(INK)
            painter.drawText(
                QRectF(centre - slot / 2, rect.top() - 22, slot, 20),
                Qt.AlignmentFlag.AlignCenter,
                bar.text,
            )
            painter.setFont(_font(12 if len(bars) <= 12 else 10))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(centre - slot / 2, bottom + 6, slot, 34),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                bar.label,
            )
    painter.end()
    return image


def share_chart(
    title: str,
    bars: list[Bar],
    width: int = 640,
    reference: float | None = 0.5,
    reference_text: str = "",
    language: str = "en",
) -> QImage:
    """Horizontal bars of shares in [0, 1] (e.g. share of girls per class level)."""
    row = 30
    height = 60 + row * max(len(bars), 1) + 26
    image, painter = _canvas(width, height)
    _title(painter, width, title)
    label_width, value_width = 170, 70
    left, right, top = label_width + 10, width - value_width - 10, 50
    span = right - left
    painter.setPen(QPen(GRID, 1))
    for tick in (0, 0.25, 0.5, 0.75, 1):
        x = left + span * tick
        painter.drawLine(QPointF(x, top - 4), QPointF(x, top + row * len(bars)))
    for i, bar in enumerate(bars):
        y = top + i * row
        painter.setFont(_font(13))
        painter.setPen(INK)
        painter.drawText(
            QRectF(0, y, label_width, row),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            bar.label,
        )
        if bar.value is not None:
            painter.fillRect(QRectF(left, y + 6, span * bar.value, row - 12), PURPLE)
        painter.setFont(_font(13, bold=bar.value is not None))
        painter.setPen(INK if bar.value is not None else MUTED)
        painter.drawText(
            QRectF(right + 8, y, value_width, row),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bar.text,
        )
    axis_y = top + row * len(bars) + 4
    painter.setFont(_font(11))
    painter.setPen(MUTED)
    for tick in (0, 0.25, 0.5, 0.75, 1):
        x = left + span * tick
        painter.drawText(
            QRectF(x - 30, axis_y, 60, 18),
            Qt.AlignmentFlag.AlignCenter,
            _whole_percent(tick, language),
        )
    if reference is not None and bars:
        x = left + span * reference
        painter.setPen(QPen(ORANGE, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, top - 6), QPointF(x, top + row * len(bars)))
        if reference_text:
            painter.setFont(_font(11))
            painter.drawText(
                QRectF(x + 4, top - 22, 200, 16), Qt.AlignmentFlag.AlignLeft, reference_text
            )
    painter.end()
    return image


def before_after_chart(
    title: str,
    options: list[str],
    before: list[float | None],
    after: list[float | None],
    legend: tuple[str, str],
    note: str = "",
    width: int = 640,
    height: int = 250,
    language: str = "en",
) -> QImage:
    """Share of answers per option, before (grey-blue) and after (blue), side by side."""
    height += 22  # room for a question on two lines
    image, painter = _canvas(width, height)
    _title(painter, width, title, lines=2)
    top, bottom, left, right = 80, height - 40, 10, width - 10
    colours = (QColor("#94a3b8"), BLUE)
    painter.setFont(_font(12))
    for i, (name, colour) in enumerate(zip(legend, colours, strict=True)):
        x = right - 220 + i * 110
        painter.fillRect(QRectF(x, 56, 12, 12), colour)
        painter.setPen(INK)
        painter.drawText(QRectF(x + 16, 52, 90, 20), Qt.AlignmentFlag.AlignLeft, name)
    if note:
        painter.setPen(MUTED)
        painter.drawText(QRectF(left, 52, right - 240, 20), Qt.AlignmentFlag.AlignLeft, note)
    painter.setPen(QPen(GRID, 1))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    slot = (right - left) / max(len(options), 1)
    bar = min(slot * 0.34, 40)
    for i, option in enumerate(options):
        centre = left + slot * (i + 0.5)
        for side, values in enumerate((before, after)):
            value = values[i]
            if value is None:
                continue
            x = centre - bar + side * bar
            h = (bottom - top) * value
            painter.fillRect(QRectF(x, bottom - h, bar - 2, h), colours[side])
            painter.setFont(_font(10))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(x - 8, bottom - h - 16, bar + 14, 14),
                Qt.AlignmentFlag.AlignCenter,
                _whole_percent(value, language),
            )
        painter.setFont(_font(11))
        painter.setPen(INK)
        painter.drawText(
            QRectF(centre - slot / 2, bottom + 4, slot, 34),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            option,
        )
    painter.end()
    return image


def _whole_percent(share: float, language: str) -> str:
    """0.33 as 33 % in French, 33% in English, like the report's tables."""
    return f"{round(share * 100)}{percent_sign(language)}"
