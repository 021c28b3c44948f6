"""Timestamps: UTC, millisecond ISO 8601 text that sorts in time order and reads back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from visitapp.core.clock import format_timestamp, parse_timestamp

moments = st.datetimes(
    min_value=datetime(1970, 1, 2), max_value=datetime(9998, 12, 30), timezones=st.just(UTC)
)
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@given(moments, offsets)
def test_a_timestamp_is_utc_iso_with_milliseconds_and_reads_back(moment, offset):
    text = format_timestamp(moment.astimezone(offset))
    assert text == moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    assert parse_timestamp(text) == moment.replace(microsecond=moment.microsecond // 1000 * 1000)


@given(moments, moments)
def test_timestamps_sort_as_text_in_time_order(first, second):
    if first.replace(microsecond=0) < second.replace(microsecond=0):
        assert format_timestamp(first) < format_timestamp(second)


def test_a_moment_without_a_time_zone_is_refused():
    with pytest.raises(ValueError):
        format_timestamp(datetime(2026, 11, 23, 10, 0))
