"""A running presentation: the position, the two windows and their screens, keys and clicks,
the clock and pace, and the time spent on each slide.

The position lives here, not in the windows, so a projector plugged out and back in, or the
screens swapped, never loses it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QScreen
from PySide6.QtWidgets import QMessageBox, QWidget

from visitapp.core.decks import Deck
from visitapp.core.presentation import (
    Blank,
    JumpBuffer,
    PresentationState,
    SlideTimer,
    pace,
)
from visitapp.core.screens import ScreenLayout, choose_layout, setup_key, swapped
from visitapp.ui.present.audience_window import AudienceWindow
from visitapp.ui.present.keys import DIGITS, Command, command_for
from visitapp.ui.present.presentation_survey import PresentationSurvey
from visitapp.ui.present.presenter_console import PresenterConsole
from visitapp.ui.present.screens import ScreenSource
from visitapp.ui.present.slide_renderer import SlideRenderer

if TYPE_CHECKING:
    from visitapp.ui.survey.survey_controller import SurveyController

TICK_MS = 500


def place_full_screen(window: QWidget, screen: QScreen) -> None:
    if window.isVisible() and window.isFullScreen() and window.screen() is screen:
        return
    if window.isFullScreen():
        window.showNormal()
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


def place_maximized(window: QWidget, screen: QScreen) -> None:
    if window.isVisible() and window.isMaximized() and window.screen() is screen:
        return
    window.showNormal()
    window.setScreen(screen)
    window.setGeometry(screen.availableGeometry())
    window.showMaximized()


class Presentation(QObject):
    """Create, then `start()`. `finished` carries the seconds spent on each page (0-based)."""

    finished = Signal(object)  # {page: seconds}

    def __init__(
        self,
        deck: Deck,
        pdf_path: str,
        notes: list[str],
        *,
        target_minutes: int,
        remembered_screens: dict[str, str],
        screens: ScreenSource | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        start_page: int = 0,
        surveys: SurveyController | None = None,
        visit_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.deck = deck
        self.renderer = SlideRenderer(pdf_path, self)
        self.notes = list(notes) + [""] * (self.renderer.page_count - len(notes))
        self.state = PresentationState(self.renderer.page_count, current=start_page)
        self.target_minutes = target_minutes
        self.remembered = remembered_screens
        self.screens = screens or ScreenSource(self)
        self._now = monotonic
        self.started_at = monotonic()
        self.timer = SlideTimer()
        self.timer.show(self.state.current, self.started_at)
        self.jump = JumpBuffer()
        self.layout: ScreenLayout | None = None
        self.console_on_demand = False
        self.is_running = False
        self.audience = AudienceWindow(self.renderer, self)
        self.console = PresenterConsole(self.renderer, self, target_minutes)
        self.survey = PresentationSurvey(self, surveys, visit_id)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._ticker.timeout.connect(self._tick)
        self.screens.changed.connect(self._on_screens_changed)
        self.console.command_requested.connect(lambda name: self.do(Command(name)))
        self.console.target_changed.connect(self._on_target_changed)
        self.console.timer_restarted.connect(self._on_timer_restarted)
        for view in (self.audience.view, self.console.current):
            view.clicked.connect(self._on_view_clicked)
            view.wheel_stepped.connect(self._on_wheel_stepped)
            view.resized.connect(self._want)
        self.console.next.clicked.connect(lambda _button: self.do(Command.NEXT))
        self.console.next.resized.connect(self._want)

    # -- life ----------------------------------------------------------------------------

    def start(self) -> None:
        self.is_running = True
        self.apply_layout()
        self._refresh()
        self._tick()
        self._ticker.start()

    def leave(self) -> None:
        """End the presentation: windows closed, time per slide handed over by `finished`."""
        if not self.is_running:
            return
        self.is_running = False
        self._ticker.stop()
        self.survey.disconnect_all()
        self.timer.stop(self._now())
        for window in (self.audience, self.console):
            window.close()
            window.deleteLater()
        self.finished.emit(dict(self.timer.seconds))

    # -- commands ------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keys of either window (a clicker sends keys too). False for keys we leave alone."""
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        key = event.key()
        if self._help_overlay().isVisible():
            self._help_overlay().hide()  # any key (Esc too) only closes the help
            return True
        if key in DIGITS:
            self.jump.type_digit(DIGITS[key])
            self.console.show_jump(self.jump.text)
            return True
        if self.jump.text and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.do(Command.JUMP)
            return True
        if self.jump.text and key == Qt.Key.Key_Backspace:
            self.jump.backspace()
            self.console.show_jump(self.jump.text)
            return True
        if self.jump.text and key == Qt.Key.Key_Escape:
            self._forget_jump()
            return True
        command = command_for(key)
        if command is None:
            return False
        self._forget_jump()  # a digit typed before another command must not wait for a later Enter
        self.do(command)
        return True

    def _forget_jump(self) -> None:
        if self.jump.text:
            self.jump.clear()
            self.console.show_jump("")

    def do(self, command: Command) -> None:
        if not self.is_running:
            return
        state = self.state
        moved = False
        if command is Command.NEXT:
            moved = state.next()
        elif command is Command.PREVIOUS:
            moved = state.previous()
        elif command is Command.FIRST:
            moved = state.go_to(0)
        elif command is Command.LAST:
            moved = state.go_to(state.page_count - 1)
        elif command is Command.JUMP:
            target = self.jump.take()
            self.console.show_jump("")
            moved = target is not None and state.go_to(target)
        elif command is Command.BLACK:
            state.toggle_blank(Blank.BLACK)
        elif command is Command.WHITE:
            state.toggle_blank(Blank.WHITE)
        elif command is Command.FREEZE:
            state.toggle_freeze()
        elif command is Command.SWAP:
            self.swap_screens()
        elif command is Command.CONSOLE:
            self.toggle_console()
        elif command is Command.HELP:
            self._toggle_help()
        elif command is Command.SURVEY:
            self.survey.toggle()
        elif command is Command.LEAVE:
            if not self.survey.dismiss() and self._may_leave():
                self.leave()
            return
        if moved:
            self.timer.show(state.current, self._now())
        self._refresh()

    def _may_leave(self) -> bool:
        """Esc with the visit's survey still open asks first: pupils may be answering."""
        if not self.survey.is_open():
            return True
        parent = self.console if self.console.isVisible() else self.audience
        answer = QMessageBox.question(
            parent,
            self.tr("A survey is open"),
            self.tr(
                "The survey of this visit is still open and pupils may be answering. "
                "End the presentation anyway? (The survey stays open.)"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- showing ---------------------------------------------------------------------------

    def _refresh(self) -> None:
        state = self.state
        self.audience.view.set_page(state.audience_page)
        self.audience.view.set_blank(state.blank)
        self.console.show_position(
            state.current,
            state.page_count,
            self.notes[state.current],
            audience_page=state.audience_page,
            blank=state.blank,
        )
        self._want()
        self._tick()

    def _want(self) -> None:
        """Renders in priority order: what is on screen, then what a key press shows next."""
        state = self.state
        audience, current, upcoming = self.audience.view, self.console.current, self.console.next
        here, shown = state.current, state.audience_page
        wanted = [
            *audience.request(shown),
            *current.request(here),
            *upcoming.request(here + 1),
            *audience.request(here + 1),
            *current.request(here + 1),
            *upcoming.request(here + 2),
            *audience.request(here - 1),
            *current.request(here - 1),
            *upcoming.request(here),
        ]
        self.renderer.want(wanted)

    def _tick(self) -> None:
        elapsed = self._now() - self.started_at
        self.console.show_time(
            elapsed,
            self.target_minutes,
            pace(elapsed, self.target_minutes * 60, self.state.current, self.state.page_count),
        )

    def _help_overlay(self):
        return (
            self.audience.help
            if self.layout and self.layout.one_screen and not (self.console.isVisible())
            else self.console.help
        )

    def _toggle_help(self) -> None:
        overlay = self._help_overlay()
        if overlay.isVisible():
            overlay.hide()
        else:
            overlay.show_over(overlay.parentWidget())

    # -- screens ---------------------------------------------------------------------------

    def apply_layout(self, layout: ScreenLayout | None = None) -> None:
        """Put the windows where `layout` (or the remembered/default choice) says."""
        infos = self.screens.infos()
        if not infos:
            return
        self.layout = layout or choose_layout(infos, self.remembered)
        self.console.set_one_screen(self.layout.one_screen)
        audience_screen = self.screens.by_name(self.layout.audience) or self.screens.primary()
        place_full_screen(self.audience, audience_screen)
        if self.layout.one_screen:
            if self.console_on_demand:
                self._show_console_over(audience_screen)
            else:
                self.console.hide()
                self.audience.activateWindow()
        else:
            self.console_on_demand = False
            console_screen = self.screens.by_name(self.layout.console)
            place_maximized(self.console, console_screen)
            self.console.raise_()
            self.console.activateWindow()
        self._want()

    def swap_screens(self) -> None:
        if self.layout is None or self.layout.one_screen:
            return
        layout = swapped(self.layout)
        self.remembered[setup_key(self.screens.infos())] = layout.audience
        self.apply_layout(layout)

    def toggle_console(self) -> None:
        """One screen: show the console over the slides, or hide it again."""
        if self.layout is None or not self.layout.one_screen:
            self.console.raise_()
            self.console.activateWindow()
            return
        self.show_console_on_demand(not self.console_on_demand)

    def show_console_on_demand(self, shown: bool) -> None:
        """One screen: the console over the slides, or the slides alone."""
        if self.layout is None or not self.layout.one_screen:
            return
        if shown != self.console_on_demand:
            self.console_on_demand = shown
            self.apply_layout(self.layout)

    def _show_console_over(self, screen: QScreen) -> None:
        area = screen.availableGeometry()
        if self.console.isMaximized() or self.console.isFullScreen():
            self.console.showNormal()
        self.console.setScreen(screen)
        self.console.setGeometry(area.adjusted(40, 40, -40, -40))
        self.console.show()
        self.console.raise_()
        self.console.activateWindow()

    def _on_screens_changed(self) -> None:
        if self.is_running:
            self.apply_layout()  # position untouched: it lives in self.state
            self._refresh()

    # -- slots -----------------------------------------------------------------------------

    def _on_view_clicked(self, button: Qt.MouseButton) -> None:
        if button == Qt.MouseButton.RightButton:
            self.do(Command.PREVIOUS)
        elif button == Qt.MouseButton.LeftButton:
            self.do(Command.NEXT)

    def _on_wheel_stepped(self, step: int) -> None:
        self.do(Command.NEXT if step > 0 else Command.PREVIOUS)

    def _on_target_changed(self, minutes: int) -> None:
        self.target_minutes = minutes
        self._tick()

    def _on_timer_restarted(self) -> None:
        self.started_at = self._now()
        self._tick()
