"""The survey server's group commit: a batch of responses in one transaction, and what a repeated
or a refused response in a batch does to the others."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from datetime import datetime

import pytest

from visitapp.core.ids import new_id
from visitapp.core.schools import School
from visitapp.core.surveys_sessions import Channel, Phase, SurveyResponse
from visitapp.core.visits import Visit
from visitapp.services.survey_writer import ResponseWriter


@pytest.fixture
def session(services):
    school = services.records.save_school(School("", "Collège Sophie Germain"))
    visit = services.records.save_visit(Visit("", school.id, datetime(2026, 11, 23, 10, 0)))
    return services.surveys.open_session(visit.id, Phase.BEFORE)


def answer(session, interest: int, *, response_id: str = "", session_id: str = ""):
    response = SurveyResponse(
        id=response_id or new_id(),
        session_id=session_id or session.id,
        submitted_at="2026-11-23T10:05:00.000Z",
        channel=Channel.WEB,
        answers_json=json.dumps({"interest": interest}),
    )
    return response


def _until(condition, what: str) -> None:
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.002)


def insert_as_one_batch(services, writer, session, responses):
    """Each response from its own thread, as the server's threads do. The database is locked
    meanwhile, so the first leads a commit of its own and the others all queue behind it: they
    are then committed together, as one batch."""
    definition = services.surveys.definition(session.definition_id)
    blocker = sqlite3.connect(services.database_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    results: list = [None] * len(responses)

    def send(index: int) -> None:
        try:
            results[index] = writer.insert(responses[index], definition)
        except Exception as error:  # what the server thread would have raised
            results[index] = error

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(responses))]
    threads[0].start()
    _until(lambda: writer._leading and not writer._queue, "the first never led")
    for thread in threads[1:]:
        thread.start()
    _until(lambda: len(writer._queue) == len(responses) - 1, "the others never queued")
    blocker.execute("ROLLBACK")
    blocker.close()
    for thread in threads:
        thread.join()
    return results


def stored_interests(services, session) -> dict[str, int]:
    results = services.surveys.results(session.id)
    [interest] = [q for q in results.questions if q.question_id == "interest"]
    return interest.counts


def test_a_response_sent_twice_in_one_batch_is_stored_once(services, session):
    writer = ResponseWriter(services.storage)
    first, twice = answer(session, 2), answer(session, 4)
    sent = [first, twice, answer(session, 5), twice]
    results = insert_as_one_batch(services, writer, session, sent)
    assert results == [(True, 1), (True, 3), (True, 3), (False, 3)]
    assert services.surveys.count(session.id) == 3
    assert stored_interests(services, session) == {"2": 1, "4": 1, "5": 1}


def test_a_batch_with_an_answer_stored_earlier_stores_the_others(services, session):
    writer = ResponseWriter(services.storage)
    earlier = answer(session, 1)
    definition = services.surveys.definition(session.definition_id)
    assert writer.insert(earlier, definition) == (True, 1)
    sent = [answer(session, 2), answer(session, 3), earlier, answer(session, 4)]
    results = insert_as_one_batch(services, writer, session, sent)
    assert [stored for stored, _count in results] == [True, True, False, True]
    assert services.surveys.count(session.id) == 4
    assert stored_interests(services, session) == {"1": 1, "2": 1, "3": 1, "4": 1}


def test_a_refused_response_in_a_batch_costs_the_others_nothing(services, session):
    writer = ResponseWriter(services.storage)
    orphan = answer(session, 1, session_id="no-such-session")  # the database refuses it
    sent = [answer(session, 2), answer(session, 3), orphan, answer(session, 4)]
    results = insert_as_one_batch(services, writer, session, sent)
    assert results[0] == (True, 1)
    assert isinstance(results[2], sqlite3.IntegrityError)
    assert [r[0] for r in (results[1], results[3])] == [True, True]
    assert services.surveys.count(session.id) == 3
    assert stored_interests(services, session) == {"2": 1, "3": 1, "4": 1}


def test_a_response_already_stored_is_not_stored_again(services, session):
    writer = ResponseWriter(services.storage)
    definition = services.surveys.definition(session.definition_id)
    response = answer(session, 3)
    assert writer.insert(response, definition) == (True, 1)
    assert writer.insert(response, definition) == (False, 1)
    assert stored_interests(services, session) == {"3": 1}


def test_a_writer_that_cannot_reach_the_database_reports_it_to_every_phone(
    services, session, monkeypatch
):
    """Not "stored: no" (which the service would take for a closed survey): the error itself,
    for every response of the batch, and the next answers are written again."""
    writer = ResponseWriter(services.storage)
    real = writer._repository
    calls = []

    def fails_after_the_first_batch():
        calls.append(1)
        if len(calls) > 1:
            raise sqlite3.OperationalError("unable to open database file")
        return real()

    monkeypatch.setattr(writer, "_repository", fails_after_the_first_batch)
    results = insert_as_one_batch(
        services, writer, session, [answer(session, n) for n in (1, 2, 3)]
    )
    assert results[0] == (True, 1)
    assert all(isinstance(r, sqlite3.OperationalError) for r in results[1:]), results
    monkeypatch.undo()
    definition = services.surveys.definition(session.definition_id)
    assert writer.insert(answer(session, 4), definition) == (True, 2)


def test_an_answer_sent_again_costs_the_rest_of_its_batch_one_commit_not_one_each(
    services, session, monkeypatch
):
    """A phone whose page timed out while a class answered sends again what is stored already:
    the others of its batch are still written together."""
    writer = ResponseWriter(services.storage)
    definition = services.surveys.definition(session.definition_id)
    earlier = answer(session, 1)
    assert writer.insert(earlier, definition) == (True, 1)
    one_by_one = []
    real_write_one = writer._write_one
    monkeypatch.setattr(writer, "_write_one", lambda e: one_by_one.append(e) or real_write_one(e))
    sent = [answer(session, 2), earlier, answer(session, 3), answer(session, 4)]
    results = insert_as_one_batch(services, writer, session, sent)
    assert one_by_one == []
    assert [stored for stored, _count in results] == [True, False, True, True]
    assert services.surveys.count(session.id) == 4
