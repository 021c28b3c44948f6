"""Storing responses from many server threads at once: one writer at a time, group commits.

When a class answers at once, each thread's response joins a queue. The first thread to find no
commit under way leads: it commits every queued response in one transaction (one disk sync for
all), again while more arrived meanwhile; the others just wait for theirs to be done. SQLite never
sees two writers, so nobody sleeps in its busy handler, and every pupil is thanked only after the
commit that holds their answer.

The batch is written on a connection of its own (not the leading thread's) with one statement
that is its own transaction, then one that counts, whatever its size: under a burst every
statement lets the other threads take the GIL, and the writer then waits for it. When the batch
fails as a whole because an answer sent again is stored already, the others are written together
again; when the database refuses one, each response is written again on its own, the careful
way, so that only the refused one fails.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field

from visitapp.core.surveys import SurveyDefinition
from visitapp.core.surveys_sessions import SurveyResponse
from visitapp.storage.database import Storage
from visitapp.storage.surveys import SurveyRepository


class _Done:
    """Set once by the committing thread, waited for once by the answer's own thread: a lock
    taken at birth. threading.Event does the same with a Condition in Python code, a cost each
    of a class's answers paid twice under the GIL."""

    __slots__ = ("_lock",)

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lock.acquire()

    def set(self) -> None:
        self._lock.release()

    def wait(self) -> None:
        self._lock.acquire()


@dataclass
class _Entry:
    response: SurveyResponse
    definition: SurveyDefinition
    inserted: bool = False
    count: int = 0
    error: BaseException | None = None
    finished: _Done = field(default_factory=_Done)


WRITER_JOB = "survey_response_writer"  # the writer's own connection (see Storage.job_store)


class ResponseWriter:
    def __init__(self, storage: Storage) -> None:
        self._storage = storage
        self._queue_lock = threading.Lock()
        self._queue: list[_Entry] = []
        self._leading = False  # a thread is committing batches
        self._repo: SurveyRepository | None = None  # on the writer's own connection

    def insert(self, response: SurveyResponse, definition: SurveyDefinition) -> tuple[bool, int]:
        """Store one response (False when its id was already there) and return the session's
        count right after the commit. Raises what the commit raised."""
        entry = _Entry(response, definition)
        with self._queue_lock:
            self._queue.append(entry)
            lead = not self._leading
            self._leading = True
        if lead:
            try:
                while True:
                    with self._queue_lock:
                        batch, self._queue = self._queue, []
                        if not batch:
                            self._leading = False
                            break
                    self._commit(batch)
            except BaseException:
                with self._queue_lock:  # the next thread to arrive takes over what is queued
                    self._leading = False
                raise
        entry.finished.wait()
        if entry.error is not None:
            raise entry.error
        return entry.inserted, entry.count

    def _commit(self, batch: list[_Entry]) -> None:
        try:
            try:
                self._write(batch)
            except sqlite3.IntegrityError:
                self._write_unstored(batch)
            except Exception:
                self._write_each(batch)
        finally:
            for entry in batch:
                entry.finished.set()

    def _write_unstored(self, batch: list[_Entry]) -> None:
        """After a batch refused as a whole: most often a phone sent again an answer that is
        stored already (its page timed out while a class answered). The others are written
        together again, not one commit each, just when the laptop is busiest."""
        try:
            stored = self._repository().stored_response_ids(e.response.id for e in batch)
        except Exception:
            stored = set()
        if not stored:  # something else was refused: find which, one by one
            self._write_each(batch)
            return
        unstored = [entry for entry in batch if entry.response.id not in stored]
        try:
            if unstored:
                self._write(unstored)
        except Exception:
            self._write_each(unstored)
        again = [entry for entry in batch if entry.response.id in stored]
        try:  # those sent again are told the count too, as when written one by one
            counts = self._repository().count_responses_of(e.response.session_id for e in again)
        except Exception:
            return
        for entry in again:
            entry.count = counts[entry.response.session_id]

    def _write_each(self, batch: list[_Entry]) -> None:
        for entry in batch:
            self._write_one(entry)

    def _repository(self) -> SurveyRepository:
        store = self._storage.job_store(WRITER_JOB)
        if self._repo is None or self._repo.store is not store:
            self._repo = SurveyRepository(store)
        return self._repo

    def _write(self, batch: list[_Entry]) -> None:
        repo = self._repository()
        first: dict[str, _Entry] = {}
        for entry in batch:  # a phone that sent again before its first send was stored
            first.setdefault(entry.response.id, entry)
        repo.insert_new_responses([(e.response, e.definition) for e in first.values()])
        counts = repo.count_responses_of(e.response.session_id for e in first.values())
        for entry in batch:
            entry.inserted = first[entry.response.id] is entry
            entry.count = counts[entry.response.session_id]

    def _write_one(self, entry: _Entry) -> None:
        try:  # whatever fails (even opening the connection) is this entry's error, never lost
            repo = self._repository()
            with repo.db.atomic():
                entry.inserted = repo.insert_response(entry.response, entry.definition)
            entry.count = repo.count_responses(entry.response.session_id)
        except Exception as error:
            entry.error, entry.inserted = error, False
