"""Dates and times as the interface's locale writes them (stored ones are UTC or local ISO text)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

_SHORT = QLocale.FormatType.ShortFormat


def short_time(stamp: datetime | str) -> str:
    """A stored UTC timestamp in the computer's time zone, e.g. 23/11/2026 10:30."""
    if isinstance(stamp, str):
        try:
            stamp = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return stamp  # written by another program: shown as it is
    if stamp.tzinfo is None:
        return stamp.isoformat(sep=" ", timespec="minutes")
    value = QDateTime.fromMSecsSinceEpoch(int(stamp.timestamp() * 1000), QTimeZone.systemTimeZone())
    return QLocale().toString(value, _SHORT)


def _visit_start(text: str) -> QDateTime | None:
    """A visit's local start as stored (2026-11-20T10:00); None when it cannot be read."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return QDateTime(moment.date(), moment.time())


def visit_time(text: str) -> str:
    """The time of a visit's local start, as 10:00."""
    start = _visit_start(text)
    return text if start is None else QLocale().toString(start.time(), _SHORT)


def visit_day_and_time(text: str) -> str:
    """A visit's local start as 20/11/2026 10:00."""
    start = _visit_start(text)
    return text if start is None else QLocale().toString(start, _SHORT)


def long_day(day: str) -> str:
    """2026-11-20 as Friday 20 November 2026 (or vendredi 20 novembre 2026)."""
    try:
        moment = datetime.fromisoformat(day)
    except ValueError:
        return day
    return QLocale().toString(moment.date(), QLocale.FormatType.LongFormat)
