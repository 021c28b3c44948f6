"""The merge dialog: many files, dropped or added, a progress bar each, stop between files,
the final report in the table."""

from __future__ import annotations

import warnings

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from visitapp.core.sync import FileStatus
from visitapp.ui.sync.merge_dialog import MergeDialog
from visitapp.ui.sync.merge_files_model import PROGRESS_ROLE, MergeFilesModel


def make_dialog(qtbot, services, asker=None) -> MergeDialog:
    dialog = MergeDialog(services.sync, "central.db", asker)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cell(dialog: MergeDialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.data(dialog.model.index(row, column), role)


def drop(dialog: MergeDialog, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with (
        warnings.catch_warnings()
    ):  # the QPoint form is deprecated from PySide 6.12, the only one before
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            dialog.rect().center(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(dialog.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog, event)


def test_files_dropped_are_merged_with_a_report_per_file(
    qtbot, qtmodeltester, services, laptop_exports, tmp_path
):
    good = laptop_exports()
    bad = tmp_path / "photo.visitapp"
    bad.write_bytes(b"\x89PNG not an export")
    dialog = make_dialog(qtbot, services)
    drop(dialog, [*good, bad, good[0]])  # the same file twice is listed once
    assert dialog.model.rowCount() == 3
    assert cell(dialog, 0, MergeFilesModel.RESULT) == "Waiting"
    qtmodeltester.check(dialog.model)
    progress: list[tuple[int, int, str]] = []
    dialog.model.dataChanged.connect(
        lambda top, _bottom: progress.append(
            (top.row(), cell(dialog, top.row(), MergeFilesModel.PROGRESS, PROGRESS_ROLE), "")
        )
    )
    with qtbot.waitSignal(dialog.merge_finished, timeout=30_000) as finished:
        dialog.merge_button.click()
    reports = finished.args[0]
    assert [r.status for r in reports] == [
        FileStatus.MERGED,
        FileStatus.MERGED,
        FileStatus.REFUSED,
    ]
    assert cell(dialog, 0, MergeFilesModel.RESULT) == "Merged"
    assert cell(dialog, 0, MergeFilesModel.ADDED) == reports[0].records.added > 0
    assert cell(dialog, 2, MergeFilesModel.RESULT).startswith("Refused: This file is not")
    assert cell(dialog, 2, MergeFilesModel.ADDED) is None
    assert any(0 < permille < 1000 for _row, permille, _ in progress)  # the bars moved
    assert [cell(dialog, row, MergeFilesModel.PROGRESS, PROGRESS_ROLE) for row in range(3)] == [
        1000,
        1000,
        None,  # refused: no full bar as if it had been merged
    ]
    assert dialog.summary.text().startswith("2 files merged, 0 already merged, 1 refused.")
    assert dialog.refusals.text() == (
        "photo.visitapp: This file is not a visitapp export. Nothing was merged from it."
    )
    assert not dialog.merge_button.isEnabled() and dialog.close_button.isEnabled()
    qtmodeltester.check(dialog.model)


def test_the_same_files_again_say_already_merged(qtbot, services, laptop_exports, asker):
    paths = laptop_exports()
    services.sync.merge_files(paths)
    asker.files = paths
    dialog = make_dialog(qtbot, services, asker)
    dialog.add_button.click()
    with qtbot.waitSignal(dialog.merge_finished, timeout=30_000):
        dialog.merge_button.click()
    assert cell(dialog, 1, MergeFilesModel.RESULT) == "Already merged: nothing changed"
    assert dialog.summary.text().startswith("0 files merged, 2 already merged, 0 refused.")


def test_stop_lets_the_current_file_finish_and_merges_no_more(qtbot, services, laptop_exports):
    paths = laptop_exports(tuple(f"laptop{i}" for i in range(6)))
    dialog = make_dialog(qtbot, services)
    dialog.add_files(paths)
    dialog.model.dataChanged.connect(
        lambda top, _b: (
            dialog.stop() if cell(dialog, top.row(), MergeFilesModel.RESULT) == "Merged" else None
        )
    )
    with qtbot.waitSignal(dialog.merge_finished, timeout=30_000) as finished:
        dialog.start()
        assert dialog.stop_button.isVisible() and not dialog.close_button.isEnabled()
    statuses = [r.status for r in finished.args[0]]
    merged = statuses.count(FileStatus.MERGED)
    assert merged >= 1 and statuses[-1] is FileStatus.CANCELLED
    assert statuses == [FileStatus.MERGED] * merged + [FileStatus.CANCELLED] * (6 - merged)
    assert cell(dialog, 5, MergeFilesModel.RESULT) == "Not merged: stopped before it"
    assert len(services.sync.import_history()) == merged  # nothing half-merged
    assert "not merged (stopped)" in dialog.summary.text()


def test_escape_while_merging_stops_instead_of_closing(qtbot, services, laptop_exports):
    dialog = make_dialog(qtbot, services)
    dialog.add_files(laptop_exports(tuple(f"laptop{i}" for i in range(4))))
    with qtbot.waitSignal(dialog.merge_finished, timeout=30_000):
        dialog.start()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_files_can_be_removed_before_merging(qtbot, services, laptop_exports):
    dialog = make_dialog(qtbot, services)
    dialog.add_files(laptop_exports())
    assert not dialog.remove_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert [p.name for p in dialog.model.paths] == ["hugo.visitapp"]


def test_the_summary_of_a_merge_with_conflicts_points_to_the_conflicts_button(
    qtbot, services, conflicting_exports
):
    dialog = make_dialog(qtbot, services)
    dialog.add_files(conflicting_exports)
    with qtbot.waitSignal(dialog.merge_finished, timeout=30_000):
        dialog.merge_button.click()
    summary = dialog.summary.text()
    assert "1 record came twice with different content" in summary
    assert "Conflicts… on the Sync page" in summary
    assert "merge_conflict" not in summary
