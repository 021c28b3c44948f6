"""The coordinator's view of merge conflicts: the Conflicts… button of the central card, the list,
what differs in the selected record (kept beside incoming), and a copy as text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from visitapp.core.ids import short_id
from visitapp.settings import Settings
from visitapp.ui.sync.conflicts_dialog import ConflictsDialog
from visitapp.ui.sync.conflicts_table_model import ConflictsTableModel, DifferencesTableModel
from visitapp.ui.sync.sync_panel import SyncPanel

GENDER = "Answers › You are… (optional)"
INTEREST = "Answers › Are you interested in engineering studies?"
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def open_dialog(qtbot, services) -> ConflictsDialog:
    dialog = ConflictsDialog(services.sync)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.refreshed, timeout=10_000):
        dialog.show()
    return dialog


@pytest.fixture
def central(services, conflicting_exports):
    reports = services.sync.merge_files(conflicting_exports)
    assert [r.records.conflicts for r in reports] == [0, 1]
    return services


def test_a_conflict_is_listed_with_the_kept_and_the_incoming_answer(qtbot, qtmodeltester, central):
    dialog = open_dialog(qtbot, central)
    assert dialog.model.rowCount() == 1
    assert cell(dialog.model, 0, ConflictsTableModel.RECORD) == "Pupil's answers (before)"
    assert cell(dialog.model, 0, ConflictsTableModel.FIELDS) == (
        "You are… (optional); Are you interested in engineering studies?"
    )
    assert cell(dialog.model, 0, ConflictsTableModel.FILE) == "after.visitapp"
    (conflict,) = central.sync.conflicts()
    school = conflict.response.school_name
    where = cell(dialog.model, 0, ConflictsTableModel.WHERE)
    assert where.startswith(f"{school}, ") and "10:00" in where  # the visit, in the locale's words
    assert cell(dialog.model, 0, ConflictsTableModel.LAPTOP) == short_id(conflict.device_id)
    # The first conflict is selected and its details shown.
    assert dialog.selected() == conflict
    # The questions and options in words, from the survey the pupil answered.
    rows = [[cell(dialog.differences, r, c) for c in range(3)] for r in range(2)]
    assert rows == [[GENDER, "A girl", "A boy"], [INTEREST, "4", "1 – Not at all"]]
    assert cell(dialog.differences, 0, DifferencesTableModel.KEPT, TOOLTIP) == "girl"
    assert dialog.heading.text().startswith("Pupil's answers (before) — visit: ")
    assert conflict.response.school_name in dialog.heading.text()
    assert conflict.record_id in dialog.origin.text()
    assert "after.visitapp" in dialog.origin.text()
    assert dialog.splitter.isVisible() and not dialog.empty.isVisible()
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.differences)


def test_copy_puts_the_selected_conflict_on_the_clipboard(qtbot, central):
    dialog = open_dialog(qtbot, central)
    QApplication.clipboard().clear()
    assert dialog.copy_button.isEnabled()
    dialog.copy_button.click()
    text = QApplication.clipboard().text()
    (conflict,) = central.sync.conflicts()
    assert conflict.record_id in text and conflict.device_id in text
    assert "after.visitapp" in text
    assert f"{GENDER}\n    kept: A girl\n    incoming: A boy\n" in text
    assert f"{INTEREST}\n    kept: 4\n    incoming: 1 – Not at all\n" in text


def test_selecting_nothing_shows_no_details(qtbot, central):
    dialog = open_dialog(qtbot, central)
    dialog.table.clearSelection()
    assert dialog.differences.rowCount() == 0
    assert dialog.heading.text() == ""
    assert not dialog.copy_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.differences.rowCount() == 2


def test_no_conflicts_says_so(qtbot, services):
    dialog = open_dialog(qtbot, services)
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisible() and not dialog.splitter.isVisible()
    assert not dialog.copy_button.isEnabled()


def show_panel(qtbot, services) -> SyncPanel:
    panel = SyncPanel(services, Settings())
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.show()
    return panel


def test_the_central_card_offers_the_conflicts_only_when_there_are_some(qtbot, services):
    panel = show_panel(qtbot, services)
    card = panel.central_card
    assert not card.conflicts_action.isEnabled()
    assert card.conflicts_label.text() == "No record came twice with different content."


def test_the_central_card_says_how_many_conflicts_and_opens_them(qtbot, central):
    panel = show_panel(qtbot, central)
    card = panel.central_card
    assert card.conflicts_action.isEnabled()
    assert card.conflicts_label.text().startswith("1 record came twice with different content.")
    assert "merge_conflict" not in card.merged_label.text()
    dialog = card.conflicts_dialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.refreshed, timeout=10_000):
        dialog.show()
    assert dialog.model.rowCount() == 1


def test_the_differences_model_names_its_columns(qtbot):
    model = DifferencesTableModel(ConflictsTableModel())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Field", "Kept (in use)", "Incoming (set aside)"]
