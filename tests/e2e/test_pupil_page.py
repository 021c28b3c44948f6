"""A pupil's phone answering in a real browser: JavaScript on and off, accents, retries."""

from __future__ import annotations

import json

import pytest

from tests.e2e.conftest import PHONE

ACCENTS = "Génial, très intéressant ! Ça m'a donné envie — merci à vous 👍"


def stored_answers(services, session) -> list[dict]:
    db = services.storage.store().db
    rows = db.execute("SELECT answers FROM response WHERE session_id = ?", [session.id])
    return [json.loads(row[0]) for row in rows]


@pytest.fixture
def phone(browser):
    contexts = []

    def open_phone(**options):
        context = browser.new_context(**{**PHONE, "locale": "fr-FR", **options})
        contexts.append(context)
        return context.new_page()

    yield open_phone
    for context in contexts:
        context.close()


def answer_after_survey(page) -> None:
    page.locator("#q-interest label").nth(3).click()  # a scale: the 4th label is 4
    page.locator("#q-girls_too label").nth(4).click()
    page.locator("#q-useful label").nth(4).click()
    page.get_by_label("Une fille").check()
    page.locator("textarea").fill(ACCENTS)


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_a_phone_answers_and_the_answer_with_its_accents_is_in_the_database(
    phone, server, services, after, javascript
):
    page = phone(java_script_enabled=javascript)
    page.goto(services.surveys.url_of(after))
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("heading", level=1).inner_text() == "Après l'intervention"
    answer_after_survey(page)
    page.get_by_role("button", name="Envoyer").click()
    page.get_by_role("heading", name="Merci !").wait_for()
    assert stored_answers(services, after) == [
        {"gender": "girl", "girls_too": 5, "interest": 4, "message": ACCENTS, "useful": 5}
    ]
    pair_key = services.storage.store().db.execute("SELECT pair_key FROM response").fetchone()[0]
    assert pair_key  # the visit's pairing cookie came back with the form
    page.goto(services.surveys.url_of(after))
    assert "Déjà répondu" in page.content()


def test_tapping_send_twice_stores_one_answer(phone, server, services, after):
    page = phone()
    page.goto(services.surveys.url_of(after))
    answer_after_survey(page)
    button = page.get_by_role("button", name="Envoyer")
    button.dblclick()
    page.get_by_role("heading", name="Merci !").wait_for()
    assert len(stored_answers(services, after)) == 1


def test_when_the_wifi_drops_the_same_answers_are_sent_again(phone, server, services, after):
    page = phone()
    dropped = []

    def flaky(route):
        if route.request.method == "POST" and len(dropped) < 2:
            dropped.append(1)
            route.abort("internetdisconnected")
        else:
            route.continue_()

    page.route("**/s/**", flaky)
    page.goto(services.surveys.url_of(after))
    answer_after_survey(page)
    page.get_by_role("button", name="Envoyer").click()
    page.get_by_text("Connexion perdue").wait_for()
    page.get_by_role("heading", name="Merci !").wait_for(timeout=15_000)
    assert len(dropped) == 2
    assert [a["message"] for a in stored_answers(services, after)] == [ACCENTS]


def test_before_and_after_answers_of_one_phone_are_paired(phone, server, services, before, after):
    page = phone(locale="en-GB")
    page.goto(services.surveys.url_of(before))
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator("#q-interest label").nth(1).click()
    page.locator("#q-girls_too label").nth(2).click()
    page.get_by_role("button", name="Send").click()
    page.get_by_role("heading", name="Thank you!").wait_for()
    page.goto(services.surveys.url_of(after))
    answer_after_survey_english(page)
    page.get_by_role("button", name="Send").click()
    page.get_by_role("heading", name="Thank you!").wait_for()
    db = services.storage.store().db
    keys = db.execute("SELECT DISTINCT pair_key FROM response").fetchall()
    assert len(keys) == 1 and keys[0][0]


def answer_after_survey_english(page) -> None:
    page.locator("#q-interest label").nth(3).click()
    page.locator("#q-girls_too label").nth(4).click()
    page.locator("#q-useful label").nth(4).click()


def test_a_missing_required_answer_is_caught_before_sending(phone, server, services, after):
    page = phone(java_script_enabled=False)
    page.goto(services.surveys.url_of(after))
    page.locator("#q-interest label").nth(3).click()
    page.get_by_role("button", name="Envoyer").click()
    # The browser itself says a required answer is missing; nothing reached the laptop.
    assert page.get_by_role("heading", name="Merci !").count() == 0
    assert stored_answers(services, after) == []
