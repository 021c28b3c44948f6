"""The Decks page and the Present button, as an ambassador uses them."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.services.pptx_fixture import write_pptx
from visitapp.paths import resource_path
from visitapp.ui.present import present_launcher
from visitapp.ui.present.deck_notes_dialog import DeckNotesDialog
from visitapp.ui.present.decks_table_model import DecksTableModel
from visitapp.ui.present.present_dialog import PresentChoice, PresentDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")

DEMO_PDF = resource_path("decks", "devenir-ingenieur.pdf")


def decks_page(window):
    row = next(
        i for i in range(window.navigation.count()) if window.navigation.item(i).text() == "Decks"
    )
    window.navigation.setCurrentRow(row)
    return window.page(row)


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a, **k: shown.append((title, text))
    )
    monkeypatch.setattr(
        QMessageBox,
        "information",
        lambda _parent, title, text, *a, **k: shown.append((title, text)),
    )
    return shown


def test_the_library_lists_the_demo_deck_with_a_thumbnail(qtbot, window, qtmodeltester):
    page = decks_page(window)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    index = page.model.index(0, DecksTableModel.TITLE)
    assert page.model.data(index) == "Ingénieur·e : pourquoi pas toi ?"
    assert page.model.data(page.model.index(0, DecksTableModel.NOTES)) == "16 of 16"
    qtbot.waitUntil(
        lambda: page.model.data(index, Qt.ItemDataRole.DecorationRole) is not None, timeout=10_000
    )
    thumbnail = page.model.data(index, Qt.ItemDataRole.DecorationRole)
    assert (thumbnail.width(), thumbnail.height()) == (128, 72)


def test_import_a_pdf_and_refuse_a_bad_one(qtbot, window, tmp_path, warnings):
    page = decks_page(window)
    deck = tmp_path / "Forum des métiers.pdf"
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(deck)
    page.import_file(deck)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert page.current_deck().title == "Forum des métiers"
    bad = tmp_path / "notes.pdf"
    bad.write_text("pas un PDF")
    page.import_file(bad)
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=10_000)
    assert "not a PDF" in warnings[0][1]
    assert page.model.rowCount() == 2


def test_delete_can_be_undone(qtbot, window):
    page = decks_page(window)
    page.delete_action.trigger()
    assert page.model.rowCount() == 0
    assert page.demo_button.isVisible()
    window.undo_stack.undo()
    assert page.model.rowCount() == 1


def test_a_deleted_deck_imported_again_is_said_to_be_back(qtbot, window, demo_services, warnings):
    page = decks_page(window)
    pdf = demo_services.decks.pdf_path(page.current_deck())
    copy = pdf.parent.parent / "copy.pdf"
    copy.write_bytes(pdf.read_bytes())
    page.delete_action.trigger()
    page.import_file(copy)
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=10_000)
    assert warnings[0][0] == "Back in the library" and "with its notes" in warnings[0][1]
    assert page.model.rowCount() == 1


def test_notes_edited_and_imported_from_pptx(qtbot, demo_services, tmp_path, monkeypatch):
    deck = demo_services.decks.list_decks()[0]
    dialog = DeckNotesDialog(demo_services.decks, deck)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.slides.setCurrentRow(2)
    dialog.editor.setPlainText("Demander qui a déjà démonté un objet.")
    assert dialog.slides.item(2).text().endswith("✎")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    pptx = write_pptx(tmp_path / "deck.pptx", [(f"Note {i + 1}", False) for i in range(16)])
    assert dialog.import_pptx(pptx)
    assert dialog.editor.toPlainText() == "Note 3"
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert demo_services.decks.notes(deck.id)[2] == "Note 3"
    assert demo_services.decks.notes(deck.id)[15] == "Note 16"


def test_a_mismatched_pptx_changes_nothing(qtbot, demo_services, tmp_path, warnings):
    deck = demo_services.decks.list_decks()[0]
    before = demo_services.decks.notes(deck.id)
    dialog = DeckNotesDialog(demo_services.decks, deck)
    qtbot.addWidget(dialog)
    assert not dialog.import_pptx(write_pptx(tmp_path / "other.pptx", [("x", False)]))
    assert "1 slides" in warnings[0][1] and "16 pages" in warnings[0][1]
    assert dialog.notes == before


def test_present_a_visit_records_the_deck_and_the_time_per_slide(qtbot, window, monkeypatch):
    services = window.services
    deck = services.decks.list_decks()[0]
    window.visits_panel.table.selectRow(0)
    visit = window.visits_panel.current_visit()
    assert window.present_action.isEnabled()
    monkeypatch.setattr(
        PresentDialog,
        "ask",
        classmethod(lambda cls, v, decks, parent=None: PresentChoice(deck, 45)),
    )
    window.present_action.trigger()
    presentation = present_launcher(window).presentation
    assert presentation.is_running and presentation.target_minutes == 45
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Right)
    with qtbot.waitSignal(present_launcher(window).recorded, timeout=10_000):
        qtbot.keyClick(presentation.audience, Qt.Key.Key_Escape)
    assert services.records.get_visit(visit.visit.id).deck_id == deck.id
    times = services.decks.slide_times(visit.visit.id)[deck.id]
    assert set(times) == {0, 1}
    # Presented again: it resumes where it was left.
    window.present_action.trigger()
    assert present_launcher(window).presentation.state.current == 1
    present_launcher(window).presentation.leave()


def test_a_deck_whose_pdf_is_gone_is_explained_not_crashed(qtbot, window, warnings):
    services = window.services
    deck = services.decks.list_decks()[0]
    shutil.move(services.decks.pdf_path(deck), services.decks.folder / "elsewhere.bin")
    present_launcher(window).present(deck, visit=None, target_minutes=None)
    assert present_launcher(window).presentation is None
    assert "Import the PDF again" in warnings[0][1]


def test_esc_asks_first_while_the_visits_survey_is_open(qtbot, window, monkeypatch):
    from visitapp.core.surveys_sessions import Phase

    services = window.services
    deck = services.decks.list_decks()[0]
    window.visits_panel.table.selectRow(0)
    visit = window.visits_panel.current_visit()
    answers = []

    def ask(*_args, **_kwargs):
        answers.append("asked")
        return answer

    monkeypatch.setattr(QMessageBox, "question", ask)
    launcher = present_launcher(window)
    launcher.present(deck, visit=visit, target_minutes=55)
    presentation = launcher.presentation
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Escape)
    assert answers == [] and not presentation.is_running  # no survey: Esc just ends

    services.surveys.open_session(visit.visit.id, Phase.AFTER)
    launcher.present(deck, visit=visit, target_minutes=55)
    presentation = launcher.presentation
    answer = QMessageBox.StandardButton.No
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Escape)
    assert answers == ["asked"] and presentation.is_running
    answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Escape)
    assert not presentation.is_running
