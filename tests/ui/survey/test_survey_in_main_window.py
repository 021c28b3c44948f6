"""The Survey button on the visits page opens the survey panel of the selected visit."""

from __future__ import annotations

from visitapp.settings import Settings
from visitapp.ui.main_window import MainWindow


def test_the_survey_action_opens_the_panel_of_the_selected_visit(services, summary, qtbot):
    window = MainWindow(services, Settings())
    qtbot.addWidget(window)
    window.visits_panel.table.setCurrentIndex(window.visits_panel.proxy.index(0, 0))
    window.visits_panel.select_visit(summary.visit.id)
    assert window.survey.action.isEnabled()
    window.survey.action.trigger()
    panel = window.survey.panels[summary.visit.id]
    qtbot.addWidget(panel)
    assert panel.isVisible() and "Collège Simone Veil" in panel.windowTitle()
    window.close()
    assert not panel.isVisible() and not window.survey.bridge.running
