"""The console's offer to open the visit's survey when Q finds none open: where to serve it
(the survey panel's address picker) and which one, before or after the talk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from visitapp.core.surveys_sessions import Phase
from visitapp.ui.survey.address_picker import AddressPicker


class SurveyOffer(QFrame):
    open_requested = Signal(str)  # a Phase value
    serve_requested = Signal()  # the session is open: serve it on the chosen address
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyOffer")
        self.message = QLabel()
        self.message.setObjectName("offerMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.picker = AddressPicker()
        for field in (self.picker.combo, self.picker.port):
            field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # arrow keys stay with the slides
        self.picker.rescan.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.before_button = self._button(self.tr("Open the before survey"))
        self.after_button = self._button(self.tr("Open the after survey"))
        self.serve_button = self._button(self.tr("Show its QR code"))
        self.cancel_button = self._button(self.tr("Not now"))
        self.before_button.clicked.connect(lambda: self.open_requested.emit(Phase.BEFORE.value))
        self.after_button.clicked.connect(lambda: self.open_requested.emit(Phase.AFTER.value))
        self.serve_button.clicked.connect(self.serve_requested)
        self.cancel_button.clicked.connect(self.dismissed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.picker, 1)
        buttons.addStretch(0)  # takes the room of the picker when a rehearsal hides it
        buttons.addSpacing(12)
        for button in (self.before_button, self.after_button, self.serve_button):
            buttons.addWidget(button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.hide()

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and Enter must reach the slides
        return button

    def offer_new(self, suggested: Phase, serving_host: str | None) -> None:
        """No session open: pick the network, open the before or after survey."""
        self.message.setText(
            self.tr(
                "No survey is open for this visit. Pick the network the pupils' phones are on, "
                "then open the survey: its QR code goes straight onto the slides."
            )
        )
        self._show(serving_host, self.before_button, self.after_button)
        self._mark_primary(self.after_button if suggested is Phase.AFTER else self.before_button)

    def offer_serve(self, serving_host: str | None) -> None:
        """A session is open but nothing serves it (the app was restarted, the server stopped)."""
        self.message.setText(
            self.tr(
                "The survey of this visit is open but not on the network yet. Pick the network "
                "the pupils' phones are on to show its QR code."
            )
        )
        self._show(serving_host, self.serve_button)
        self._mark_primary(self.serve_button)

    def offer_nothing(self) -> None:
        """A rehearsal (no visit): nothing to open, and the way to get a survey."""
        self.message.setText(
            self.tr(
                "A rehearsal has no survey. To show a survey's QR code, present from a visit "
                "(Visits page, Present)."
            )
        )
        self._show(None)
        self.picker.hide()

    def _show(self, serving_host: str | None, *buttons: QPushButton) -> None:
        self.picker.show()
        if not self.isVisible():  # already showing: keep the choice and any error under it
            self.picker.reload(serving_host)
        for button in (self.before_button, self.after_button, self.serve_button):
            button.setVisible(button in buttons)
        self.show()

    def _mark_primary(self, primary: QPushButton) -> None:
        for button in (self.before_button, self.after_button, self.serve_button):
            button.setProperty("primary", button is primary)
            button.style().unpolish(button)  # the stylesheet reads the property anew
            button.style().polish(button)

    def show_error(self, text: str) -> None:
        self.picker.show_hint(text)
