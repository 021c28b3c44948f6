"""Reading school lists: the national directory's CSV export or any CSV with a header mapping.

Pure parsing: text in, schools and per-line problems out. Saving is the services' job.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from visitapp.core.problems import Problem
from visitapp.core.schools import (
    Priority,
    School,
    SchoolKind,
    Sector,
    normalize_uai,
    validate_school,
)

FIELDS = ("name", "city", "postcode", "uai", "kind", "priority", "sector")

# Column names of the "Annuaire de l'éducation" export (data.education.gouv.fr), compared
# after normalisation (lower case, no accents), and common names found in hand-made lists.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "uai": ("identifiant_de_l_etablissement", "uai", "code_uai", "rne", "numero_uai"),
    "name": (
        "nom_etablissement",
        "nom",
        "name",
        "etablissement",
        "nom_de_l_etablissement",
        "school",
    ),
    "kind": ("type_etablissement", "type", "kind", "type_d_etablissement"),
    "postcode": ("code_postal", "postcode", "cp", "zip", "postal_code"),
    "city": ("nom_commune", "commune", "ville", "city", "localite"),
    "priority": (
        "appartenance_education_prioritaire",
        "education_prioritaire",
        "priority",
        "rep",
        "ep",
    ),
    "sector": ("statut_public_prive", "statut", "secteur", "sector", "public_prive"),
}


@dataclass(frozen=True, slots=True)
class ImportedSchool:
    line: int
    school: School


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    problem: Problem


@dataclass(slots=True)
class ParsedDirectory:
    schools: list[ImportedSchool] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    encoding: str = "utf-8"
    skipped_other_kinds: int = 0  # primary schools, administrations… in the national file


class DirectoryFormatError(ValueError):
    """The file as a whole cannot be read as a school list; `code` says why."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lstrip("\ufeff"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return "".join(c if c.isalnum() else "_" for c in text).strip("_")


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) first; French spreadsheets often save Windows-1252."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def detect_columns(header: list[str], mapping: Mapping[str, str] | None = None) -> dict[str, int]:
    """Map our field names to column positions, from an explicit mapping or known synonyms."""
    keys = [_key(h) for h in header]
    columns: dict[str, int] = {}
    for name in FIELDS:
        wanted = (_key(mapping[name]),) if mapping and name in mapping else _SYNONYMS[name]
        for candidate in wanted:
            if candidate in keys:
                columns[name] = keys.index(candidate)
                break
        else:
            if mapping and name in mapping:
                raise DirectoryFormatError("csv.mapped_column_missing", column=mapping[name])
    if "name" not in columns:
        raise DirectoryFormatError("csv.no_name_column")
    return columns


def _kind(text: str) -> SchoolKind | None:
    key = _key(text)
    if key.startswith("college") or key in {"clg", "ce"}:
        return SchoolKind.COLLEGE
    if key.startswith("lycee") or key in {"lyc", "lp", "lgt", "lpo"}:
        return SchoolKind.LYCEE
    if key in {"", "other", "autre"}:
        return SchoolKind.OTHER
    return None


def _priority(text: str) -> Priority | None:
    key = text.strip().upper().replace(" ", "")
    if key in {"REP+", "REPPLUS", "REP_PLUS"}:
        return Priority.REP_PLUS
    if key == "REP":
        return Priority.REP
    if key in {"", "NON", "NO", "NONE", "HORSEP", "HORS_EP", "0"}:
        return Priority.NONE
    return None


def _sector(text: str) -> Sector | None:
    key = _key(text)
    if key.startswith("priv"):
        return Sector.PRIVATE
    if key in {"", "public"}:
        return Sector.PUBLIC
    return None


def parse_directory(data: bytes, mapping: Mapping[str, str] | None = None) -> ParsedDirectory:
    """Parse a school list. Bad rows are reported with their line number and skipped."""
    text, encoding = decode(data)
    if not text.strip():
        raise DirectoryFormatError("csv.empty")
    sample = text[:4096]
    first_line = sample.splitlines()[0] if sample else ""
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as error:
        raise DirectoryFormatError("csv.unreadable", detail=str(error)) from error
    columns = detect_columns(header, mapping)
    national = "identifiant_de_l_etablissement" in {_key(h) for h in header}
    result = ParsedDirectory(encoding=encoding)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            result.problems.append(
                RowProblem(
                    reader.line_num, Problem("row", "csv.unreadable_row", (("detail", str(error)),))
                )
            )
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            result.problems.append(RowProblem(line, Problem("row", "csv.missing_cells")))
            continue

        def cell(name: str, row: list[str] = row) -> str:
            return row[columns[name]].strip() if name in columns else ""

        kind = _kind(cell("kind"))
        if kind is None:
            if national:
                # The national file lists every kind of establishment; ambassadors visit
                # collèges and lycées, so the rest is skipped quietly but counted.
                result.skipped_other_kinds += 1
                continue
            kind = SchoolKind.OTHER
        priority = _priority(cell("priority"))
        if priority is None:
            result.problems.append(RowProblem(line, Problem("priority", "csv.unknown_priority")))
            continue
        sector = _sector(cell("sector"))
        if sector is None:
            result.problems.append(RowProblem(line, Problem("sector", "csv.unknown_sector")))
            continue
        school = School(
            id="",
            name=cell("name"),
            city=cell("city"),
            postcode=cell("postcode"),
            uai=normalize_uai(cell("uai")),
            kind=kind,
            priority=priority,
            sector=sector,
        )
        problems = validate_school(school)
        if problems:
            result.problems.extend(RowProblem(line, p) for p in problems)
            continue
        result.schools.append(ImportedSchool(line, school))
    return result
