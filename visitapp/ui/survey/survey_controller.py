"""Wires the survey feature into the main window: the "Survey" action on the visits page, one
panel per visit, and the one server bridge shared by panels and the presentation overlay.

Only the action exists at start-up: the survey service, the bridge and the panels (and the web
server's modules behind them) load the first time a survey is opened or listened to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from visitapp.ui.icons import icon

if TYPE_CHECKING:
    from visitapp.core.surveys_sessions import Phase, SurveySession
    from visitapp.services import Services
    from visitapp.services.surveys import SurveyService
    from visitapp.settings import Settings
    from visitapp.ui.survey.address_picker import AddressPicker
    from visitapp.ui.survey.server_bridge import SurveyServerBridge
    from visitapp.ui.survey.survey_panel import SurveyPanel


class SurveyController(QObject):
    sessions_changed = Signal(str)  # visit id: one of its sessions was opened or closed

    def __init__(
        self,
        services: Services,
        visits_panel,
        parent: QObject | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._visits_panel = visits_panel
        self._bridge: SurveyServerBridge | None = None
        self.panels: dict[str, SurveyPanel] = {}
        self.action = QAction(icon("survey"), self.tr("&Survey"), self)
        self.action.setShortcut(QKeySequence("Ctrl+U"))
        self.action.setToolTip(self.tr("Pupil survey of the selected visit (QR code, kiosk…)"))
        self.action.triggered.connect(self._on_action_triggered)

    @property
    def bridge(self) -> SurveyServerBridge:
        """The one bridge to the pupils' web server, made on first use."""
        if self._bridge is None:
            from visitapp.ui.survey.server_bridge import SurveyServerBridge

            self._bridge = SurveyServerBridge(self._services.surveys, self, self._settings)
        return self._bridge

    def open_panel(self, summary) -> SurveyPanel:
        from visitapp.ui.survey.survey_panel import SurveyPanel

        panel = self.panels.get(summary.visit.id)
        if panel is None:
            panel = SurveyPanel(self._services.surveys, self.bridge, summary)
            self.panels[summary.visit.id] = panel
            visit_id = summary.visit.id
            panel.sessions_changed.connect(lambda: self.sessions_changed.emit(visit_id))
            panel.show()
        else:  # already open somewhere behind the main window (or closed): bring it forward
            panel.refresh()
            panel.show()
            panel.raise_()
            panel.activateWindow()
        return panel

    @property
    def surveys(self) -> SurveyService:
        return self._services.surveys

    def open_and_serve(self, visit_id: str, phase: Phase, picker: AddressPicker) -> SurveySession:
        """Open the visit's survey for `phase` and serve it where `picker` says (the survey
        panel's Open button, from elsewhere: the presentation console). A server that cannot
        start is reported by `bridge.failed`; the session stays open for the kiosk."""
        session = self.surveys.open_session(visit_id, phase)
        self.serve(picker)
        panel = self.panels.get(visit_id)
        if panel is not None:
            panel.set_phase(phase)
            panel.refresh()
        self.sessions_changed.emit(visit_id)
        return session

    def serve(self, picker: AddressPicker) -> bool:
        """Serve the open sessions where `picker` says (False, with `bridge.failed`, on error)."""
        return self.bridge.ensure_running(picker.chosen().host, picker.port.value())

    def _on_action_triggered(self) -> None:
        summary = self._visits_panel.current_visit()
        if summary is not None:
            self.open_panel(summary)

    def shutdown(self) -> None:
        """The app is closing: close survey windows and stop serving."""
        for panel in self.panels.values():
            panel.close()
            panel.deleteLater()
        self.panels.clear()
        if self._bridge is not None:
            self._bridge.shutdown()
