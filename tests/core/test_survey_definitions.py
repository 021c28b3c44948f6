"""Survey definitions: the shipped surveys, validation of definitions, and anonymity by design."""

from __future__ import annotations

import copy
import json

import pytest

from visitapp.core.surveys import (
    DefinitionError,
    QuestionKind,
    definition_id,
    load_definition,
    parse_definition,
)
from visitapp.paths import resource_path
from visitapp.texts import describe


def shipped(name: str) -> dict:
    return json.loads(resource_path("surveys", f"{name}.json").read_text(encoding="utf-8"))


def minimal(**question) -> dict:
    base = {"id": "q1", "kind": "single", "text": {"fr": "Question ?", "en": "Question?"}}
    base["options"] = [
        {"id": "a", "text": {"fr": "A", "en": "A"}},
        {"id": "b", "text": {"fr": "B", "en": "B"}},
    ]
    base.update(question)
    return {
        "id": "test",
        "version": 1,
        "title": {"fr": "Titre", "en": "Title"},
        "questions": [base],
    }


def codes(data: dict) -> list[tuple[str, str]]:
    with pytest.raises(DefinitionError) as error:
        parse_definition(data)
    return [(p.field, p.code) for p in error.value.problems]


def test_shipped_surveys_load_and_compare_before_with_after():
    before = parse_definition(shipped("engineering-before"))
    after = parse_definition(shipped("engineering-after"))
    assert (before.phase, after.phase) == ("before", "after")
    assert 5 <= len(before.questions) <= 8 and 5 <= len(after.questions) <= 8
    shared = {q.id for q in before.questions} & {q.id for q in after.questions}
    assert {"class_level", "gender", "interest", "girls_too", "see_myself"} <= shared
    for question_id in shared:  # same id means the same question, so before/after compare
        assert before.question(question_id) == after.question(question_id)
    gender = before.question("gender")
    assert not gender.required
    assert "Je préfère ne pas répondre" in [o.text.fr for o in gender.options]
    kinds = {q.kind for q in (*before.questions, *after.questions)}
    assert kinds == {
        QuestionKind.SINGLE,
        QuestionKind.MULTIPLE,
        QuestionKind.SCALE,
        QuestionKind.TEXT,
    }
    free = [q for q in after.questions if q.kind is QuestionKind.TEXT]
    assert len(free) == 1 and not free[0].required and free[0].max_length == 300
    assert after.question("useful") and after.question("view_changed")
    interest = before.question("interest")
    assert interest.low.fr and interest.high.en


def test_options_are_named_in_the_language_asked_with_a_scale_s_ends_explained():
    before = parse_definition(shipped("engineering-before"))
    interest = before.question("interest")
    names = interest.option_names("fr")
    assert list(names) == ["1", "2", "3", "4", "5"]
    assert names["1"] == f"1 – {interest.low.fr}" and names["5"] == f"5 – {interest.high.fr}"
    assert names["3"] == "3"
    gender = before.question("gender")
    assert gender.option_names("en") == {o.id: o.text.en for o in gender.options}
    assert "Je préfère ne pas répondre" in gender.option_names("fr").values()


def test_definition_ids_are_the_same_on_every_laptop():
    definition = parse_definition(shipped("engineering-before"))
    assert definition.id == definition_id("engineering-before", 1)
    assert definition_id("engineering-before", 2) != definition.id


def test_canonical_source_ignores_key_order_and_spacing():
    data = shipped("engineering-after")
    reordered = json.loads(json.dumps(data, sort_keys=True, indent=4))
    assert parse_definition(data).sha256 == parse_definition(reordered).sha256


@pytest.mark.parametrize(
    "text",
    [
        "Quel est ton prénom ?",
        "Ton nom de famille",
        "Your e-mail address",
        "Ton numéro de téléphone",
        "Date de naissance",
        "When is your birthday?",
        "Envoie une photo de ta classe",
        "Où habites-tu ?",
        "Ton pseudo Snapchat",
    ],
)
def test_a_question_asking_who_or_where_a_pupil_is_is_refused(text):
    data = minimal(text={"fr": text, "en": "Question?"})
    assert ("questions[0].text", "survey.identifying") in codes(data)


@pytest.mark.parametrize("kind", ["email", "phone", "date", "photo", "location"])
def test_identifying_question_kinds_are_refused(kind):
    assert ("questions[0].kind", "survey.identifying") in codes(minimal(kind=kind))


def test_an_identifying_question_id_is_refused():
    assert ("questions[0].text", "survey.identifying") in codes(minimal(id="first_name"))


def test_harmless_words_that_look_alike_are_accepted():
    text = {"fr": "Combien de frères et sœurs as-tu ? (nombre)", "en": "How many siblings?"}
    definition = parse_definition(minimal(kind="number", text=text, min=0, max=20))
    assert definition.questions[0].maximum == 20


def test_the_identifying_refusal_reads_well_in_both_languages():
    with pytest.raises(DefinitionError) as error:
        parse_definition(minimal(text={"fr": "Ton prénom ?", "en": "Your first name?"}))
    found = error.value.problems[0]
    assert "anonymes" in describe(found, "fr") and "Ton prénom" in describe(found, "fr")
    assert "anonymous" in describe(found, "en")


def test_every_rule_of_a_definition_is_reported_at_once():
    data = minimal()
    data["version"] = 0
    data["questions"].append(copy.deepcopy(data["questions"][0]))  # same id twice
    data["questions"].append({"id": "s", "kind": "scale", "text": {"fr": "Échelle"}})
    data["questions"].append({"id": "t", "kind": "text", "text": {"fr": "Texte", "en": "Text"}})
    data["questions"].append(
        {"id": "n", "kind": "number", "text": {"fr": "N", "en": "N"}, "min": 5, "max": 5}
    )
    data["questions"].append({"id": "c", "kind": "single", "text": {"fr": "C", "en": "C"}})
    data["questions"].append({"id": "Bad Id", "kind": "ranking", "text": {"fr": "x", "en": "x"}})
    data["colour"] = "blue"
    found = codes(data)
    assert ("version", "survey.not_integer") in found
    assert ("questions[1].id", "survey.duplicate_id") in found
    assert ("questions[2].text.en", "survey.text_missing") in found
    assert ("questions[2].low", "survey.text_missing") in found
    assert ("questions[3].max_length", "survey.not_integer") in found
    assert ("questions[4].max", "survey.bad_range") in found
    assert ("questions[5].options", "survey.option_count") in found
    assert ("questions[6].kind", "survey.unknown_kind") in found
    assert ("colour", "survey.unknown_key") in found


def test_text_questions_are_capped():
    assert ("questions[0].max_length", "out_of_range") in codes(
        minimal(kind="text", max_length=5000)
    )


def test_not_json_is_a_readable_problem():
    with pytest.raises(DefinitionError) as error:
        load_definition("{not json")
    assert error.value.problems[0].code == "survey.not_json"
