"""Record identifiers: random UUIDs for new records, name-based UUIDs where two laptops must agree."""

from __future__ import annotations

import uuid

# Fixed namespace for name-based ids. Never change it: ids derived from it travel between laptops.
VISITAPP_NAMESPACE = uuid.UUID("5b2f1f0e-8d43-4a53-9c1e-6a0f3c7d2e10")


def new_id() -> str:
    return str(uuid.uuid4())


def stable_id(*parts: str) -> str:
    """The same parts give the same id on every laptop (used for schools by UAI, links, demo data)."""
    return str(uuid.uuid5(VISITAPP_NAMESPACE, "\x1f".join(parts)))


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return True
