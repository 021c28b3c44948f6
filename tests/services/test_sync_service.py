"""The sync use-cases as the GUI and the CLI call them: status, export, shared folder, merging
many files with progress and cancel, import history, duplicates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from visitapp.core.sync import FileStatus, FolderMissing
from visitapp.services import Services


@pytest.fixture
def demo(services):
    services.demo.seed(date(2026, 11, 23))
    return services


def test_nothing_exported_yet_means_every_record_is_waiting(demo, tmp_path):
    status = demo.sync.status()
    assert status.last_export_at is None
    assert status.shared_folder == ""
    summary = demo.sync.export(tmp_path / "out.visitapp")
    assert status.changed_since == summary.records
    # Schools, ambassadors, visits and their links, surveys, sessions, responses, tallies.
    assert summary.records == sum(
        n for table, n in summary.row_counts.items() if table != "response_answer"
    )
    assert summary.row_counts["response"] > 0 and summary.row_counts["response_answer"] > 0


def test_after_an_export_only_later_changes_are_waiting(demo, tmp_path, clock):
    summary = demo.sync.export(tmp_path / "out.visitapp")
    status = demo.sync.status()
    assert status.last_export_at == datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    assert status.last_export_file == summary.path
    assert status.changed_since == 0
    clock.advance(minutes=5)
    visit = demo.records.list_visits()[0].visit
    demo.records.save_visit(replace(visit, notes="Classe très attentive"))
    demo.records.delete_visit(demo.records.list_visits()[1].visit.id)
    assert demo.sync.status().changed_since == 2


def test_send_to_shared_folder_needs_a_folder_that_exists(demo, tmp_path):
    with pytest.raises(FolderMissing):
        demo.sync.send_to_shared_folder()
    with pytest.raises(FolderMissing):
        demo.sync.set_shared_folder(tmp_path / "unplugged")
    shared = tmp_path / "partage"
    shared.mkdir()
    demo.sync.set_shared_folder(shared)
    summary = demo.sync.send_to_shared_folder()
    (written,) = shared.iterdir()
    assert written.name.startswith("visitapp-2026-11-23-") and written.suffix == ".visitapp"
    assert summary.path == str(written)
    assert demo.sync.status().shared_folder == str(shared.resolve())
    written.unlink()
    shared.rmdir()
    with pytest.raises(FolderMissing):  # the USB stick was unplugged since
        demo.sync.send_to_shared_folder()


def laptop_export(tmp_path, clock, name: str, day: date):
    laptop = Services.open(tmp_path / name / "visitapp.db", clock)
    laptop.demo.seed(day)
    summary = laptop.sync.export(tmp_path / f"{name}.visitapp")
    laptop.close()
    return summary


def test_merge_files_reports_progress_per_file_and_stops_between_files(tmp_path, clock):
    made = [laptop_export(tmp_path, clock, f"l{i}", date(2026, 11, 23)) for i in range(3)]
    files = [summary.path for summary in made]
    central = Services.open(tmp_path / "central" / "central.db", clock)
    events = []

    class CancelAfterFirst:
        cancelled = False

    cancel = CancelAfterFirst()

    def progress(index, permille, state):
        events.append((index, permille, state))
        if state != "working":
            cancel.cancelled = True

    reports = central.sync.merge_files(files, progress, cancel)
    assert [r.status for r in reports] == [
        FileStatus.MERGED,
        FileStatus.CANCELLED,
        FileStatus.CANCELLED,
    ]
    working = [p for i, p, s in events if i == 0 and s == "working"]
    assert working[0] == 0 and working == sorted(working) and len(working) > 3
    assert (0, 1000, "merged") in events
    assert (1, 0, "cancelled") in events
    (logged,) = central.sync.import_history()
    assert logged.file_name == "l0.visitapp" and logged.records.added == made[0].records
    central.close()


def test_merging_again_says_already_merged(tmp_path, clock):
    path = laptop_export(tmp_path, clock, "laptop", date(2026, 11, 23)).path
    central = Services.open(tmp_path / "central.db", clock)
    first, again = central.sync.merge_files([path, path])
    assert first.status is FileStatus.MERGED
    assert again.status is FileStatus.ALREADY_MERGED
    assert len(central.sync.import_history()) == 1
    assert central.sync.conflict_count() == 0
    central.close()
