"""The speaker notes editor: every slide with its note, typed here or read from the .pptx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.decks import NOTE_MAX, Deck
from visitapp.core.errors import VisitappError
from visitapp.core.problems import ValidationError, problem
from visitapp.services.decks import DeckService
from visitapp.texts import describe
from visitapp.ui.errors import error_text
from visitapp.ui.i18n import current_language
from visitapp.ui.present.slide_renderer import SlideRenderer
from visitapp.ui.present.slide_view import SlideView
from visitapp.ui.present.thumbnails import Thumbnails

STRIP = QSize(160, 90)


class DeckNotesDialog(QDialog):
    def __init__(self, decks: DeckService, deck: Deck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._decks = decks
        self.deck = deck
        self.setWindowTitle(self.tr("Speaker notes – %1").replace("%1", deck.title))
        self.resize(1100, 700)
        self.path = decks.pdf_path(deck)
        self.saved_notes = decks.notes(deck.id)
        self.notes = list(self.saved_notes)
        self.renderer = SlideRenderer(str(self.path), self)
        self.thumbnails = Thumbnails(STRIP, self)
        self.slides = QListWidget()
        self.slides.setIconSize(STRIP)
        # A column of thumbnails with their number underneath, like a slide sorter.
        self.slides.setViewMode(QListView.ViewMode.IconMode)
        self.slides.setFlow(QListView.Flow.TopToBottom)
        self.slides.setWrapping(False)
        self.slides.setMovement(QListView.Movement.Static)
        self.slides.setResizeMode(QListView.ResizeMode.Adjust)
        self.slides.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.slides.setFixedWidth(STRIP.width() + 44)
        self.slides.setSpacing(6)
        placeholder = QPixmap(STRIP)
        placeholder.fill(QColor("#e2e8f0"))
        for page in range(deck.page_count):
            item = QListWidgetItem(QIcon(placeholder), self._label(page))
            self.slides.addItem(item)
        self.preview = SlideView(self.renderer, background=QColor("#e2e8f0"))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("What to say on this slide…"))
        self.editor.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setObjectName("fieldMessage")
        self.problem.hide()
        self.pptx_button = QPushButton(self.tr("Import notes from the .pptx…"))
        self.pptx_button.setToolTip(
            self.tr("PDF export drops the notes: read them from the PowerPoint file instead")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        right = QVBoxLayout()
        right.addWidget(self.preview, 3)
        right.addWidget(QLabel(self.tr("Notes for this slide")))
        right.addWidget(self.editor, 2)
        right.addWidget(self.problem)
        body = QHBoxLayout()
        body.addWidget(self.slides)
        body.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pptx_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self._connect_signals()
        self.slides.setCurrentRow(0)

    def _connect_signals(self) -> None:
        self.slides.currentRowChanged.connect(self._on_slide_changed)
        self.editor.textChanged.connect(self._on_text_changed)
        self.thumbnails.ready.connect(self._on_thumbnail_ready)
        self.pptx_button.clicked.connect(self._on_pptx_clicked)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.preview.resized.connect(self._want_preview)

    def _label(self, page: int) -> str:
        marker = " ✎" if self.notes and self.notes[page].strip() else ""
        return self.tr("Slide %1").replace("%1", str(page + 1)) + marker

    def showEvent(self, event) -> None:
        super().showEvent(event)
        for page in range(self.deck.page_count):
            self.thumbnails.image(self.deck.id, str(self.path), page)

    # -- slots -----------------------------------------------------------------------------

    def _on_slide_changed(self, page: int) -> None:
        if page < 0:
            return
        self.preview.set_page(page)
        self._want_preview()
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.notes[page])
        self.editor.blockSignals(False)

    def _want_preview(self) -> None:
        page = self.slides.currentRow()
        if page >= 0:
            self.renderer.want(self.preview.request(page) + self.preview.request(page + 1))

    def _on_text_changed(self) -> None:
        page = self.slides.currentRow()
        if page < 0:
            return
        self.notes[page] = self.editor.toPlainText()
        self.slides.item(page).setText(self._label(page))
        too_long = len(self.notes[page]) > NOTE_MAX
        if too_long:
            too_long_problem = problem("notes", "too_long", max=NOTE_MAX)
            self.problem.setText(describe(too_long_problem, current_language()))
        self.problem.setVisible(too_long)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            all(len(n) <= NOTE_MAX for n in self.notes)
        )

    def _on_thumbnail_ready(self, _deck_id: str, page: int) -> None:
        image = self.thumbnails.image(self.deck.id, str(self.path), page)
        if image is not None and 0 <= page < self.slides.count():
            self.slides.item(page).setIcon(QIcon(QPixmap.fromImage(image)))

    def _on_pptx_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Notes from PowerPoint"),
            str(Path.home()),
            self.tr("PowerPoint presentations (*.pptx);;All files (*)"),
        )
        if path:
            self.import_pptx(Path(path))

    def import_pptx(self, path: Path) -> bool:
        """Read the notes of the .pptx into the editor (saved with Save, like typed notes)."""
        try:
            found = self._decks.read_pptx_notes(self.deck.id, path)
        except VisitappError as error:
            QMessageBox.warning(self, self.tr("No notes imported"), error_text(error))
            return False
        replaced = [
            page
            for page, text in enumerate(found)
            if text and self.notes[page].strip() and self.notes[page] != text
        ]
        if replaced and not self._confirm_replace(len(replaced)):
            return False
        for page, text in enumerate(found):
            if text:
                self.notes[page] = text
                self.slides.item(page).setText(self._label(page))
        self._on_slide_changed(self.slides.currentRow())
        count = sum(1 for text in found if text)
        QMessageBox.information(
            self,
            self.tr("Notes imported"),
            self.tr("Notes found for %n slide(s). Press Save to keep them.", "", count),
        )
        return True

    def _confirm_replace(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace notes?"),
            self.tr(
                "%n slide(s) already have other notes. Replace them with the .pptx's?", "", count
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_save_clicked(self) -> None:
        changed = {
            page: text
            for page, (text, before) in enumerate(zip(self.notes, self.saved_notes, strict=True))
            if text != before
        }
        try:
            if changed:
                self._decks.save_notes(self.deck.id, changed)
        except ValidationError as error:
            self.problem.setText(describe(error.problems[0], current_language()))
            self.problem.show()
            return
        self.saved_notes = list(self.notes)
        self.accept()

    def reject(self) -> None:
        if self.notes != self.saved_notes:
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("Your changes to the notes are not saved. Discard them?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    @classmethod
    def edit(cls, decks: DeckService, deck: Deck, parent: QWidget | None = None) -> bool:
        """Open modally; True when notes were saved. A deck whose PDF is gone says so."""
        try:
            dialog = cls(decks, deck, parent)
        except VisitappError as error:
            title = QCoreApplication.translate("DeckNotesDialog", "Speaker notes")
            QMessageBox.warning(parent, title, error_text(error))
            return False
        return dialog.exec() == QDialog.DialogCode.Accepted
