"""Visits: one ambassador action in one school on one date, with who was there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from visitapp.core.problems import Problem, problem


class VisitKind(StrEnum):
    CLASS_VISIT = "class_visit"
    FORUM = "forum"
    CAMPUS_VISIT = "campus_visit"
    COMPANY_VISIT = "company_visit"
    ONLINE = "online"
    OTHER = "other"


class ClassLevel(StrEnum):
    SIXIEME = "6e"
    CINQUIEME = "5e"
    QUATRIEME = "4e"
    TROISIEME = "3e"
    SECONDE = "2nde"
    PREMIERE = "1re"
    TERMINALE = "terminale"
    OTHER = "other"

    @property
    def is_college(self) -> bool:
        return self in _COLLEGE_LEVELS


_COLLEGE_LEVELS = frozenset(
    {ClassLevel.SIXIEME, ClassLevel.CINQUIEME, ClassLevel.QUATRIEME, ClassLevel.TROISIEME}
)

DEFAULT_DURATION_MINUTES = 55
DURATION_RANGE = (5, 600)
PUPILS_MAX = 2000  # a forum can gather several hundred pupils; more is a typing error
NOTES_MAX = 5000


@dataclass(frozen=True, slots=True)
class Visit:
    id: str
    school_id: str
    starts_at: datetime  # local wall-clock time of the visit, naive: it is what the school's timetable says
    kind: VisitKind = VisitKind.CLASS_VISIT
    class_level: ClassLevel = ClassLevel.TROISIEME
    duration_minutes: int = DEFAULT_DURATION_MINUTES
    pupils_present: int | None = None  # unknown until the visit has happened
    girls_present: int | None = None
    ambassador_ids: tuple[str, ...] = ()
    notes: str = ""
    deck_id: str | None = None


def validate_visit(visit: Visit) -> list[Problem]:
    problems: list[Problem] = []
    if not visit.school_id:
        problems.append(problem("school_id", "required"))
    if not 2000 <= visit.starts_at.year <= 2100:
        problems.append(problem("starts_at", "date.out_of_range"))
    low, high = DURATION_RANGE
    if not low <= visit.duration_minutes <= high:
        problems.append(problem("duration_minutes", "out_of_range", min=low, max=high))
    pupils, girls = visit.pupils_present, visit.girls_present
    if pupils is not None and not 0 <= pupils <= PUPILS_MAX:
        problems.append(problem("pupils_present", "out_of_range", min=0, max=PUPILS_MAX))
    if girls is not None:
        if girls < 0:
            problems.append(problem("girls_present", "negative"))
        elif pupils is None:
            problems.append(problem("girls_present", "girls.without_pupils"))
        elif girls > pupils:
            problems.append(problem("girls_present", "girls.more_than_pupils", pupils=pupils))
    if len(set(visit.ambassador_ids)) != len(visit.ambassador_ids):
        problems.append(problem("ambassador_ids", "duplicate"))
    if len(visit.notes) > NOTES_MAX:
        problems.append(problem("notes", "too_long", max=NOTES_MAX))
    return problems


@dataclass(frozen=True, slots=True)
class VisitSummary:
    """A visit with the names a list shows next to it."""

    visit: Visit
    school_name: str
    school_city: str = ""
    school_is_priority: bool = False
    ambassador_names: tuple[str, ...] = ()
