"""The SQL behind the impact indicators: set-based sums per group, never a Python loop over rows.

Every query starts from the same filtered set of visits (`visits_where`), so a figure in one
table always agrees with the same figure in another. Returns core dataclasses.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from visitapp.core.indicators import (
    AmbassadorCounts,
    CertificateVisit,
    GroupCounts,
    ProgrammeCounts,
    ReportFilter,
    SchoolCounts,
)
from visitapp.core.schools import Priority
from visitapp.core.visits import ClassLevel, VisitKind
from visitapp.storage.database import Store
from visitapp.storage.repository import enum_or

# Group keys a breakdown can use, as SQL over `visit v JOIN school s`.
DIMENSIONS = {
    "month": "substr(v.starts_at, 1, 7)",
    "kind": "v.kind",
    "level": "v.class_level",
    "priority": "s.priority",
}


def counted_visit(visit_id: str) -> str:
    """SQL for the visit that counts for `visit_id`: the one the coordinator marked it the same
    as (sync's probable duplicates, while that one is not deleted), else itself. The rule of the
    `visits_counted_once` view, in one place for the indicators."""
    return f"""coalesce((SELECT d.same_as_visit_id FROM visit_duplicate d
        JOIN visit kept ON kept.id = d.same_as_visit_id
        WHERE d.visit_id = {visit_id} AND d.deleted = 0 AND kept.deleted = 0), {visit_id})"""


# A visit marked the same as another is not counted: that one stands for both.
COUNTED_ONCE = f"v.id = {counted_visit('v.id')}"


# Who took part in each visit: its own ambassadors, and those of the visits marked the same as it
# (two laptops, two team lists of one real visit).
TEAM = """(SELECT l.visit_id, l.ambassador_id FROM visit_ambassador l WHERE l.deleted = 0
    UNION SELECT d.same_as_visit_id, l.ambassador_id FROM visit_duplicate d
    JOIN visit_ambassador l ON l.visit_id = d.visit_id AND l.deleted = 0 WHERE d.deleted = 0)"""

_SUMS = """count(*),
    coalesce(sum(v.pupils_present), 0),
    coalesce(sum(v.girls_present), 0),
    coalesce(sum(CASE WHEN v.girls_present IS NOT NULL THEN v.pupils_present END), 0),
    coalesce(sum(v.duration_minutes), 0)"""


def local_minute(moment: datetime) -> str:
    """A visit's start is stored as local wall-clock text to the minute; compare likewise."""
    return moment.isoformat(timespec="minutes")


def visits_where(report_filter: ReportFilter) -> tuple[str, list[object]]:
    clauses = ["v.deleted = 0", COUNTED_ONCE]
    params: list[object] = []
    if report_filter.date_from:
        clauses.append("v.starts_at >= ?")
        params.append(report_filter.date_from.isoformat())
    if report_filter.date_to:
        clauses.append("v.starts_at < ?")
        params.append((report_filter.date_to + timedelta(days=1)).isoformat())
    if report_filter.school_id:
        clauses.append("v.school_id = ?")
        params.append(report_filter.school_id)
    if report_filter.class_level:
        clauses.append("v.class_level = ?")
        params.append(report_filter.class_level.value)
    if report_filter.ambassador_id:
        clauses.append(f"v.id IN (SELECT t.visit_id FROM {TEAM} t WHERE t.ambassador_id = ?)")
        params.append(report_filter.ambassador_id)
    if report_filter.engineering_school:
        clauses.append(
            f"v.id IN (SELECT t.visit_id FROM {TEAM} t JOIN ambassador a ON a.id = t.ambassador_id"
            " WHERE a.engineering_school = ?)"
        )
        params.append(report_filter.engineering_school)
    return " AND ".join(clauses), params


def _counts(key: str, row: tuple) -> GroupCounts:
    return GroupCounts(key, row[0], row[1], row[2], row[3], row[4])


class IndicatorQueries:
    """Read-only sums over one database (the laptop's or the central one)."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    def programme(self, report_filter: ReportFilter, as_of: datetime) -> ProgrammeCounts:
        where, params = visits_where(report_filter)
        now = local_minute(as_of)
        row = self.db.execute(
            f"""SELECT {_SUMS},
                count(DISTINCT v.school_id),
                (SELECT count(*) FROM visit v WHERE {where} AND v.starts_at > ?),
                coalesce(sum(v.pupils_present IS NULL), 0)
            FROM visit v WHERE {where} AND v.starts_at <= ?""",
            [*params, now, *params, now],
        ).fetchone()
        return ProgrammeCounts(
            held=_counts("all", row[:5]),
            planned_visits=row[6],
            visits_without_headcount=row[7],
            schools=row[5],
        )

    def by(self, dimension: str, report_filter: ReportFilter, as_of: datetime) -> list[GroupCounts]:
        """Held visits summed per group of `dimension` (a key of DIMENSIONS), sorted by key."""
        key = DIMENSIONS[dimension]
        where, params = visits_where(report_filter)
        rows = self.db.execute(
            f"""SELECT {key} AS k, {_SUMS} FROM visit v JOIN school s ON s.id = v.school_id
            WHERE {where} AND v.starts_at <= ? GROUP BY k ORDER BY k""",
            [*params, local_minute(as_of)],
        ).fetchall()
        return [_counts(row[0], row[1:]) for row in rows]

    def by_school(self, report_filter: ReportFilter, as_of: datetime) -> list[SchoolCounts]:
        where, params = visits_where(report_filter)
        rows = self.db.execute(
            f"""SELECT s.id, s.name, s.city, s.priority, {_SUMS}
            FROM visit v JOIN school s ON s.id = v.school_id
            WHERE {where} AND v.starts_at <= ?
            GROUP BY s.id ORDER BY s.name COLLATE NOCASE, s.city""",
            [*params, local_minute(as_of)],
        ).fetchall()
        return [
            SchoolCounts(
                row[0],
                row[1],
                row[2],
                enum_or(Priority, row[3], Priority.NONE),
                _counts(row[0], row[4:]),
            )
            for row in rows
        ]

    def by_ambassador(self, report_filter: ReportFilter, as_of: datetime) -> list[AmbassadorCounts]:
        """Per ambassador, the held visits they took part in. Only the ambassadors the filter
        names (by id or engineering school) are listed, not their team-mates from elsewhere."""
        where, params = visits_where(report_filter)
        where += " AND v.starts_at <= ?"
        params.append(local_minute(as_of))
        if report_filter.ambassador_id:
            where += " AND a.id = ?"
            params.append(report_filter.ambassador_id)
        if report_filter.engineering_school:
            where += " AND a.engineering_school = ?"
            params.append(report_filter.engineering_school)
        rows = self.db.execute(
            f"""SELECT a.id, a.name, a.engineering_school, count(*),
                coalesce(sum(v.duration_minutes), 0), coalesce(sum(v.pupils_present), 0)
            FROM visit v
            JOIN {TEAM} t ON t.visit_id = v.id
            JOIN ambassador a ON a.id = t.ambassador_id AND a.deleted = 0
            WHERE {where}
            GROUP BY a.id ORDER BY a.name COLLATE NOCASE""",
            params,
        ).fetchall()
        return [AmbassadorCounts(*row) for row in rows]

    def certificate_visits(
        self, ambassador_id: str, date_from: date | None, date_to: date | None, as_of: datetime
    ) -> list[CertificateVisit]:
        """The held visits of one ambassador in a period, oldest first."""
        where, params = visits_where(
            ReportFilter(date_from=date_from, date_to=date_to, ambassador_id=ambassador_id)
        )
        rows = self.db.execute(
            f"""SELECT v.starts_at, s.name, s.city, v.kind, v.class_level, v.duration_minutes,
                v.pupils_present
            FROM visit v JOIN school s ON s.id = v.school_id
            WHERE {where} AND v.starts_at <= ? ORDER BY v.starts_at""",
            [*params, local_minute(as_of)],
        ).fetchall()
        return [
            CertificateVisit(
                starts_at=datetime.fromisoformat(row[0]),
                school_name=row[1],
                school_city=row[2],
                kind=enum_or(VisitKind, row[3], VisitKind.OTHER),
                class_level=enum_or(ClassLevel, row[4], ClassLevel.OTHER),
                minutes=row[5],
                pupils=row[6],
            )
            for row in rows
        ]

    def engineering_schools(self) -> list[str]:
        rows = self.db.execute(
            "SELECT DISTINCT engineering_school FROM ambassador"
            " WHERE deleted = 0 AND engineering_school <> ''"
            " ORDER BY engineering_school COLLATE NOCASE"
        ).fetchall()
        return [row[0] for row in rows]
