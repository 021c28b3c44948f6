"""A pupil's answers: read from a form, checked against the definition, stored canonically."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from visitapp.core.surveys import QuestionKind, SurveyDefinition, parse_definition
from visitapp.core.surveys_answers import answers_json, parse_form, validate_answers
from visitapp.paths import resource_path


def load(name: str) -> SurveyDefinition:
    text = resource_path("surveys", f"{name}.json").read_text(encoding="utf-8")
    return parse_definition(json.loads(text))


AFTER = load("engineering-after")
BEFORE = load("engineering-before")


def form(**fields) -> dict[str, list[str]]:
    return {
        ("q_" + k if k not in ("rid", "proof", "lang") else k): v if isinstance(v, list) else [v]
        for k, v in fields.items()
    }


def test_a_complete_form_gives_typed_answers():
    answers, problems = parse_form(
        AFTER,
        form(
            class_level="3e",
            gender="no_answer",
            interest="4",
            girls_too="5",
            useful="3",
            message="Très bien, merci !",
            rid="x",
            lang="fr",
        ),
    )
    assert problems == []
    assert answers == {
        "class_level": "3e",
        "gender": "no_answer",
        "interest": 4,
        "girls_too": 5,
        "useful": 3,
        "message": "Très bien, merci !",
    }


def problem_codes(definition, fields) -> set[tuple[str, str]]:
    _, problems = parse_form(definition, fields)
    return {(p.field, p.code) for p in problems}


def test_every_bad_answer_is_reported_and_named():
    found = problem_codes(
        AFTER,
        form(
            class_level="7e",
            interest="6",
            girls_too="beaucoup",
            message="x" * 301,
            useful=["2", "3"],
            evil="1",
        ),
    )
    assert found == {
        ("class_level", "survey.unknown_option"),
        ("interest", "out_of_range"),
        ("girls_too", "survey.not_a_number"),
        ("message", "too_long"),
        ("useful", "survey.one_answer"),
        ("form", "survey.unknown_field"),
    }


def test_required_questions_must_be_answered_and_optional_ones_may_be_left():
    found = problem_codes(AFTER, form(gender="girl", message=""))
    assert found == {("interest", "required"), ("girls_too", "required"), ("useful", "required")}


def test_free_text_is_kept_verbatim_even_when_it_looks_like_html():
    text = "<script>alert('é')</script>\n  deux lignes  "
    answers, problems = parse_form(
        AFTER, form(interest="3", girls_too="3", useful="3", message=text)
    )
    assert problems == [] and answers["message"] == text


def test_multiple_choices_are_stored_in_the_definitions_order():
    answers, problems = parse_form(
        BEFORE, form(interest="2", girls_too="4", subjects=["computing", "maths"])
    )
    assert problems == []
    assert json.loads(answers_json(BEFORE, answers))["subjects"] == ["maths", "computing"]
    twice = form(interest="2", girls_too="4", subjects=["maths", "maths"])
    assert ("subjects", "duplicate") in problem_codes(BEFORE, twice)


def test_numbers_respect_their_range():
    definition = parse_definition(
        {
            "id": "n",
            "version": 1,
            "title": {"fr": "T", "en": "T"},
            "questions": [
                {
                    "id": "siblings",
                    "kind": "number",
                    "text": {"fr": "F", "en": "S"},
                    "min": 0,
                    "max": 12,
                }
            ],
        }
    )
    assert parse_form(definition, form(siblings=" 3 "))[0] == {"siblings": 3}
    assert ("siblings", "out_of_range") in problem_codes(definition, form(siblings="13"))
    assert ("siblings", "survey.not_a_number") in problem_codes(definition, form(siblings="٣"))
    assert ("siblings", "survey.not_a_number") in problem_codes(definition, form(siblings="1e3"))


@st.composite
def valid_answers(draw, definition: SurveyDefinition):
    answers = {}
    for question in definition.questions:
        if not question.required and draw(st.booleans()):
            continue
        if question.kind is QuestionKind.SINGLE:
            answers[question.id] = draw(st.sampled_from(question.option_ids()))
        elif question.kind is QuestionKind.MULTIPLE:
            answers[question.id] = draw(
                st.lists(st.sampled_from(question.option_ids()), min_size=1, unique=True)
            )
        elif question.kind is QuestionKind.SCALE:
            answers[question.id] = draw(st.integers(1, 5))
        elif question.kind is QuestionKind.TEXT:
            text = draw(st.text(min_size=1, max_size=question.max_length).filter(str.strip))
            answers[question.id] = text.replace("\x00", "") or "x"
    return answers


@settings(deadline=None)  # the first example pays for imports and regex compilation
@given(st.data())
def test_valid_answers_pass_and_their_json_does_not_depend_on_choice_order(data):
    definition = data.draw(st.sampled_from([BEFORE, AFTER]))
    answers = data.draw(valid_answers(definition))
    assert validate_answers(definition, answers) == []
    shuffled = {
        k: list(reversed(v)) if isinstance(v, list) else v for k, v in reversed(answers.items())
    }
    text = answers_json(definition, answers)
    assert text == answers_json(definition, shuffled)
    assert json.loads(text).keys() == answers.keys()
