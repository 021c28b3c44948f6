"""Impact reports and engagement certificates: the indicators of one database, filtered.

Shared by the dashboard, the exports and `visitapp-cli report`; renderers receive the result
as plain data and never see storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from visitapp.core.ambassadors import Ambassador
from visitapp.core.clock import Clock
from visitapp.core.indicators import (
    MIN_GROUP_DEFAULT,
    MIN_GROUP_FLOOR,
    AmbassadorNotFound,
    Certificate,
    ImpactReport,
    NothingToCertify,
    ReportFilter,
    ambassador_rows,
    group_rows,
    in_enum_order,
    kpis,
    school_rows,
    validate_filter,
    validate_min_group,
    with_empty_months,
)
from visitapp.core.problems import ValidationError
from visitapp.core.schools import Priority, School
from visitapp.core.survey_indicators import SurveyReport, survey_report
from visitapp.core.visits import ClassLevel, VisitKind
from visitapp.storage.database import Storage
from visitapp.storage.indicators import IndicatorQueries
from visitapp.storage.repository import Repository
from visitapp.storage.survey_indicators import SurveyIndicatorQueries

MIN_GROUP_KEY = "reports.min_group_size"


@dataclass(frozen=True)
class FilterChoices:
    """What the dashboard's filter lists offer."""

    engineering_schools: list[str]
    ambassadors: list[Ambassador]
    schools: list[School]


class ReportService:
    def __init__(self, storage: Storage, clock: Clock) -> None:
        self._storage = storage
        self._clock = clock

    def _queries(self) -> IndicatorQueries:
        return IndicatorQueries(self._storage.store())

    def _repo(self) -> Repository:
        return Repository(self._storage.store())

    def as_of(self) -> datetime:
        """Now, as local wall-clock time (visits are stored in the school's local time)."""
        return self._clock.now().astimezone().replace(tzinfo=None, second=0, microsecond=0)

    # -- the small-group threshold (a setting of this database, never below the floor) ----------

    def min_group_size(self) -> int:
        stored = self._repo().get_meta(MIN_GROUP_KEY)
        try:
            value = int(stored) if stored else MIN_GROUP_DEFAULT
        except ValueError:
            value = MIN_GROUP_DEFAULT
        return max(value, MIN_GROUP_FLOOR)

    def set_min_group_size(self, size: int) -> None:
        problems = validate_min_group(size)
        if problems:
            raise ValidationError(problems)
        self._repo().set_meta(MIN_GROUP_KEY, str(size))

    # -- reports ------------------------------------------------------------------------------

    def filter_choices(self) -> FilterChoices:
        repo = self._repo()
        return FilterChoices(
            engineering_schools=self._queries().engineering_schools(),
            ambassadors=repo.list_ambassadors(),
            schools=repo.list_schools(),
        )

    def impact(
        self, report_filter: ReportFilter | None = None, min_group_size: int | None = None
    ) -> ImpactReport:
        """Every indicator for the visits the filter selects. Raises ValidationError on a bad
        filter or a threshold below the floor."""
        report_filter = report_filter or ReportFilter()
        threshold = self.min_group_size() if min_group_size is None else min_group_size
        problems = validate_filter(report_filter) + validate_min_group(threshold)
        if problems:
            raise ValidationError(problems)
        queries, as_of = self._queries(), self.as_of()
        priority = in_enum_order(
            queries.by("priority", report_filter, as_of), [p.value for p in Priority]
        )
        ambassadors = queries.by_ambassador(report_filter, as_of)
        return ImpactReport(
            report_filter=report_filter,
            as_of=as_of,
            min_group_size=threshold,
            kpis=kpis(queries.programme(report_filter, as_of), priority, ambassadors, threshold),
            by_month=group_rows(
                with_empty_months(queries.by("month", report_filter, as_of)), threshold
            ),
            by_kind=group_rows(
                in_enum_order(queries.by("kind", report_filter, as_of), list(VisitKind)),
                threshold,
            ),
            by_level=group_rows(
                in_enum_order(queries.by("level", report_filter, as_of), list(ClassLevel)),
                threshold,
            ),
            by_priority=group_rows(priority, threshold),
            by_school=school_rows(queries.by_school(report_filter, as_of), threshold),
            ambassadors=ambassador_rows(ambassadors),
            survey=self._survey(report_filter, as_of, threshold),
            school_name=self._school_name(report_filter.school_id),
            ambassador_name=self._ambassador_name(report_filter.ambassador_id),
        )

    def _survey(
        self, report_filter: ReportFilter, as_of: datetime, threshold: int
    ) -> SurveyReport | None:
        counts = SurveyIndicatorQueries(self._storage.store()).counts(report_filter, as_of)
        if not counts.surveyed_visits:
            return None
        return survey_report(counts, threshold, list(ClassLevel))

    def _school_name(self, school_id: str | None) -> str:
        school = self._repo().get_school(school_id) if school_id else None
        return school.name if school else ""

    def _ambassador_name(self, ambassador_id: str | None) -> str:
        ambassador = self._repo().get_ambassador(ambassador_id) if ambassador_id else None
        return ambassador.name if ambassador else ""

    def certificate(
        self, ambassador_id: str, date_from: date | None = None, date_to: date | None = None
    ) -> Certificate:
        """What an ambassador did in a period (held visits only)."""
        problems = validate_filter(ReportFilter(date_from=date_from, date_to=date_to))
        if problems:
            raise ValidationError(problems)
        ambassador = self._repo().get_ambassador(ambassador_id)
        if ambassador is None:
            raise AmbassadorNotFound(id=ambassador_id)
        as_of = self.as_of()
        visits = self._queries().certificate_visits(ambassador_id, date_from, date_to, as_of)
        if not visits:
            raise NothingToCertify(name=ambassador.name)
        return Certificate(
            ambassador_name=ambassador.name,
            engineering_school=ambassador.engineering_school,
            date_from=date_from,
            date_to=date_to,
            issued_on=as_of.date(),
            visits=visits,
        )
