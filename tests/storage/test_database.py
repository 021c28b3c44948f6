"""Opening the database: pragmas, refusal of foreign or damaged files, migrations with a backup."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from visitapp.core.errors import CorruptDatabase, NewerSchema, NotSQLiteFile, NotVisitappDatabase
from visitapp.storage.database import APPLICATION_ID, Storage, open_store
from visitapp.storage.migrations import SCHEMA

FIXTURES = Path(__file__).parent.parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_the_promised_settings(tmp_path, clock):
    store = open_store(tmp_path / "new.db", clock)
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("trusted_schema") == 0
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("user_version") == SCHEMA.latest
    store.close()


def test_device_id_is_created_once_and_kept(tmp_path, clock):
    first = open_store(tmp_path / "a.db", clock)
    device = first.device_id
    first.close()
    again = open_store(tmp_path / "a.db", clock)
    assert again.device_id == device
    again.close()
    other = open_store(tmp_path / "b.db", clock)
    assert other.device_id != device
    other.close()


def test_a_text_file_is_refused_and_left_untouched(tmp_path, clock):
    path = tmp_path / "notes.db"
    path.write_text("my notes, not a database")
    before = digest(path)
    with pytest.raises(NotSQLiteFile):
        open_store(path, clock)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_another_programs_database_is_refused_and_left_untouched(tmp_path, clock):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotVisitappDatabase):
        open_store(path, clock)
    assert digest(path) == before


def test_a_newer_schema_is_refused_with_both_versions(tmp_path, clock):
    path = tmp_path / "newer.db"
    open_store(path, clock).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA.latest + 1}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NewerSchema) as error:
        open_store(path, clock)
    assert error.value.params["found"] == SCHEMA.latest + 1
    assert error.value.params["supported"] == SCHEMA.latest
    assert digest(path) == before


def test_a_damaged_file_is_refused(tmp_path, clock):
    path = tmp_path / "damaged.db"
    shutil.copy(FIXTURES / "visitapp-schema-v1.db", path)
    data = bytearray(path.read_bytes())
    # Scribble over the middle of the file, leaving the header intact.
    for i in range(5000, 20000):
        data[i] = 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase) as caught:
        open_store(path, clock)
    from visitapp.texts import describe_error

    french = describe_error(caught.value, "fr")  # in one language, saying what to do
    assert "est endommagé" in french and ".bak" in french and "malformed" not in french


def test_a_truncated_file_is_refused(tmp_path, clock):
    path = tmp_path / "truncated.db"
    data = (FIXTURES / "visitapp-schema-v1.db").read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptDatabase):
        open_store(path, clock)


def test_a_database_from_the_first_schema_migrates_and_keeps_its_data(tmp_path, clock):
    # visitapp-schema-v1.db was written by the code of schema version 1 (demo programme seeded).
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "visitapp-schema-v1.db", path)
    store = open_store(path, clock)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA.latest
    assert store.db.execute("SELECT count(*) FROM visit").fetchone()[0] == 9
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
    if SCHEMA.latest > 1:
        backups = list(tmp_path.glob("old.db.v1-*.bak"))
        assert len(backups) == 1
        conn = sqlite3.connect(backups[0])
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        conn.close()


def test_a_failing_migration_leaves_the_file_at_its_version(tmp_path, clock):
    path = tmp_path / "current.db"
    open_store(path, clock).close()

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        open_store(path, clock, schema=SCHEMA.with_steps(broken))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA.latest
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0]
        == 0
    )
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_each_thread_gets_its_own_connection(tmp_path, clock):
    import threading

    storage = Storage(tmp_path / "t.db", clock)
    seen = []
    thread = threading.Thread(target=lambda: seen.append(storage.store()))
    thread.start()
    thread.join()
    assert seen[0] is not storage.store()
    assert seen[0].device_id == storage.store().device_id
    storage.close()
