"""Time as the rest of the app sees it: an injectable clock and the one timestamp format we store."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock for tests and reproducible runs: it only moves when told to."""

    def __init__(self, start: datetime) -> None:
        self._now = start if start.tzinfo else start.replace(tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self._now += timedelta(**delta)


def format_timestamp(moment: datetime) -> str:
    """UTC, ISO 8601 with milliseconds and a trailing Z: sorts as text in time order."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    m = moment.astimezone(UTC)
    # Not strftime: it imports the time module at every call (a class's answers call this often).
    return (
        f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}"
        f".{m.microsecond // 1000:03d}Z"
    )


def parse_timestamp(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
