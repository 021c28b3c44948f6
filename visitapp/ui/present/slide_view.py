"""One slide shown in a widget: rendered for its exact pixel size, letterboxed, or a black or
white screen. Used by the audience window and by the console's current and next views."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from visitapp.core.presentation import Blank, letterbox
from visitapp.ui.present.slide_renderer import SlideRenderer

WHEEL_STEP = 120  # one notch of a mouse wheel; touchpads send smaller deltas that add up


class SlideView(QWidget):
    clicked = Signal(object)  # Qt.MouseButton
    wheel_stepped = Signal(int)  # +1 forward (wheel down), -1 back
    resized = Signal()

    def __init__(
        self,
        renderer: SlideRenderer,
        *,
        background: QColor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.page: int | None = 0
        self.blank = Blank.NONE
        self.background = background or QColor("black")
        self._wheel = 0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(80, 45))
        renderer.ready.connect(self._on_renderer_ready)

    # -- what to show --------------------------------------------------------------------

    def set_page(self, page: int | None) -> None:
        """Show `page` (None: nothing, e.g. "next" after the last slide)."""
        if page != self.page:
            self.page = page
            self.update()

    def set_blank(self, blank: Blank) -> None:
        if blank != self.blank:
            self.blank = blank
            self.update()

    def placement(self, page: int) -> tuple[QRectF, QSize]:
        """Where `page` goes in this widget (logical pixels) and its size in device pixels."""
        ratio = self.devicePixelRatioF()
        box_w, box_h = round(self.width() * ratio), round(self.height() * ratio)
        size = self.renderer.page_sizes[page]
        x, y, w, h = letterbox(size.width(), size.height(), box_w, box_h)
        return QRectF(x / ratio, y / ratio, w / ratio, h / ratio), QSize(w, h)

    def request(self, page: int | None) -> list[tuple[int, QSize]]:
        """The render this view needs for `page`, for the renderer's want-list."""
        if page is None or not 0 <= page < self.renderer.page_count or not self.isVisible():
            return []
        return [(page, self.placement(page)[1])]

    def shows_exact_image(self) -> bool:
        """True when the slide on screen is rendered for this size (not a scaled stand-in)."""
        if self.page is None or self.blank is not Blank.NONE:
            return True
        return self.renderer.image(self.page, self.placement(self.page)[1]) is not None

    # -- Qt events -----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.blank is not Blank.NONE:
            painter.fillRect(self.rect(), QColor("black" if self.blank is Blank.BLACK else "white"))
            return
        painter.fillRect(self.rect(), self.background)
        if self.page is None or not 0 <= self.page < self.renderer.page_count:
            return
        target, size = self.placement(self.page)
        image = self.renderer.image(self.page, size)
        if image is not None:
            image.setDevicePixelRatio(self.devicePixelRatioF())
            painter.drawImage(QPointF(target.x(), target.y()), image)
            return
        stand_in = self.renderer.cache.any_of_page(self.page)
        if stand_in is not None:
            # Scaled until the exact render arrives (a window resize, a first show).
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, stand_in)
        else:
            painter.fillRect(target, QColor("#f8fafc"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(event.button())
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_STEP:
            step = -1 if self._wheel > 0 else 1  # wheel away from the user: back
            self._wheel += WHEEL_STEP * step
            self.wheel_stepped.emit(step)
        event.accept()

    def _on_renderer_ready(self, page: int, size: QSize) -> None:
        if page == self.page and self.isVisible() and self.placement(page)[1] == size:
            self.update()
