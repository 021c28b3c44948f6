"""One QObject between the pupils' web server (a plain thread, no Qt) and the GUI.

The server's callbacks and the survey service's response listener run on other threads; the
signals below are emitted from there and, because this object lives on the UI thread, Qt
delivers them queued, on the UI thread. The presentation's QR overlay listens here too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from visitapp.core.errors import VisitappError
from visitapp.services.surveys import SurveyService
from visitapp.settings import Settings
from visitapp.survey.server import DEFAULT_PORT, SurveyServer

# Where the pupils' page was last served from, remembered in the laptop's settings.
HOST_KEY, PORT_KEY = "survey.host", "survey.port"


class SurveyServerBridge(QObject):
    started = Signal(str)  # base URL, e.g. http://192.168.1.20:8765
    stopped = Signal()
    response_received = Signal(str, int)  # session id, answers in that session now
    failed = Signal(object)  # the VisitappError that prevented starting

    def __init__(
        self,
        surveys: SurveyService,
        parent: QObject | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._surveys = surveys
        self._server: SurveyServer | None = None
        self._settings = settings or Settings()
        surveys.add_listener(self._on_response)

    # Called from the server's worker threads (or the kiosk on the UI thread).
    def _on_response(self, session_id: str, count: int) -> None:
        self.response_received.emit(session_id, count)

    def shutdown(self) -> None:
        """Stop serving and stop listening (the main window calls this when it closes)."""
        self.stop()
        self._surveys.remove_listener(self._on_response)

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    @property
    def host(self) -> str | None:
        return self._server.host if self.running else None

    @property
    def port(self) -> int | None:
        """The port served: the next free one when the one asked for was busy."""
        return self._server.port if self.running else None

    @property
    def last_choice(self) -> tuple[str | None, int]:
        """The address and port the page was last served on (from an earlier run too)."""
        host = self._settings.extra.get(HOST_KEY)
        port = self._settings.extra.get(PORT_KEY)
        valid_port = isinstance(port, int) and 1024 <= port <= 65535
        return (host if isinstance(host, str) else None), (port if valid_port else DEFAULT_PORT)

    def ensure_running(self, host: str, port: int = DEFAULT_PORT) -> bool:
        """Serve on `host` (restarting if it served elsewhere). False, with `failed`, on error."""
        if self.running and self._server.host == host:
            return True
        self.stop()
        server = SurveyServer(
            self._surveys,
            host,
            port,
            on_started=self.started.emit,
            on_stopped=self.stopped.emit,
        )
        try:
            server.start()
        except VisitappError as error:
            self.failed.emit(error)
            return False
        self._server = server
        self._settings.extra[HOST_KEY], self._settings.extra[PORT_KEY] = host, port
        return True

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
