"""Survey use-cases: sessions and tokens, exactly-once answers, kiosk, tallies, results, demo."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from visitapp.core.errors import RecordNotFound
from visitapp.core.problems import ValidationError
from visitapp.core.schools import School
from visitapp.core.surveys_sessions import Phase, pair_cookie_name
from visitapp.core.visits import Visit
from visitapp.services.surveys import SubmitStatus


@pytest.fixture
def visit(services) -> Visit:
    school = services.records.save_school(School("", "Lycée Marie Curie"))
    return services.records.save_visit(
        Visit("", school.id, datetime(2026, 11, 23, 10, 0), pupils_present=4, girls_present=2)
    )


def fields(services, session, **answers) -> dict[str, list[str]]:
    rid, proof = services.surveys.mint_response_id(session.id)
    form = {"rid": [rid], "proof": [proof]}
    for key, value in answers.items():
        form["q_" + key] = value if isinstance(value, list) else [value]
    return form


GOOD = {"interest": "4", "girls_too": "5", "gender": "girl"}


def test_a_session_has_an_unguessable_token_and_a_reopened_one_a_new_token(services, visit):
    session = services.surveys.open_session(visit.id, Phase.BEFORE)
    assert len(session.token) >= 22  # token_urlsafe(16) or longer: ≥ 128 bits
    assert services.surveys.open_session(visit.id, Phase.BEFORE) == session  # already open
    assert services.surveys.close_session(session.id)
    assert services.surveys.page(session.token).session.is_open is False
    again = services.surveys.open_session(visit.id, Phase.BEFORE)
    assert again.id == session.id and again.is_open and again.token != session.token
    after = services.surveys.open_session(visit.id, Phase.AFTER)
    assert after.id != session.id and after.definition_id != session.definition_id


def test_opening_a_session_for_an_unknown_visit_fails(services):
    with pytest.raises(RecordNotFound):
        services.surveys.open_session("no-such-visit", Phase.BEFORE)


def test_an_answer_is_stored_once_and_a_replay_changes_nothing(services, visit):
    heard = []
    services.surveys.add_listener(lambda session_id, count: heard.append((session_id, count)))
    session = services.surveys.open_session(visit.id, Phase.BEFORE)
    form = fields(services, session, **GOOD)
    first = services.surveys.submit_form(session.token, form, pair_key="p" * 22)
    assert first.status is SubmitStatus.STORED and first.count == 1
    replay = services.surveys.submit_form(session.token, form, pair_key="p" * 22)
    assert replay.status is SubmitStatus.ALREADY and replay.thanked
    changed = dict(form, q_interest=["1"])
    assert services.surveys.submit_form(session.token, changed).status is SubmitStatus.CONFLICT
    assert services.surveys.count(session.id) == 1
    results = services.surveys.results(session.id)
    assert results.question("interest").counts == {"4": 1}
    assert heard == [(session.id, 1)]


def test_a_form_without_a_server_minted_id_is_refused(services, visit):
    session = services.surveys.open_session(visit.id, Phase.BEFORE)
    form = fields(services, session, **GOOD)
    forged = dict(form, proof=["0" * 32])
    assert services.surveys.submit_form(session.token, forged).status is SubmitStatus.BAD_ID
    missing = {k: v for k, v in form.items() if k != "rid"}
    assert services.surveys.submit_form(session.token, missing).status is SubmitStatus.BAD_ID
    other = services.surveys.open_session(visit.id, Phase.AFTER)
    # An id minted for another session does not work here.
    assert services.surveys.submit_form(other.token, form).status is SubmitStatus.BAD_ID
    assert services.surveys.count(session.id) == 0


def test_bad_answers_store_nothing_and_say_why(services, visit):
    session = services.surveys.open_session(visit.id, Phase.BEFORE)
    result = services.surveys.submit_form(
        session.token, fields(services, session, interest="9", girls_too="5")
    )
    assert result.status is SubmitStatus.INVALID
    assert [(p.field, p.code) for p in result.problems] == [("interest", "out_of_range")]
    assert result.answers["girls_too"] == 5  # kept, so the page can show them again
    assert services.surveys.count(session.id) == 0


def test_a_closed_session_refuses_new_answers_but_still_thanks_a_late_replay(services, visit):
    session = services.surveys.open_session(visit.id, Phase.BEFORE)
    stored = fields(services, session, **GOOD)
    services.surveys.submit_form(session.token, stored)
    late = fields(services, session, **GOOD)
    services.surveys.close_session(session.id)
    assert services.surveys.submit_form(session.token, late).status is SubmitStatus.CLOSED
    assert services.surveys.submit_form(session.token, stored).status is SubmitStatus.ALREADY
    assert services.surveys.submit_form("unknown", stored).status is SubmitStatus.NOT_FOUND


def test_answers_beyond_the_soft_cap_are_stored_and_flagged(services, visit):
    session = services.surveys.open_session(visit.id, Phase.BEFORE)
    for _ in range(7):  # 4 pupils present: the cap is 6
        form = fields(services, session, **GOOD)
        assert services.surveys.submit_form(session.token, form).status is SubmitStatus.STORED
    results = services.surveys.results(session.id)
    assert (results.responses, results.cap, results.over_cap) == (7, 6, True)


def test_pair_keys_link_before_and_after_and_nothing_else_is_kept(services, visit):
    before = services.surveys.open_session(visit.id, Phase.BEFORE)
    after = services.surveys.open_session(visit.id, Phase.AFTER)
    key = "AbC_-" + "x" * 17
    services.surveys.submit_form(before.token, fields(services, before, **GOOD), pair_key=key)
    services.surveys.submit_form(
        after.token,
        fields(services, after, interest="5", girls_too="5", useful="4"),
        pair_key="<not a key>",
    )
    store = services.storage.store()
    rows = store.db.execute("SELECT session_id, pair_key FROM response ORDER BY submitted_at")
    assert {tuple(r) for r in rows} == {(before.id, key), (after.id, None)}
    assert pair_cookie_name(visit.id).startswith("va_pair_") and visit.id not in pair_cookie_name(
        visit.id
    )


def test_kiosk_answers_are_stored_with_their_channel(services, visit):
    session = services.surveys.open_session(visit.id, Phase.AFTER)
    result = services.surveys.submit_kiosk(
        session.id, {"interest": 3, "girls_too": 4, "useful": 5, "message": "<b>Merci</b>"}
    )
    assert result.status is SubmitStatus.STORED
    invalid = services.surveys.submit_kiosk(session.id, {"interest": 3})
    assert invalid.status is SubmitStatus.INVALID
    results = services.surveys.results(session.id)
    assert results.question("message").texts == ("<b>Merci</b>",)
    channel = services.storage.store().db.execute("SELECT channel FROM response").fetchone()[0]
    assert channel == "kiosk"


def test_show_of_hands_counts_are_checked_and_kept_apart(services, visit):
    session = services.surveys.open_session(visit.id, Phase.BEFORE)
    services.surveys.save_tallies(
        session.id, {"interest": {"1": 2, "5": 9}, "gender": {"girl": 12}}
    )
    results = services.surveys.results(session.id)
    assert results.question("interest").tallies == {"1": 2, "5": 9}
    assert results.question("interest").counts == {} and results.responses == 0
    for bad in (
        {"interest": {"6": 1}},
        {"interest": {"1": -1}},
        {"subjects": {"nope": 1}},
        {"unknown": {"a": 1}},
    ):
        with pytest.raises(ValidationError):
            services.surveys.save_tallies(session.id, bad)
    assert services.surveys.tallies(session.id) == {
        "interest": {"1": 2, "5": 9},
        "gender": {"girl": 12},
    }


def test_counts_for_a_phase_use_its_session_or_make_a_closed_one_never_reopening(services, visit):
    with pytest.raises(ValidationError):  # refused counts make no session
        services.surveys.save_phase_tallies(visit.id, Phase.OTHER, {"interest": {"9": 1}})
    assert services.surveys.sessions_of_visit(visit.id) == []
    made = services.surveys.save_phase_tallies(visit.id, Phase.OTHER, {"interest": {"2": 3}})
    assert made.phase is Phase.OTHER and not made.is_open
    again = services.surveys.save_phase_tallies(visit.id, Phase.OTHER, {"interest": {"2": 4}})
    assert again == made  # the same session, its token and times untouched
    assert services.surveys.tallies(made.id) == {"interest": {"2": 4}}


def test_the_live_session_of_a_visit_has_its_url_once_a_server_publishes_it(services, visit):
    assert services.surveys.live_session(visit.id) is None
    session = services.surveys.open_session(visit.id, Phase.BEFORE)
    live = services.surveys.live_session(visit.id)
    assert live.session == session and live.url is None and live.count == 0 and live.cap == 6
    services.surveys.announce_base_url("http://192.168.1.20:8765/")
    assert services.surveys.live_session(visit.id).url == (
        f"http://192.168.1.20:8765/s/{session.token}"
    )
    services.surveys.close_session(session.id)
    assert services.surveys.live_session(visit.id) is None


def test_the_demo_programme_has_survey_answers_and_seeds_them_once(services):
    services.demo.seed(date(2026, 11, 23))
    past = [s for s in services.records.list_visits() if s.visit.pupils_present]
    sessions = [x for s in past for x in services.surveys.sessions_of_visit(s.visit.id)]
    assert len(sessions) >= 10 and all(not x.is_open for x in sessions)
    totals = [services.surveys.results(x.id) for x in sessions]
    assert sum(r.responses for r in totals) > 200
    assert any(q.tallies for r in totals for q in r.questions)  # one class voted by hand
    again = services.demo.seed(date(2026, 11, 23))
    assert again.survey_sessions == 0
    assert sum(services.surveys.results(x.id).responses for x in sessions) == sum(
        r.responses for r in totals
    )
    store = services.storage.store()
    paired = store.db.execute(
        "SELECT count(*) FROM (SELECT pair_key FROM response WHERE pair_key IS NOT NULL"
        " GROUP BY pair_key HAVING count(*) = 2)"
    ).fetchone()[0]
    assert paired > 20
    messages = store.db.execute(
        "SELECT count(*) FROM response WHERE json_extract(answers, '$.message') IS NOT NULL"
    ).fetchone()[0]
    assert messages > 0
    assert json.loads(store.db.execute("SELECT answers FROM response LIMIT 1").fetchone()[0])


def test_answers_arriving_together_are_each_stored_exactly_once(services, visit):
    import threading

    session = services.surveys.open_session(visit.id, Phase.BEFORE)
    forms = [fields(services, session, **GOOD) for _ in range(20)]
    sent = forms + forms[:10]  # ten phones retry while their first send is still in flight
    results = []
    start = threading.Barrier(len(sent))

    def phone(form):
        start.wait()
        results.append(services.surveys.submit_form(session.token, form).status)

    threads = [threading.Thread(target=phone, args=(form,)) for form in sent]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results).count(SubmitStatus.STORED) == 20
    assert sorted(results).count(SubmitStatus.ALREADY) == 10
    assert services.surveys.count(session.id) == 20
