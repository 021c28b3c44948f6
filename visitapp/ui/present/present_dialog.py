"""Before presenting to a visit: which deck, and the target duration of the talk."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.decks import Deck
from visitapp.core.visits import DURATION_RANGE, VisitSummary


@dataclass(frozen=True, slots=True)
class PresentChoice:
    deck: Deck
    target_minutes: int


class PresentDialog(QDialog):
    def __init__(
        self, visit: VisitSummary, decks: list[Deck], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Present"))
        self.setMinimumWidth(480)
        self._decks = decks
        when = visit.visit.starts_at.strftime("%d/%m/%Y %H:%M")
        heading = QLabel(self.tr("%1 · %2").replace("%1", visit.school_name).replace("%2", when))
        heading.setObjectName("dialogTitle")
        self.deck = QComboBox()
        for deck in decks:
            self.deck.addItem(
                self.tr("%1 (%2 slides)")
                .replace("%1", deck.title)
                .replace("%2", str(deck.page_count)),
                deck.id,
            )
        chosen = self.deck.findData(visit.visit.deck_id) if visit.visit.deck_id else 0
        self.deck.setCurrentIndex(max(0, chosen))
        self.target = QSpinBox()
        self.target.setRange(*DURATION_RANGE)
        self.target.setSuffix(self.tr(" min"))
        self.target.setValue(visit.visit.duration_minutes)
        self.target.setToolTip(self.tr("The class period: the console tells you if you are ahead"))
        form = QFormLayout()
        form.addRow(self.tr("&Deck"), self.deck)
        form.labelForField(self.deck).setBuddy(self.deck)
        form.addRow(self.tr("&Target duration"), self.target)
        form.labelForField(self.target).setBuddy(self.target)
        hint = QLabel(
            self.tr(
                "The slides go full screen on the projector and the console on this screen. "
                "Press ? during the talk for the keys."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("pageSummary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = self.buttons.addButton(
            self.tr("&Present"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def choice(self) -> PresentChoice:
        deck = next(d for d in self._decks if d.id == self.deck.currentData())
        return PresentChoice(deck, self.target.value())

    @classmethod
    def ask(
        cls, visit: VisitSummary, decks: list[Deck], parent: QWidget | None = None
    ) -> PresentChoice | None:
        """Open modally; the choice, or None when cancelled. Tests patch this."""
        dialog = cls(visit, decks, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
