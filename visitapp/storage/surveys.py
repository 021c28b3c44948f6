"""Survey tables: definitions, sessions, responses (with their derived answer rows) and tallies.

Returns core dataclasses; SQL stays here. Responses are inserted once and never updated.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from visitapp.core.errors import VisitappError
from visitapp.core.surveys import (
    DefinitionError,
    QuestionKind,
    SurveyDefinition,
    load_definition,
)
from visitapp.core.surveys_sessions import (
    Channel,
    Phase,
    QuestionResults,
    SurveyResponse,
    SurveySession,
    tally_id,
)
from visitapp.storage.database import Store
from visitapp.storage.records import upsert_record
from visitapp.storage.survey_summaries import mark_responses_stale


class DefinitionInUse(VisitappError):
    """A (survey id, version) that sessions use cannot change: publish a new version instead."""

    code = "survey.definition_in_use"


_SESSION_COLUMNS = "id, visit_id, definition_id, phase, token, opened_at, closed_at"


def _session(row: tuple) -> SurveySession:
    try:
        phase = Phase(row[3])
    except ValueError:
        phase = Phase.OTHER
    return SurveySession(row[0], row[1], row[2], phase, row[4], row[5], row[6])


def _response(row: tuple) -> SurveyResponse:
    try:
        channel = Channel(row[3])
    except ValueError:
        channel = Channel.WEB
    return SurveyResponse(row[0], row[1], row[2], channel, row[4], row[5])


def answer_rows(
    definition: SurveyDefinition, answers: dict
) -> list[tuple[str, str | None, int | None]]:
    """The derived rows of one response: (question id, option, number); free text has none."""
    rows: list[tuple[str, str | None, int | None]] = []
    for question in definition.questions:
        value = answers.get(question.id)
        if value is None:
            continue
        if question.kind is QuestionKind.SINGLE and isinstance(value, str):
            rows.append((question.id, value, None))
        elif question.kind is QuestionKind.MULTIPLE and isinstance(value, list):
            rows.extend((question.id, str(option), None) for option in value)
        elif question.kind is QuestionKind.SCALE and isinstance(value, int):
            rows.append((question.id, str(value), value))
        elif question.kind is QuestionKind.NUMBER and isinstance(value, int):
            rows.append((question.id, None, value))
    return rows


# insert_new_responses() writes through this view: per row, the response and its derived rows
# (a JSON array of [question id, option, number]). Temporary: it exists only on the connection
# that uses it, so the schema and its migrations know nothing of it.
_PENDING_VIEW = """
    CREATE TEMP VIEW IF NOT EXISTS pending_response
        (id, submitted_at, origin, session_id, pair_key, channel, answers, answer_rows)
    AS SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0
"""
_PENDING_TRIGGER = """
    CREATE TEMP TRIGGER IF NOT EXISTS pending_response_insert
    INSTEAD OF INSERT ON pending_response
    BEGIN
        INSERT INTO response (id, created_at, updated_at, origin, deleted, session_id,
                              submitted_at, pair_key, channel, answers)
        VALUES (NEW.id, NEW.submitted_at, NEW.submitted_at, NEW.origin, 0, NEW.session_id,
                NEW.submitted_at, NEW.pair_key, NEW.channel, NEW.answers);
        INSERT INTO response_answer (response_id, question_id, option, number)
        SELECT NEW.id, json_extract(value, '$[0]'), json_extract(value, '$[1]'),
               json_extract(value, '$[2]')
        FROM json_each(NEW.answer_rows);
    END
"""


class SurveyRepository:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        self._definitions: dict[str, SurveyDefinition] = {}
        self._pending_view = False  # created on this connection by insert_new_responses()

    # -- definitions ---------------------------------------------------------------------

    def save_definition(self, definition: SurveyDefinition) -> bool:
        """Store a definition; True when new. Same content again changes nothing.

        Different content under a (survey id, version) that a session uses raises
        DefinitionInUse; an unused one is replaced.
        """
        with self.db.atomic():
            row = self.db.execute(
                "SELECT sha256 FROM survey_definition WHERE id = ?", [definition.id]
            ).fetchone()
            if row and row[0] == definition.sha256:
                return False
            if row:
                used = self.db.execute(
                    "SELECT 1 FROM survey_session WHERE definition_id = ? LIMIT 1", [definition.id]
                ).fetchone()
                if used:
                    raise DefinitionInUse(survey=definition.survey_id, version=definition.version)
                self.db.execute("DELETE FROM survey_definition WHERE id = ?", [definition.id])
            now = self.store.now()
            self.db.execute(
                "INSERT INTO survey_definition (id, created_at, updated_at, origin, deleted,"
                " survey_id, version, json, sha256) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)",
                [
                    definition.id,
                    now,
                    now,
                    self.store.device_id,
                    definition.survey_id,
                    definition.version,
                    definition.source,
                    definition.sha256,
                ],
            )
            self._definitions.pop(definition.id, None)
            return row is None

    def get_definition(self, definition_id: str) -> SurveyDefinition | None:
        cached = self._definitions.get(definition_id)
        if cached is not None:
            return cached
        row = self.db.execute(
            "SELECT json FROM survey_definition WHERE id = ?", [definition_id]
        ).fetchone()
        if row is None:
            return None
        try:
            definition = load_definition(row[0])
        except DefinitionError:
            return None  # merged from a newer visitapp with kinds this one cannot read
        self._definitions[definition_id] = definition
        return definition

    def local_secret(self, key: str, candidate: str) -> str:
        """The laptop's secret under `key` in meta (never synced), created from `candidate` once,
        even when two processes ask at the same moment."""
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                [key, candidate],
            )
            return self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()[0]

    # -- sessions ------------------------------------------------------------------------

    def insert_session(self, session: SurveySession) -> None:
        with self.db.atomic():
            upsert_record(
                self.store,
                "survey_session",
                session.id,
                {
                    "visit_id": session.visit_id,
                    "definition_id": session.definition_id,
                    "phase": session.phase.value,
                    "token": session.token,
                    "opened_at": session.opened_at,
                    "closed_at": session.closed_at,
                },
            )

    def reopen_session(self, session_id: str, token: str, opened_at: str) -> None:
        with self.db.atomic():
            upsert_record(
                self.store,
                "survey_session",
                session_id,
                {"token": token, "opened_at": opened_at, "closed_at": None},
            )

    def close_session(self, session_id: str, closed_at: str) -> bool:
        """False when the session was already closed (or does not exist)."""
        with self.db.atomic():
            row = self.db.execute(
                "SELECT closed_at FROM survey_session WHERE id = ?", [session_id]
            ).fetchone()
            if row is None or row[0] is not None:
                return False
            upsert_record(self.store, "survey_session", session_id, {"closed_at": closed_at})
            return True

    def session_exists(self, session_id: str) -> bool:
        """Deleted or not (idempotent seeding never brings back what a user removed)."""
        row = self.db.execute("SELECT 1 FROM survey_session WHERE id = ?", [session_id])
        return row.fetchone() is not None

    def get_session(self, session_id: str) -> SurveySession | None:
        row = self.db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM survey_session WHERE id = ? AND deleted = 0",
            [session_id],
        ).fetchone()
        return _session(row) if row else None

    def session_by_token(self, token: str) -> SurveySession | None:
        row = self.db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM survey_session WHERE token = ? AND deleted = 0",
            [token],
        ).fetchone()
        return _session(row) if row else None

    def sessions_of_visit(self, visit_id: str) -> list[SurveySession]:
        rows = self.db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM survey_session WHERE visit_id = ? AND deleted = 0"
            " ORDER BY opened_at, id",
            [visit_id],
        ).fetchall()
        return [_session(row) for row in rows]

    def open_sessions(self) -> list[SurveySession]:
        rows = self.db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM survey_session"
            " WHERE closed_at IS NULL AND deleted = 0 ORDER BY opened_at, id"
        ).fetchall()
        return [_session(row) for row in rows]

    # -- responses -----------------------------------------------------------------------

    def get_response(self, response_id: str) -> SurveyResponse | None:
        row = self.db.execute(
            "SELECT id, session_id, submitted_at, channel, answers, pair_key FROM response"
            " WHERE id = ?",
            [response_id],
        ).fetchone()
        return _response(row) if row else None

    def insert_response(self, response: SurveyResponse, definition: SurveyDefinition) -> bool:
        """Store a response and its derived rows in one transaction. False when the id exists."""
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO response (id, created_at, updated_at, origin, deleted, session_id,"
                " submitted_at, pair_key, channel, answers) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO NOTHING",
                [
                    response.id,
                    response.submitted_at,
                    response.submitted_at,
                    self.store.device_id,
                    response.session_id,
                    response.submitted_at,
                    response.pair_key,
                    response.channel.value,
                    response.answers_json,
                ],
            )
            if cursor.rowcount == 0:
                return False
            self._insert_answer_rows(
                response.id, answer_rows(definition, json.loads(response.answers_json))
            )
            return True

    def insert_new_responses(
        self, items: Sequence[tuple[SurveyResponse, SurveyDefinition]]
    ) -> None:
        """Store responses none of which is stored yet, with their derived rows, in one statement
        that is its own transaction (call it outside any): all of them, or none and an
        IntegrityError when one id is already there or the database refuses one.

        One statement whatever the number of responses: the survey server's group commit calls
        this with a whole class's answers, and each statement lets the other threads take the
        GIL, then waits to get it back. A temporary view takes each response with its derived
        rows, and its trigger writes both tables.
        """
        if not self._pending_view:
            self.db.execute(_PENDING_VIEW)
            self.db.execute(_PENDING_TRIGGER)
            self._pending_view = True
        rows = [
            [
                response.id,
                response.submitted_at,
                self.store.device_id,
                response.session_id,
                response.pair_key,
                response.channel.value,
                response.answers_json,
                answer_rows(definition, json.loads(response.answers_json)),
            ]
            for response, definition in items
        ]
        self.db.execute(
            "INSERT INTO pending_response (id, submitted_at, origin, session_id, pair_key,"
            " channel, answers, answer_rows)"
            " SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
            "        json_extract(value, '$[2]'), json_extract(value, '$[3]'),"
            "        json_extract(value, '$[4]'), json_extract(value, '$[5]'),"
            "        json_extract(value, '$[6]'), json_extract(value, '$[7]')"
            " FROM json_each(?)",
            [json.dumps(rows)],
        )

    def stored_response_ids(self, response_ids: Iterable[str]) -> set[str]:
        """Which of these responses are stored already (deleted ones included), in one query."""
        rows = self.db.execute(
            "SELECT id FROM response WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(response_ids))],
        )
        return {row[0] for row in rows}

    def count_responses_of(self, session_ids: Iterable[str]) -> dict[str, int]:
        """count_responses for several sessions, in one statement."""
        wanted = sorted(set(session_ids))
        found = self.db.execute(
            "SELECT json_group_object(session_id, n) FROM"
            " (SELECT session_id, count(*) AS n FROM response"
            "  WHERE session_id IN (SELECT value FROM json_each(?)) GROUP BY session_id)",
            [json.dumps(wanted)],
        ).fetchone()[0]
        return {**dict.fromkeys(wanted, 0), **json.loads(found)}

    def _insert_answer_rows(
        self, response_id: str, rows: Iterable[tuple[str, str | None, int | None]]
    ) -> None:
        self.db.conn.executemany(
            "INSERT INTO response_answer (response_id, question_id, option, number)"
            " VALUES (?, ?, ?, ?)",
            [(response_id, *row) for row in rows],
        )

    def count_responses(self, session_id: str) -> int:
        # Responses are immutable (never tombstoned), so the session index alone answers.
        return self.db.execute(
            "SELECT count(*) FROM response WHERE session_id = ?", [session_id]
        ).fetchone()[0]

    def derive_response_answers(self, response_ids: Iterable[str] | None = None) -> int:
        """(Re)build response_answer for these responses, or for every response that has no
        rows yet (after a merge). Returns how many responses were derived."""
        with self.db.atomic():
            if response_ids is None:
                rows = self.db.execute(
                    "SELECT r.id, r.answers, s.definition_id FROM response r"
                    " JOIN survey_session s ON s.id = r.session_id"
                    " WHERE NOT EXISTS (SELECT 1 FROM response_answer a WHERE a.response_id = r.id)"
                ).fetchall()
            else:
                ids = list(response_ids)
                rows = []
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    marks = ", ".join("?" * len(chunk))
                    self.db.execute(
                        f"DELETE FROM response_answer WHERE response_id IN ({marks})", chunk
                    )
                    rows += self.db.execute(
                        "SELECT r.id, r.answers, s.definition_id FROM response r"
                        " JOIN survey_session s ON s.id = r.session_id"
                        f" WHERE r.id IN ({marks})",
                        chunk,
                    ).fetchall()
            derived = 0
            for response_id, answers, definition_id in rows:
                definition = self.get_definition(definition_id)
                if definition is None:
                    continue
                try:
                    data = json.loads(answers)
                except ValueError:
                    continue
                if isinstance(data, dict):
                    self._insert_answer_rows(response_id, answer_rows(definition, data))
                    derived += 1
            mark_responses_stale(self.db, [row[0] for row in rows])
            return derived

    # -- tallies -------------------------------------------------------------------------

    def save_tallies(self, session_id: str, counts: dict[str, dict[str, int]]) -> int:
        """Set show-of-hands counts (question → option → count). Returns how many cells changed."""
        changed = 0
        with self.db.atomic():
            current = {
                (row[0], row[1]): (row[2], row[3])
                for row in self.db.execute(
                    "SELECT question_id, option, count, deleted FROM tally WHERE session_id = ?",
                    [session_id],
                )
            }
            for question_id, options in counts.items():
                for option, count in options.items():
                    before = current.get((question_id, option))
                    if before == (count, 0):
                        continue
                    upsert_record(
                        self.store,
                        "tally",
                        tally_id(session_id, question_id, option),
                        {
                            "session_id": session_id,
                            "question_id": question_id,
                            "option": option,
                            "count": count,
                        },
                    )
                    changed += 1
        return changed

    def tallies(self, session_id: str) -> dict[str, dict[str, int]]:
        result: dict[str, dict[str, int]] = {}
        for question_id, option, count in self.db.execute(
            "SELECT question_id, option, count FROM tally WHERE session_id = ? AND deleted = 0",
            [session_id],
        ):
            result.setdefault(question_id, {})[option] = count
        return result

    # -- results -------------------------------------------------------------------------

    def question_results(
        self, session_id: str, definition: SurveyDefinition
    ) -> list[QuestionResults]:
        counts: dict[str, dict[str, int]] = {}
        numbers: dict[str, list[int]] = {}
        for question_id, option, number in self.db.execute(
            "SELECT a.question_id, a.option, a.number FROM response_answer a"
            " JOIN response r ON r.id = a.response_id"
            " WHERE r.session_id = ? AND r.deleted = 0",
            [session_id],
        ):
            if option is not None:
                bucket = counts.setdefault(question_id, {})
                bucket[option] = bucket.get(option, 0) + 1
            elif number is not None:
                numbers.setdefault(question_id, []).append(number)
        answered = dict(
            self.db.execute(
                "SELECT a.question_id, count(DISTINCT a.response_id) FROM response_answer a"
                " JOIN response r ON r.id = a.response_id"
                " WHERE r.session_id = ? AND r.deleted = 0 GROUP BY a.question_id",
                [session_id],
            ).fetchall()
        )
        tallies = self.tallies(session_id)
        results = []
        for question in definition.questions:
            texts: tuple[str, ...] = ()
            if question.kind is QuestionKind.TEXT:
                texts = tuple(
                    row[0]
                    for row in self.db.execute(
                        "SELECT json_extract(answers, ?) AS t FROM response"
                        " WHERE session_id = ? AND deleted = 0 AND t IS NOT NULL"
                        " ORDER BY submitted_at, id",
                        [f'$."{question.id}"', session_id],
                    )
                    if isinstance(row[0], str)
                )
            results.append(
                QuestionResults(
                    question_id=question.id,
                    answered=len(texts) if texts else answered.get(question.id, 0),
                    counts=counts.get(question.id, {}),
                    tallies=tallies.get(question.id, {}),
                    numbers=tuple(sorted(numbers.get(question.id, []))),
                    texts=texts,
                )
            )
        return results
