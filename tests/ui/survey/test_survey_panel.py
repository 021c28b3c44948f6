"""The survey panel as an ambassador uses it: open, see the QR code and the count climb, close."""

from __future__ import annotations

import urllib.parse
import urllib.request

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.pupil_phone import answer_on_a_phone
from visitapp.core.surveys_sessions import Phase
from visitapp.ui.survey.server_bridge import SurveyServerBridge
from visitapp.ui.survey.survey_panel import SurveyPanel


@pytest.fixture
def bridge(services, qtbot):
    made = SurveyServerBridge(services.surveys)
    yield made
    made.shutdown()


@pytest.fixture
def panel(services, bridge, summary, qtbot):
    shown = SurveyPanel(services.surveys, bridge, summary)
    qtbot.addWidget(shown)
    shown.show()  # as the ambassador sees it (a hidden panel waits to be shown to refresh)
    shown.address.setCurrentIndex(shown.address.count() - 1)  # this laptop only: a test
    return shown


def test_before_opening_the_panel_says_what_to_do(panel):
    assert panel.open_button.isVisibleTo(panel) and not panel.close_button.isVisibleTo(panel)
    assert not panel.qr.isVisibleTo(panel)
    assert "QR code appears here" in panel.qr_placeholder.text()
    assert not panel.kiosk_button.isEnabled() and not panel.projector_button.isEnabled()
    assert panel.address.itemData(panel.address.count() - 1).host == "127.0.0.1"


def test_opening_shows_the_qr_and_the_count_climbs_live(panel, bridge, services, qtbot):
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert bridge.running
    url = panel.url.text()
    assert url.startswith("http://127.0.0.1:") and "/s/" in url
    assert panel.qr.text() == url and panel.qr.isVisibleTo(panel)
    assert panel.count.text() == "0 answers"
    with qtbot.waitSignal(bridge.response_received, timeout=10_000):
        assert "Merci" in answer_on_a_phone(url, interest="4", girls_too="5", gender="girl")
    assert panel.count.text() == "1 answer"
    # The results follow a moment later (answers arriving in a burst refresh them once).
    qtbot.waitUntil(
        lambda: any(label.text() == "1 answer" for label in panel.results.findChildren(QLabel))
    )
    session = panel.current_session()
    assert services.surveys.results(session.id).question("interest").counts == {"4": 1}


def test_answers_beyond_the_class_size_warn_but_are_kept(panel, bridge, services, qtbot):
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    session = panel.current_session()
    for _ in range(4):  # 2 pupils present: more than 3 is suspicious
        with qtbot.waitSignal(bridge.response_received, timeout=10_000):
            answer_on_a_phone(panel.url.text(), interest="3", girls_too="3")
    assert panel.cap_warning.isVisibleTo(panel)
    assert "Every answer is kept" in panel.cap_warning.text()
    assert services.surveys.count(session.id) == 4


def test_closing_stops_serving_and_reopening_gives_a_new_code(panel, bridge, qtbot):
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    first = panel.url.text()
    with qtbot.waitSignal(bridge.stopped, timeout=10_000):
        qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not bridge.running and not panel.qr.isVisibleTo(panel)
    assert "Closed at" in panel.status.text()
    with pytest.raises(OSError):
        urllib.request.urlopen(first, timeout=3)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.url.text() != first and panel.url.text().rsplit("/", 1)[1] != first.rsplit("/")[-1]


def test_before_and_after_are_separate_sessions(panel, services, summary, qtbot):
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    before_url = panel.url.text()
    panel.set_phase(Phase.AFTER)
    assert panel.open_button.isVisibleTo(panel)
    assert panel.before_button.text().startswith("●")
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.url.text() != before_url
    phases = [s.phase for s in services.surveys.sessions_of_visit(summary.visit.id)]
    assert sorted(phases) == [Phase.AFTER, Phase.BEFORE]


def test_free_texts_are_shown_as_plain_text(panel, services, summary, qtbot):
    panel.set_phase(Phase.AFTER)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    session = panel.current_session()
    answers = {"interest": 3, "girls_too": 4, "useful": 5, "message": "<b>Super</b> & merci"}
    services.surveys.submit_kiosk(session.id, answers)
    panel.refresh()
    [label] = panel.results.free_texts
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "“<b>Super</b> & merci”"


def test_no_network_gives_a_clear_hint(services, bridge, summary, qtbot, monkeypatch):
    # The one test that needs a laptop without network: the address list comes back empty.
    import visitapp.ui.survey.address_picker as module

    monkeypatch.setattr(module, "list_addresses", lambda: [])
    shown = SurveyPanel(services.surveys, bridge, summary)
    qtbot.addWidget(shown)
    assert shown.network_hint.isVisibleTo(shown)
    assert "connect to the class Wi-Fi or start a hotspot" in shown.network_hint.text()
    assert shown.address.count() == 1  # only "this laptop", and only because it is named so


def test_a_survey_at_another_moment_is_kept_apart_from_before_and_after(panel, services, qtbot):
    qtbot.mouseClick(panel.other_button, Qt.MouseButton.LeftButton)
    assert panel.phase is Phase.OTHER
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    session = panel.current_session()
    assert session.phase is Phase.OTHER and session.is_open
    assert panel.other_button.text().startswith("●")
    assert not panel.before_button.text().startswith("●")
    assert "Merci" in answer_on_a_phone(panel.url.text(), interest="4", girls_too="4")
    assert services.surveys.count(session.id) == 1
    qtbot.mouseClick(panel.before_button, Qt.MouseButton.LeftButton)
    assert panel.current_session() is None  # the before survey was never opened
    assert services.reports.impact().survey is None  # nor counted as before/after


def test_the_address_and_port_used_last_are_offered_next_time(services, summary, qtbot):
    """Even after a restart: they live in the laptop's settings."""
    from visitapp.settings import Settings

    settings = Settings()
    first_bridge = SurveyServerBridge(services.surveys, settings=settings)
    first = SurveyPanel(services.surveys, first_bridge, summary)
    qtbot.addWidget(first)
    first.address.setCurrentIndex(first.address.count() - 1)  # this laptop only
    first.port.setValue(18_765)
    qtbot.mouseClick(first.open_button, Qt.MouseButton.LeftButton)
    assert first_bridge.running
    first_bridge.shutdown()
    first.close()

    again = SurveyServerBridge(services.surveys, settings=settings)  # the next run of the app
    try:
        second = SurveyPanel(services.surveys, again, summary)
        qtbot.addWidget(second)
        assert second.network.chosen().host == "127.0.0.1"
        assert second.port.value() == 18_765
    finally:
        again.shutdown()


def test_a_busy_port_shows_the_port_really_used(panel, bridge, qtbot):
    import socket

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))  # another program holds the port asked for
    taken.listen()
    busy = taken.getsockname()[1]
    try:
        panel.port.setValue(busy)
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
        assert bridge.running and bridge.port != busy
        assert panel.port.value() == bridge.port
        assert f":{bridge.port}/s/" in panel.url.text()
    finally:
        taken.close()


def test_closing_the_survey_closes_the_projector_view_shown_again(panel, qtbot):
    """Shown twice, the projector view replaced: closing the survey still takes the code off."""
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.projector_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.projector_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the first view's deferred deletion
    second = panel._projector
    assert second is not None and second.isVisible()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not second.isVisible()


def test_the_kiosk_opens_once_and_its_answers_count_once(panel, services, qtbot):
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.kiosk_button, Qt.MouseButton.LeftButton)
    kiosk = panel._kiosk
    qtbot.mouseClick(panel.kiosk_button, Qt.MouseButton.LeftButton)
    assert panel._kiosk is kiosk
    services.surveys.submit_kiosk(panel.current_session().id, {"interest": 3, "girls_too": 4})
    assert panel.count.text() == "1 answer"
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not kiosk.isVisible()
