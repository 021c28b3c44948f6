"""The projector view: the address stays whole on a small projector, as large as room allows."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from visitapp.core.surveys_sessions import Phase
from visitapp.ui.survey.projector_window import ADDRESS_POINTS, ProjectorWindow
from visitapp.ui.survey.server_bridge import SurveyServerBridge
from visitapp.ui.survey.style import SURVEY_STYLE

ADDRESS = "http://192.168.100.123:8766/s/MFDoAdvoTbnw4AE8sqG5YA"


@pytest.mark.parametrize(("width", "height"), [(800, 600), (1024, 768), (1920, 1080)])
def test_the_address_is_whole_on_any_projector(services, summary, qtbot, width, height):
    session = services.surveys.open_session(summary.visit.id, Phase.BEFORE)
    bridge = SurveyServerBridge(services.surveys)
    window = ProjectorWindow(services.surveys, bridge, session, ADDRESS, "Avant l'intervention")
    qtbot.addWidget(window)
    window.setStyleSheet(SURVEY_STYLE)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    font = window.url.font()
    assert QFontMetricsF(font).horizontalAdvance(ADDRESS) <= window.url.width()
    if width >= 1920:
        assert font.pointSizeF() == ADDRESS_POINTS
    bridge.shutdown()
