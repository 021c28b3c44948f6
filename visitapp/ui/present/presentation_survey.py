"""The visit's survey during a presentation: Q puts the open session's QR code and live count over
the slides, or, with none open, the console offers to open one through the survey controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from visitapp.core.surveys_sessions import Phase
from visitapp.services.surveys import LiveSession
from visitapp.texts import describe_error
from visitapp.ui.i18n import current_language

if TYPE_CHECKING:
    from visitapp.ui.present.presentation import Presentation
    from visitapp.ui.survey.survey_controller import SurveyController


class PresentationSurvey(QObject):
    """Without a controller or a visit (a rehearsal) Q only says how to get a survey."""

    def __init__(
        self,
        presentation: Presentation,
        controller: SurveyController | None,
        visit_id: str | None,
    ) -> None:
        super().__init__(presentation)
        self._presentation = presentation
        self._controller = controller if visit_id else None
        self._visit_id = visit_id or ""
        self.overlay = presentation.audience.survey
        self.offer = presentation.console.survey_offer
        self.live: LiveSession | None = None
        self._offer_showed_console = False
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.overlay.dismissed.connect(self.hide_overlay)
        self.offer.open_requested.connect(self._on_offer_open_requested)
        self.offer.serve_requested.connect(self._on_offer_serve_requested)
        self.offer.dismissed.connect(self._close_offer)
        controller = self._controller
        if controller is None:
            return
        bridge = controller.bridge
        # Only while the presentation lives: a closed one must not be reached by a late answer.
        bridge.response_received.connect(self._on_bridge_response)
        bridge.started.connect(self.refresh)
        bridge.stopped.connect(self.refresh)
        bridge.failed.connect(self._on_bridge_failed)
        controller.sessions_changed.connect(self._on_sessions_changed)

    def disconnect_all(self) -> None:
        controller = self._controller
        if controller is None:
            return
        bridge = controller.bridge
        bridge.response_received.disconnect(self._on_bridge_response)
        bridge.started.disconnect(self.refresh)
        bridge.stopped.disconnect(self.refresh)
        bridge.failed.disconnect(self._on_bridge_failed)
        controller.sessions_changed.disconnect(self._on_sessions_changed)

    # -- what the presentation asks ----------------------------------------------------------

    def is_open(self) -> bool:
        """A session of this visit is open (pupils may be answering), served or not."""
        return self._fetch() is not None

    def toggle(self) -> None:
        """Key Q: the QR code on or off; with no served session, the console's offer."""
        if self.overlay.isVisible():
            self.hide_overlay()
            return
        self.refresh()
        if self.live is not None and self.live.url:
            self._show_overlay()
        else:
            self._show_offer()
        self._show_state()  # the button's own toggle is not the truth: the code may be down

    def dismiss(self) -> bool:
        """Esc: close the QR code or the offer first. False when neither was showing."""
        if self.overlay.isVisible():
            self.hide_overlay()
            return True
        if self.offer.isVisible():
            self._close_offer()
            return True
        return False

    def hide_overlay(self) -> None:
        self.overlay.hide()
        self._show_state()

    def refresh(self) -> None:
        """Read the session again (opened, closed, served elsewhere…) and show what is true."""
        self.live = self._fetch()
        live = self.live
        if live is not None and live.url:
            self.overlay.set_session(self._title(live), live.url, live.count)
        elif self.overlay.isVisible():
            self.overlay.hide()  # a code nobody serves any more must not stay on the wall
        self._show_state()

    # -- inside ------------------------------------------------------------------------------

    def _fetch(self) -> LiveSession | None:
        if self._controller is None:
            return None
        return self._controller.surveys.live_session(self._visit_id)

    @staticmethod
    def _title(live: LiveSession) -> str:
        return live.definition.title.get(current_language())

    def _show_state(self) -> None:
        live = self.live
        self._presentation.console.show_survey(
            open_=live is not None,
            served=bool(live and live.url),
            count=live.count if live else 0,
            on_projector=self.overlay.isVisible(),
        )

    def _show_overlay(self) -> None:
        presentation = self._presentation
        if presentation.layout is not None and presentation.layout.one_screen:
            presentation.show_console_on_demand(False)  # the class must see the code
        self.overlay.show_over(presentation.audience.view)
        self._show_state()

    def _show_offer(self) -> None:
        if self._controller is None:
            self.offer.offer_nothing()
        else:
            bridge = self._controller.bridge
            if not self.offer.isVisible():
                self.offer.picker.prefer(*bridge.last_choice)
            if self.live is not None:
                self.offer.offer_serve(bridge.host)
            else:
                self.offer.offer_new(self._suggested_phase(), bridge.host)
        presentation = self._presentation
        if presentation.layout is not None and presentation.layout.one_screen:
            self._offer_showed_console = not presentation.console_on_demand
            presentation.show_console_on_demand(True)

    def _close_offer(self) -> None:
        self.offer.hide()
        if self._offer_showed_console:
            self._offer_showed_console = False
            self._presentation.show_console_on_demand(False)
        self._presentation.console.setFocus()

    def _suggested_phase(self) -> Phase:
        """Before the talk, unless that survey was already run."""
        assert self._controller is not None
        sessions = self._controller.surveys.sessions_of_visit(self._visit_id)
        return Phase.AFTER if any(s.phase is Phase.BEFORE for s in sessions) else Phase.BEFORE

    def _after_opening(self) -> None:
        self.refresh()
        if self.live is not None and self.live.url:
            self._offer_showed_console = False  # showing the code hides the console anyway
            self.offer.hide()
            self._show_overlay()
        else:  # not served (the reason is in the offer's hint): offer to serve it
            self.offer.offer_serve(self._controller.bridge.host if self._controller else None)

    # -- slots -------------------------------------------------------------------------------

    def _on_offer_open_requested(self, phase: str) -> None:
        if self._controller is None:
            return
        self._controller.open_and_serve(self._visit_id, Phase(phase), self.offer.picker)
        self._after_opening()

    def _on_offer_serve_requested(self) -> None:
        if self._controller is None:
            return
        self._controller.serve(self.offer.picker)
        self._after_opening()

    def _on_bridge_failed(self, error: object) -> None:
        if self.offer.isVisible():
            self.offer.show_error(describe_error(error, current_language()))

    def _on_bridge_response(self, session_id: str, count: int) -> None:
        live = self.live
        if live is None or live.session.id != session_id:
            return
        self.live = LiveSession(live.session, live.definition, live.url, count, live.cap)
        self.overlay.set_count(count)
        self._show_state()

    def _on_sessions_changed(self, visit_id: str) -> None:
        if visit_id == self._visit_id:
            self.refresh()
