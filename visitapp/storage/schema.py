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
MUTABLE_TABLES: tuple[str, ...] = (
    "school",
    "ambassador",
    "deck",
    "visit",
    "visit_ambassador",
    "deck_note",
    "visit_slide_time",
    "visit_duplicate",
)

# Tables that never leave the database they are in (this device's identity and preferences,
# the central database's import log and conflicts): emptied in exports, never merged.
LOCAL_TABLES: tuple[str, ...] = ("meta", "import_log", "merge_conflict")

# Pupil surveys (issue 3). Sessions and show-of-hands tallies are mutable records.
MUTABLE_TABLES += ("survey_session", "tally")

# Immutable records: written once, never edited. Merge inserts a new id, skips an identical
# copy and records a different one as a conflict; only the tombstone (`deleted`, with
# `updated_at`/`origin`) still moves by last writer wins.
IMMUTABLE_TABLES: tuple[str, ...] = ("survey_definition", "response")

# Derived tables: rows that belong wholly to one record of another synced table, found by
# their foreign key to it (response_answer: one row per chosen option or number of a
# response). Merge copies them with their parent record and replaces them whenever a newer
# version of the parent wins; storage.surveys.derive_response_answers can rebuild them.
DERIVED_TABLES: tuple[str, ...] = ("response_answer",)

# Survey summaries (migration step 5): what the survey indicators add up, rebuilt on each
# database from response/response_answer (storage/survey_summaries.py). Never trusted from an
# incoming file, never exported with content: local, like the tables above.
SUMMARY_TABLES: tuple[str, ...] = (
    "survey_visit_summary",
    "survey_answer_summary",
    "survey_pair_summary",
    "survey_month_summary",
    "survey_answer_month",
    "survey_pair_month",
)
LOCAL_TABLES += SUMMARY_TABLES
