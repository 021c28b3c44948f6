"""The sync page as an ambassador and a coordinator use it."""

from __future__ import annotations

import sqlite3

import pytest

from visitapp.settings import Settings
from visitapp.ui.sync import SyncPanel


@pytest.fixture
def panel(qtbot, demo_services, asker):
    widget = SyncPanel(demo_services, Settings(), asker)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.refreshed):
        widget.show()
    return widget


def test_the_page_says_how_much_is_not_exported_yet(panel, demo_services):
    pending = demo_services.sync.status().changed_since
    assert pending > 0
    assert panel.export_card.pending_label.text() == f"{pending} records not exported yet"
    assert "Never exported" in panel.export_card.last_export_label.text()
    assert "none chosen yet" in panel.export_card.folder_label.text()


def test_export_writes_the_file_and_the_page_shows_it(qtbot, panel, asker, tmp_path):
    asker.export = tmp_path / "pour-la-coordinatrice.visitapp"
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.export_card.export_action.trigger()
    assert asker.asked[0].startswith("export:visitapp-2026-11-23-")
    assert asker.export.is_file()
    assert panel.export_card.pending_label.text() == "Everything is exported"
    assert str(asker.export) in panel.export_card.last_export_label.text()
    assert panel.export_card.outcome.text().startswith("Exported ")
    assert panel.export_card.outcome.property("ok") == "true"


def test_cancelling_the_file_dialog_exports_nothing(panel, asker, tmp_path):
    asker.export = None
    panel.export_card.export_action.trigger()
    assert not list(tmp_path.glob("*.visitapp"))
    assert panel.export_card.outcome.isHidden()


def test_send_to_shared_folder_asks_for_the_folder_once(qtbot, panel, asker, tmp_path):
    shared = tmp_path / "cle-usb"
    shared.mkdir()
    asker.folder = shared
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.export_card.send_action.trigger()
    qtbot.waitUntil(lambda: any(shared.glob("*.visitapp")), timeout=10_000)
    qtbot.waitUntil(lambda: "Exported" in panel.export_card.outcome.text(), timeout=10_000)
    assert str(shared.resolve()) in panel.export_card.folder_label.text()
    assert asker.asked == ["folder"]
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.export_card.send_action.trigger()  # the folder is remembered
    qtbot.waitUntil(lambda: len(list(shared.glob("*.visitapp"))) >= 1, timeout=10_000)
    assert asker.asked == ["folder"]


def test_an_unplugged_shared_folder_is_explained(qtbot, panel, asker, tmp_path):
    shared = tmp_path / "cle-usb"
    shared.mkdir()
    asker.folder = shared
    panel.export_card.choose_folder()
    qtbot.waitUntil(lambda: "cle-usb" in panel.export_card.folder_label.text(), timeout=10_000)
    shared.rmdir()
    panel.export_card.send_action.trigger()
    qtbot.waitUntil(lambda: panel.export_card.outcome.property("ok") == "false", timeout=10_000)
    assert "is the drive connected?" in panel.export_card.outcome.text()


def test_open_central_database_opens_a_window_on_its_sync_page(qtbot, panel, asker, tmp_path):
    asker.central = tmp_path / "coordination" / "central.db"
    asker.central.parent.mkdir()
    panel.central_card.open_central_action.trigger()
    (window,) = panel.central_card.windows
    assert window.windowTitle() == "visitapp — central.db"
    assert window.navigation.currentRow() == window.sync_row
    central_panel = window.page(window.sync_row)
    qtbot.waitUntil(lambda: central_panel.state is not None, timeout=10_000)
    assert str(asker.central) in central_panel.central_card.database_label.text()
    assert asker.central.is_file()
    window.close()  # deleted on close, its database closed with it
    qtbot.waitUntil(lambda: panel.central_card.windows == [], timeout=10_000)


def test_a_file_that_is_not_a_database_is_not_opened_as_central(panel, asker, tmp_path):
    asker.central = tmp_path / "notes.db"
    asker.central.write_text("mes notes")
    panel.central_card.open_central_action.trigger()
    assert panel.central_card.windows == []
    assert "not a visitapp database" in panel.central_card.outcome.text()
    assert asker.central.read_text() == "mes notes"


def test_merging_refreshes_the_history_and_other_pages(qtbot, panel, laptop_exports):
    paths = laptop_exports()
    dialog = panel.central_card.merge_dialog()
    qtbot.addWidget(dialog)
    dialog.add_files(paths)
    with qtbot.waitSignal(panel.records_changed, timeout=30_000):
        dialog.start()
    qtbot.waitUntil(lambda: panel.history_model.rowCount() == 2, timeout=10_000)
    assert panel.history.isVisible() or not panel.isVisible()
    assert "2 files merged into it" in panel.central_card.merged_label.text()
    assert panel.central_card.duplicates_label.text() == "1 group of visits may be recorded twice"
    assert panel.central_card.duplicates_action.isEnabled()


def test_the_history_model_passes_the_model_tester(qtbot, qtmodeltester, panel, laptop_exports):
    dialog = panel.central_card.merge_dialog()
    qtbot.addWidget(dialog)
    dialog.add_files(laptop_exports())
    with qtbot.waitSignal(panel.records_changed, timeout=30_000):
        dialog.start()
    qtbot.waitUntil(lambda: panel.history_model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(panel.history_model)


def test_the_central_database_stays_readable_by_sqlite_after_merging_from_the_page(
    qtbot, panel, laptop_exports, demo_services
):
    dialog = panel.central_card.merge_dialog()
    qtbot.addWidget(dialog)
    dialog.add_files(laptop_exports())
    with qtbot.waitSignal(dialog.merge_finished, timeout=30_000):
        dialog.start()
    conn = sqlite3.connect(demo_services.database_path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
