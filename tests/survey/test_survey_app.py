"""The pupils' page over HTTP: routes, headers, language, exactly-once answers, hostile input."""

from __future__ import annotations

import re

import pytest

from tests.survey.conftest import form_ids
from visitapp.core.surveys_sessions import Phase, pair_cookie_name

GOOD = {"q_interest": "4", "q_girls_too": "5", "q_gender": "girl", "q_subjects": ["maths", "arts"]}


def url(session) -> str:
    return f"/s/{session.token}"


def fresh_form(client, session, **headers) -> dict[str, str]:
    return form_ids(client.get(url(session), headers=headers).text)


def post(client, session, data, **headers):
    return client.post(url(session), data=data, headers=headers)


def stored(services, session) -> int:
    return services.surveys.count(session.id)


def test_the_form_is_french_by_default_with_every_protective_header(client, session):
    response = client.get(url(session))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe" not in csp
    html = response.text
    assert '<html lang="fr">' in html and "Les études d&#39;ingénieur·e" in html
    assert "Envoyer" in html and 'hreflang="en"' in html
    # No asset from anywhere else: the page must work with no internet at all.
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_the_phones_language_or_a_link_gives_english(client, session):
    english = client.get(url(session), headers={"Accept-Language": "en-GB,en;q=0.9"}).text
    assert '<html lang="en">' in english and "Send" in english
    linked = client.get(url(session) + "?lang=en").text
    assert '<html lang="en">' in linked
    german = client.get(url(session), headers={"Accept-Language": "de-DE"}).text
    assert '<html lang="fr">' in german


def test_the_whole_page_is_small(client, session):
    html = client.get(url(session)).data
    css = client.get(url(session) + "/page.css")
    js = client.get(url(session) + "/page.js")
    assert css.status_code == js.status_code == 200
    assert css.headers["Content-Type"].startswith("text/css")
    assert js.headers["Content-Type"].startswith("text/javascript")
    assert len(html) + len(css.data) + len(js.data) < 50 * 1024


@pytest.mark.parametrize(
    "path",
    ["/", "/s/", "/static/page.css", "/s/short", "/s/" + "A" * 32, "/s/" + "A" * 32 + "/page.js"],
)
def test_anything_but_a_live_token_is_a_friendly_404(client, session, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page introuvable" in response.text
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_only_get_and_post_are_allowed(client, session):
    for method in ("put", "delete", "patch"):
        response = getattr(client, method)(url(session))
        assert response.status_code == 405, method
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert client.options(url(session)).status_code == 405


def test_a_closed_session_is_gone_with_a_friendly_page(client, services, session):
    ids = fresh_form(client, session)
    services.surveys.close_session(session.id)
    response = client.get(url(session))
    assert response.status_code == 410 and "Questionnaire fermé" in response.text
    late = post(client, session, {**ids, **GOOD})
    assert late.status_code == 410 and stored(services, session) == 0


def test_an_answer_is_thanked_after_it_is_stored_then_the_phone_is_recognised(
    client, services, session
):
    ids = fresh_form(client, session)
    response = post(client, session, {**ids, **GOOD})
    assert response.status_code == 200 and "Merci !" in response.text
    assert stored(services, session) == 1
    again = client.get(url(session))
    assert again.status_code == 200 and "Déjà répondu" in again.text


def test_a_replay_is_thanked_without_a_second_row_and_a_changed_replay_conflicts(
    client, services, session
):
    ids = fresh_form(client, session)
    assert post(client, session, {**ids, **GOOD}).status_code == 200
    assert post(client, session, {**ids, **GOOD}).status_code == 200
    changed = post(client, session, {**ids, **GOOD, "q_interest": "1"})
    assert changed.status_code == 409 and "la première est gardée" in changed.text
    assert stored(services, session) == 1
    results = services.surveys.results(session.id)
    assert results.question("interest").counts == {"4": 1}


def test_a_post_without_a_server_minted_id_is_refused(client, services, session):
    assert post(client, session, GOOD).status_code == 400
    ids = fresh_form(client, session)
    forged = post(client, session, {**ids, "proof": "f" * 32, **GOOD})
    assert forged.status_code == 400 and "Recharge" in forged.text
    made_up = post(client, session, {"rid": "not-a-uuid", "proof": ids["proof"], **GOOD})
    assert made_up.status_code == 400
    assert stored(services, session) == 0


def test_a_post_from_another_site_is_refused(client, services, session):
    ids = fresh_form(client, session)
    foreign = post(client, session, {**ids, **GOOD}, Origin="http://evil.example")
    assert foreign.status_code == 403 and stored(services, session) == 0
    # `null` (some privacy settings) and a missing Origin pass only with a valid one-time id.
    assert post(client, session, GOOD, Origin="null").status_code == 400
    assert post(client, session, {**ids, **GOOD}, Origin="null").status_code == 200
    other_phone = client.application.test_client()
    same = fresh_form(other_phone, session)
    own = post(other_phone, session, {**same, **GOOD}, Origin="http://localhost")
    assert own.status_code == 200 and stored(services, session) == 2


@pytest.mark.parametrize(
    ("change", "status", "field"),
    [
        ({"q_gender": "robot"}, 422, "gender"),
        ({"q_interest": "12"}, 422, "interest"),
        ({"q_interest": ""}, 422, "interest"),
        ({"q_interest": ["1", "2"]}, 422, "interest"),
        ({"q_name": "Lucas"}, 400, None),
    ],
)
def test_bad_answers_are_refused_with_a_readable_page_and_nothing_stored(
    client, services, session, change, status, field
):
    ids = fresh_form(client, session)
    response = post(client, session, {**ids, **GOOD, **change})
    assert response.status_code == status
    assert stored(services, session) == 0
    if field:
        assert f'id="error-{field}"' in response.text
        assert "Certaines réponses sont à revoir" in response.text
        assert 'value="maths" checked' in response.text  # what the pupil chose is kept
        assert ids["rid"] in response.text  # the same one-time id, so a fixed send counts once
    else:
        assert "Recharge la page" in response.text


def test_free_text_is_stored_verbatim_and_shown_escaped(client, services, visit):
    after = services.surveys.open_session(visit.id, Phase.AFTER)
    text = "<script>alert('é')</script> & \"ça\""
    ids = form_ids(client.get(url(after)).text)
    base = {**ids, "q_interest": "3", "q_girls_too": "4", "q_message": text}
    refused = post(client, after, {**base, "q_useful": "0"})
    assert refused.status_code == 422
    assert "<script>alert" not in refused.text
    assert "&lt;script&gt;alert(&#39;é&#39;)&lt;/script&gt; &amp; &#34;ça&#34;" in refused.text
    assert post(client, after, {**base, "q_useful": "5"}).status_code == 200
    assert services.surveys.results(after.id).question("message").texts == (text,)


def test_over_long_text_is_refused(client, services, visit):
    after = services.surveys.open_session(visit.id, Phase.AFTER)
    ids = form_ids(client.get(url(after)).text)
    data = {**ids, "q_interest": "3", "q_girls_too": "4", "q_useful": "4", "q_message": "é" * 301}
    response = post(client, after, data)
    assert response.status_code == 422 and "300 caractères au plus" in response.text
    assert stored(services, after) == 0


def test_an_oversized_body_gets_413_and_a_readable_page(client, services, session):
    ids = fresh_form(client, session)
    response = post(client, session, {**ids, **GOOD, "q_interest": "4" * 20_000})
    assert response.status_code == 413 and "trop longue" in response.text
    assert response.headers["Cache-Control"] == "no-store"
    assert stored(services, session) == 0


def test_a_form_with_hundreds_of_fields_gets_413_and_nothing_is_stored(client, services, session):
    ids = fresh_form(client, session)
    response = post(client, session, {**ids, **GOOD, **{f"x{i}": "1" for i in range(300)}})
    assert response.status_code == 413 and "trop longue" in response.text
    assert stored(services, session) == 0


def test_a_multipart_post_is_read_too(client, services, session):
    """Our page posts urlencoded forms; a browser or script sending multipart still gets in."""
    ids = fresh_form(client, session)
    response = client.post(url(session), data={**ids, **GOOD}, content_type="multipart/form-data")
    assert response.status_code == 200 and "Merci !" in response.text
    assert services.surveys.results(session.id).question("subjects").counts == {
        "maths": 1,
        "arts": 1,
    }


def test_the_pairing_cookie_pairs_before_and_after_and_nothing_else_is_kept(
    client, services, visit, session
):
    before_ids = fresh_form(client, session, **{"User-Agent": "Mozilla/5.0 PupilPhone/42"})
    cookie = client.get_cookie(pair_cookie_name(visit.id))
    assert cookie is not None and cookie.http_only
    post(client, session, {**before_ids, **GOOD})
    after = services.surveys.open_session(visit.id, Phase.AFTER)
    after_ids = form_ids(client.get(url(after)).text)
    data = {**after_ids, "q_interest": "5", "q_girls_too": "5", "q_useful": "5"}
    assert post(client, after, data).status_code == 200
    db = services.storage.store().db
    keys = [row[0] for row in db.execute("SELECT pair_key FROM response")]
    assert keys == [cookie.value, cookie.value]
    dump = "\n".join(db.conn.iterdump())
    assert "PupilPhone" not in dump and "127.0.0.1" not in dump


def test_an_answer_the_laptop_could_not_save_says_so_and_can_be_sent_again(
    client, services, session, monkeypatch, caplog
):
    """A database busy for too long is not "page not found": the pupil is told to send again,
    and sending again stores the answer once."""
    import sqlite3

    ids = fresh_form(client, session)
    real_insert = services.surveys._writer.insert

    tries = []

    def busy(*args):
        tries.append(1)
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(services.surveys._writer, "insert", busy)
    response = post(client, session, {**ids, **GOOD})
    assert len(tries) == 1  # tried once: a pupil does not wait for the busy database twice
    assert "database is locked" in caplog.text  # the laptop's log says why
    assert response.status_code == 500
    assert "pas encore enregistrée" in response.text and "Page introuvable" not in response.text
    assert response.headers["Cache-Control"] == "no-store"
    monkeypatch.setattr(services.surveys._writer, "insert", real_insert)
    assert post(client, session, {**ids, **GOOD}).status_code == 200
    assert stored(services, session) == 1


def test_a_class_answering_at_once_is_thanked_in_front_of_flask_with_the_same_page(
    client, services, session, monkeypatch
):
    """Once a session's thank-you page is rendered, the next answers are checked, stored and
    thanked before Flask (survey/shortcut.py): same page, same headers, same cookie."""
    other = client.application.test_client()
    first_ids, second_ids = fresh_form(client, session), fresh_form(other, session)
    first = post(client, session, {**first_ids, **GOOD})
    views = client.application.view_functions
    seen = []
    real_view = views["survey"]
    monkeypatch.setitem(views, "survey", lambda token: seen.append(token) or real_view(token))
    second = post(other, session, {**second_ids, **GOOD})
    assert seen == []  # Flask's view never saw it
    assert second.status_code == first.status_code == 200
    assert second.data == first.data and "Merci !" in second.text
    first_headers, second_headers = list(first.headers), list(second.headers)
    assert [h for h in second_headers if h[0] != "Set-Cookie"] == [
        h for h in first_headers if h[0] != "Set-Cookie"
    ]
    cookies = [dict(first.headers)["Set-Cookie"], dict(second.headers)["Set-Cookie"]]
    assert re.sub(r"=[^;]*", "", cookies[0]) == re.sub(r"=[^;]*", "", cookies[1])
    assert second_ids["rid"] in cookies[1] and first_ids["rid"] in cookies[0]
    assert stored(services, session) == 2
    # The phone is recognised afterwards, as after a thank-you from Flask.
    assert "Déjà répondu" in other.get(url(session)).text


def test_an_answer_to_fix_is_shown_by_flask_from_the_one_check_already_made(
    client, services, session, monkeypatch
):
    post(client, session, {**fresh_form(client, session), **GOOD})  # the thank-you is rendered
    checks = []
    real_submit = services.surveys.submit_form

    def counted(*args, **kwargs):
        checks.append(args[0])
        return real_submit(*args, **kwargs)

    monkeypatch.setattr(services.surveys, "submit_form", counted)
    ids = fresh_form(client.application.test_client(), session)
    response = post(client, session, {**ids, **GOOD, "q_gender": "robot"})
    assert response.status_code == 422 and 'id="error-gender"' in response.text
    assert len(checks) == 1 and stored(services, session) == 1
