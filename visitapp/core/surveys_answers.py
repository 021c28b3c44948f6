"""A pupil's answers to one survey: read from a web form, checked against the definition.

Answers are a dict question id → option id (single), list of option ids (multiple), int (scale,
number) or str (free text, kept verbatim). Unanswered questions are simply absent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from visitapp.core.problems import Problem, problem
from visitapp.core.surveys import SCALE_POINTS, QuestionKind, SurveyDefinition, canonical_json

Answer = str | int | list[str]
Answers = dict[str, Answer]

FIELD_PREFIX = "q_"  # form field of a question: q_<question id>
# Form fields that are not answers: the one-time response id, its proof, the page language.
CONTROL_FIELDS = frozenset({"rid", "proof", "lang"})


def field_name(question_id: str) -> str:
    return FIELD_PREFIX + question_id


def _integer(text: str) -> int | None:
    text = text.strip()
    if text[:1] in "+-":
        sign, digits = text[0], text[1:]
    else:
        sign, digits = "", text
    if not digits.isascii() or not digits.isdigit() or len(digits) > 9:
        return None
    return int(sign + digits)


def parse_form(
    definition: SurveyDefinition, form: Mapping[str, Sequence[str]]
) -> tuple[Answers, list[Problem]]:
    """Turn posted fields (name → every value sent) into typed answers, then check them.

    Unknown fields are a problem of their own (field "form"): a page of ours never sends them.
    """
    answers: Answers = {}
    problems: list[Problem] = []
    by_field = {field_name(q.id): q for q in definition.questions}
    for name, values in form.items():
        if name in CONTROL_FIELDS:
            continue
        question = by_field.get(name)
        if question is None:
            problems.append(problem("form", "survey.unknown_field", name=name[:40]))
            continue
        values = [v for v in values if v != ""]
        if not values:
            continue
        if question.kind is QuestionKind.MULTIPLE:
            answers[question.id] = list(values)
            continue
        if len(values) > 1:
            problems.append(problem(question.id, "survey.one_answer"))
            continue
        value = values[0]
        if question.kind in (QuestionKind.SCALE, QuestionKind.NUMBER):
            number = _integer(value)
            if number is None:
                problems.append(problem(question.id, "survey.not_a_number"))
                continue
            answers[question.id] = number
        elif question.kind is QuestionKind.TEXT:
            if value.strip():
                answers[question.id] = value
        else:
            answers[question.id] = value
    # One message per question: an answer that could not be read is not also "missing".
    named = {p.field for p in problems}
    problems.extend(p for p in validate_answers(definition, answers) if p.field not in named)
    return answers, problems


def validate_answers(definition: SurveyDefinition, answers: Mapping[str, object]) -> list[Problem]:
    """Every problem with typed answers: unknown questions, options, ranges, lengths, missing ones."""
    problems: list[Problem] = []
    for question_id in answers:
        if definition.question(question_id) is None:
            problems.append(problem("form", "survey.unknown_field", name=str(question_id)[:40]))
    for question in definition.questions:
        value = answers.get(question.id)
        if value is None or value == [] or value == "":
            if question.required:
                problems.append(problem(question.id, "required"))
            continue
        kind = question.kind
        if kind is QuestionKind.SINGLE:
            if not isinstance(value, str) or value not in question.option_ids():
                problems.append(problem(question.id, "survey.unknown_option"))
        elif kind is QuestionKind.MULTIPLE:
            if (
                not isinstance(value, list)
                or not all(isinstance(v, str) for v in value)
                or any(v not in question.option_ids() for v in value)
            ):
                problems.append(problem(question.id, "survey.unknown_option"))
            elif len(set(value)) != len(value):
                problems.append(problem(question.id, "duplicate"))
        elif kind is QuestionKind.SCALE:
            if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE_POINTS:
                problems.append(
                    problem(question.id, "out_of_range", min=SCALE_POINTS[0], max=SCALE_POINTS[-1])
                )
        elif kind is QuestionKind.NUMBER:
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or not question.minimum <= value <= question.maximum
            ):
                problems.append(
                    problem(question.id, "out_of_range", min=question.minimum, max=question.maximum)
                )
        elif kind is QuestionKind.TEXT:
            if not isinstance(value, str):
                problems.append(problem(question.id, "survey.not_text"))
            elif len(value) > question.max_length:
                problems.append(problem(question.id, "too_long", max=question.max_length))
            elif "\x00" in value:
                problems.append(problem(question.id, "survey.not_text"))
    return problems


def normalize_answers(definition: SurveyDefinition, answers: Mapping[str, Answer]) -> Answers:
    """The one stored shape: multiple choices in the definition's option order, no empty answers."""
    result: Answers = {}
    for question in definition.questions:
        value = answers.get(question.id)
        if value is None or value == [] or value == "":
            continue
        if question.kind is QuestionKind.MULTIPLE and isinstance(value, list):
            order = question.option_ids()
            value = sorted(value, key=order.index)
        result[question.id] = value
    return result


def answers_json(definition: SurveyDefinition, answers: Mapping[str, Answer]) -> str:
    """Canonical JSON of normalized answers: equal answers give equal text."""
    return canonical_json(normalize_answers(definition, answers))
