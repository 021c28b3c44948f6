"""The shared pieces of the benchmarks: a figure, timing helpers, the printed table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float  # what was measured
    unit: str  # "s", "ms", "MiB", "×"…
    baseline_name: str = ""
    baseline: float | None = None  # the same quantity for the baseline, same run
    target: str = ""  # in words, e.g. "≤ 1.5× baseline" or "< 16 ms"
    met: bool | None = None  # None when the target is not a simple threshold

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of `repeat` runs, in seconds (the least disturbed by the rest of the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def table(figures: list[Figure]) -> str:
    header = ("benchmark", "measured", "baseline", "ratio", "target", "")
    rows = [header]
    for f in figures:
        rows.append(
            (
                f.name,
                f"{f.value:.4g} {f.unit}",
                f"{f.baseline:.4g} {f.unit} ({f.baseline_name})" if f.baseline is not None else "—",
                f"{f.ratio:.2f}×" if f.ratio is not None else "—",
                f.target,
                {True: "ok", False: "MISSED", None: ""}[f.met],
            )
        )
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)
