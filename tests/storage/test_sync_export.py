"""Export: a consistent snapshot of the live database (even while it is being written), without
the laptop's local settings, that appears complete or not at all."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest

from visitapp.core.ambassadors import Ambassador
from visitapp.core.schools import Priority, School, SchoolKind, Sector
from visitapp.core.sync import FolderMissing
from visitapp.core.visits import Visit
from visitapp.storage.database import Storage
from visitapp.storage.repository import Repository
from visitapp.storage.sync import snapshot
from visitapp.storage.sync.incoming import check, stage


@pytest.fixture
def storage(tmp_path, clock):
    opened = Storage(tmp_path / "laptop.db", clock)
    yield opened
    opened.close()


def seed(repo: Repository) -> tuple[str, str]:
    repo.save_school(
        School(
            "s1",
            "Lycée Hélène Boucher",
            "Paris",
            "75020",
            "",
            SchoolKind.LYCEE,
            Priority.NONE,
            Sector.PUBLIC,
        )
    )
    repo.save_ambassador(Ambassador("a1", "Inès", "INSA Lyon", "ines@example.org"))
    repo.set_meta("me_ambassador_id", "a1")
    return "s1", "a1"


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_export_holds_the_records_and_metadata_but_not_local_settings(storage, tmp_path):
    repo = Repository(storage.store())
    seed(repo)
    made = snapshot.export(storage.store(), tmp_path / "out.visitapp", app_version="1.2.3")
    path = tmp_path / "out.visitapp"
    assert rows(path, "SELECT name FROM school") == [("Lycée Hélène Boucher",)]
    meta = dict(rows(path, "SELECT key, value FROM meta"))
    assert "me_ambassador_id" not in meta and "device_id" not in meta
    assert meta["export.device_id"] == storage.device_id
    assert meta["export.app_version"] == "1.2.3"
    assert meta["export.exported_at"] == "2026-11-23T09:30:00.000Z"
    assert json.loads(meta["export.row_counts"])["ambassador"] == 1
    assert made.summary.row_counts["school"] == 1
    assert rows(path, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
    assert not list(tmp_path.glob("out.visitapp-*"))  # no -wal or -journal beside it


def test_export_sees_writes_still_in_the_write_ahead_log(storage, tmp_path):
    """A file copy of laptop.db would miss them: they are only in laptop.db-wal so far."""
    repo = Repository(storage.store())
    seed(repo)
    assert (tmp_path / "laptop.db-wal").stat().st_size > 0
    snapshot.export(storage.store(), tmp_path / "out.visitapp", app_version="t")
    assert rows(tmp_path / "out.visitapp", "SELECT count(*) FROM ambassador") == [(1,)]


def test_an_existing_export_is_replaced_whole(storage, tmp_path):
    repo = Repository(storage.store())
    seed(repo)
    target = tmp_path / "out.visitapp"
    snapshot.export(storage.store(), target, app_version="t")
    repo.save_ambassador(Ambassador("a2", "Hugo", "", ""))
    snapshot.export(storage.store(), target, app_version="t")
    assert rows(target, "SELECT count(*) FROM ambassador") == [(2,)]
    assert sorted(p.name for p in tmp_path.iterdir() if "visitapp" in p.name) == ["out.visitapp"]


def test_a_missing_destination_folder_is_reported_and_nothing_written(storage, tmp_path):
    with pytest.raises(FolderMissing):
        snapshot.export(storage.store(), tmp_path / "usb" / "out.visitapp", app_version="t")
    assert not (tmp_path / "usb").exists()


def test_export_is_consistent_while_the_survey_server_writes(storage, tmp_path):
    """A writer thread saves visits (each with its ambassador link, in one transaction) while
    exports are taken: every export is healthy and never holds half of a transaction."""
    school_id, ambassador_id = seed(Repository(storage.store()))
    stop = threading.Event()
    written = []

    def writer() -> None:
        repo = Repository(storage.store())  # the writer thread's own connection
        n = 0
        while not stop.is_set():
            n += 1
            visit = Visit(
                id=f"v{n}",
                school_id=school_id,
                starts_at=datetime(2026, 11, 20, 10, 0),
                ambassador_ids=(ambassador_id,),
            )
            repo.save_visit(visit)
            written.append(n)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        exports = []
        while len(exports) < 8 or not written:
            target = tmp_path / f"export-{len(exports)}.visitapp"
            snapshot.export(storage.store(), target, app_version="t")
            exports.append(target)
    finally:
        stop.set()
        thread.join()
    counts = []
    for target in exports:
        staged = tmp_path / f"check-{target.stem}"
        staged.mkdir()
        copy, sha = stage(target, staged)
        check(copy, target, sha)  # integrity, schema, row counts and checksums
        visits, links, orphans = rows(
            target,
            "SELECT (SELECT count(*) FROM visit), (SELECT count(*) FROM visit_ambassador),"
            " (SELECT count(*) FROM visit v WHERE NOT EXISTS"
            "  (SELECT 1 FROM visit_ambassador l WHERE l.visit_id = v.id))",
        )[0]
        assert visits == links and orphans == 0
        counts.append(visits)
    assert counts == sorted(counts) and counts[-1] > counts[0]  # the writes went on meanwhile


def test_a_reader_of_the_shared_folder_only_ever_sees_whole_files(storage, tmp_path):
    seed(Repository(storage.store()))
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "laptop.visitapp"
    stop = threading.Event()
    seen: list[bytes] = []

    def reader() -> None:
        while not stop.is_set():
            for path in shared.iterdir():
                if path.name == target.name:
                    seen.append(path.read_bytes())

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        sizes = set()
        for n in range(12):
            Repository(storage.store()).save_ambassador(Ambassador(f"x{n}", f"Amb {n}", "", ""))
            made = snapshot.export(storage.store(), target, app_version="t")
            sizes.add(made.summary.size_bytes)
    finally:
        stop.set()
        thread.join()
    assert seen
    for data in seen:
        assert len(data) in sizes and data.startswith(b"SQLite format 3\x00")
    assert [p.name for p in shared.iterdir()] == ["laptop.visitapp"]
