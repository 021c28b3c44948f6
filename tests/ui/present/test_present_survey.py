"""The survey over the slides (key Q): the open session's QR code, its address and the live
count on the projector; with no session open, the console offers to open one."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.pupil_phone import answer_on_a_phone, decode, needs_zbar
from visitapp.core.schools import School
from visitapp.core.surveys_sessions import Phase
from visitapp.core.visits import Visit
from visitapp.survey.addresses import Address
from visitapp.ui.present.keys import help_rows
from visitapp.ui.present.survey_overlay import SurveyOverlay
from visitapp.ui.survey.address_picker import LOOPBACK
from visitapp.ui.survey.survey_controller import SurveyController

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")

K = Qt.Key


@pytest.fixture
def visit_id(services) -> str:
    school = services.records.save_school(School("", "Lycée Marie Curie", city="Rennes"))
    visit = services.records.save_visit(
        Visit("", school.id, datetime(2026, 11, 23, 10, 0), pupils_present=24, girls_present=12)
    )
    return visit.id


@pytest.fixture
def controller(services, qtbot):
    made = SurveyController(services, visits_panel=None)
    yield made
    made.shutdown()


@pytest.fixture
def presenting(start_presentation, controller, visit_id):
    return start_presentation(surveys=controller, visit_id=visit_id)


def serve_on_this_laptop(picker) -> None:
    picker.combo.setCurrentIndex(picker.combo.findData(LOOPBACK))


def open_and_serve(controller, visit_id, phase=Phase.BEFORE) -> None:
    """What the survey panel's Open button does, on this laptop only and any free port."""
    controller.surveys.open_session(visit_id, phase)
    assert controller.bridge.ensure_running("127.0.0.1", 0)
    controller.sessions_changed.emit(visit_id)


def test_q_shows_the_code_the_address_and_the_count_and_q_again_hides_them(
    qtbot, presenting, controller, services, visit_id
):
    open_and_serve(controller, visit_id)
    live = services.surveys.live_session(visit_id)
    assert live.url.startswith("http://127.0.0.1:") and "/s/" in live.url
    audience, console = presenting.audience, presenting.console
    overlay = audience.survey
    assert not overlay.isVisible() and console.survey_state.text() == "Survey open · 0 answers"

    qtbot.keyClick(audience, K.Key_Q)
    assert overlay.isVisible() and overlay.geometry() == audience.view.rect()
    assert overlay.url == live.url and overlay.title == "Before the talk"
    assert overlay.count_text() == "0 answers"
    assert console.survey_button.isChecked()
    assert console.survey_state.text() == "QR code on the projector · 0 answers"
    qtbot.keyClick(audience, K.Key_Right)  # the slides still move under the code
    assert presenting.state.current == 1 and overlay.isVisible()

    qtbot.keyClick(audience, K.Key_Q)
    assert not overlay.isVisible() and not console.survey_button.isChecked()
    qtbot.mouseClick(console.survey_button, Qt.MouseButton.LeftButton)  # the console's button
    assert overlay.isVisible() and console.survey_button.isChecked()
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton)  # a click on the code hides it too
    assert not overlay.isVisible() and presenting.state.current == 1


def test_the_count_follows_the_answers_of_this_session_only(
    qtbot, presenting, controller, services, visit_id
):
    other = services.records.save_visit(
        Visit("", services.records.list_schools()[0].id, datetime(2026, 11, 24, 14, 0))
    )
    open_and_serve(controller, visit_id)
    services.surveys.open_session(other.id, Phase.BEFORE)
    qtbot.keyClick(presenting.audience, K.Key_Q)
    overlay = presenting.audience.survey
    with qtbot.waitSignal(controller.bridge.response_received, timeout=10_000):
        assert "Merci" in answer_on_a_phone(overlay.url, interest="4", girls_too="5")
    assert overlay.count_text() == "1 answer"
    assert presenting.console.survey_state.text() == "QR code on the projector · 1 answer"
    other_url = services.surveys.live_session(other.id).url
    for _phone in range(2):
        with qtbot.waitSignal(controller.bridge.response_received, timeout=10_000):
            answer_on_a_phone(other_url, interest="2", girls_too="2")
    assert services.surveys.count(services.surveys.live_session(other.id).session.id) == 2
    assert overlay.count_text() == "1 answer"  # another class's answers are not counted here


@needs_zbar
def test_the_code_on_the_projector_reads_back_as_the_address(
    qtbot, tmp_path, presenting, controller, services, visit_id
):
    open_and_serve(controller, visit_id)
    qtbot.keyClick(presenting.audience, K.Key_Q)
    overlay = presenting.audience.survey
    image = presenting.audience.grab().toImage()
    assert (image.width(), image.height()) == (1920, 1080)
    path = tmp_path / "projector.png"
    assert image.save(str(path))
    assert decode(path) == services.surveys.live_session(visit_id).url
    qr = overlay.qr_rect
    assert qr.height() > 1080 * 0.6  # big enough for the back of the classroom
    colours = {
        image.pixelColor(x, y).name()
        for x in range(qr.left(), qr.right() + 1, 3)
        for y in range(qr.top(), qr.bottom() + 1, 7)
    }
    assert colours == {"#000000", "#ffffff"}  # whole-pixel modules: no grey, no blur


@needs_zbar
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (800, 600)])
def test_the_code_reads_back_at_other_projector_sizes(qtbot, tmp_path, size):
    url = "http://192.168.100.200:8765/s/Xq3_fe9-Lm2pQ8vTz0aBcD"
    overlay = SurveyOverlay(None)
    qtbot.addWidget(overlay)
    overlay.set_session("Avant l'intervention", url, 27)
    overlay.resize(*size)
    overlay.show()
    qtbot.waitExposed(overlay)
    path = tmp_path / "overlay.png"
    assert overlay.grab().save(str(path))
    assert decode(path) == url
    assert overlay.qr_rect.height() >= size[1] * 0.45
    assert overlay.count_text() == "27 answers"


def test_without_a_session_the_console_offers_to_open_one(
    qtbot, presenting, controller, services, visit_id
):
    # The suite's one virtual screen: the console shows on demand, for the offer.
    audience, console = presenting.audience, presenting.console
    offer = console.survey_offer
    assert presenting.layout.one_screen and not console.isVisible()
    qtbot.keyClick(audience, K.Key_Q)
    assert not audience.survey.isVisible() and not console.survey_button.isChecked()
    assert console.isVisible() and offer.isVisible()
    assert "No survey is open for this visit" in offer.message.text()
    assert offer.before_button.isVisible() and offer.after_button.isVisible()
    assert offer.before_button.property("primary") and not offer.serve_button.isVisible()
    serve_on_this_laptop(offer.picker)
    qtbot.mouseClick(offer.before_button, Qt.MouseButton.LeftButton)

    live = services.surveys.live_session(visit_id)
    assert live.session.phase is Phase.BEFORE and controller.bridge.running
    assert audience.survey.isVisible() and audience.survey.url == live.url
    assert not offer.isVisible() and not console.isVisible()  # the class sees the code
    assert console.survey_button.isChecked()

    # Later on: the before survey was run, so the offer suggests the after one.
    services.surveys.close_session(live.session.id)
    controller.sessions_changed.emit(visit_id)
    assert not audience.survey.isVisible()  # a closed survey's code leaves the wall
    qtbot.keyClick(audience, K.Key_Q)
    assert offer.after_button.property("primary") and not offer.before_button.property("primary")
    qtbot.mouseClick(offer.cancel_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible() and not console.isVisible()


def test_an_open_session_nobody_serves_is_offered_to_be_served(
    qtbot, presenting, controller, services, visit_id
):
    services.surveys.open_session(visit_id, Phase.AFTER)  # e.g. opened before a restart
    console = presenting.console
    qtbot.keyClick(presenting.audience, K.Key_Q)
    offer = console.survey_offer
    assert offer.isVisible() and "not on the network yet" in offer.message.text()
    assert offer.serve_button.isVisible() and not offer.before_button.isVisible()
    serve_on_this_laptop(offer.picker)
    qtbot.mouseClick(offer.serve_button, Qt.MouseButton.LeftButton)
    overlay = presenting.audience.survey
    assert overlay.isVisible() and overlay.title == "After the talk"
    assert overlay.url == services.surveys.live_session(visit_id).url


def test_an_address_that_cannot_be_served_is_explained_and_nothing_is_lost(
    qtbot, presenting, controller, services, visit_id
):
    qtbot.keyClick(presenting.console, K.Key_Q)
    offer = presenting.console.survey_offer
    gone = Address("203.0.113.77", "wlan9")  # a documentation address: on no laptop
    offer.picker.combo.addItem(gone.label, gone)
    offer.picker.combo.setCurrentIndex(offer.picker.combo.count() - 1)
    qtbot.mouseClick(offer.before_button, Qt.MouseButton.LeftButton)
    assert not presenting.audience.survey.isVisible()
    assert offer.isVisible() and offer.serve_button.isVisible()
    assert offer.picker.hint.isVisibleTo(offer) and "203.0.113.77" in offer.picker.hint.text()
    session = services.surveys.live_session(visit_id).session  # opened: the kiosk still works
    assert session.phase is Phase.BEFORE
    assert "not on the network" in presenting.console.survey_state.text()


def test_esc_hides_the_code_first_then_asks_while_the_survey_is_open(
    qtbot, presenting, controller, visit_id, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: asked.append(1) or QMessageBox.StandardButton.No
    )
    open_and_serve(controller, visit_id)
    audience = presenting.audience
    qtbot.keyClick(audience, K.Key_Q)
    qtbot.keyClick(audience, K.Key_Escape)
    assert not audience.survey.isVisible() and presenting.is_running and asked == []
    qtbot.keyClick(audience, K.Key_Escape)
    assert asked == [1] and presenting.is_running  # "No": the talk goes on


def test_a_rehearsal_says_how_to_get_a_survey(qtbot, presentation):
    qtbot.keyClick(presentation.audience, K.Key_Q)
    offer = presentation.console.survey_offer
    assert offer.isVisible() and "rehearsal has no survey" in offer.message.text()
    assert not offer.picker.isVisible() and not offer.before_button.isVisible()
    assert not presentation.audience.survey.isVisible()
    qtbot.keyClick(presentation.console, K.Key_Escape)  # Esc closes the offer, not the talk
    assert not offer.isVisible() and presentation.is_running


def test_present_from_the_visits_page_uses_the_windows_survey(qtbot, window):
    from visitapp.ui.present import present_launcher

    services = window.services
    window.visits_panel.table.selectRow(0)
    visit = window.visits_panel.current_visit()
    open_and_serve(window.survey, visit.visit.id, Phase.AFTER)
    launcher = present_launcher(window)
    launcher.present(services.decks.list_decks()[0], visit=visit, target_minutes=55)
    presentation = launcher.presentation
    qtbot.keyClick(presentation.audience, K.Key_Q)
    assert presentation.audience.survey.isVisible()
    assert presentation.audience.survey.url == services.surveys.live_session(visit.visit.id).url
    presentation.leave()


def test_the_help_lists_q(qapp):
    assert ("Q", "Survey QR code and answer count (again: hide)") in help_rows()
