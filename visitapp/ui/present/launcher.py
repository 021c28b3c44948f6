"""Starting a presentation from the main window, and recording it with the visit when it ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from visitapp.core.decks import Deck
from visitapp.core.errors import VisitappError
from visitapp.core.presentation import DEFAULT_TARGET_MINUTES
from visitapp.core.visits import VisitSummary
from visitapp.services import Services
from visitapp.settings import Settings
from visitapp.ui.present.screens import SETTINGS_KEY
from visitapp.ui.tasks import run_task

if TYPE_CHECKING:
    from visitapp.ui.survey.survey_controller import SurveyController


class PresentLauncher(QObject):
    """One presentation at a time. A visit presented again in the same session resumes at the
    slide it was left on (an Esc pressed by mistake costs nothing)."""

    recorded = Signal(str)  # visit id, once its slide times are saved

    def __init__(
        self,
        services: Services,
        settings: Settings,
        window: QWidget,
        surveys: SurveyController | None = None,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._surveys = surveys  # the main window's: the QR overlay and its offer go through it
        self._settings = settings
        self._window = window
        self.presentation = None
        self._resume: dict[tuple[str, str], int] = {}

    def remembered_screens(self) -> dict[str, str]:
        value = self._settings.extra.get(SETTINGS_KEY)
        if not isinstance(value, dict):
            value = self._settings.extra[SETTINGS_KEY] = {}
        return value

    def present_visit(self, visit: VisitSummary | None) -> None:
        """Ask which deck, then present it to `visit` (the Present button of the visits page)."""
        if visit is None:
            return
        decks = self._services.decks.list_decks()
        if not decks:
            QMessageBox.information(
                self._window,
                self.tr("No deck yet"),
                self.tr("Import the PDF of your slides in the Decks section first."),
            )
            return
        from visitapp.ui.present.present_dialog import PresentDialog

        choice = PresentDialog.ask(visit, decks, self._window)
        if choice is not None:
            self.present(choice.deck, visit=visit, target_minutes=choice.target_minutes)

    def present(
        self, deck: Deck, *, visit: VisitSummary | None, target_minutes: int | None
    ) -> None:
        if self.presentation is not None and self.presentation.is_running:
            self.presentation.console.activateWindow()
            return
        from visitapp.ui.present.presentation import Presentation

        try:
            path = self._services.decks.pdf_path(deck)
            notes = self._services.decks.notes(deck.id)
            key = (visit.visit.id if visit else "", deck.id)
            presentation = Presentation(
                deck,
                str(path),
                notes,
                target_minutes=target_minutes or DEFAULT_TARGET_MINUTES,
                remembered_screens=self.remembered_screens(),
                start_page=self._resume.get(key, 0) if visit else 0,
                surveys=self._surveys,
                visit_id=visit.visit.id if visit else None,
                parent=self,
            )
        except VisitappError as error:
            from visitapp.ui.errors import error_text

            QMessageBox.warning(
                self._window, self.tr("This deck cannot be shown"), error_text(error)
            )
            return
        presentation.finished.connect(
            lambda seconds: self._on_finished(presentation, visit, deck, seconds)
        )
        self.presentation = presentation
        presentation.start()

    def _on_finished(
        self, presentation, visit: VisitSummary | None, deck: Deck, seconds: dict[int, float]
    ) -> None:
        self.presentation = None
        presentation.deleteLater()
        self._window.raise_()
        self._window.activateWindow()
        if visit is None:
            return  # a rehearsal: nothing to record
        visit_id = visit.visit.id
        self._resume[(visit_id, deck.id)] = presentation.state.current

        def failed(error: Exception) -> None:
            from visitapp.ui.errors import error_text

            QMessageBox.warning(
                self._window, self.tr("The slide times were not saved"), error_text(error)
            )

        run_task(
            self._services.decks.record_presentation,
            visit_id,
            deck.id,
            seconds,
            on_done=lambda _result: self.recorded.emit(visit_id),
            on_error=failed,
            parent=self,
        )
