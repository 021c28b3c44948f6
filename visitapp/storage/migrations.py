"""The schema's history: numbered steps, each run in one transaction that also bumps user_version.

Append new steps at the end; never edit a step that has shipped. `SCHEMA.latest` is the schema
version this code writes; a file with a higher `PRAGMA user_version` comes from a newer visitapp.
"""

from __future__ import annotations

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


# New steps go above this line, numbered in order: @SCHEMA.step(2), @SCHEMA.step(3), …
