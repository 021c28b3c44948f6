"""Wires the survey feature into the main window: the "Survey" action on the visits page, one
panel per visit, and the one server bridge shared by panels and the presentation overlay."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from visitapp.services.surveys import SurveyService
from visitapp.ui.icons import icon
from visitapp.ui.survey.server_bridge import SurveyServerBridge
from visitapp.ui.survey.survey_panel import SurveyPanel


class SurveyController(QObject):
    def __init__(self, surveys: SurveyService, visits_panel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._surveys = surveys
        self._visits_panel = visits_panel
        self.bridge = SurveyServerBridge(surveys, self)
        self.panels: dict[str, SurveyPanel] = {}
        self.action = QAction(icon("survey"), self.tr("&Survey"), self)
        self.action.setShortcut(QKeySequence("Ctrl+U"))
        self.action.setToolTip(self.tr("Pupil survey of the selected visit (QR code, kiosk…)"))
        self.action.triggered.connect(self._on_action_triggered)

    def open_panel(self, summary) -> SurveyPanel:
        panel = self.panels.get(summary.visit.id)
        if panel is None:
            panel = SurveyPanel(self._surveys, self.bridge, summary)
            self.panels[summary.visit.id] = panel
            panel.show()
        else:  # already open somewhere behind the main window: bring it forward
            panel.show()
            panel.raise_()
            panel.activateWindow()
        return panel

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
        self.bridge.shutdown()
