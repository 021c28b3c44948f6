"""Storing responses from many server threads at once: one writer at a time, group commits.

When a class answers at once, each thread's response joins a queue. The first thread to find no
commit under way leads: it commits every queued response in one transaction (one disk sync for
all), again while more arrived meanwhile; the others just wait for theirs to be done. SQLite never
sees two writers, so nobody sleeps in its busy handler, and every pupil is thanked only after the
commit that holds their answer.

The batch is written on a connection of its own (not the leading thread's) in a few set-based
statements, whatever its size: each statement releases the GIL, and under a burst getting it back
can take a whole switch interval. A batch the database refuses is written again one response per
transaction, so one bad response never costs the rest of the class their answers.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from visitapp.core.surveys import SurveyDefinition
from visitapp.core.surveys_sessions import SurveyResponse
from visitapp.storage.database import Storage
from visitapp.storage.surveys import SurveyRepository


@dataclass
class _Entry:
    response: SurveyResponse
    definition: SurveyDefinition
    inserted: bool = False
    count: int = 0
    error: BaseException | None = None
    finished: threading.Event = field(default_factory=threading.Event)


WRITER_JOB = "survey_response_writer"  # the writer's own connection (see Storage.job_store)


class ResponseWriter:
    def __init__(self, storage: Storage) -> None:
        self._storage = storage
        self._queue_lock = threading.Lock()
        self._queue: list[_Entry] = []
        self._leading = False  # a thread is committing batches

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
            self._write(batch)
        except Exception as error:
            if len(batch) > 1:
                for entry in batch:  # each alone, so only the bad one fails
                    self._commit([entry])
                return
            batch[0].error, batch[0].inserted = error, False
        finally:
            for entry in batch:
                entry.finished.set()

    def _write(self, batch: list[_Entry]) -> None:
        repo = SurveyRepository(self._storage.job_store(WRITER_JOB))
        with repo.db.atomic():
            stored, counts = repo.insert_responses([(e.response, e.definition) for e in batch])
        for entry, inserted in zip(batch, stored, strict=True):
            entry.inserted, entry.count = inserted, counts[entry.response.session_id]
