"""The one way to open a visitapp database: checks, pragmas, migrations (with a backup first).

A file is inspected read-only before anything is written to it, so a foreign, corrupt or newer
file is refused and left exactly as it was.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from visitapp.core.clock import Clock, SystemClock, format_timestamp
from visitapp.core.errors import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseFileError,
    NewerSchema,
    NotSQLiteFile,
    NotVisitappDatabase,
)
from visitapp.core.ids import new_id
from visitapp.storage.connection import Connection
from visitapp.storage.migrations import SCHEMA, Schema

# "VSTA" in ASCII: marks a SQLite file as visitapp's (PRAGMA application_id).
APPLICATION_ID = 0x56535441
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What a read-only look at a database file found."""

    is_new: bool
    user_version: int


def inspect_file(
    path: Path, *, integrity: str = "quick_check", schema: Schema = SCHEMA
) -> FileFacts:
    """Refuse anything that is not a healthy visitapp database this code can read. Writes nothing."""
    if not path.exists() or path.stat().st_size == 0:
        return FileFacts(is_new=True, user_version=0)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseFileError(str(error), path=str(path)) from error
    if header != SQLITE_HEADER:
        raise NotSQLiteFile(path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as error:
        raise CorruptDatabase(str(error), path=str(path)) from error
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if application_id != APPLICATION_ID:
            if application_id == 0 and tables == 0 and user_version == 0:
                return FileFacts(is_new=True, user_version=0)
            raise NotVisitappDatabase(path=str(path))
        if user_version > schema.latest:
            raise NewerSchema(path=str(path), found=user_version, supported=schema.latest)
        if integrity:
            result = [row[0] for row in conn.execute(f"PRAGMA {integrity}")]
            if result != ["ok"]:
                raise CorruptDatabase("; ".join(result[:5]), path=str(path))
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DatabaseBusy(str(error), path=str(path)) from error
        raise CorruptDatabase(str(error), path=str(path)) from error
    except sqlite3.DatabaseError as error:
        raise CorruptDatabase(str(error), path=str(path)) from error
    finally:
        conn.close()
    return FileFacts(is_new=False, user_version=user_version)


def _connect(path: Path) -> Connection:
    # Each thread opens its own connection; check_same_thread is off only so close() can run
    # from the thread that shuts the app down.
    conn = sqlite3.connect(
        path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    db = Connection(conn)
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        "trusted_schema = OFF",
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
    ):
        db.execute(f"PRAGMA {pragma}")
    return db


def backup_path(path: Path, version: int, clock: Clock) -> Path:
    stamp = format_timestamp(clock.now()).replace(":", "").replace(".", "")[:15]
    return path.with_name(f"{path.name}.v{version}-{stamp}.bak")


def _backup(db: Connection, target: Path) -> None:
    """A consistent copy through SQLite's backup API (never a file copy of a live database)."""
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()


class Store:
    """One open connection to a visitapp database, for the thread that opened it."""

    def __init__(self, path: Path, db: Connection, device_id: str, clock: Clock) -> None:
        self.path = path
        self.db = db
        self.device_id = device_id
        self.clock = clock

    def now(self) -> str:
        return format_timestamp(self.clock.now())

    def close(self) -> None:
        self.db.close()


def _ensure_device_id(db: Connection) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    if row:
        return row[0]
    device_id = new_id()
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)", [device_id])
    return db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]


def open_store(
    path: Path | str, clock: Clock | None = None, *, check: bool = True, schema: Schema = SCHEMA
) -> Store:
    """Open (creating or migrating if needed) the database at `path`.

    Raises a DatabaseFileError subclass, leaving the file untouched, when the file is not
    SQLite, not visitapp's, corrupt, or from a newer visitapp.
    """
    path = Path(path)
    clock = clock or SystemClock()
    facts = inspect_file(path, integrity="quick_check" if check else "", schema=schema)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(path)
        if facts.user_version < schema.latest:
            if not facts.is_new:
                _backup(db, backup_path(path, facts.user_version, clock))
            schema.apply(db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        device_id = _ensure_device_id(db)
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DatabaseBusy(str(error), path=str(path)) from error
        raise DatabaseFileError(str(error), path=str(path)) from error
    except OSError as error:
        raise DatabaseFileError(f"{error.strerror}: {error.filename}", path=str(path)) from error
    return Store(path, db, device_id, clock)


class Storage:
    """The database of one running app: a connection per thread, opened on first use.

    The first connection is opened (and the file checked and migrated) by the constructor,
    so a bad file is reported at startup, not in the middle of a task.
    """

    def __init__(self, path: Path | str, clock: Clock | None = None, *, check: bool = True) -> None:
        self.path = Path(path)
        self.clock = clock or SystemClock()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._stores: list[Store] = []
        self._jobs: dict[str, Store] = {}
        first = open_store(self.path, self.clock, check=check)
        self.device_id = first.device_id
        self._remember(first)

    def _remember(self, store: Store) -> None:
        self._local.store = store
        with self._lock:
            self._stores.append(store)

    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, _connect(self.path), self.device_id, self.clock)
            self._remember(store)
        return store

    def now(self) -> str:
        """The clock's time as stored, without touching the database."""
        return format_timestamp(self.clock.now())

    def job_store(self, job: str) -> Store:
        """The connection of `job`, not of the calling thread: for work that several threads
        take turns to do, one at a time (the survey server's group commit). The same one on
        every call until close()."""
        with self._lock:
            store = self._jobs.get(job)
            if store is None:
                store = Store(self.path, _connect(self.path), self.device_id, self.clock)
                self._jobs[job] = store
                self._stores.append(store)
            return store

    def close(self) -> None:
        """Close every connection this object opened (call once the worker threads are done)."""
        with self._lock:
            stores, self._stores = self._stores, []
            self._jobs = {}
        for store in stores:
            try:
                store.close()
            except sqlite3.ProgrammingError:
                pass  # a connection that belonged to a thread that has already gone
        self._local = threading.local()
