"""Errors that reach the user, as codes. Storage and services raise them; ui, cli and web word them."""

from __future__ import annotations


class VisitappError(Exception):
    """Base of the errors a user can be shown. `code` keys the French/English message."""

    code = "error"

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params = params


class FileUnreadable(VisitappError):
    """A file the user picked cannot be read (gone, a USB stick pulled out, no permission)."""

    code = "file.unreadable"


class DatabaseFileError(VisitappError):
    code = "db.unreadable"


class NotSQLiteFile(DatabaseFileError):
    code = "db.not_sqlite"


class NotVisitappDatabase(DatabaseFileError):
    code = "db.not_visitapp"


class CorruptDatabase(DatabaseFileError):
    code = "db.corrupt"


class NewerSchema(DatabaseFileError):
    """The file was written by a newer visitapp; opening it here could damage it."""

    code = "db.newer_schema"


class DatabaseBusy(DatabaseFileError):
    code = "db.busy"


class RecordNotFound(VisitappError):
    code = "record.not_found"
