"""What export and merge report back (plain dataclasses), and why a file can be refused (errors).

Storage fills these in; services, the CLI and the UI read them. Codes are worded in texts.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from visitapp.core.errors import VisitappError

EXPORT_SUFFIX = ".visitapp"


class FileStatus(StrEnum):
    MERGED = "merged"
    ALREADY_MERGED = "already_merged"
    REFUSED = "refused"
    CANCELLED = "cancelled"  # the coordinator stopped before this file was reached


@dataclass(frozen=True, slots=True)
class TableCounts:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    conflicts: int = 0

    def __add__(self, other: TableCounts) -> TableCounts:
        return TableCounts(
            self.added + other.added,
            self.updated + other.updated,
            self.skipped + other.skipped,
            self.conflicts + other.conflicts,
        )


@dataclass(frozen=True, slots=True)
class FileReport:
    """What happened to one incoming file."""

    path: str
    status: FileStatus
    sha256: str = ""
    device_id: str = ""
    exported_at: str = ""
    schema_version: int = 0
    migrated: bool = False  # made by an older visitapp, upgraded in a temporary copy
    # Per table; derived tables (answers of a response) are listed but not in `records`.
    tables: Mapping[str, TableCounts] = field(default_factory=dict)
    records: TableCounts = TableCounts()
    error: VisitappError | None = None

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def ok(self) -> bool:
        return self.status in (FileStatus.MERGED, FileStatus.ALREADY_MERGED)


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: str
    sha256: str
    device_id: str
    exported_at: str
    schema_version: int
    app_version: str
    row_counts: Mapping[str, int]  # every synced table, derived ones included
    size_bytes: int
    records: int  # whole records (a response with its answers is one)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """The laptop's side: when it last exported, and how much changed since."""

    last_export_at: datetime | None
    last_export_file: str
    changed_since: int  # records written (added, edited or deleted) after the last export
    shared_folder: str  # where *Send to shared folder* writes, "" until chosen


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One line of the central database's import log: a file merged, with its counts."""

    sha256: str
    file_name: str
    device_id: str
    exported_at: str
    merged_at: str
    records: TableCounts


@dataclass(frozen=True, slots=True)
class DuplicateVisit:
    visit_id: str
    starts_at: str
    pupils_present: int | None
    girls_present: int | None
    ambassadors: str
    device_id: str
    same_as: str  # the visit this one was marked the same as, "" when not marked


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Visits recorded on different devices for one school, day and class level."""

    school_name: str
    school_city: str
    day: str
    class_level: str
    visits: tuple[DuplicateVisit, ...]

    @property
    def marked(self) -> bool:
        """True when every visit but one points to another of the group: counted once."""
        return sum(1 for v in self.visits if not v.same_as) == 1

    @property
    def visit_ids(self) -> tuple[str, ...]:
        return tuple(v.visit_id for v in self.visits)


# -- why a file is refused ----------------------------------------------------------------------


class RefusedFile(VisitappError):
    """An incoming file that was not merged. Nothing from it reached the central database."""

    code = "sync.refused"


class UnreadableFile(RefusedFile):
    code = "sync.unreadable"


class EmptyFile(RefusedFile):
    code = "sync.empty"


class NotAnExport(RefusedFile):
    code = "sync.not_sqlite"


class DamagedFile(RefusedFile):
    code = "sync.damaged"


class ForeignFile(RefusedFile):
    code = "sync.foreign"


class NewerExport(RefusedFile):
    code = "sync.newer"


class UnexpectedSchema(RefusedFile):
    """Tables, indexes, triggers or views a visitapp database of that version never has."""

    code = "sync.unexpected_schema"


class MissingMetadata(RefusedFile):
    code = "sync.no_metadata"


class MergeFailed(RefusedFile):
    code = "sync.merge_failed"


class ExportFailed(VisitappError):
    code = "sync.export_failed"


class FolderMissing(VisitappError):
    code = "sync.folder_missing"
