"""The schema's history: numbered steps, each run in one transaction that also bumps user_version.

Append new steps at the end; never edit a step that has shipped. `SCHEMA.latest` is the schema
version this code writes; a file with a higher `PRAGMA user_version` comes from a newer visitapp.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from visitapp.storage.schema import RECORD_COLUMNS

if TYPE_CHECKING:
    from sqlite_utils import Database

    from visitapp.storage.connection import Connection

StepBody = Callable[["Database"], None]


class Schema:
    """An ordered list of migration steps, applied with sqlite-utils' Migrations."""

    def __init__(self, name: str = "visitapp") -> None:
        self.name = name
        self.bodies: list[StepBody] = []

    @property
    def latest(self) -> int:
        return len(self.bodies)

    def step(self, number: int) -> Callable[[StepBody], StepBody]:
        """Register step `number`; it runs with the user_version bump in the same transaction."""

        def register(body: StepBody) -> StepBody:
            if number != self.latest + 1:
                raise RuntimeError(f"migration {number} registered out of order")

            self.bodies.append(body)
            return body

        return register

    def with_steps(self, *extra: StepBody, name: str = "visitapp") -> Schema:
        """A copy with more steps after these (tests use it to simulate a failing migration)."""
        copy = Schema(name)
        for body in (*self.bodies, *extra):
            copy.step(copy.latest + 1)(body)
        return copy

    def apply(self, connection: Connection) -> None:
        """Run the pending steps through sqlite-utils' Migrations (imported only when needed)."""
        from sqlite_utils.migrations import Migrations

        migrations = Migrations(self.name)
        for number, body in enumerate(self.bodies, start=1):
            migrations(name=f"{number:04d}_{body.__name__}")(_bump_version(body, number))
        migrations.apply(connection.utils)


def _bump_version(body: StepBody, number: int) -> StepBody:
    def run(db: Database) -> None:
        body(db)
        db.execute(f"PRAGMA user_version = {number}")

    run.__name__ = body.__name__
    return run


SCHEMA = Schema()


def run_script(db: Database, script: str) -> None:
    """Run several statements inside the current transaction (executescript() would commit)."""
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


def run_statements(db: Database, script: str) -> None:
    """Like run_script, for scripts with triggers (whose bodies hold `;` line ends too)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


@SCHEMA.step(1)
def foundation(db: Database) -> None:
    run_script(
        db,
        f"""
        CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) STRICT;
        CREATE TABLE school (
            {RECORD_COLUMNS},
            name TEXT NOT NULL,
            city TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            uai TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            priority TEXT NOT NULL,
            sector TEXT NOT NULL
        ) STRICT;
        CREATE INDEX school_uai ON school (uai) WHERE uai <> '';
        CREATE TABLE ambassador (
            {RECORD_COLUMNS},
            name TEXT NOT NULL,
            engineering_school TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE TABLE visit (
            {RECORD_COLUMNS},
            school_id TEXT NOT NULL REFERENCES school (id) DEFERRABLE INITIALLY DEFERRED,
            starts_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            class_level TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL,
            pupils_present INTEGER,
            girls_present INTEGER,
            notes TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX visit_school ON visit (school_id);
        CREATE INDEX visit_starts_at ON visit (starts_at);
        CREATE TABLE visit_ambassador (
            {RECORD_COLUMNS},
            visit_id TEXT NOT NULL REFERENCES visit (id) DEFERRABLE INITIALLY DEFERRED,
            ambassador_id TEXT NOT NULL REFERENCES ambassador (id) DEFERRABLE INITIALLY DEFERRED,
            UNIQUE (visit_id, ambassador_id)
        ) STRICT;
        CREATE INDEX visit_ambassador_ambassador ON visit_ambassador (ambassador_id)
        """,
    )


@SCHEMA.step(2)
def surveys(db: Database) -> None:
    # Pupil surveys. Definitions and responses are immutable (merged by "insert if new");
    # sessions and show-of-hands tallies are mutable records; response_answer is derived from
    # response.answers (one row per chosen option or number) so indicators run in plain SQL.
    run_script(
        db,
        f"""
        CREATE TABLE survey_definition (
            {RECORD_COLUMNS},
            survey_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            json TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            UNIQUE (survey_id, version)
        ) STRICT;
        CREATE TABLE survey_session (
            {RECORD_COLUMNS},
            visit_id TEXT NOT NULL REFERENCES visit (id) DEFERRABLE INITIALLY DEFERRED,
            definition_id TEXT NOT NULL
                REFERENCES survey_definition (id) DEFERRABLE INITIALLY DEFERRED,
            phase TEXT NOT NULL,
            token TEXT NOT NULL UNIQUE,
            opened_at TEXT NOT NULL,
            closed_at TEXT
        ) STRICT;
        CREATE INDEX survey_session_visit ON survey_session (visit_id, phase);
        CREATE TABLE response (
            {RECORD_COLUMNS},
            session_id TEXT NOT NULL
                REFERENCES survey_session (id) DEFERRABLE INITIALLY DEFERRED,
            submitted_at TEXT NOT NULL,
            pair_key TEXT,
            channel TEXT NOT NULL,
            answers TEXT NOT NULL
        ) STRICT;
        CREATE INDEX response_session ON response (session_id);
        CREATE INDEX response_pair_key ON response (pair_key) WHERE pair_key IS NOT NULL;
        CREATE TABLE response_answer (
            response_id TEXT NOT NULL
                REFERENCES response (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            question_id TEXT NOT NULL,
            option TEXT,
            number INTEGER
        ) STRICT;
        CREATE INDEX response_answer_response ON response_answer (response_id);
        CREATE INDEX response_answer_question ON response_answer (question_id, option, number);
        CREATE TABLE tally (
            {RECORD_COLUMNS},
            session_id TEXT NOT NULL
                REFERENCES survey_session (id) DEFERRABLE INITIALLY DEFERRED,
            question_id TEXT NOT NULL,
            option TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 0)
        ) STRICT;
        CREATE INDEX tally_session ON tally (session_id, question_id)
        """,
    )


@SCHEMA.step(3)
def decks(db: Database) -> None:
    # Slides are numbered from 1 in the database, as a person reading it counts them.
    run_script(
        db,
        f"""
        CREATE TABLE deck (
            {RECORD_COLUMNS},
            title TEXT NOT NULL,
            language TEXT NOT NULL,
            page_count INTEGER NOT NULL CHECK (page_count > 0),
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size_bytes INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX deck_sha256 ON deck (sha256);
        CREATE TABLE deck_note (
            {RECORD_COLUMNS},
            deck_id TEXT NOT NULL REFERENCES deck (id) DEFERRABLE INITIALLY DEFERRED,
            slide_number INTEGER NOT NULL CHECK (slide_number > 0),
            text TEXT NOT NULL DEFAULT '',
            UNIQUE (deck_id, slide_number)
        ) STRICT;
        ALTER TABLE visit ADD COLUMN
            deck_id TEXT REFERENCES deck (id) DEFERRABLE INITIALLY DEFERRED;
        CREATE TABLE visit_slide_time (
            {RECORD_COLUMNS},
            visit_id TEXT NOT NULL REFERENCES visit (id) DEFERRABLE INITIALLY DEFERRED,
            deck_id TEXT NOT NULL REFERENCES deck (id) DEFERRABLE INITIALLY DEFERRED,
            slide_number INTEGER NOT NULL CHECK (slide_number > 0),
            seconds REAL NOT NULL CHECK (seconds >= 0),
            UNIQUE (visit_id, deck_id, slide_number)
        ) STRICT
        """,
    )


# Views read tables: a later step that changes a table a view reads must drop and recreate
# that view in the same step (ALTER TABLE … DROP/RENAME COLUMN fails or breaks it otherwise).
# Their text is frozen here like any shipped step, since merge compares it with a fresh schema.
VISITS_COUNTED_ONCE_V1 = """
CREATE VIEW visits_counted_once AS
SELECT v.* FROM visit v
WHERE v.deleted = 0 AND NOT EXISTS (
    SELECT 1 FROM visit_duplicate d JOIN visit kept ON kept.id = d.same_as_visit_id
    WHERE d.visit_id = v.id AND d.deleted = 0 AND kept.deleted = 0
)"""

VISITS_WITH_SCHOOLS_V1 = """
CREATE VIEW visits_with_schools AS
SELECT
    v.id AS visit_id,
    substr(v.starts_at, 1, 10) AS date,
    substr(v.starts_at, 12, 5) AS time,
    s.name AS school,
    s.city AS city,
    s.postcode AS postcode,
    s.uai AS uai,
    CASE s.kind WHEN 'college' THEN 'collège' WHEN 'lycee' THEN 'lycée' ELSE s.kind END
        AS school_kind,
    CASE s.priority WHEN 'rep' THEN 'REP' WHEN 'rep_plus' THEN 'REP+' ELSE '' END
        AS priority_education,
    s.sector AS sector,
    v.kind AS visit_kind,
    v.class_level AS class_level,
    v.duration_minutes AS duration_minutes,
    v.pupils_present AS pupils_present,
    v.girls_present AS girls_present,
    (SELECT group_concat(name, ', ') FROM (
        SELECT a.name FROM visit_ambassador l JOIN ambassador a ON a.id = l.ambassador_id
        WHERE l.visit_id = v.id AND l.deleted = 0 AND a.deleted = 0
        ORDER BY a.name COLLATE NOCASE)) AS ambassadors,
    v.id NOT IN (SELECT d.visit_id FROM visit_duplicate d
                 JOIN visit kept ON kept.id = d.same_as_visit_id
                 WHERE d.deleted = 0 AND kept.deleted = 0) AS counted,
    (SELECT d.same_as_visit_id FROM visit_duplicate d WHERE d.visit_id = v.id AND d.deleted = 0)
        AS same_visit_as,
    v.notes AS notes,
    v.origin AS device,
    v.updated_at AS updated_at
FROM visit v JOIN school s ON s.id = v.school_id
WHERE v.deleted = 0"""

# One row per answer (a multiple choice gives one row per option ticked), with the question and
# the option in words from the survey definition the session used. For Datasette and the sqlite3
# shell: its JSON functions are not "innocuous", so visitapp's own connections (trusted_schema
# off) cannot read it, and never need to.
RESPONSES_LONG_V1 = """
CREATE VIEW responses_long AS
SELECT
    r.id AS response_id,
    s.visit_id AS visit_id,
    substr(v.starts_at, 1, 10) AS date,
    sch.name AS school,
    v.class_level AS class_level,
    s.phase AS phase,
    d.survey_id AS survey,
    d.version AS survey_version,
    r.channel AS channel,
    r.submitted_at AS submitted_at,
    r.pair_key AS pair_key,
    CAST(q.key AS INTEGER) + 1 AS question_number,
    json_extract(q.value, '$.id') AS question_id,
    json_extract(q.value, '$.kind') AS question_kind,
    json_extract(q.value, '$.text.fr') AS question,
    json_extract(q.value, '$.text.en') AS question_en,
    a.value AS answer,
    CASE json_extract(q.value, '$.kind')
        WHEN 'scale' THEN a.value || CASE a.value
            WHEN 1 THEN ' (' || json_extract(q.value, '$.low.fr') || ')'
            WHEN 5 THEN ' (' || json_extract(q.value, '$.high.fr') || ')'
            ELSE '' END
        WHEN 'single' THEN (SELECT json_extract(o.value, '$.text.fr')
            FROM json_each(q.value, '$.options') o WHERE json_extract(o.value, '$.id') = a.value)
        WHEN 'multiple' THEN (SELECT json_extract(o.value, '$.text.fr')
            FROM json_each(q.value, '$.options') o WHERE json_extract(o.value, '$.id') = a.value)
        ELSE a.value
    END AS answer_label
FROM response r
JOIN survey_session s ON s.id = r.session_id
JOIN survey_definition d ON d.id = s.definition_id
JOIN visit v ON v.id = s.visit_id
JOIN school sch ON sch.id = v.school_id
JOIN json_each(d.json, '$.questions') q
JOIN json_each(r.answers, '$."' || json_extract(q.value, '$.id') || '"') a
WHERE r.deleted = 0 AND s.deleted = 0 AND json_valid(r.answers) AND json_valid(d.json)"""


@SCHEMA.step(4)
def sync(db: Database) -> None:
    """Merge bookkeeping of a central database, duplicate-visit marks, readable views."""
    run_script(
        db,
        f"""
        CREATE TABLE import_log (
            sha256 TEXT PRIMARY KEY NOT NULL,
            file_name TEXT NOT NULL,
            device_id TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            app_version TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            merged_at TEXT NOT NULL,
            added INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            skipped INTEGER NOT NULL,
            conflicts INTEGER NOT NULL,
            details TEXT NOT NULL
        ) STRICT;
        CREATE TABLE merge_conflict (
            id TEXT PRIMARY KEY NOT NULL,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            incoming TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            device_id TEXT NOT NULL,
            detected_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE visit_duplicate (
            {RECORD_COLUMNS},
            visit_id TEXT NOT NULL REFERENCES visit (id) DEFERRABLE INITIALLY DEFERRED,
            same_as_visit_id TEXT NOT NULL REFERENCES visit (id) DEFERRABLE INITIALLY DEFERRED
        ) STRICT;
        CREATE INDEX visit_duplicate_visit ON visit_duplicate (visit_id);
        CREATE INDEX visit_duplicate_same_as ON visit_duplicate (same_as_visit_id);
        CREATE INDEX visit_day ON visit (school_id, substr(starts_at, 1, 10), class_level)
        """,
    )
    db.execute(VISITS_COUNTED_ONCE_V1)
    db.execute(VISITS_WITH_SCHOOLS_V1)
    db.execute(RESPONSES_LONG_V1)


# Survey summaries (step 5): what the survey indicators add up, kept beside the answers so the
# Impact page reads tens of thousands of rows instead of millions. A visit's summary holds the
# sessions that count with it: its own and those of visits marked the same as it (duplicates). Derived and local: never
# exported with content, never merged, rebuilt from response/response_answer by
# storage.survey_summaries.refresh(). A visit's row in survey_visit_summary says its rows are
# current (stale = 0); a month's row in survey_month_summary says the same of its month rollup.
# No row at all means "not built yet": an emptied copy (an export) rebuilds everything.
# The triggers only flag what a write made stale (one indexed UPDATE); refresh() rebuilds the
# flagged visits and months set-based. response_answer has no trigger: it is only written with
# its response (whose triggers fire), or rebuilt by derive_response_answers, which flags.
SURVEY_SUMMARIES_V1 = """
CREATE TABLE survey_visit_summary (
    visit_id TEXT PRIMARY KEY NOT NULL,
    stale INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),
    sessions_before INTEGER NOT NULL DEFAULT 0,
    sessions_after INTEGER NOT NULL DEFAULT 0,
    responses_before INTEGER NOT NULL DEFAULT 0,
    responses_after INTEGER NOT NULL DEFAULT 0,
    paired_phones INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;
CREATE INDEX survey_visit_summary_stale ON survey_visit_summary (stale) WHERE stale = 1;
CREATE TABLE survey_answer_summary (
    visit_id TEXT NOT NULL,
    phase TEXT NOT NULL,
    gender TEXT NOT NULL,
    question_id TEXT NOT NULL,
    option TEXT,
    number INTEGER,
    count INTEGER NOT NULL
) STRICT;
CREATE INDEX survey_answer_summary_visit ON survey_answer_summary
    (visit_id, question_id, phase, gender, option, number, count);
CREATE TABLE survey_pair_summary (
    visit_id TEXT NOT NULL,
    gender TEXT NOT NULL,
    question_id TEXT NOT NULL,
    before INTEGER NOT NULL,
    after INTEGER NOT NULL,
    count INTEGER NOT NULL
) STRICT;
CREATE INDEX survey_pair_summary_visit ON survey_pair_summary
    (visit_id, question_id, gender, before, after, count);
CREATE TABLE survey_month_summary (
    month TEXT PRIMARY KEY NOT NULL,
    stale INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1))
) STRICT, WITHOUT ROWID;
CREATE TABLE survey_answer_month (
    month TEXT NOT NULL,
    class_level TEXT NOT NULL,
    phase TEXT NOT NULL,
    gender TEXT NOT NULL,
    question_id TEXT NOT NULL,
    option TEXT,
    number INTEGER,
    count INTEGER NOT NULL
) STRICT;
CREATE INDEX survey_answer_month_month ON survey_answer_month
    (month, class_level, question_id, phase, gender, option, number, count);
CREATE TABLE survey_pair_month (
    month TEXT NOT NULL,
    class_level TEXT NOT NULL,
    gender TEXT NOT NULL,
    question_id TEXT NOT NULL,
    before INTEGER NOT NULL,
    after INTEGER NOT NULL,
    count INTEGER NOT NULL
) STRICT;
CREATE INDEX survey_pair_month_month ON survey_pair_month
    (month, class_level, question_id, gender, before, after, count);
CREATE TRIGGER response_inserted_stales_summary AFTER INSERT ON response BEGIN
    UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0
        AND visit_id = (SELECT visit_id FROM survey_session WHERE id = NEW.session_id);
END;
CREATE TRIGGER response_changed_stales_summary AFTER UPDATE OF deleted, session_id, pair_key
ON response WHEN OLD.deleted IS NOT NEW.deleted OR OLD.session_id IS NOT NEW.session_id
    OR OLD.pair_key IS NOT NEW.pair_key BEGIN
    UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0 AND visit_id IN (
        SELECT visit_id FROM survey_session WHERE id IN (OLD.session_id, NEW.session_id));
END;
CREATE TRIGGER response_deleted_stales_summary AFTER DELETE ON response BEGIN
    UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0
        AND visit_id = (SELECT visit_id FROM survey_session WHERE id = OLD.session_id);
END;
CREATE TRIGGER survey_session_inserted_stales_summary AFTER INSERT ON survey_session BEGIN
    UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0 AND visit_id = NEW.visit_id;
END;
CREATE TRIGGER survey_session_changed_stales_summary
AFTER UPDATE OF visit_id, phase, deleted ON survey_session
WHEN OLD.visit_id IS NOT NEW.visit_id OR OLD.phase IS NOT NEW.phase
    OR OLD.deleted IS NOT NEW.deleted BEGIN
    UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0
        AND visit_id IN (OLD.visit_id, NEW.visit_id);
END;
CREATE TRIGGER survey_session_deleted_stales_summary AFTER DELETE ON survey_session BEGIN
    UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0 AND visit_id = OLD.visit_id;
END;
CREATE TRIGGER visit_changed_stales_summary AFTER UPDATE OF starts_at, class_level, deleted
ON visit WHEN OLD.starts_at IS NOT NEW.starts_at OR OLD.class_level IS NOT NEW.class_level
    OR OLD.deleted IS NOT NEW.deleted BEGIN
    UPDATE survey_month_summary SET stale = 1 WHERE stale = 0
        AND month IN (substr(OLD.starts_at, 1, 7), substr(NEW.starts_at, 1, 7));
    UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0 AND visit_id = NEW.id;
END;
CREATE TRIGGER visit_duplicate_inserted_stales_summary AFTER INSERT ON visit_duplicate BEGIN
    UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0
        AND visit_id IN (NEW.visit_id, NEW.same_as_visit_id);
END;
CREATE TRIGGER visit_duplicate_changed_stales_summary
AFTER UPDATE OF visit_id, same_as_visit_id, deleted ON visit_duplicate
WHEN OLD.visit_id IS NOT NEW.visit_id OR OLD.same_as_visit_id IS NOT NEW.same_as_visit_id
    OR OLD.deleted IS NOT NEW.deleted BEGIN
    UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0 AND visit_id IN
        (OLD.visit_id, OLD.same_as_visit_id, NEW.visit_id, NEW.same_as_visit_id);
END;
CREATE TRIGGER visit_duplicate_deleted_stales_summary AFTER DELETE ON visit_duplicate BEGIN
    UPDATE survey_visit_summary SET stale = 1 WHERE stale = 0
        AND visit_id IN (OLD.visit_id, OLD.same_as_visit_id);
END;
CREATE TRIGGER visit_deleted_stales_summary AFTER DELETE ON visit BEGIN
    UPDATE survey_month_summary SET stale = 1 WHERE stale = 0
        AND month = substr(OLD.starts_at, 1, 7);
END;
"""


@SCHEMA.step(5)
def survey_summaries(db: Database) -> None:
    """Summary tables of the survey indicators; built on first use (see above)."""
    run_statements(db, SURVEY_SUMMARIES_V1)


# New steps go above this line, numbered in order: @SCHEMA.step(2), @SCHEMA.step(3), …
