"""The presentation as the presenter drives it: clicker keys, mouse, black/white screen, freeze,
help overlay, jump to a slide, the clock and the time spent per slide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from visitapp.core.presentation import Blank

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")

K = Qt.Key


def press(qtbot, widget, *keys) -> None:
    for key in keys:
        qtbot.keyClick(widget, key)


@pytest.mark.parametrize(
    "key",
    [K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Enter, K.Key_N],
)
def test_every_next_key_moves_forward(qtbot, presentation, key):
    press(qtbot, presentation.console, key)
    assert presentation.state.current == 1
    assert presentation.audience.view.page == 1
    assert presentation.console.current.page == 1 and presentation.console.next.page == 2


@pytest.mark.parametrize("key", [K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P])
def test_every_previous_key_moves_back(qtbot, presentation, key):
    presentation.state.go_to(5)
    press(qtbot, presentation.audience, key)  # keys work in either window
    assert presentation.state.current == 4
    assert presentation.audience.view.page == 4


def test_home_end_and_the_edges(qtbot, presentation):
    console = presentation.console
    press(qtbot, console, K.Key_Left)
    assert presentation.state.current == 0
    press(qtbot, console, K.Key_End)
    assert presentation.state.current == 15
    assert console.next.page is None and "end of the deck" in console.next_caption.text()
    press(qtbot, console, K.Key_Right)
    assert presentation.state.current == 15
    press(qtbot, console, K.Key_Home)
    assert presentation.state.current == 0


def test_number_then_enter_jumps_and_backspace_or_esc_edit_the_number(qtbot, presentation):
    console = presentation.console
    press(qtbot, console, K.Key_1, K.Key_2)
    assert "12" in console.jump_label.text()
    assert presentation.state.current == 0
    press(qtbot, console, K.Key_Return)
    assert presentation.state.current == 11 and console.jump_label.text() == ""
    press(qtbot, console, K.Key_3, K.Key_Backspace, K.Key_4, K.Key_Enter)
    assert presentation.state.current == 3
    press(qtbot, console, K.Key_9, K.Key_Escape)
    assert presentation.is_running and presentation.state.current == 3
    press(qtbot, console, K.Key_9, K.Key_9, K.Key_Return)
    assert presentation.state.current == 15  # past the end: the last slide


def test_a_digit_followed_by_another_key_is_forgotten(qtbot, presentation):
    """A stray digit (a clicker's number key) does not turn a later Enter into a jump."""
    console = presentation.console
    press(qtbot, console, K.Key_7, K.Key_Right)
    assert presentation.state.current == 1 and console.jump_label.text() == ""
    press(qtbot, console, K.Key_Return)
    assert presentation.state.current == 2  # Enter is "next" again


def test_black_and_white_screens(qtbot, presentation):
    audience, console = presentation.audience, presentation.console
    press(qtbot, console, K.Key_B)
    assert audience.view.blank is Blank.BLACK
    assert audience.view.grab().toImage().pixelColor(5, 5).name() == "#000000"
    assert console.black_button.isChecked() and "black" in console.projector_state.text()
    assert console.current.blank is Blank.NONE  # the presenter still sees the slide
    press(qtbot, console, K.Key_W)
    assert audience.view.grab().toImage().pixelColor(5, 5).name() == "#ffffff"
    press(qtbot, console, K.Key_W)
    assert audience.view.blank is Blank.NONE and not console.projector_state.isVisible()
    console.black_button.click()  # the console's buttons do the same
    assert audience.view.blank is Blank.BLACK


def test_freeze_keeps_the_projector_while_the_console_moves(qtbot, presentation):
    console = presentation.console
    press(qtbot, console, K.Key_Right, K.Key_F, K.Key_Right, K.Key_Right)
    assert presentation.audience.view.page == 1
    assert console.current.page == 3
    assert "frozen on slide 2" in console.projector_state.text()
    press(qtbot, console, K.Key_F)
    assert presentation.audience.view.page == 3


def test_help_overlay_lists_the_keys_and_closes_on_any_key(qtbot, presentation):
    # The suite's one virtual screen: one-screen mode, so the help shows over the slides.
    assert presentation.layout.one_screen and not presentation.console.isVisible()
    audience = presentation.audience
    press(qtbot, audience, K.Key_Question)
    assert audience.help.isVisible()
    image = audience.help.grab().toImage()
    assert image.pixelColor(5, 5).name() != "#ffffff"  # the slide is dimmed under the list
    press(qtbot, audience, K.Key_Right)  # closes the help, does not also move
    assert not audience.help.isVisible() and presentation.state.current == 0
    press(qtbot, audience, K.Key_F1)
    assert audience.help.isVisible()
    press(qtbot, audience, K.Key_F1)
    assert not audience.help.isVisible()
    presentation.do(presentation_command("console"))  # C: the console on demand
    assert presentation.console.isVisible()
    assert presentation.console.hide_button.isVisible()
    assert not presentation.console.swap_button.isVisible()
    press(qtbot, presentation.console, K.Key_H)
    assert presentation.console.help.isVisible() and not audience.help.isVisible()


def presentation_command(name: str):
    from visitapp.ui.present.keys import Command

    return Command(name)


def test_mouse_click_and_wheel(qtbot, presentation):
    view = presentation.audience.view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton)
    assert presentation.state.current == 1
    qtbot.mouseClick(view, Qt.MouseButton.RightButton)
    assert presentation.state.current == 0

    def wheel(delta: int) -> None:
        event = QWheelEvent(
            QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, delta),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(view, event)

    wheel(-120)
    assert presentation.state.current == 1
    for _ in range(3):
        wheel(-40)  # a touchpad: three small steps make one notch
    assert presentation.state.current == 2
    wheel(120)
    assert presentation.state.current == 1
    qtbot.mouseClick(presentation.console.next, Qt.MouseButton.LeftButton)
    assert presentation.state.current == 2


def test_the_next_slide_is_ready_before_the_key_is_pressed(qtbot, presentation):
    press(qtbot, presentation.console, K.Key_Right)
    # No wait: the neighbours were rendered while the previous slide was shown.
    assert presentation.audience.view.shows_exact_image()
    qtbot.waitUntil(lambda: not presentation.renderer.busy, timeout=10_000)
    renders = presentation.renderer.renders
    press(qtbot, presentation.console, K.Key_Left)
    assert presentation.audience.view.shows_exact_image()
    qtbot.waitUntil(lambda: not presentation.renderer.busy, timeout=10_000)
    assert presentation.renderer.renders == renders  # going back needed no new render


def test_notes_follow_the_slide_as_plain_text(qtbot, presentation, demo_notes):
    press(qtbot, presentation.console, K.Key_Right)
    assert presentation.console.notes.toPlainText() == demo_notes[1]
    presentation.notes[2] = "<b>pas du HTML</b>"
    press(qtbot, presentation.console, K.Key_Right)
    assert presentation.console.notes.toPlainText() == "<b>pas du HTML</b>"


def test_clock_pace_and_time_per_slide(qtbot, presentation, monotonic):
    console = presentation.console
    monotonic.advance(30)
    press(qtbot, console, K.Key_Right)
    monotonic.advance(40 * 60)  # slide 2 of 16 at 40 min: far behind
    presentation._tick()
    assert console.elapsed.text() == "40:30"
    assert console.pace.property("status") == "behind"
    assert "behind" in console.pace.text() and "14 min left" in console.pace.text()
    monotonic.advance(20 * 60)
    presentation._tick()
    assert console.pace.property("status") == "overtime"
    console.target.setValue(90)
    assert console.pace.property("status") == "behind"
    console.restart.click()
    assert console.elapsed.text() == "0:00"
    with qtbot.waitSignal(presentation.finished) as finished:
        press(qtbot, console, K.Key_Escape)
    assert finished.args[0] == {0: 30.0, 1: 3600.0}
    assert not presentation.is_running


def test_the_help_names_every_key_that_does_something(qapp):
    """The help is made from the key table: a key added there shows in the help."""
    from visitapp.ui.present.keys import KEYS, help_rows, key_names

    shown = " ".join(keys for keys, _ in help_rows())
    for command in set(KEYS.values()):
        for name in key_names(command).split(" "):
            assert name in shown, (command, name)
    rows = dict(help_rows())
    assert rows["→ ↓ PgDown Space Enter N"] == "Next slide"
    assert rows["B ."] == "Black screen (again: back)"
    assert rows["Home / End"] == "First / last slide"
    assert rows["? F1 H"] == "This help"
