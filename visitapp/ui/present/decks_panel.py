"""The deck library page: the PDFs this laptop can present, their notes, import and rehearsal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from visitapp.core.decks import Deck
from visitapp.core.errors import VisitappError
from visitapp.services.decks import DeckImport, DeckService
from visitapp.ui.errors import error_text
from visitapp.ui.icons import icon
from visitapp.ui.present.decks_table_model import DecksTableModel
from visitapp.ui.present.thumbnails import Thumbnails
from visitapp.ui.records_panel import RecordsPanel
from visitapp.ui.tasks import run_task
from visitapp.ui.undo import CallbackCommand

THUMBNAIL = QSize(128, 72)


class DecksPanel(RecordsPanel):
    def __init__(
        self, decks: DeckService, undo_stack: QUndoStack, launcher, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Decks"), parent)
        self._decks = decks
        self._undo = undo_stack
        self._launcher = launcher
        self.last_import_dir = str(Path.home())
        self.thumbnails = Thumbnails(THUMBNAIL, self)
        self.model = DecksTableModel(self._thumbnail, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(DecksTableModel.SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(DecksTableModel.TITLE)
        self.table.setModel(self.proxy)
        self.table.setIconSize(THUMBNAIL)
        self.table.verticalHeader().setDefaultSectionSize(THUMBNAIL.height() + 12)
        self.table.sortByColumn(DecksTableModel.TITLE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DecksTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DecksTableModel.LANGUAGE, DecksTableModel.SLIDES, DecksTableModel.NOTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.search.setPlaceholderText(self.tr("Search a deck…"))
        self.demo_button = QPushButton(self.tr("Add the French demo deck"))
        self.layout().addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._build_actions()
        self._connect_signals()
        self.refresh()

    def _build_actions(self) -> None:
        self.import_action = QAction(icon("import"), self.tr("&Import a PDF…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(
            self.tr("Copy a PDF of your slides (PowerPoint, Impress, Google Slides, Canva)")
        )
        self.present_action = QAction(icon("present"), self.tr("&Rehearse"), self)
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.present_action.setToolTip(
            self.tr("Present without a visit: a rehearsal, nothing is recorded")
        )
        self.notes_action = QAction(icon("notes"), self.tr("Speaker &notes…"), self)
        self.notes_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action = QAction(icon("edit"), self.tr("&Title and language…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_F2)])
        self.delete_action = QAction(icon("delete"), self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        for action in (
            self.import_action,
            self.present_action,
            self.notes_action,
            self.edit_action,
            self.delete_action,
            self.find_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.add_button(self.delete_action)
        self.add_button(self.edit_action)
        self.add_button(self.notes_action)
        self.add_button(self.present_action)
        self.add_button(self.import_action, primary=True)

    def _connect_signals(self) -> None:
        self.import_action.triggered.connect(self._on_import_triggered)
        self.present_action.triggered.connect(self._on_present_triggered)
        self.notes_action.triggered.connect(self._on_notes_triggered)
        self.edit_action.triggered.connect(self._on_edit_triggered)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.find_action.triggered.connect(
            lambda: (self.search.setFocus(), self.search.selectAll())
        )
        self.demo_button.clicked.connect(self._on_demo_clicked)
        self.search.textChanged.connect(self._on_search_changed)
        self.table.doubleClicked.connect(lambda _index: self._on_notes_triggered())
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.thumbnails.ready.connect(lambda deck_id, _page: self.model.thumbnail_arrived(deck_id))

    # -- data ------------------------------------------------------------------------------

    def _thumbnail(self, deck: Deck):
        found = self.thumbnails.cached(deck.id, 0)  # asked at every repaint: no file check then
        if found is not None:
            return found
        try:
            path = self._decks.pdf_path(deck)
        except VisitappError:
            return None
        return self.thumbnails.image(deck.id, str(path), 0)

    def refresh(self) -> None:
        current = self.current_deck()
        self.model.set_decks(self._decks.list_decks(), self._decks.notes_counts())
        if current:
            self.select_deck(current.id)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        total = self.model.rowCount()
        self.summary.setText(self.tr("%n deck(s)", "", total))
        if total == 0:
            self.show_empty(
                True,
                self.tr(
                    "No decks yet.\nImport the PDF of your slides (Ctrl+I), "
                    "or start with the demo deck."
                ),
            )
        elif self.proxy.rowCount() == 0:
            self.show_empty(True, self.tr("No deck matches this search."))
        else:
            self.show_empty(False, "")
        self.demo_button.setVisible(total == 0)

    def current_deck(self) -> Deck | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.deck_at(self.proxy.mapToSource(index).row())

    def select_deck(self, deck_id: str) -> None:
        row = self.model.row_of(deck_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _update_actions(self, *_args) -> None:
        has = self.current_deck() is not None
        for action in (
            self.present_action,
            self.notes_action,
            self.edit_action,
            self.delete_action,
        ):
            action.setEnabled(has)

    def _changed(self, deck_id: str | None = None) -> None:
        self.refresh()
        if deck_id:
            self.select_deck(deck_id)
        self.records_changed.emit()

    # -- import ------------------------------------------------------------------------------

    def _on_import_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a deck"),
            self.last_import_dir,
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Copy the PDF in the background; a bad file gets its sentence, nothing is kept."""
        self.last_import_dir = str(path.parent)
        progress = QProgressDialog(self.tr("Copying the deck…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def done(result: DeckImport) -> None:
            progress.close()
            self._changed(result.deck.id)
            if result.restored:
                QMessageBox.information(
                    self,
                    self.tr("Back in the library"),
                    self.tr("“%1” had been deleted: it is back, with its notes.").replace(
                        "%1", result.deck.title
                    ),
                )
            elif result.already_there:
                QMessageBox.information(
                    self,
                    self.tr("Already in the library"),
                    self.tr("“%1” is already in the library.").replace("%1", result.deck.title),
                )

        def failed(error: Exception) -> None:
            progress.close()
            QMessageBox.warning(self, self.tr("This deck cannot be imported"), error_text(error))

        run_task(self._decks.import_pdf, path, on_done=done, on_error=failed, parent=self)

    def _on_demo_clicked(self) -> None:
        def done(result: DeckImport) -> None:
            self._changed(result.deck.id)

        def failed(error: Exception) -> None:
            QMessageBox.warning(self, self.tr("The demo deck cannot be added"), error_text(error))

        run_task(self._decks.add_demo_deck, on_done=done, on_error=failed, parent=self)

    # -- actions on the selected deck ----------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_summary()

    def _on_present_triggered(self) -> None:
        deck = self.current_deck()
        if deck is not None:
            self._launcher.present(deck, visit=None, target_minutes=None)

    def _on_notes_triggered(self) -> None:
        deck = self.current_deck()
        if deck is None:
            return
        from visitapp.ui.present.deck_notes_dialog import DeckNotesDialog

        if DeckNotesDialog.edit(self._decks, deck, self):
            self._changed(deck.id)

    def _on_edit_triggered(self) -> None:
        deck = self.current_deck()
        if deck is None:
            return
        from visitapp.ui.present.deck_dialog import DeckDialog

        saved = DeckDialog.edit(self._decks, deck, self)
        if saved:
            self._changed(saved.id)

    def _on_delete_triggered(self) -> None:
        deck = self.current_deck()
        if deck is None:
            return
        deck_id = deck.id
        text = self.tr("Delete deck “%1”").replace("%1", deck.title)
        self._undo.push(
            CallbackCommand(
                text,
                do=lambda: self._decks.delete_deck(deck_id),
                undo=lambda: self._decks.restore_deck(deck_id),
                after=self._changed,
            )
        )
