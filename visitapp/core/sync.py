"""What export and merge report back (plain dataclasses), and why a file can be refused (errors).

Storage fills these in; services, the CLI and the UI read them. Codes are worded in texts.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from visitapp.core.errors import VisitappError
from visitapp.core.surveys import SurveyDefinition

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


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One field of a record that came twice: the value central kept and the one that came in.
    Values are text (None: empty or missing). A JSON object field (a response's answers) is
    compared key by key: `key` names the key inside it, "" for the whole field."""

    field: str
    kept: str | None
    incoming: str | None
    key: str = ""


@dataclass(frozen=True, slots=True)
class ResponseContext:
    """Where a pupil's response in conflict was given (read from the version central kept)."""

    school_name: str  # "" when the visit is not in this database
    visit_starts_at: str  # the visit's local start, 2026-11-20T10:00
    phase: str  # before / after / other
    survey: SurveyDefinition | None  # to word question and option ids; None if unreadable


@dataclass(frozen=True, slots=True)
class MergeConflict:
    """An immutable record (a pupil's response, a survey definition) that arrived with the id of
    one central already held but with other content: central kept its own, and this one too."""

    id: str
    table: str
    record_id: str
    detected_at: str
    device_id: str  # the laptop the other version came from
    file_sha256: str
    file_name: str  # "" when the import log does not know the file
    differences: tuple[FieldDifference, ...]
    response: ResponseContext | None = None  # for a pupil's response


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (list, dict, bool)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _json_object(value: object) -> dict | None:
    if not isinstance(value, str) or not value.startswith("{"):
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


def record_differences(
    kept: Mapping[str, object], incoming: Mapping[str, object], ignored: Iterable[str] = ()
) -> tuple[FieldDifference, ...]:
    """The fields whose values differ, in the incoming record's column order, then kept's."""
    skip = set(ignored)
    fields = [f for f in dict.fromkeys([*incoming, *kept]) if f not in skip]
    found: list[FieldDifference] = []
    for name in fields:
        old, new = kept.get(name), incoming.get(name)
        if old == new:
            continue
        old_object, new_object = _json_object(old), _json_object(new)
        if old_object is not None and new_object is not None and old_object != new_object:
            for key in dict.fromkeys([*new_object, *old_object]):
                if old_object.get(key) != new_object.get(key):
                    found.append(
                        FieldDifference(
                            name, _text(old_object.get(key)), _text(new_object.get(key)), key
                        )
                    )
        else:  # plain values, or JSON written differently with the same meaning
            found.append(FieldDifference(name, _text(old), _text(new)))
    return tuple(found)


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
