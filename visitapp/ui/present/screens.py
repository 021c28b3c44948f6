"""Qt's screens as the plain data of core.screens, and one signal when displays come and go."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from visitapp.core.screens import ScreenInfo

SETTINGS_KEY = "present.screens"  # Settings.extra: display setup → screen showing the slides


def screen_info(screen: QScreen, primary: QScreen | None) -> ScreenInfo:
    geometry = screen.geometry()
    model = " ".join(part for part in (screen.manufacturer(), screen.model()) if part)
    return ScreenInfo(
        name=screen.name(),
        x=geometry.x(),
        y=geometry.y(),
        width=geometry.width(),
        height=geometry.height(),
        primary=screen is primary,
        model=model,
    )


class ScreenSource(QObject):
    """The connected screens. `changed` fires (once, after Qt has settled) when a display is
    plugged in or out, or the primary one changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(300)  # a projector announces itself in several steps
        self._pending.timeout.connect(self.changed)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_screens_changed)
        app.screenRemoved.connect(self._on_screens_changed)
        app.primaryScreenChanged.connect(self._on_screens_changed)

    def screens(self) -> list[QScreen]:
        return list(QGuiApplication.screens())

    def primary(self) -> QScreen | None:
        return QGuiApplication.primaryScreen()

    def infos(self) -> list[ScreenInfo]:
        primary = self.primary()
        return [screen_info(screen, primary) for screen in self.screens()]

    def by_name(self, name: str | None) -> QScreen | None:
        return next((s for s in self.screens() if s.name() == name), None)

    def _on_screens_changed(self, *_args) -> None:
        self._pending.start()
