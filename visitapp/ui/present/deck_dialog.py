"""Editing a deck's title and language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.decks import Deck, DeckLanguage, validate_deck
from visitapp.core.problems import ValidationError
from visitapp.services.decks import DeckService
from visitapp.ui import labels
from visitapp.ui.forms import add_field_rows, show_problems


class DeckDialog(QDialog):
    def __init__(self, decks: DeckService, deck: Deck, parent: QWidget | None = None):
        super().__init__(parent)
        self._decks = decks
        self._deck = deck
        self._saved: Deck | None = None
        self.setWindowTitle(self.tr("Deck"))
        self.setMinimumWidth(480)
        self.title = QLineEdit(deck.title)
        self.language = QComboBox()
        for language in DeckLanguage:
            self.language.addItem(labels.label(language), language.value)
        self.language.setCurrentIndex(self.language.findData(deck.language.value))
        form = QFormLayout()
        self._messages = add_field_rows(form, [("title", self.tr("&Title"), self.title)])
        form.addRow(self.tr("&Language"), self.language)
        form.labelForField(self.language).setBuddy(self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._validate)

    def _edited(self) -> Deck:
        return replace(
            self._deck,
            title=self.title.text().strip(),
            language=DeckLanguage(self.language.currentData()),
        )

    def _validate(self) -> bool:
        problems = show_problems(self._messages, validate_deck(self._edited()), "title")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return not problems

    def _on_save_clicked(self) -> None:
        if not self._validate():
            return
        edited = self._edited()
        try:
            self._saved = self._decks.update_deck(
                edited.id, title=edited.title, language=edited.language
            )
        except ValidationError as error:
            show_problems(self._messages, error.problems, "title")
            return
        self.accept()

    @classmethod
    def edit(cls, decks: DeckService, deck: Deck, parent: QWidget | None = None):
        """Open modally; the saved deck, or None when cancelled. Tests patch this."""
        dialog = cls(decks, deck, parent)
        dialog.exec()
        return dialog._saved
