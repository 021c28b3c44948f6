"""The presenter's window on the laptop: the current and next slides, the speaker notes, the
clock, the time spent against the class period, and buttons for what the keys do."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.presentation import Blank, Pace, PaceStatus, format_duration
from visitapp.core.visits import DURATION_RANGE
from visitapp.ui.present.keys import Command
from visitapp.ui.present.overlays import HelpOverlay
from visitapp.ui.present.slide_renderer import SlideRenderer
from visitapp.ui.present.slide_view import SlideView
from visitapp.ui.present.survey_offer import SurveyOffer

PACE_COLOURS = {
    PaceStatus.ON_TIME: "#16a34a",
    PaceStatus.AHEAD: "#2563eb",
    PaceStatus.BEHIND: "#d97706",
    PaceStatus.OVERTIME: "#dc2626",
}

CONSOLE_STYLE = """
#presenterConsole, #presenterConsole QWidget { background: #0b1220; color: #e2e8f0; }
#presenterConsole QLabel#caption { color: #94a3b8; font-size: 11pt; font-weight: 600; }
#presenterConsole QLabel#clock { font-size: 26pt; font-weight: 700; color: white; }
#presenterConsole QLabel#elapsed { font-size: 26pt; font-weight: 700; color: white; }
#presenterConsole QLabel#slideCounter { font-size: 16pt; font-weight: 700; color: white; }
#presenterConsole QLabel#jump { font-size: 16pt; font-weight: 700; color: #fbbf24; }
#presenterConsole QLabel#pace { font-size: 13pt; font-weight: 700; color: white;
    border-radius: 6px; padding: 4px 12px; }
#presenterConsole QLabel#projector { font-size: 12pt; font-weight: 700; color: #0b1220;
    background: #fbbf24; border-radius: 6px; padding: 3px 10px; }
#presenterConsole QPlainTextEdit { background: #111a2e; color: #f1f5f9; border: 1px solid #1e293b;
    border-radius: 8px; padding: 8px; }
#presenterConsole QPushButton { background: #1e293b; color: #e2e8f0; border: 1px solid #334155;
    border-radius: 8px; padding: 8px 14px; font-size: 11pt; }
#presenterConsole QPushButton:hover { background: #27354d; }
#presenterConsole QPushButton:checked { background: #fbbf24; color: #0b1220; border-color: #fbbf24; }
#presenterConsole QPushButton#endButton { background: #7f1d1d; border-color: #991b1b; }
#presenterConsole QPushButton[primary="true"] { background: #2563eb; border-color: #3b82f6;
    color: white; font-weight: 700; }
#presenterConsole QLabel#surveyState { font-size: 12pt; font-weight: 700; color: #86efac; }
#presenterConsole QLabel#surveyState[served="false"] { color: #fbbf24; }
#presenterConsole QFrame#surveyOffer { border: 2px solid #2563eb; border-radius: 10px; }
#presenterConsole QFrame#surveyOffer QLabel#offerMessage { font-size: 12pt; color: white; }
#presenterConsole QFrame#surveyOffer QLabel { font-size: 11pt; color: #cbd5e1; }
#presenterConsole QLabel#networkHint { color: #fbbf24; }
#presenterConsole QComboBox { background: #111a2e; color: white; border: 1px solid #334155;
    border-radius: 6px; padding: 3px 8px; font-size: 11pt; }
#presenterConsole QComboBox QAbstractItemView { background: #111a2e; color: white;
    selection-background-color: #2563eb; }
#presenterConsole QToolButton { background: #1e293b; color: #e2e8f0; border: 1px solid #334155;
    border-radius: 6px; padding: 6px 12px; font-size: 11pt; }
#presenterConsole QSpinBox { background: #111a2e; color: white; border: 1px solid #334155;
    border-radius: 6px; padding: 3px 6px; font-size: 11pt; }
#presenterConsole QProgressBar { background: #1e293b; border: none; border-radius: 3px; }
#presenterConsole QProgressBar::chunk { background: #60a5fa; border-radius: 3px; }
"""


class PresenterConsole(QWidget):
    command_requested = Signal(str)  # a Command value, from a button
    target_changed = Signal(int)  # minutes
    timer_restarted = Signal()

    def __init__(
        self,
        renderer: SlideRenderer,
        presentation,
        target_minutes: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.presentation = presentation
        self.setObjectName("presenterConsole")
        self.setWindowTitle(self.tr("visitapp – presenter console"))
        self.setStyleSheet(CONSOLE_STYLE)
        self.setMinimumSize(QSize(900, 560))
        self.current = SlideView(renderer, background=QColor("#0b1220"))
        self.next = SlideView(renderer, background=QColor("#0b1220"))
        self.current.setToolTip(self.tr("Click: next slide · wheel: move"))
        self.next.setToolTip(self.tr("Click: go to this slide"))
        self.help = HelpOverlay(self)
        self._build(target_minutes)
        self._connect_signals()

    # -- construction ----------------------------------------------------------------------

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("caption")
        return label

    def _button(self, text: str, command: Command, *, checkable: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and Enter must reach the slides
        button.setCheckable(checkable)
        button.clicked.connect(lambda _checked=False: self.command_requested.emit(command.value))
        return button

    def _build(self, target_minutes: int) -> None:
        self.slide_counter = QLabel()
        self.slide_counter.setObjectName("slideCounter")
        self.jump_label = QLabel()
        self.jump_label.setObjectName("jump")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.clock.setToolTip(self.tr("Time of day"))
        self.elapsed = QLabel()
        self.elapsed.setObjectName("elapsed")
        self.elapsed.setToolTip(self.tr("Time since the presentation started"))
        self.target = QSpinBox()
        self.target.setRange(*DURATION_RANGE)
        self.target.setSuffix(self.tr(" min"))
        self.target.setValue(target_minutes)
        self.target.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.target.setToolTip(self.tr("Target duration of the presentation"))
        self.pace = QLabel()
        self.pace.setObjectName("pace")
        self.restart = QPushButton(self.tr("Restart timer"))
        self.restart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setRange(0, 1000)

        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self.slide_counter)
        top.addWidget(self.jump_label)
        top.addStretch(1)
        top.addWidget(self.clock)
        top.addSpacing(24)
        elapsed_box = QVBoxLayout()
        elapsed_box.setSpacing(0)
        elapsed_box.addWidget(self._caption(self.tr("Elapsed")))
        elapsed_box.addWidget(self.elapsed)
        top.addLayout(elapsed_box)
        target_box = QVBoxLayout()
        target_box.setSpacing(2)
        target_box.addWidget(self._caption(self.tr("Target")))
        target_box.addWidget(self.target)
        top.addLayout(target_box)
        top.addWidget(self.pace)
        top.addWidget(self.restart)

        self.projector_state = QLabel()
        self.projector_state.setObjectName("projector")
        self.projector_state.hide()
        self.survey_state = QLabel()
        self.survey_state.setObjectName("surveyState")
        self.survey_state.hide()
        current_head = QHBoxLayout()
        current_head.addWidget(self._caption(self.tr("Current slide")))
        current_head.addStretch(1)
        current_head.addWidget(self.survey_state)
        current_head.addSpacing(12)
        current_head.addWidget(self.projector_state)
        left = QVBoxLayout()
        left.addLayout(current_head)
        left.addWidget(self.current, 1)

        self.next_caption = self._caption(self.tr("Next"))
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setPlaceholderText(self.tr("No speaker notes for this slide."))
        self._notes_size = 17
        self.smaller = QPushButton("A−")
        self.larger = QPushButton("A+")
        for button in (self.smaller, self.larger):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedWidth(52)
        self.smaller.setToolTip(self.tr("Smaller notes"))
        self.larger.setToolTip(self.tr("Larger notes"))
        notes_head = QHBoxLayout()
        notes_head.addWidget(self._caption(self.tr("Notes")))
        notes_head.addStretch(1)
        notes_head.addWidget(self.smaller)
        notes_head.addWidget(self.larger)
        right = QVBoxLayout()
        right.addWidget(self.next_caption)
        right.addWidget(self.next, 2)
        right.addLayout(notes_head)
        right.addWidget(self.notes, 3)
        self._apply_notes_size()

        middle = QHBoxLayout()
        middle.setSpacing(20)
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)

        self.previous_button = self._button(self.tr("◀ Previous"), Command.PREVIOUS)
        self.next_button = self._button(self.tr("Next ▶"), Command.NEXT)
        self.black_button = self._button(self.tr("Black (B)"), Command.BLACK, checkable=True)
        self.white_button = self._button(self.tr("White (W)"), Command.WHITE, checkable=True)
        self.freeze_button = self._button(self.tr("Freeze (F)"), Command.FREEZE, checkable=True)
        self.survey_button = self._button(self.tr("Survey (Q)"), Command.SURVEY, checkable=True)
        self.survey_button.setToolTip(
            self.tr("Show the survey's QR code and live answer count over the slides")
        )
        self.swap_button = self._button(self.tr("Swap screens (S)"), Command.SWAP)
        self.hide_button = self._button(self.tr("Back to the slides (C)"), Command.CONSOLE)
        self.hide_button.hide()
        self.help_button = self._button(self.tr("Keys (?)"), Command.HELP)
        self.end_button = self._button(self.tr("End (Esc)"), Command.LEAVE)
        self.end_button.setObjectName("endButton")
        self.bottom = QHBoxLayout()
        self.bottom.setSpacing(10)
        for button in (
            self.previous_button,
            self.next_button,
            self.black_button,
            self.white_button,
            self.freeze_button,
            self.survey_button,
        ):
            self.bottom.addWidget(button)
        self.bottom.addStretch(1)
        for button in (self.swap_button, self.hide_button, self.help_button, self.end_button):
            self.bottom.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addLayout(middle, 1)
        self.survey_offer = SurveyOffer()
        layout.addWidget(self.survey_offer)
        layout.addLayout(self.bottom)

    def _connect_signals(self) -> None:
        self.target.valueChanged.connect(self.target_changed)
        self.target.editingFinished.connect(self.setFocus)
        self.restart.clicked.connect(self.timer_restarted)
        self.smaller.clicked.connect(lambda: self._zoom_notes(-2))
        self.larger.clicked.connect(lambda: self._zoom_notes(+2))

    def _zoom_notes(self, step: int) -> None:
        self._notes_size = max(11, min(40, self._notes_size + step))
        self._apply_notes_size()

    def _apply_notes_size(self) -> None:
        font = QFont(self.notes.font())
        font.setPointSize(self._notes_size)
        self.notes.setFont(font)

    # -- what the presentation shows here ------------------------------------------------

    def show_position(
        self, page: int, page_count: int, note: str, *, audience_page: int, blank: Blank
    ) -> None:
        self.current.set_page(page)
        has_next = page + 1 < page_count
        self.next.set_page(page + 1 if has_next else None)
        self.next_caption.setText(
            self.tr("Next: slide %1").replace("%1", str(page + 2))
            if has_next
            else self.tr("Next: end of the deck")
        )
        self.slide_counter.setText(
            self.tr("Slide %1 of %2").replace("%1", str(page + 1)).replace("%2", str(page_count))
        )
        if self.notes.toPlainText() != note:
            self.notes.setPlainText(note)  # plain text: a note is never read as markup
        frozen = audience_page != page
        self.black_button.setChecked(blank is Blank.BLACK)
        self.white_button.setChecked(blank is Blank.WHITE)
        self.freeze_button.setChecked(frozen)
        if blank is Blank.BLACK:
            state = self.tr("Projector: black screen")
        elif blank is Blank.WHITE:
            state = self.tr("Projector: white screen")
        elif frozen:
            state = self.tr("Projector frozen on slide %1").replace("%1", str(audience_page + 1))
        else:
            state = ""
        self.projector_state.setText(state)
        self.projector_state.setVisible(bool(state))

    def show_survey(self, *, open_: bool, served: bool, count: int, on_projector: bool) -> None:
        """The visit's survey as the presenter needs to know it, even with the code hidden."""
        self.survey_button.setChecked(on_projector)
        if not open_:
            self.survey_state.hide()
            return
        answers = self.tr("%n answer(s)", "", count)
        if on_projector:
            text = self.tr("QR code on the projector · %1").replace("%1", answers)
        elif served:
            text = self.tr("Survey open · %1").replace("%1", answers)
        else:
            text = self.tr("Survey open, not on the network · %1").replace("%1", answers)
        self.survey_state.setText(text)
        self.survey_state.setProperty("served", "true" if served else "false")
        self.survey_state.style().unpolish(self.survey_state)
        self.survey_state.style().polish(self.survey_state)
        self.survey_state.show()

    def set_one_screen(self, one_screen: bool) -> None:
        """One screen: nothing to swap, and the console is a window over the slides."""
        self.swap_button.setVisible(not one_screen)
        self.hide_button.setVisible(one_screen)

    def show_jump(self, typed: str) -> None:
        self.jump_label.setText(self.tr("Go to slide %1…").replace("%1", typed) if typed else "")

    def show_time(self, elapsed_seconds: float, target_minutes: int, pace: Pace) -> None:
        self.clock.setText(QTime.currentTime().toString("HH:mm"))
        self.elapsed.setText(format_duration(elapsed_seconds))
        target = target_minutes * 60
        self.progress.setValue(min(1000, round(1000 * elapsed_seconds / target)) if target else 0)
        if pace.status is PaceStatus.ON_TIME:
            text = self.tr("On time")
        elif pace.status is PaceStatus.AHEAD:
            text = self.tr("%n min ahead", "", pace.minutes)
        elif pace.status is PaceStatus.BEHIND:
            text = self.tr("%n min behind", "", pace.minutes)
        else:
            text = self.tr("%n min over time", "", pace.minutes)
        if pace.status is not PaceStatus.OVERTIME:
            left = max(0, round(pace.remaining_seconds / 60))
            text += " · " + self.tr("%n min left", "", left)
        self.pace.setText(text)
        self.pace.setStyleSheet(f"background: {PACE_COLOURS[pace.status]};")
        self.pace.setProperty("status", pace.status.value)

    # -- Qt events -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.presentation.handle_key(event):
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.help.isVisible():
            self.help.setGeometry(self.rect())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the system or a window manager's shortcut: end as Esc would (the times
        # are still recorded), never leave the other window behind.
        if self.presentation.is_running:
            self.presentation.leave()
        super().closeEvent(event)
