"""A QR code painted square by square from the `qrcode` matrix: crisp at any size, no Pillow."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of `text`'s QR code (True is dark), without the quiet zone."""
    import qrcode  # loaded with the first code shown, not at app start

    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def paint_qr(painter: QPainter, area: QRect, matrix: list[list[bool]]) -> QRect:
    """Paint the code, quiet zone included, as large as whole pixels per module allow."""
    count = len(matrix) + 2 * QUIET_ZONE
    module = max(1, min(area.width(), area.height()) // count)
    side = module * count
    left = area.x() + (area.width() - side) // 2
    top = area.y() + (area.height() - side) // 2
    painter.fillRect(QRect(left, top, side, side), QColor("white"))
    dark = QColor("black")
    for row, cells in enumerate(matrix):
        y = top + (row + QUIET_ZONE) * module
        column = 0
        while column < len(cells):
            if not cells[column]:
                column += 1
                continue
            start = column
            while column < len(cells) and cells[column]:
                column += 1
            x = left + (start + QUIET_ZONE) * module
            painter.fillRect(QRect(x, y, (column - start) * module, module), dark)
    return QRect(left, top, side, side)


class QrWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(160, 160))

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.setAccessibleName(text)
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint_qr(painter, self.rect(), self._matrix)
        painter.end()

    def to_image(self, side: int) -> QImage:
        """The code alone on a white square (for tests and copying)."""
        image = QImage(side, side, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        if self._matrix:
            painter = QPainter(image)
            paint_qr(painter, image.rect(), self._matrix)
            painter.end()
        return image
