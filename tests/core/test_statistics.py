"""Confidence intervals against published table values."""

from __future__ import annotations

import math

import pytest

from visitapp.core.statistics import (
    mean_interval,
    t_cdf,
    t_quantile,
    variance_from_sums,
    welch_interval,
    wilson_interval,
)


@pytest.mark.parametrize(
    ("df", "expected"),
    [(1, 12.7062), (2, 4.3027), (5, 2.5706), (10, 2.2281), (30, 2.0423), (1000, 1.9623)],
)
def test_t_quantiles_match_the_tables(df, expected):
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=1e-4)


def test_t_cdf_is_symmetric():
    assert t_cdf(0, 7) == pytest.approx(0.5)
    assert t_cdf(-1.5, 7) == pytest.approx(1 - t_cdf(1.5, 7))
    assert t_quantile(0.025, 10) == pytest.approx(-2.2281, abs=1e-4)


def test_wilson_interval_known_value():
    # 8 out of 10: the Wilson 95 % interval is [0.4902, 0.9433]
    interval = wilson_interval(8, 10)
    assert (interval.low, interval.high) == pytest.approx((0.4902, 0.9433), abs=1e-4)
    assert wilson_interval(0, 0) is None
    assert wilson_interval(0, 5).low == pytest.approx(0.0, abs=1e-12)


def test_mean_interval_from_sums():
    values = [1, 2, 2, 3, 4, 0, 1, 2]
    n, total, squares = len(values), sum(values), sum(v * v for v in values)
    variance = variance_from_sums(n, total, squares)
    assert variance == pytest.approx(1.5536, abs=1e-4)
    interval = mean_interval(n, total / n, variance)
    half = 2.3646 * math.sqrt(variance / n)
    assert (interval.low, interval.high) == pytest.approx((1.875 - half, 1.875 + half), abs=1e-3)
    assert mean_interval(1, 3.0, 0.0) is None


def test_welch_interval():
    # group 1: n=10 mean 3.0 var 1.0; group 2: n=12 mean 3.8 var 1.44 → df ≈ 19.97
    interval = welch_interval(10, 3.0, 1.0, 12, 3.8, 1.44)
    half = 2.0860 * math.sqrt(1.0 / 10 + 1.44 / 12)
    assert (interval.low, interval.high) == pytest.approx((0.8 - half, 0.8 + half), abs=2e-3)
    assert welch_interval(1, 3.0, 0, 5, 3.0, 1) is None
