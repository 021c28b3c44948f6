"""Kiosk mode: pupils answer one after another; the form resets; leaving asks first."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit, QRadioButton

from visitapp.core.surveys_sessions import Phase
from visitapp.ui.survey.kiosk_window import KioskWindow


@pytest.fixture
def kiosk(services, summary, qtbot):
    session = services.surveys.open_session(summary.visit.id, Phase.AFTER)
    window = KioskWindow(services.surveys, session)
    window.thanks_ms = 50
    window.show()
    window.session = session
    yield window
    if shiboken6.isValid(window) and window.isVisible():
        window.leave()  # as the survey panel does: no question asked


def choose(window: KioskWindow, text: str) -> None:
    button = next(
        b for b in window.scroll.widget().findChildren(QAbstractButton) if b.text() == text
    )
    button.click()


def answer(window: KioskWindow) -> None:
    choose(window, "A girl")
    for scale in window.scroll.widget().findChildren(QAbstractButton):
        if scale.objectName() == "kioskScale" and scale.text() == "4":
            scale.click()
    window.scroll.widget().findChild(QPlainTextEdit).setPlainText("C'était génial <3")


def test_a_pupil_answers_then_the_next_one_gets_an_empty_form(kiosk, services, qtbot):
    answer(kiosk)
    old_form = kiosk.scroll.widget()
    with qtbot.waitSignal(kiosk.response_stored):
        qtbot.mouseClick(kiosk.send_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == 1  # "Thank you!"
    qtbot.waitUntil(lambda: kiosk.pages.currentIndex() == 0)
    assert kiosk.scroll.widget() is not old_form  # rebuilt, not cleared: no way back
    assert kiosk.answers() == {}
    assert not any(b.isChecked() for b in kiosk.scroll.widget().findChildren(QRadioButton))
    results = services.surveys.results(kiosk.session.id)
    assert results.responses == 1
    assert results.question("message").texts == ("C'était génial <3",)
    assert results.question("gender").counts == {"girl": 1}


def test_missing_required_answers_are_shown_under_their_question(kiosk, services, qtbot):
    choose(kiosk, "A boy")
    qtbot.mouseClick(kiosk.send_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == 0
    assert kiosk.messages["interest"].isVisibleTo(kiosk)
    assert kiosk.messages["interest"].text() == "This field is required."
    assert not kiosk.messages["gender"].isVisibleTo(kiosk)
    assert kiosk.answers()["gender"] == "boy"  # nothing the pupil chose was lost
    assert services.surveys.count(kiosk.session.id) == 0


def test_a_small_screen_scrolls_to_the_first_question_to_look_at_again(kiosk, qtbot):
    kiosk.resize(800, 500)  # the laptop's window is small: not every question fits
    qtbot.waitUntil(lambda: kiosk.scroll.verticalScrollBar().maximum() > 0)
    bar = kiosk.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the pupil is at the bottom, by the Send button
    qtbot.mouseClick(kiosk.send_button, Qt.MouseButton.LeftButton)
    first = next(m for m in kiosk.messages.values() if m.text())
    box = first.parentWidget()
    top = box.mapTo(kiosk.scroll.widget(), box.rect().topLeft()).y()
    assert bar.value() <= top < bar.value() + kiosk.scroll.viewport().height()


def test_leaving_the_kiosk_asks_first(kiosk, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(KioskWindow, "confirm_leave", lambda self: asked.append(1) or False)
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert asked and kiosk.isVisible()
    monkeypatch.setattr(KioskWindow, "confirm_leave", lambda self: True)
    qtbot.mouseClick(kiosk.leave_button, Qt.MouseButton.LeftButton)
    assert not kiosk.isVisible()
