"""The impact indicators: what each figure means and how small groups of pupils are hidden.

Pure: storage sums the rows in SQL and hands in counts per group; this module turns them into the
figures every report shows, so the dashboard, the exports and the CLI all say the same thing.
The README's "Indicators" section documents these definitions for other programmes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from visitapp.core.errors import RecordNotFound, VisitappError
from visitapp.core.problems import Problem, problem
from visitapp.core.schools import Priority
from visitapp.core.visits import ClassLevel, VisitKind

if TYPE_CHECKING:
    from visitapp.core.survey_indicators import SurveyReport

# A figure about fewer pupils than this is hidden. A setting; never below the floor.
MIN_GROUP_DEFAULT = 5
MIN_GROUP_FLOOR = 3
MIN_GROUP_CEILING = 100


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """Which visits a report covers. Dates are inclusive, on the visit's local date."""

    date_from: date | None = None
    date_to: date | None = None
    engineering_school: str | None = None  # visits with at least one ambassador from it
    ambassador_id: str | None = None  # visits this ambassador took part in
    school_id: str | None = None
    class_level: ClassLevel | None = None


def validate_filter(report_filter: ReportFilter) -> list[Problem]:
    start, end = report_filter.date_from, report_filter.date_to
    if start and end and end < start:
        return [problem("date_to", "period.end_before_start")]
    return []


def validate_min_group(size: int) -> list[Problem]:
    if size < MIN_GROUP_FLOOR:
        return [problem("min_group_size", "min_group.too_low", min=MIN_GROUP_FLOOR)]
    if size > MIN_GROUP_CEILING:
        return [
            problem("min_group_size", "out_of_range", min=MIN_GROUP_FLOOR, max=MIN_GROUP_CEILING)
        ]
    return []


# -- small-cell protection -----------------------------------------------------------------


class HiddenReason(StrEnum):
    SMALL_GROUP = "small_group"  # computed from fewer pupils than the threshold: shown "< 5"
    COMPLEMENTARY = "complementary"  # hidden so that the total cannot reveal a small group


@dataclass(frozen=True, slots=True)
class Hidden:
    """A figure that is not shown, and why. Renderers print "< threshold" or "hidden"."""

    reason: HiddenReason
    threshold: int


# A share in [0, 1]; None when there is nothing to divide by.
Share = float | Hidden | None


def hide_small_groups(sizes: Sequence[int], threshold: int) -> list[HiddenReason | None]:
    """Which groups of one breakdown to hide, given how many pupils each figure comes from.

    Groups under `threshold` pupils are hidden. The breakdown's total is published too, so
    one hidden group could be recomputed as total − the others: more groups (smallest first)
    are hidden until at least two are, together covering at least `threshold` pupils.
    """
    reasons: list[HiddenReason | None] = [
        HiddenReason.SMALL_GROUP if 0 < size < threshold else None for size in sizes
    ]
    hidden = [i for i, reason in enumerate(reasons) if reason]
    while hidden and (len(hidden) < 2 or sum(sizes[i] for i in hidden) < threshold):
        candidates = [i for i, reason in enumerate(reasons) if reason is None and sizes[i] > 0]
        if not candidates:
            break  # everything is hidden; the total itself is hidden by its own size
        pick = min(candidates, key=lambda i: (sizes[i], i))
        reasons[pick] = HiddenReason.COMPLEMENTARY
        hidden.append(pick)
    return reasons


def share(part: int, whole: int, threshold: int, reason: HiddenReason | None = None) -> Share:
    """part / whole, or Hidden when `whole` pupils are too few (or `reason` says so)."""
    if reason is None and 0 < whole < threshold:
        reason = HiddenReason.SMALL_GROUP
    if reason is not None:
        return Hidden(reason, threshold)
    return part / whole if whole else None


def plain_ratio(part: int, whole: int) -> float | None:
    """A ratio of visit or headcount figures (not pupils' answers): never hidden."""
    return part / whole if whole else None


# -- what storage hands in ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupCounts:
    """Sums over the visits of one group (a month, a level, a school…), computed in SQL."""

    key: str
    visits: int
    pupils: int  # pupils present, summed over visits with a headcount
    girls: int  # girls present, over the visits whose girls count is known
    gender_known: int  # pupils of the visits whose girls count is known
    minutes: int


@dataclass(frozen=True, slots=True)
class ProgrammeCounts:
    """The filtered programme as a whole."""

    held: GroupCounts  # visits that have taken place (started before the report's moment)
    planned_visits: int
    visits_without_headcount: int
    schools: int


@dataclass(frozen=True, slots=True)
class SchoolCounts:
    school_id: str
    name: str
    city: str
    priority: Priority
    counts: GroupCounts


@dataclass(frozen=True, slots=True)
class AmbassadorCounts:
    ambassador_id: str
    name: str
    engineering_school: str
    visits: int
    minutes: int
    pupils: int


# -- what reports show ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupRow:
    key: str
    visits: int
    pupils: int
    hours: float
    girls_share: Share


@dataclass(frozen=True, slots=True)
class SchoolRow:
    school_id: str
    name: str
    city: str
    priority: Priority
    visits: int
    pupils: int
    girls_share: Share


@dataclass(frozen=True, slots=True)
class AmbassadorRow:
    ambassador_id: str
    name: str
    engineering_school: str
    visits: int
    hours: float
    pupils: int


@dataclass(frozen=True, slots=True)
class Kpis:
    visits: int
    planned_visits: int
    visits_without_headcount: int
    pupils_reached: int
    girls_share: Share
    priority_visits_share: float | None  # REP and REP+ together
    priority_pupils_share: float | None
    rep_plus_visits_share: float | None
    visit_hours: float
    schools: int
    active_ambassadors: int


@dataclass(frozen=True)
class ImpactReport:
    report_filter: ReportFilter
    as_of: datetime  # local time: visits starting after it are planned, not held
    min_group_size: int
    kpis: Kpis
    by_month: list[GroupRow] = field(default_factory=list)
    by_kind: list[GroupRow] = field(default_factory=list)
    by_level: list[GroupRow] = field(default_factory=list)
    by_priority: list[GroupRow] = field(default_factory=list)
    by_school: list[SchoolRow] = field(default_factory=list)
    ambassadors: list[AmbassadorRow] = field(default_factory=list)
    # Names of the school and ambassador the filter names, for titles ("" when not filtered).
    school_name: str = ""
    ambassador_name: str = ""
    survey: SurveyReport | None = None  # None when no visit in the filter ran a survey


def hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def group_rows(groups: Sequence[GroupCounts], threshold: int) -> list[GroupRow]:
    """One breakdown of the programme, with small-cell protection applied across its groups."""
    reasons = hide_small_groups([g.gender_known for g in groups], threshold)
    return [
        GroupRow(
            g.key,
            g.visits,
            g.pupils,
            hours(g.minutes),
            share(g.girls, g.gender_known, threshold, r),
        )
        for g, r in zip(groups, reasons, strict=True)
    ]


def school_rows(schools: Sequence[SchoolCounts], threshold: int) -> list[SchoolRow]:
    reasons = hide_small_groups([s.counts.gender_known for s in schools], threshold)
    return [
        SchoolRow(
            s.school_id,
            s.name,
            s.city,
            s.priority,
            s.counts.visits,
            s.counts.pupils,
            share(s.counts.girls, s.counts.gender_known, threshold, r),
        )
        for s, r in zip(schools, reasons, strict=True)
    ]


def ambassador_rows(people: Sequence[AmbassadorCounts]) -> list[AmbassadorRow]:
    """Per ambassador: visits taken part in, their hours and the pupils met (headcounts)."""
    return [
        AmbassadorRow(
            p.ambassador_id, p.name, p.engineering_school, p.visits, hours(p.minutes), p.pupils
        )
        for p in people
    ]


def kpis(
    programme: ProgrammeCounts,
    by_priority: Sequence[GroupCounts],
    ambassadors: Sequence[AmbassadorCounts],
    threshold: int,
) -> Kpis:
    """`ambassadors`: the rows of the ambassadors table, so the count agrees with it (with an
    engineering-school filter, that school's ambassadors, not their team-mates)."""
    held = programme.held
    priority = [g for g in by_priority if g.key != Priority.NONE.value]
    rep_plus = [g for g in by_priority if g.key == Priority.REP_PLUS.value]
    return Kpis(
        visits=held.visits,
        planned_visits=programme.planned_visits,
        visits_without_headcount=programme.visits_without_headcount,
        pupils_reached=held.pupils,
        girls_share=share(held.girls, held.gender_known, threshold),
        priority_visits_share=plain_ratio(sum(g.visits for g in priority), held.visits),
        priority_pupils_share=plain_ratio(sum(g.pupils for g in priority), held.pupils),
        rep_plus_visits_share=plain_ratio(sum(g.visits for g in rep_plus), held.visits),
        visit_hours=hours(held.minutes),
        schools=programme.schools,
        active_ambassadors=len(ambassadors),
    )


# -- the engagement certificate ---------------------------------------------------------------


class AmbassadorNotFound(RecordNotFound):
    code = "report.unknown_ambassador"


class NothingToCertify(VisitappError):
    """The ambassador has no visit that took place in the chosen period."""

    code = "report.nothing_to_certify"


@dataclass(frozen=True, slots=True)
class CertificateVisit:
    starts_at: datetime
    school_name: str
    school_city: str
    kind: VisitKind
    class_level: ClassLevel
    minutes: int
    pupils: int | None


@dataclass(frozen=True)
class Certificate:
    ambassador_name: str
    engineering_school: str
    date_from: date | None
    date_to: date | None
    issued_on: date
    visits: list[CertificateVisit]

    @property
    def total_minutes(self) -> int:
        return sum(v.minutes for v in self.visits)

    @property
    def pupils_reached(self) -> int:
        return sum(v.pupils or 0 for v in self.visits)


# -- putting breakdowns in reading order ------------------------------------------------------


def in_enum_order(groups: Sequence[GroupCounts], order: Sequence[str]) -> list[GroupCounts]:
    """Kinds, levels, priorities in the order people read them (6e before 5e…); unknown last."""
    rank = {key: i for i, key in enumerate(order)}
    return sorted(groups, key=lambda g: (rank.get(g.key, len(rank)), g.key))


def _month_after(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + number // 12}-{number % 12 + 1:02d}"


def with_empty_months(groups: Sequence[GroupCounts]) -> list[GroupCounts]:
    """Months (YYYY-MM keys, sorted) with the gaps filled by zeros, so a chart shows time evenly."""
    if not groups:
        return []
    known = {g.key: g for g in groups}
    months = [groups[0].key]
    while months[-1] < groups[-1].key:
        months.append(_month_after(months[-1]))
    return [known.get(m, GroupCounts(m, 0, 0, 0, 0, 0)) for m in months]
