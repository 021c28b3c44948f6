"""Confidence intervals for the impact indicators, in plain Python (no SciPy for a few formulas).

Proportions use the Wilson score interval (sound for small n and shares near 0 or 1); means and
differences of means use Student's t (Welch's degrees of freedom when the groups are unpaired).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

CONFIDENCE = 0.95


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float


def wilson_interval(successes: int, n: int, confidence: float = CONFIDENCE) -> Interval | None:
    """Interval for the share `successes / n`; None when there is nothing to estimate."""
    if n <= 0:
        return None
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    share = successes / n
    denominator = 1 + z * z / n
    centre = (share + z * z / (2 * n)) / denominator
    half = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / denominator
    return Interval(max(0.0, centre - half), min(1.0, centre + half))


def _continued_fraction(a: float, b: float, x: float) -> float:
    # Lentz's method for the incomplete beta function's continued fraction (Numerical Recipes 6.4).
    tiny, epsilon = 1e-300, 3e-16
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= d * c
        if abs(d * c - 1) < epsilon:
            break
    return result


def _incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1) / (a + b + 2):
        return math.exp(log_front) * _continued_fraction(a, b, x) / a
    return 1 - math.exp(log_front) * _continued_fraction(b, a, 1 - x) / b


def t_cdf(t: float, df: float) -> float:
    tail = 0.5 * _incomplete_beta(df / 2, 0.5, df / (df + t * t))
    return 1 - tail if t >= 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The value t with P(T ≤ t) = p for Student's t with `df` degrees of freedom."""
    if not 0 < p < 1 or df <= 0:
        raise ValueError("p must be in (0, 1) and df positive")
    if p < 0.5:
        return -t_quantile(1 - p, df)
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        high *= 2
    for _ in range(200):  # bisection: plenty for 1e-12 on any df we meet
        middle = (low + high) / 2
        if t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-12:
            break
    return (low + high) / 2


def mean_interval(
    n: int, mean: float, variance: float, confidence: float = CONFIDENCE
) -> Interval | None:
    """Interval for a mean from n values with sample variance `variance` (n − 1 denominator)."""
    if n < 2:
        return None
    half = t_quantile(0.5 + confidence / 2, n - 1) * math.sqrt(max(variance, 0.0) / n)
    return Interval(mean - half, mean + half)


def welch_interval(
    n1: int,
    mean1: float,
    variance1: float,
    n2: int,
    mean2: float,
    variance2: float,
    confidence: float = CONFIDENCE,
) -> Interval | None:
    """Interval for mean2 − mean1 between two independent groups (Welch)."""
    if n1 < 2 or n2 < 2:
        return None
    a, b = max(variance1, 0.0) / n1, max(variance2, 0.0) / n2
    difference = mean2 - mean1
    if a + b == 0:
        return Interval(difference, difference)
    df = (a + b) ** 2 / (a * a / (n1 - 1) + b * b / (n2 - 1))
    half = t_quantile(0.5 + confidence / 2, df) * math.sqrt(a + b)
    return Interval(difference - half, difference + half)


def variance_from_sums(n: int, total: float, total_of_squares: float) -> float:
    """Sample variance from n, Σx and Σx² (what one SQL aggregate returns)."""
    if n < 2:
        return 0.0
    return max((total_of_squares - total * total / n) / (n - 1), 0.0)
