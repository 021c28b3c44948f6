"""Small-cell protection and the pure helpers of the indicators."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from visitapp.core.indicators import (
    GroupCounts,
    Hidden,
    HiddenReason,
    group_rows,
    hide_small_groups,
    share,
    validate_min_group,
    with_empty_months,
)

SMALL, COMPLEMENT = HiddenReason.SMALL_GROUP, HiddenReason.COMPLEMENTARY


def test_a_one_pupil_group_and_the_smallest_other_are_hidden():
    assert hide_small_groups([1, 40, 25, 60], 5) == [SMALL, None, COMPLEMENT, None]


def test_a_four_pupil_group_is_hidden_with_a_complement():
    assert hide_small_groups([30, 4, 12], 5) == [None, SMALL, COMPLEMENT]


def test_two_small_groups_that_together_reach_the_threshold_need_no_complement():
    assert hide_small_groups([1, 4, 30, 50], 5) == [SMALL, SMALL, None, None]


def test_two_tiny_groups_are_not_enough_together():
    assert hide_small_groups([1, 1, 30, 50], 5) == [SMALL, SMALL, COMPLEMENT, None]


def test_nothing_hidden_when_every_group_is_big_enough_and_empty_groups_are_ignored():
    assert hide_small_groups([5, 0, 120], 5) == [None, None, None]


def test_everything_small_is_everything_hidden():
    assert hide_small_groups([2, 1], 5) == [SMALL, SMALL]


def _girls_recoverable(groups: list[GroupCounts], threshold: int) -> bool:
    """Can an attacker who sees the published rows and the total work out a hidden group?"""
    rows = group_rows(groups, threshold)
    total_known = sum(g.gender_known for g in groups)
    hidden = [g for g, r in zip(groups, rows, strict=True) if isinstance(r.girls_share, Hidden)]
    if not hidden or total_known < threshold:
        return False
    # Total minus the visible groups gives the hidden groups' sum, never one group alone,
    # and that sum must itself be about at least `threshold` pupils.
    return len(hidden) < 2 or sum(g.gender_known for g in hidden) < threshold


def test_the_one_and_four_pupil_groups_cannot_be_recomputed_from_totals():
    groups = [
        GroupCounts("6e", 1, 1, 1, 1, 55),
        GroupCounts("5e", 1, 4, 2, 4, 55),
        GroupCounts("4e", 1, 20, 10, 20, 55),
        GroupCounts("3e", 1, 30, 12, 30, 55),
    ]
    rows = group_rows(groups, 5)
    assert [r.girls_share for r in rows][:2] == [Hidden(SMALL, 5), Hidden(SMALL, 5)]
    assert not _girls_recoverable(groups, 5)
    alone = [groups[0], groups[2], groups[3]]
    assert [r.girls_share for r in group_rows(alone, 5)][:2] == [
        Hidden(SMALL, 5),
        Hidden(COMPLEMENT, 5),
    ]
    assert not _girls_recoverable(alone, 5)


@given(
    st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=12),
    st.integers(min_value=3, max_value=12),
)
def test_no_breakdown_lets_a_small_group_be_recomputed(sizes, threshold):
    groups = [GroupCounts(str(i), 1, n, n // 2, n, 55) for i, n in enumerate(sizes)]
    assert not _girls_recoverable(groups, threshold)
    for group, row in zip(groups, group_rows(groups, threshold), strict=True):
        if 0 < group.gender_known < threshold:
            assert row.girls_share == Hidden(SMALL, threshold)


def test_share():
    assert share(1, 4, 5) == Hidden(SMALL, 5)
    assert share(2, 5, 5) == 0.4
    assert share(0, 0, 5) is None
    assert share(3, 30, 5, COMPLEMENT) == Hidden(COMPLEMENT, 5)


def test_threshold_floor():
    assert [p.code for p in validate_min_group(2)] == ["min_group.too_low"]
    assert validate_min_group(3) == []
    assert [p.code for p in validate_min_group(500)] == ["out_of_range"]


def test_empty_months_are_filled_across_new_year():
    groups = [GroupCounts("2025-11", 1, 20, 10, 20, 55), GroupCounts("2026-02", 2, 40, 20, 40, 110)]
    assert [g.key for g in with_empty_months(groups)] == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]
    assert with_empty_months(groups)[1].visits == 0
    assert with_empty_months([]) == []
