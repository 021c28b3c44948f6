"""Importing school lists: new schools are added, known ones (same UAI) updated, bad rows reported."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from visitapp.core.errors import FileUnreadable
from visitapp.core.ids import new_id
from visitapp.core.school_directory import RowProblem, parse_directory
from visitapp.core.schools import school_id_for_uai
from visitapp.storage.database import Storage
from visitapp.storage.repository import Repository


@dataclass(slots=True)
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_other_kinds: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    encoding: str = "utf-8"


class SchoolImportService:
    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    def import_file(self, path: Path, mapping: Mapping[str, str] | None = None) -> ImportReport:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise FileUnreadable(error.strerror or str(error)) from error
        return self.import_bytes(data, mapping)

    def import_bytes(self, data: bytes, mapping: Mapping[str, str] | None = None) -> ImportReport:
        """Parse then save in one transaction: a file is imported whole or not at all.

        Raises DirectoryFormatError when the file as a whole is unusable (nothing saved).
        """
        parsed = parse_directory(data, mapping)
        report = ImportReport(
            problems=parsed.problems,
            skipped_other_kinds=parsed.skipped_other_kinds,
            encoding=parsed.encoding,
        )
        repo = Repository(self._storage.store())
        by_name = {(s.name.casefold(), s.postcode): s for s in repo.list_schools()}
        with repo.db.atomic():
            for item in parsed.schools:
                incoming = item.school
                existing = (
                    repo.find_school_by_uai(incoming.uai)
                    if incoming.uai
                    else by_name.get((incoming.name.casefold(), incoming.postcode))
                )
                if existing is None:
                    school_id = school_id_for_uai(incoming.uai) if incoming.uai else new_id()
                    repo.save_school(replace(incoming, id=school_id))
                    by_name[(incoming.name.casefold(), incoming.postcode)] = incoming
                    report.created += 1
                    continue
                merged = replace(incoming, id=existing.id)
                active = repo.get_school(existing.id) is not None
                if merged == existing and active:
                    report.unchanged += 1
                else:
                    # An explicit import brings back a school that had been deleted.
                    repo.save_school(merged)
                    report.updated += 1
        return report
