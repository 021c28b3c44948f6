"""Record ids: version-7 UUIDs that sort by creation time, name-based ids every laptop agrees on."""

from __future__ import annotations

import time
import uuid

from hypothesis import given
from hypothesis import strategies as st

from visitapp.core.ids import is_uuid, new_id, short_id, stable_id, uuid7


def test_new_ids_are_version_7_uuids_carrying_the_time_they_were_made():
    before = time.time_ns() // 1_000_000
    made = uuid.UUID(new_id())
    after = time.time_ns() // 1_000_000
    assert (made.version, made.variant) == (7, uuid.RFC_4122)
    assert before <= made.int >> 80 <= after


def test_ids_made_later_sort_later_as_text():
    """What lets a central database append a visit's answers instead of scattering them."""
    first = [str(uuid7(1_788_256_800_000 + n)) for n in range(50)]
    assert sorted(first) == first


@given(st.integers(0, (1 << 48) - 1), st.integers(0, (1 << 74) - 1))
def test_uuid7_keeps_every_bit_of_time_and_randomness(ms, bits):
    made = uuid7(ms, bits)
    assert (made.version, made.variant) == (7, uuid.RFC_4122)
    assert made.int >> 80 == ms
    rand_a = (made.int >> 64) & 0xFFF
    rand_b = made.int & ((1 << 62) - 1)
    assert rand_a << 62 | rand_b == bits
    assert is_uuid(str(made))


def test_new_ids_differ_and_stable_ids_agree():
    assert len({new_id() for _ in range(1000)}) == 1000
    assert stable_id("school", "0750001A") == stable_id("school", "0750001A")
    assert uuid.UUID(stable_id("school", "0750001A")).version == 5


def test_laptops_set_up_the_same_day_have_different_short_ids():
    """Shown in the merge history and in export file names: a v7 id's first characters are
    its creation time, the same for two laptops set up together."""
    first, second = new_id(), new_id()
    assert first[:8] == second[:8]  # the same millisecond-ish: why the start will not do
    assert short_id(first) != short_id(second)
    assert len(short_id(first)) == 8 and short_id(first) == first.replace("-", "")[-8:]
