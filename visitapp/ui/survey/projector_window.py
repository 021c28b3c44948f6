"""The survey QR code full screen on the projector: huge code, short address, live count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from visitapp.core.surveys_sessions import SurveySession
from visitapp.services.surveys import SurveyService
from visitapp.ui.survey.qr_widget import QrWidget
from visitapp.ui.survey.server_bridge import SurveyServerBridge

ADDRESS_POINTS = 26  # the address at its largest; smaller only when the screen is narrow
MARGIN = 40


class ProjectorWindow(QWidget):
    def __init__(
        self,
        surveys: SurveyService,
        bridge: SurveyServerBridge,
        session: SurveySession,
        url: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._surveys = surveys
        self._session = session
        self.setObjectName("projectorWindow")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.title = QLabel(title)
        self.title.setObjectName("projectorTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.qr = QrWidget()
        self.qr.set_text(url)
        self.url = QLabel(url)
        self.url.setObjectName("projectorUrl")
        self.url.setTextFormat(Qt.TextFormat.PlainText)
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = QLabel()
        self.count.setObjectName("projectorCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Scan the code with your phone's camera. Anonymous, one minute."))
        hint.setObjectName("projectorHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 30, MARGIN, 30)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.url)
        layout.addWidget(hint)
        layout.addWidget(self.count)
        bridge.response_received.connect(self._on_bridge_response)
        self._show_count(surveys.count(session.id))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_address()

    def fit_address(self) -> None:
        """The address as large as the screen allows, and always whole: pupils type it when
        the code will not scan (a 1024×768 projector cut its ends off at full size)."""
        font = self.url.font()
        room = self.width() - 2 * MARGIN
        points = ADDRESS_POINTS
        font.setPointSizeF(points)
        while points > 8 and QFontMetricsF(font).horizontalAdvance(self.url.text()) > room:
            points -= 1
            font.setPointSizeF(points)
        self.url.setFont(font)

    def _show_count(self, count: int) -> None:
        self.count.setText(self.tr("%n answer(s)", "", count))

    def _on_bridge_response(self, session_id: str, count: int) -> None:
        if session_id == self._session.id:
            self._show_count(count)

    def show_on_projector(self, laptop_screen: QScreen | None) -> None:
        """Full screen on another screen than the laptop's when there is one."""
        screens = QGuiApplication.screens()
        others = [s for s in screens if s is not laptop_screen]
        target = others[0] if others else (laptop_screen or QGuiApplication.primaryScreen())
        self.setGeometry(target.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Q):
            self.close()
            return
        super().keyPressEvent(event)
