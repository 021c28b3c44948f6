"""Indicators of a hand-computed programme (tests/indicator_programme.py), filters, the
small-group threshold setting and the engagement certificate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from indicator_programme import build_programme

from visitapp.core.indicators import (
    AmbassadorNotFound,
    Hidden,
    HiddenReason,
    NothingToCertify,
    ReportFilter,
)
from visitapp.core.problems import ValidationError
from visitapp.core.visits import ClassLevel

SMALL = Hidden(HiddenReason.SMALL_GROUP, 5)
COMPLEMENT = Hidden(HiddenReason.COMPLEMENTARY, 5)


@pytest.fixture
def programme(services):
    return build_programme(services)


def test_key_figures_match_the_hand_computation(services, programme):
    k = services.reports.impact().kpis
    assert (k.visits, k.planned_visits, k.visits_without_headcount) == (5, 1, 1)
    assert k.pupils_reached == 30 + 1 + 100 + 24
    # girls over the visits where they were counted: V1, V2, V4
    assert k.girls_share == pytest.approx((12 + 1 + 10) / (30 + 1 + 24))
    assert k.priority_visits_share == pytest.approx(3 / 5)  # V1, V5 REP+; V2 REP
    assert k.priority_pupils_share == pytest.approx(31 / 155)
    assert k.rep_plus_visits_share == pytest.approx(2 / 5)
    assert k.visit_hours == pytest.approx(345 / 60, abs=0.01)
    assert k.schools == 3
    assert k.active_ambassadors == 2  # Chloé's record was deleted


def test_breakdowns_hide_small_groups_and_their_complement(services, programme):
    report = services.reports.impact()
    levels = {r.key: r for r in report.by_level}
    assert list(levels) == ["4e", "3e", "2nde"]  # reading order, not alphabetical
    assert levels["4e"].girls_share == SMALL  # 1 pupil
    # 3e (30 pupils) stays; 2nde (24 pupils with a girls count) is the smallest other group
    assert levels["3e"].girls_share == pytest.approx(12 / 30)
    assert levels["2nde"].girls_share == COMPLEMENT
    assert (levels["2nde"].visits, levels["2nde"].pupils) == (2, 124)

    months = {r.key: r for r in report.by_month}
    assert list(months) == ["2026-09", "2026-10", "2026-11"]
    assert months["2026-10"].girls_share == SMALL  # 101 pupils but only V2's 1 has a girls count
    assert months["2026-11"].girls_share == COMPLEMENT
    assert months["2026-09"].girls_share == pytest.approx(0.4)

    kinds = {r.key: r for r in report.by_kind}
    assert kinds["forum"].girls_share is None  # no girls count: nothing to divide
    assert kinds["class_visit"].girls_share == pytest.approx(23 / 55)

    priority = {r.key: r for r in report.by_priority}
    assert priority["rep"].girls_share == SMALL
    assert priority["none"].girls_share == COMPLEMENT  # 24 < 30 (REP+)
    assert priority["rep_plus"].girls_share == pytest.approx(0.4)


def test_months_without_visits_show_as_zero(services, programme):
    months = services.reports.impact(ReportFilter(date_from=date(2026, 9, 1))).by_month
    assert [m.key for m in months] == ["2026-09", "2026-10", "2026-11"]
    services.records.delete_visit(programme.visits["v2"].id)
    services.records.delete_visit(programme.visits["v3"].id)
    months = services.reports.impact().by_month
    assert [(m.key, m.visits) for m in months] == [("2026-09", 1), ("2026-10", 0), ("2026-11", 2)]


def test_per_ambassador_visits_hours_and_pupils(services, programme):
    rows = services.reports.impact().ambassadors
    assert [(r.name, r.visits, r.hours, r.pupils) for r in rows] == [
        ("Alice Martin", 3, round(175 / 60, 2), 31),
        ("Bruno Petit", 2, 3.0, 130),
    ]


def test_a_visit_recorded_on_two_laptops_counts_once_when_marked(services, programme):
    """Bruno recorded V2 on his laptop too; the coordinator marks the two records as one visit."""
    v2 = programme.visits["v2"]
    twin = services.records.save_visit(replace(v2, id="", ambassador_ids=(programme.bruno.id,)))
    assert services.reports.impact().kpis.visits == 6  # before marking: counted twice
    services.sync.mark_same_visit([twin.id, v2.id])

    report = services.reports.impact()
    assert (report.kpis.visits, report.kpis.pupils_reached) == (5, 155)
    assert report.kpis.girls_share == pytest.approx(23 / 55)
    assert {r.key: r.visits for r in report.by_level}["4e"] == 1
    # both teams took part in the one real visit
    assert [(r.name, r.visits, r.hours, r.pupils) for r in report.ambassadors] == [
        ("Alice Martin", 3, round(175 / 60, 2), 31),
        ("Bruno Petit", 3, round(235 / 60, 2), 131),
    ]
    bruno = services.reports.impact(ReportFilter(ambassador_id=programme.bruno.id)).kpis
    assert (bruno.visits, bruno.pupils_reached) == (3, 131)
    moulin = [v for v in services.reports.certificate(programme.bruno.id).visits if v.pupils == 1]
    assert len(moulin) == 1

    services.sync.unmark_same_visit([v2.id])
    assert services.reports.impact().kpis.visits == 6


def test_filters(services, programme):
    impact = services.reports.impact
    mines = impact(ReportFilter(engineering_school="Mines Alès"))
    assert (mines.kpis.visits, mines.kpis.pupils_reached) == (4, 55)
    assert [a.name for a in mines.ambassadors] == ["Alice Martin"]
    assert mines.kpis.active_ambassadors == 1  # as listed: not Bruno, her team-mate elsewhere

    bruno = impact(ReportFilter(ambassador_id=programme.bruno.id))
    assert (bruno.kpis.visits, bruno.kpis.pupils_reached, bruno.kpis.planned_visits) == (2, 130, 1)
    assert [a.name for a in bruno.ambassadors] == ["Bruno Petit"]
    assert bruno.ambassador_name == "Bruno Petit"

    germain = impact(ReportFilter(school_id=programme.germain.id))
    assert (germain.kpis.visits, germain.kpis.pupils_reached) == (2, 124)
    assert germain.kpis.girls_share == pytest.approx(10 / 24)
    assert germain.school_name == "Lycée Sophie Germain"

    third = impact(ReportFilter(class_level=ClassLevel.TROISIEME))
    assert (third.kpis.visits, third.kpis.planned_visits) == (2, 1)

    october = impact(ReportFilter(date_from=date(2026, 10, 1), date_to=date(2026, 10, 31)))
    assert (october.kpis.visits, october.kpis.pupils_reached) == (2, 101)
    assert october.kpis.girls_share == SMALL  # only 1 pupil has a girls count


def test_inclusive_dates(services, programme):
    day = date(2026, 10, 2)
    assert services.reports.impact(ReportFilter(date_from=day, date_to=day)).kpis.visits == 1


def test_bad_filter_and_threshold_are_refused(services, programme):
    with pytest.raises(ValidationError) as caught:
        services.reports.impact(
            ReportFilter(date_from=date(2026, 11, 1), date_to=date(2026, 10, 1))
        )
    assert caught.value.problems[0].code == "period.end_before_start"
    with pytest.raises(ValidationError) as caught:
        services.reports.impact(min_group_size=2)
    assert caught.value.problems[0].code == "min_group.too_low"


def test_threshold_setting_is_kept_and_never_below_three(services, programme):
    assert services.reports.min_group_size() == 5
    services.reports.set_min_group_size(3)
    assert services.reports.min_group_size() == 3
    assert services.reports.impact().min_group_size == 3
    with pytest.raises(ValidationError):
        services.reports.set_min_group_size(2)
    assert services.reports.min_group_size() == 3
    services.reports.set_min_group_size(30)
    levels = {r.key: r.girls_share for r in services.reports.impact().by_level}
    assert isinstance(levels["2nde"], Hidden) and levels["2nde"].reason is HiddenReason.SMALL_GROUP


def test_certificate_lists_held_visits_with_totals(services, programme):
    certificate = services.reports.certificate(programme.alice.id)
    assert certificate.ambassador_name == "Alice Martin"
    assert certificate.engineering_school == "Mines Alès"
    assert [v.starts_at.date().isoformat() for v in certificate.visits] == [
        "2026-09-15",
        "2026-10-02",
        "2026-11-10",
    ]
    assert certificate.total_minutes == 175
    assert certificate.pupils_reached == 31
    assert certificate.issued_on == date(2026, 11, 23)

    october = services.reports.certificate(programme.bruno.id, date(2026, 10, 1), None)
    assert [v.school_name for v in october.visits] == ["Lycée Sophie Germain"]  # V6 is planned


def test_certificate_errors(services, programme):
    with pytest.raises(AmbassadorNotFound):
        services.reports.certificate("no-such-id")
    with pytest.raises(NothingToCertify):
        services.reports.certificate(programme.bruno.id, None, date(2026, 9, 1))


def test_filter_choices(services, programme):
    choices = services.reports.filter_choices()
    assert choices.engineering_schools == ["Mines Alès", "Télécom Paris"]
    assert [a.name for a in choices.ambassadors] == ["Alice Martin", "Bruno Petit"]
    assert len(choices.schools) == 3
