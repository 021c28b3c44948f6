"""The survey panel of one visit: pick the network address, open or close the before/after
survey, show its QR code and live count, and the answers so far.

From here the ambassador also starts the projector view, the kiosk and the show-of-hands entry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.clock import parse_timestamp
from visitapp.core.surveys_sessions import Phase, SurveySession
from visitapp.core.visits import VisitSummary
from visitapp.services.surveys import SurveyService
from visitapp.texts import describe_error
from visitapp.ui.i18n import current_language
from visitapp.ui.labels import class_level
from visitapp.ui.survey.address_picker import AddressPicker
from visitapp.ui.survey.hands_dialog import ShowOfHandsDialog
from visitapp.ui.survey.kiosk_window import KioskWindow
from visitapp.ui.survey.projector_window import ProjectorWindow
from visitapp.ui.survey.qr_widget import QrWidget
from visitapp.ui.survey.results_view import ResultsView, plain_label
from visitapp.ui.survey.server_bridge import SurveyServerBridge
from visitapp.ui.survey.style import SURVEY_STYLE

RESULTS_DELAY_MS = 300  # answers arriving in a burst refresh the results once


class SurveyPanel(QWidget):
    sessions_changed = Signal()  # a session of this visit was opened or closed

    def __init__(
        self,
        surveys: SurveyService,
        bridge: SurveyServerBridge,
        summary: VisitSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._surveys = surveys
        self._bridge = bridge
        self.summary = summary
        self.visit_id = summary.visit.id
        self._projector: ProjectorWindow | None = None
        self._kiosk: KioskWindow | None = None
        self._results_timer = QTimer(self)
        self._results_timer.setSingleShot(True)
        self._results_timer.setInterval(RESULTS_DELAY_MS)
        self.setObjectName("surveyPanel")
        self.setStyleSheet(SURVEY_STYLE)
        self.setWindowTitle(self.tr("Survey — %1").replace("%1", summary.school_name))
        self.resize(1180, 760)
        self._build()
        self._connect_signals()
        self.reload_addresses()
        self._resume_open_session()
        self.refresh()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        visit = self.summary.visit
        heading = plain_label(self.summary.school_name, "pageTitle")
        when = f"{visit.starts_at:%d/%m/%Y %H:%M} · {class_level(visit.class_level)}"
        if visit.pupils_present:
            when += " · " + self.tr("%n pupil(s)", "", visit.pupils_present)
        subtitle = plain_label(when, "pageSummary")

        self.before_button = QPushButton(self._phase_name(Phase.BEFORE))
        self.after_button = QPushButton(self._phase_name(Phase.AFTER))
        self.other_button = QPushButton(self._phase_name(Phase.OTHER))
        self.other_button.setToolTip(
            self.tr(
                "A survey at another moment (a follow-up, a forum stand): the questions of the "
                "before survey, kept apart from the before/after comparison"
            )
        )
        self.phase_buttons = {
            Phase.BEFORE: self.before_button,
            Phase.AFTER: self.after_button,
            Phase.OTHER: self.other_button,
        }
        self.phases = QButtonGroup(self)
        phase_row = QHBoxLayout()
        phase_row.setSpacing(0)
        for phase, button in self.phase_buttons.items():
            button.setCheckable(True)
            button.setObjectName("phaseButton")
            self.phases.addButton(button)
            button.setProperty("phase", phase.value)
            phase_row.addWidget(button)
        self.before_button.setChecked(True)
        phase_row.addStretch(1)

        self.network = AddressPicker()
        self.network.prefer(*self._bridge.last_choice)
        # Short names for what the rest of the panel (and its tests) reach for most.
        self.address, self.port, self.network_hint = (
            self.network.combo,
            self.network.port,
            self.network.hint,
        )

        self.open_button = QPushButton(self.tr("Open the survey"))
        self.open_button.setObjectName("primaryAction")
        self.close_button = QPushButton(self.tr("Close the survey"))
        self.projector_button = QPushButton(self.tr("Show full screen on the projector"))
        self.kiosk_button = QPushButton(self.tr("Kiosk on this laptop"))
        self.kiosk_button.setToolTip(
            self.tr("Where phones are not allowed: pupils answer one after another here")
        )
        self.hands_button = QPushButton(self.tr("Show of hands…"))
        self.hands_button.setToolTip(self.tr("Type the counts of a show of hands"))
        actions = QHBoxLayout()
        for button in (self.open_button, self.close_button):
            actions.addWidget(button)
        actions.addStretch(1)
        more = QHBoxLayout()
        for button in (self.projector_button, self.kiosk_button, self.hands_button):
            more.addWidget(button)
        more.addStretch(1)

        self.status = plain_label("", "surveyStatus")
        self.qr = QrWidget()
        self.qr_placeholder = plain_label("", "emptyState")
        self.qr_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url = QLabel()
        self.url.setObjectName("surveyUrl")
        self.url.setTextFormat(Qt.TextFormat.PlainText)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = plain_label("", "surveyCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cap_warning = plain_label("", "capWarning")
        self.cap_warning.hide()

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(heading)
        left.addWidget(subtitle)
        left.addSpacing(6)
        left.addLayout(phase_row)
        left.addWidget(self.network)
        left.addLayout(actions)
        left.addLayout(more)
        left.addWidget(self.status)
        left.addWidget(self.qr, 1)
        left.addWidget(self.qr_placeholder, 1)
        left.addWidget(self.url)
        left.addWidget(self.count)
        left.addWidget(self.cap_warning)

        self.results = ResultsView()
        results_title = plain_label(self.tr("Answers"), "dialogTitle")
        right = QVBoxLayout()
        right.addWidget(results_title)
        right.addWidget(self.results, 1)

        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setObjectName("divider")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(20)
        layout.addLayout(left, 5)
        layout.addWidget(divider)
        layout.addLayout(right, 4)

    def _connect_signals(self) -> None:
        self.phases.buttonToggled.connect(self._on_phases_toggled)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)
        self.projector_button.clicked.connect(self._on_projector_clicked)
        self.kiosk_button.clicked.connect(self._on_kiosk_clicked)
        self.hands_button.clicked.connect(self._on_hands_clicked)
        self.network.address_chosen.connect(self._on_address_chosen)
        self._bridge.response_received.connect(self._on_bridge_response)
        self._bridge.started.connect(self._on_bridge_changed)
        self._bridge.stopped.connect(self._on_bridge_changed)
        self._bridge.failed.connect(self._on_bridge_failed)
        self._results_timer.timeout.connect(self._refresh_results)

    # -- state -------------------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return next(p for p, button in self.phase_buttons.items() if button.isChecked())

    def set_phase(self, phase: Phase) -> None:
        self.phase_buttons[phase].setChecked(True)

    def current_session(self) -> SurveySession | None:
        """The latest session of this visit for the chosen phase, open or closed."""
        return self._latest(self._surveys.sessions_of_visit(self.visit_id), self.phase)

    @staticmethod
    def _latest(sessions: list[SurveySession], phase: Phase) -> SurveySession | None:
        mine = [s for s in sessions if s.phase is phase]
        return mine[-1] if mine else None

    def reload_addresses(self) -> None:
        self.network.reload(self._bridge.host)

    def _hint(self, text: str) -> None:
        self.network.show_hint(text)

    def _resume_open_session(self) -> None:
        """An open session of this visit (e.g. after a restart) is served again at once."""
        open_ones = [s for s in self._surveys.sessions_of_visit(self.visit_id) if s.is_open]
        if open_ones:
            self.set_phase(open_ones[-1].phase)
            self._serve()

    def _serve(self) -> None:
        address = self.network.chosen()
        if self._bridge.ensure_running(address.host, self.port.value()):
            self.port.setValue(self._bridge.port or self.port.value())  # the one really used
            if self.network.is_network_chosen():
                self.network.show_hint("")

    def refresh(self) -> None:
        sessions = self._surveys.sessions_of_visit(self.visit_id)  # read once for the whole panel
        session = self._latest(sessions, self.phase)
        is_open = bool(session and session.is_open)
        url = self._surveys.url_of(session) if session and self._bridge.running else None
        self.open_button.setVisible(not is_open)
        self.close_button.setVisible(is_open)
        self.kiosk_button.setEnabled(is_open)
        self.projector_button.setEnabled(bool(url))
        for phase, button in self.phase_buttons.items():
            latest = self._latest(sessions, phase)
            name = self._phase_name(phase)
            button.setText("● " + name if latest and latest.is_open else name)
        if url:
            self.qr.set_text(url)
            self.url.setText(url)
        self.qr.setVisible(bool(url))
        self.url.setVisible(bool(url))
        self.qr_placeholder.setVisible(not url)
        if not session:
            self.status.setText(self.tr("Not opened yet."))
            self.qr_placeholder.setText(
                self.tr("Open the survey: its QR code appears here for the pupils to scan.")
            )
        elif is_open and not url:
            self.status.setText(self.tr("Open, but not served on the network."))
            self.qr_placeholder.setText(
                self.tr("Pick an address to show the QR code, or use the kiosk.")
            )
        elif is_open:
            self.status.setText(
                self.tr("Open since %1: pupils scan the code or type the address.").replace(
                    "%1", self._time(session.opened_at)
                )
            )
        else:
            self.status.setText(
                self.tr("Closed at %1. Reopening gives it a new QR code.").replace(
                    "%1", self._time(session.closed_at or "")
                )
            )
            self.qr_placeholder.setText(
                self.tr("The survey is closed: its old QR code no longer works.")
            )
        self._update_count(session)
        self._refresh_results()

    def _phase_name(self, phase: Phase) -> str:
        if phase is Phase.BEFORE:
            return self.tr("Before the talk")
        if phase is Phase.AFTER:
            return self.tr("After the talk")
        return self.tr("Another moment")

    @staticmethod
    def _time(stamp: str) -> str:
        if not stamp:
            return ""
        return parse_timestamp(stamp).astimezone().strftime("%H:%M")

    def _update_count(self, session: SurveySession | None) -> None:
        if session is None:
            self.count.setText("")
            self.cap_warning.hide()
            return
        count = self._surveys.count(session.id)
        self.count.setText(self.tr("%n answer(s)", "", count))
        cap = self._surveys.cap_of(session)
        if cap is not None and count > cap:
            self.cap_warning.setText(
                self.tr(
                    "More answers than expected (%1 pupils present): some phones may have "
                    "answered twice, or the class count is wrong. Every answer is kept."
                ).replace("%1", str(self.summary.visit.pupils_present))
            )
            self.cap_warning.show()
        else:
            self.cap_warning.hide()

    def _refresh_results(self) -> None:
        session = self.current_session()
        definition = self._surveys.definition(session.definition_id) if session else None
        if session is None or definition is None:
            self.results.show_empty(self.tr("No answers yet for this survey."))
            return
        self.results.show_results(self._surveys.results(session.id), definition)

    # -- slots -------------------------------------------------------------------------------

    def _on_phases_toggled(self, _button: QPushButton, checked: bool) -> None:
        if checked:
            self.refresh()

    def _on_open_clicked(self) -> None:
        self._surveys.open_session(self.visit_id, self.phase)
        self._serve()
        self.refresh()
        self.sessions_changed.emit()

    def _on_close_clicked(self) -> None:
        session = self.current_session()
        if session is None:
            return
        self._surveys.close_session(session.id)
        if not self._surveys.open_sessions():
            self._bridge.stop()
        if self._projector is not None:
            self._projector.close()
        if self._kiosk is not None:
            self._kiosk.leave()
        self.refresh()
        self.sessions_changed.emit()

    def _on_address_chosen(self) -> None:
        if any(s.is_open for s in self._surveys.sessions_of_visit(self.visit_id)):
            self._serve()
        self.refresh()

    def _on_bridge_response(self, session_id: str, _count: int) -> None:
        if not self.isVisible():  # a panel closed by the user is only hidden: brought back, it
            return  # refreshes (SurveyController.open_panel)
        session = self.current_session()
        if session is not None and session.id == session_id:
            self._update_count(session)
            self._results_timer.start()

    def _on_bridge_changed(self, *_args: object) -> None:
        self.refresh()

    def _on_bridge_failed(self, error: object) -> None:
        self._hint(describe_error(error, current_language()))
        self.refresh()

    def _on_projector_clicked(self) -> None:
        session = self.current_session()
        url = self._surveys.url_of(session) if session else None
        if not session or not url:
            return
        if self._projector is not None:
            self._projector.close()
        title = self._surveys.definition(session.definition_id).title.get(current_language())
        projector = ProjectorWindow(self._surveys, self._bridge, session, url, title)
        projector.setStyleSheet(SURVEY_STYLE)
        projector.destroyed.connect(lambda: self._forget_window("_projector", projector))
        self._projector = projector
        projector.show_on_projector(self.screen())

    def _on_kiosk_clicked(self) -> None:
        session = self.current_session()
        if not session or not session.is_open:
            return
        if self._kiosk is not None:  # already running behind another window
            self._kiosk.raise_()
            self._kiosk.activateWindow()
            return
        # Its answers reach this panel through the bridge, like the phones' answers.
        kiosk = KioskWindow(self._surveys, session)
        kiosk.setStyleSheet(SURVEY_STYLE)
        kiosk.destroyed.connect(lambda: self._forget_window("_kiosk", kiosk))
        self._kiosk = kiosk
        kiosk.showFullScreen()

    def _on_hands_clicked(self) -> None:
        session = self.current_session()
        saved = ShowOfHandsDialog.ask(self._surveys, self.visit_id, self.phase, session, self)
        if saved is None and session is None:
            return  # cancelled (or nothing typed): the phase stays "not opened yet"
        if session is None:
            self.sessions_changed.emit()  # a session now keeps this phase's counts
        self.refresh()

    def _forget_window(self, name: str, window: QWidget) -> None:
        """A closed window is forgotten, unless another one has taken its place meanwhile."""
        if getattr(self, name) is window:
            setattr(self, name, None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._kiosk is not None:
            self._kiosk.leave()
        if self._projector is not None:
            self._projector.close()
        super().closeEvent(event)
