"""The window the class sees: the slide full screen on the projector, nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from visitapp.ui.present.overlays import HelpOverlay
from visitapp.ui.present.slide_renderer import SlideRenderer
from visitapp.ui.present.slide_view import SlideView
from visitapp.ui.present.survey_overlay import SurveyOverlay


class AudienceWindow(QWidget):
    def __init__(self, renderer: SlideRenderer, presentation, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.presentation = presentation
        self.setWindowTitle(self.tr("visitapp – slides"))
        self.setObjectName("audienceWindow")
        self.setStyleSheet("#audienceWindow { background: black; }")
        self.view = SlideView(renderer, background=QColor("black"), parent=self)
        self.view.setCursor(Qt.CursorShape.BlankCursor)  # no pointer drifting over the slide
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.survey = SurveyOverlay(self.view)
        self.help = HelpOverlay(self.view)  # made last: above the survey code when both show
        self.overlays: list[QWidget] = [self.survey, self.help]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.presentation.handle_key(event):
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for overlay in self.overlays:
            if overlay.isVisible():
                overlay.setGeometry(self.view.rect())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the system or a window manager's shortcut: end as Esc would (the times
        # are still recorded), never leave the other window behind.
        if self.presentation.is_running:
            self.presentation.leave()
        super().closeEvent(event)
