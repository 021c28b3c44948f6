"""The columns every synced record carries, and which tables hold which kind of record."""

from __future__ import annotations

# Every record a user creates travels between laptops with these columns. `updated_at` and
# `origin` together order writes (last writer wins); `deleted` is a tombstone, never a DELETE.
RECORD_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
"""

# Mutable records: merged by last writer wins on (updated_at, origin). Parents before children.
MUTABLE_TABLES: tuple[str, ...] = ("school", "ambassador", "visit", "visit_ambassador")

# Tables that never leave the laptop (this device's identity and preferences).
LOCAL_TABLES: tuple[str, ...] = ("meta",)

# Pupil surveys (issue 3). Sessions and show-of-hands tallies are mutable records.
MUTABLE_TABLES += ("survey_session", "tally")

# Immutable records: merged by "insert if the id is new, otherwise skip"; never updated.
IMMUTABLE_TABLES: tuple[str, ...] = ("survey_definition", "response")

# Derived tables: rebuilt from other tables (storage.surveys.derive_response_answers), never
# synced themselves. response_answer: one row per chosen option or number of a response.
DERIVED_TABLES: tuple[str, ...] = ("response_answer",)
