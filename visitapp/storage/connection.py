"""A database connection with sqlite-utils' `Database` behind it, loaded only when needed.

Everyday reads and writes use `execute()` and `atomic()` straight on sqlite3; anything else
(`db["table"]`, `db.query()`, migrations…) goes to sqlite-utils, imported on first use. This keeps
sqlite-utils' import (≈0.1 s, most of it click and dateutil) off the app's start-up path.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Generator, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


class Connection:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Database | None = None

    @property
    def utils(self) -> Database:
        """The sqlite-utils Database over this same connection."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn, execute_plugins=False)
        return self._utils

    def execute(self, sql: str, parameters: Iterable[Any] | dict | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    @contextlib.contextmanager
    def atomic(self) -> Generator[Connection, None, None]:
        """A transaction (a savepoint when nested), committed on success, rolled back on error.

        The same semantics as sqlite-utils' `Database.atomic()`.
        """
        if self.conn.in_transaction:
            savepoint = f"sp_{os.urandom(8).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, name: str) -> Any:
        return self.utils[name]

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not defined here: the rest of sqlite-utils' Database API.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.utils, name)
