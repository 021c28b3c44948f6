"""Reading and writing the foundation records (schools, ambassadors, visits, local settings).

Returns core dataclasses only; rows and SQL stay in here.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import TypeVar

from visitapp.core.ambassadors import Ambassador
from visitapp.core.ids import stable_id
from visitapp.core.schools import Priority, School, SchoolKind, Sector
from visitapp.core.visits import ClassLevel, Visit, VisitKind, VisitSummary
from visitapp.storage.database import Store
from visitapp.storage.records import set_deleted, upsert_record

E = TypeVar("E", bound=StrEnum)


def enum_or(kind: type[E], value: str, fallback: E) -> E:
    """`kind(value)`, or `fallback` for a value written by a newer visitapp (merged here)."""
    return _members(kind).get(value, fallback)


@cache
def _members(kind: type[E]) -> dict[str, E]:
    # A dict lookup: calling the enum costs ~1 µs a value, and a list of 500 visits has 1,000.
    return {member.value: member for member in kind}


_SCHOOL_COLUMNS = "id, name, city, postcode, uai, kind, priority, sector"


def _school(row: tuple) -> School:
    return School(
        id=row[0],
        name=row[1],
        city=row[2],
        postcode=row[3],
        uai=row[4],
        kind=enum_or(SchoolKind, row[5], SchoolKind.OTHER),
        priority=enum_or(Priority, row[6], Priority.NONE),
        sector=enum_or(Sector, row[7], Sector.PUBLIC),
    )


_VISIT_COLUMNS = (
    "id, school_id, starts_at, kind, class_level, duration_minutes, pupils_present,"
    " girls_present, notes, deck_id"
)


def _visit(row: tuple, ambassador_ids: tuple[str, ...]) -> Visit:
    return Visit(
        id=row[0],
        school_id=row[1],
        starts_at=datetime.fromisoformat(row[2]),
        kind=enum_or(VisitKind, row[3], VisitKind.OTHER),
        class_level=enum_or(ClassLevel, row[4], ClassLevel.OTHER),
        duration_minutes=row[5],
        pupils_present=row[6],
        girls_present=row[7],
        notes=row[8],
        ambassador_ids=ambassador_ids,
        deck_id=row[9],
    )


def link_id(visit_id: str, ambassador_id: str) -> str:
    """The same visit–ambassador pair has the same id everywhere, so re-adding it merges."""
    return stable_id("visit_ambassador", visit_id, ambassador_id)


class Repository:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    # -- local settings (never synced) -------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.db.atomic():
            if value is None:
                self.db.execute("DELETE FROM meta WHERE key = ?", [key])
            else:
                self.db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )

    def exists(self, table: str, record_id: str) -> bool:
        """True when a record with this id exists, deleted or not (used by idempotent seeding)."""
        if table not in {"school", "ambassador", "visit"}:
            raise ValueError(table)
        row = self.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone()
        return row is not None

    # -- schools -------------------------------------------------------------------------------

    def list_schools(self) -> list[School]:
        rows = self.db.execute(
            f"SELECT {_SCHOOL_COLUMNS} FROM school WHERE deleted = 0 ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [_school(row) for row in rows]

    def get_school(self, school_id: str) -> School | None:
        row = self.db.execute(
            f"SELECT {_SCHOOL_COLUMNS} FROM school WHERE id = ? AND deleted = 0", [school_id]
        ).fetchone()
        return _school(row) if row else None

    def find_school_by_uai(self, uai: str) -> School | None:
        row = self.db.execute(
            f"SELECT {_SCHOOL_COLUMNS} FROM school WHERE uai = ? ORDER BY deleted, updated_at DESC",
            [uai],
        ).fetchone()
        return _school(row) if row else None

    def save_school(self, school: School) -> bool:
        with self.db.atomic():
            return upsert_record(
                self.store,
                "school",
                school.id,
                {
                    "name": school.name,
                    "city": school.city,
                    "postcode": school.postcode,
                    "uai": school.uai,
                    "kind": school.kind.value,
                    "priority": school.priority.value,
                    "sector": school.sector.value,
                },
            )

    def set_school_deleted(self, school_id: str, deleted: bool) -> bool:
        with self.db.atomic():
            return set_deleted(self.store, "school", school_id, deleted)

    def count_visits_of_school(self, school_id: str) -> int:
        return self.db.execute(
            "SELECT count(*) FROM visit WHERE school_id = ? AND deleted = 0", [school_id]
        ).fetchone()[0]

    # -- ambassadors -------------------------------------------------------------------------

    def list_ambassadors(self) -> list[Ambassador]:
        rows = self.db.execute(
            "SELECT id, name, engineering_school, email FROM ambassador WHERE deleted = 0"
            " ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [Ambassador(*row) for row in rows]

    def get_ambassador(self, ambassador_id: str) -> Ambassador | None:
        row = self.db.execute(
            "SELECT id, name, engineering_school, email FROM ambassador WHERE id = ? AND deleted = 0",
            [ambassador_id],
        ).fetchone()
        return Ambassador(*row) if row else None

    def save_ambassador(self, ambassador: Ambassador) -> bool:
        with self.db.atomic():
            return upsert_record(
                self.store,
                "ambassador",
                ambassador.id,
                {
                    "name": ambassador.name,
                    "engineering_school": ambassador.engineering_school,
                    "email": ambassador.email,
                },
            )

    def set_ambassador_deleted(self, ambassador_id: str, deleted: bool) -> bool:
        with self.db.atomic():
            return set_deleted(self.store, "ambassador", ambassador_id, deleted)

    # -- visits ------------------------------------------------------------------------------

    def _ambassador_ids(self, visit_id: str) -> tuple[str, ...]:
        rows = self.db.execute(
            "SELECT l.ambassador_id FROM visit_ambassador l JOIN ambassador a ON a.id = l.ambassador_id"
            " WHERE l.visit_id = ? AND l.deleted = 0 ORDER BY a.name COLLATE NOCASE",
            [visit_id],
        ).fetchall()
        return tuple(row[0] for row in rows)

    def get_visit(self, visit_id: str) -> Visit | None:
        row = self.db.execute(
            f"SELECT {_VISIT_COLUMNS} FROM visit WHERE id = ? AND deleted = 0", [visit_id]
        ).fetchone()
        return _visit(row, self._ambassador_ids(visit_id)) if row else None

    def list_visit_summaries(self) -> list[VisitSummary]:
        """Every visit with its school and ambassadors' names, newest first, in two queries."""
        names: dict[str, list[tuple[str, str]]] = {}
        for visit_id, ambassador_id, name in self.db.execute(
            "SELECT l.visit_id, a.id, a.name FROM visit_ambassador l"
            " JOIN ambassador a ON a.id = l.ambassador_id"
            " WHERE l.deleted = 0 AND a.deleted = 0 ORDER BY a.name COLLATE NOCASE"
        ):
            names.setdefault(visit_id, []).append((ambassador_id, name))
        rows = self.db.execute(
            f"SELECT {', '.join('v.' + c.strip() for c in _VISIT_COLUMNS.split(','))},"
            " s.name, s.city, s.priority"
            " FROM visit v JOIN school s ON s.id = v.school_id"
            " WHERE v.deleted = 0 ORDER BY v.starts_at DESC"
        ).fetchall()
        summaries = []
        for row in rows:
            people = names.get(row[0], [])
            summaries.append(
                VisitSummary(
                    visit=_visit(row, tuple(p[0] for p in people)),
                    school_name=row[-3],
                    school_city=row[-2],
                    school_is_priority=row[-1] != Priority.NONE.value,
                    ambassador_names=tuple(p[1] for p in people),
                )
            )
        return summaries

    def save_visit(self, visit: Visit) -> bool:
        with self.db.atomic():
            created = upsert_record(
                self.store,
                "visit",
                visit.id,
                {
                    "school_id": visit.school_id,
                    "starts_at": visit.starts_at.isoformat(timespec="minutes"),
                    "kind": visit.kind.value,
                    "class_level": visit.class_level.value,
                    "duration_minutes": visit.duration_minutes,
                    "pupils_present": visit.pupils_present,
                    "girls_present": visit.girls_present,
                    "notes": visit.notes,
                    "deck_id": visit.deck_id,
                },
            )
            current = {
                row[0]: row[1]
                for row in self.db.execute(
                    "SELECT ambassador_id, deleted FROM visit_ambassador WHERE visit_id = ?",
                    [visit.id],
                )
            }
            wanted = set(visit.ambassador_ids)
            for ambassador_id in wanted:
                if current.get(ambassador_id, 1):
                    upsert_record(
                        self.store,
                        "visit_ambassador",
                        link_id(visit.id, ambassador_id),
                        {"visit_id": visit.id, "ambassador_id": ambassador_id},
                    )
            for ambassador_id, deleted in current.items():
                if ambassador_id not in wanted and not deleted:
                    set_deleted(
                        self.store, "visit_ambassador", link_id(visit.id, ambassador_id), True
                    )
            return created

    def set_visit_deleted(self, visit_id: str, deleted: bool) -> bool:
        with self.db.atomic():
            return set_deleted(self.store, "visit", visit_id, deleted)
