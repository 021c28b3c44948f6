"""The schema's history: numbered steps, each run in one transaction that also bumps user_version.

Append new steps at the end; never edit a step that has shipped. `SCHEMA.latest` is the schema
version this code writes; a file with a higher `PRAGMA user_version` comes from a newer visitapp.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from visitapp.storage.schema import RECORD_COLUMNS

StepBody = Callable[[Database], None]


class Schema:
    """An ordered list of migration steps, applied with sqlite-utils' Migrations."""

    def __init__(self, name: str = "visitapp") -> None:
        self.migrations = Migrations(name)
        self.bodies: list[StepBody] = []

    @property
    def latest(self) -> int:
        return len(self.bodies)

    def step(self, number: int) -> Callable[[StepBody], StepBody]:
        """Register step `number`; it runs with the user_version bump in the same transaction."""

        def register(body: StepBody) -> StepBody:
            if number != self.latest + 1:
                raise RuntimeError(f"migration {number} registered out of order")

            def run(db: Database) -> None:
                body(db)
                db.execute(f"PRAGMA user_version = {number}")

            self.migrations(name=f"{number:04d}_{body.__name__}")(run)
            self.bodies.append(body)
            return body

        return register

    def with_steps(self, *extra: StepBody, name: str = "visitapp") -> Schema:
        """A copy with more steps after these (tests use it to simulate a failing migration)."""
        copy = Schema(name)
        for body in (*self.bodies, *extra):
            copy.step(copy.latest + 1)(body)
        return copy

    def apply(self, db: Database) -> None:
        self.migrations.apply(db)


SCHEMA = Schema()


def run_script(db: Database, script: str) -> None:
    """Run several statements inside the current transaction (executescript() would commit)."""
    for statement in script.split(";\n"):
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


@SCHEMA.step(2)
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


# New steps go above this line, numbered in order: @SCHEMA.step(2), @SCHEMA.step(3), …
