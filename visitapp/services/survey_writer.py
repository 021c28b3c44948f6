"""Storing responses from many server threads at once: one writer at a time, group commits.

When a class answers at once, each thread's response joins a queue; whichever thread gets the
write lock commits every queued response in one transaction (one disk sync for all), then the
others find theirs already done. SQLite never sees two writers, so nobody sleeps in its busy
handler, and every pupil is thanked only after the commit that holds their answer.
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
    done: bool = False
    inserted: bool = False
    count: int = 0
    error: BaseException | None = None
    finished: threading.Event = field(default_factory=threading.Event)


class ResponseWriter:
    def __init__(self, storage: Storage) -> None:
        self._storage = storage
        self._write = threading.Lock()  # held by the thread committing a batch
        self._queue_lock = threading.Lock()
        self._queue: list[_Entry] = []

    def insert(self, response: SurveyResponse, definition: SurveyDefinition) -> tuple[bool, int]:
        """Store one response (False when its id was already there) and return the session's
        count right after the commit. Raises what the commit raised."""
        entry = _Entry(response, definition)
        with self._queue_lock:
            self._queue.append(entry)
        with self._write:
            if not entry.done:
                with self._queue_lock:
                    batch, self._queue = self._queue, []
                self._commit(batch)
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
                entry.done = True
