"""Record identifiers: time-ordered random UUIDs for new records (version 7), name-based UUIDs
where two laptops must agree (version 5)."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uuid

# Fixed namespace for name-based ids. Never change it: ids derived from it travel between laptops.
VISITAPP_NAMESPACE = "5b2f1f0e-8d43-4a53-9c1e-6a0f3c7d2e10"
# (The uuid module is imported where it is needed: at start-up it costs more than all of this.)


def _uuid7_int(unix_ms: int | None, random_bits: int | None) -> int:
    ms = time.time_ns() // 1_000_000 if unix_ms is None else unix_ms
    rand = int.from_bytes(os.urandom(10)) if random_bits is None else random_bits
    rand &= (1 << 74) - 1
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62
    return value | (rand & ((1 << 62) - 1))


def uuid7(unix_ms: int | None = None, random_bits: int | None = None) -> uuid.UUID:
    """A version-7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits.

    Records made one after another get ids that sort together, so a central database receiving
    a visit's 500 answers writes a few index pages instead of 500 scattered ones. The time it
    carries is the record's creation time, which every record stores anyway (`created_at`).
    """
    import uuid

    return uuid.UUID(int=_uuid7_int(unix_ms, random_bits))


def new_id() -> str:
    text = f"{_uuid7_int(None, None):032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def short_id(record_id: str) -> str:
    """Eight characters to tell laptops (or records) apart on screen and in file names: the end
    of the id. A UUIDv7 starts with the time it was made, so laptops set up on the same day
    share their first characters."""
    return record_id.replace("-", "")[-8:]


def stable_id(*parts: str) -> str:
    """The same parts give the same id on every laptop (used for schools by UAI, links, demo data)."""
    import uuid

    return str(uuid.uuid5(uuid.UUID(VISITAPP_NAMESPACE), "\x1f".join(parts)))


def is_uuid(text: str) -> bool:
    import uuid

    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return True
