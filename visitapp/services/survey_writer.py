"""Storing responses from many server threads at once: one writer at a time, group commits.

When a class answers at once, each thread's response joins a queue. The first thread to find no
commit under way leads: it commits every queued response in one transaction (one disk sync for
all), again while more arrived meanwhile; the others just wait for theirs to be done. SQLite never
sees two writers, so nobody sleeps in its busy handler, and every pupil is thanked only after the
commit that holds their answer.
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
        repo = SurveyRepository(self._storage.store())
        try:
            with repo.db.atomic():
                for entry in batch:
                    entry.inserted = repo.insert_response(entry.response, entry.definition)
            counts = {
                session_id: repo.count_responses(session_id)
                for session_id in {e.response.session_id for e in batch}
            }
            for entry in batch:
                entry.count = counts[entry.response.session_id]
        except Exception as error:  # every response of the failed batch reports it
            for entry in batch:
                entry.error, entry.inserted = error, False
        finally:
            for entry in batch:
                entry.finished.set()
