"""Survey definitions: the questions a survey asks, read from JSON and checked before use.

A definition never asks who a pupil is: questions about names, contact details, birth dates,
photos or places are refused by `parse_definition`, whatever the JSON says.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from visitapp.core.ids import stable_id
from visitapp.core.problems import Problem, problem


class QuestionKind(StrEnum):
    SINGLE = "single"  # one option
    MULTIPLE = "multiple"  # any number of options
    SCALE = "scale"  # 1 to 5, with labelled ends
    TEXT = "text"  # short free text, length-capped
    NUMBER = "number"  # whole number within a range


CLOSED_KINDS = frozenset({QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.SCALE})
SCALE_POINTS = (1, 2, 3, 4, 5)
TEXT_MAX = 1000  # the longest free text any definition may allow
NUMBER_LIMIT = 1_000_000
QUESTIONS_MAX = 30
OPTIONS_MAX = 20
_ID_SHAPE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")

# Kinds some survey tools offer that would collect identifying data.
_IDENTIFYING_KINDS = frozenset(
    {"email", "phone", "tel", "date", "birthdate", "photo", "image", "file", "location", "address"}
)
# Words that show a question asks who or where a pupil is (French and English, accents optional).
_IDENTIFYING_WORDS = re.compile(
    r"\b(nom|pr[ée]noms?|name|names|first[ _-]?name|surname|last[ _-]?name|e-?mails?|courriels?|"
    r"mails?|t[ée]l[ée]phones?|phones?|mobile number|num[ée]ro de (t[ée]l|portable)|"
    r"date de naissance|naissance|birth ?(date|day)|birthday|born|photos?|selfies?|pictures?|"
    r"adresses?|address(es)?|location|localisation|g[ée]olocalisation|gps|o[uù] habites|"
    r"where do you live|snapchat|instagram|tiktok|pseudo|username)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class LocalText:
    """A sentence in French and English."""

    fr: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.fr


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    text: LocalText


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    kind: QuestionKind
    text: LocalText
    required: bool = False
    options: tuple[Option, ...] = ()
    low: LocalText | None = None  # scale: what 1 means
    high: LocalText | None = None  # scale: what 5 means
    max_length: int = 0  # text
    minimum: int = 0  # number
    maximum: int = 0  # number

    @property
    def is_closed(self) -> bool:
        return self.kind in CLOSED_KINDS

    def option_ids(self) -> tuple[str, ...]:
        if self.kind is QuestionKind.SCALE:
            return tuple(str(point) for point in SCALE_POINTS)
        return tuple(option.id for option in self.options)

    def option_names(self, language: str) -> dict[str, str]:
        """Each option id → its words in `language`: a choice's text; a scale's point, its two
        ends with what they mean ("1 – Pas du tout d'accord"), as in the reports."""
        if self.kind is QuestionKind.SCALE:
            names = {point: point for point in self.option_ids()}
            if self.low is not None and self.high is not None:
                first, last = names[str(SCALE_POINTS[0])], names[str(SCALE_POINTS[-1])]
                names[first] = f"{first} – {self.low.get(language)}"
                names[last] = f"{last} – {self.high.get(language)}"
            return names
        return {option.id: option.text.get(language) for option in self.options}


@dataclass(frozen=True, slots=True)
class SurveyDefinition:
    survey_id: str
    version: int
    title: LocalText
    questions: tuple[Question, ...]
    intro: LocalText | None = None
    phase: str = ""  # the phase this survey is made for (before/after), "" for any
    source: str = ""  # the canonical JSON it was read from; hashed and stored as it is

    @property
    def id(self) -> str:
        return definition_id(self.survey_id, self.version)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()

    def question(self, question_id: str) -> Question | None:
        for question in self.questions:
            if question.id == question_id:
                return question
        return None


def definition_id(survey_id: str, version: int) -> str:
    """The same (survey, version) has the same record id on every laptop."""
    return stable_id("survey", survey_id, str(version))


class DefinitionError(ValueError):
    """A definition that cannot be used; `problems` say why (field paths like questions[2].text)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


def canonical_json(data: object) -> str:
    """One text per value: sorted keys, no spaces, UTF-8 kept (hashes and equality rely on it)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class _Reader:
    """Collects problems while reading a JSON object, so one pass reports everything wrong."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, code: str, **params: object) -> None:
        self.problems.append(problem(field, code, **params))

    def text(
        self, data: Mapping, key: str, field: str, *, required: bool = True
    ) -> LocalText | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, Mapping):
            self.add(field, "survey.text_missing")
            return None
        parts = {}
        for language in ("fr", "en"):
            item = value.get(language)
            if not isinstance(item, str) or not item.strip():
                self.add(f"{field}.{language}", "survey.text_missing")
                return None
            if len(item) > 500:
                self.add(f"{field}.{language}", "too_long", max=500)
            parts[language] = item
        return LocalText(**parts)

    def ident(self, value: object, field: str) -> str:
        if not isinstance(value, str) or not _ID_SHAPE.match(value):
            self.add(field, "survey.bad_id")
            return ""
        return value

    def integer(self, data: Mapping, key: str, field: str) -> int | None:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(field, "survey.not_integer")
            return None
        return value


def _identifying(text: str) -> bool:
    return bool(_IDENTIFYING_WORDS.search(text.replace("_", " ")))


def _question(reader: _Reader, data: object, field: str) -> Question | None:
    if not isinstance(data, Mapping):
        reader.add(field, "survey.not_object")
        return None
    question_id = reader.ident(data.get("id"), f"{field}.id")
    raw_kind = data.get("kind")
    if isinstance(raw_kind, str) and raw_kind.lower() in _IDENTIFYING_KINDS:
        reader.add(f"{field}.kind", "survey.identifying", what=raw_kind)
        return None
    try:
        kind = QuestionKind(raw_kind)
    except ValueError:
        reader.add(f"{field}.kind", "survey.unknown_kind", kind=str(raw_kind))
        return None
    text = reader.text(data, "text", f"{field}.text")
    for candidate in (question_id, *((text.fr, text.en) if text else ())):
        if candidate and _identifying(candidate):
            reader.add(f"{field}.text", "survey.identifying", what=candidate[:60])
            break
    required = data.get("required", False)
    if not isinstance(required, bool):
        reader.add(f"{field}.required", "survey.not_boolean")
        required = False
    values: dict[str, object] = {}
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        raw_options = data.get("options")
        if not isinstance(raw_options, list) or not 2 <= len(raw_options) <= OPTIONS_MAX:
            reader.add(f"{field}.options", "survey.option_count", min=2, max=OPTIONS_MAX)
            raw_options = []
        options, seen = [], set()
        for index, raw in enumerate(raw_options):
            where = f"{field}.options[{index}]"
            if not isinstance(raw, Mapping):
                reader.add(where, "survey.not_object")
                continue
            option_id = reader.ident(raw.get("id"), f"{where}.id")
            if option_id in seen:
                reader.add(f"{where}.id", "survey.duplicate_id", id=option_id)
            seen.add(option_id)
            option_text = reader.text(raw, "text", f"{where}.text")
            if option_id and option_text:
                options.append(Option(option_id, option_text))
        values["options"] = tuple(options)
    elif kind is QuestionKind.SCALE:
        values["low"] = reader.text(data, "low", f"{field}.low")
        values["high"] = reader.text(data, "high", f"{field}.high")
    elif kind is QuestionKind.TEXT:
        length = reader.integer(data, "max_length", f"{field}.max_length")
        if length is not None and not 1 <= length <= TEXT_MAX:
            reader.add(f"{field}.max_length", "out_of_range", min=1, max=TEXT_MAX)
        values["max_length"] = length or 0
    elif kind is QuestionKind.NUMBER:
        low = reader.integer(data, "min", f"{field}.min")
        high = reader.integer(data, "max", f"{field}.max")
        if low is not None and high is not None:
            if not -NUMBER_LIMIT <= low < high <= NUMBER_LIMIT:
                reader.add(f"{field}.max", "survey.bad_range")
            values["minimum"], values["maximum"] = low, high
    if not question_id or text is None:
        return None
    return Question(id=question_id, kind=kind, text=text, required=required, **values)


def parse_definition(data: object) -> SurveyDefinition:
    """Read and check a definition (a parsed JSON object). Raises DefinitionError."""
    reader = _Reader()
    if not isinstance(data, Mapping):
        raise DefinitionError([problem("survey", "survey.not_object")])
    survey_id = reader.ident(data.get("id"), "id")
    version = reader.integer(data, "version", "version")
    if version is not None and version < 1:
        reader.add("version", "survey.not_integer")
    title = reader.text(data, "title", "title")
    intro = reader.text(data, "intro", "intro", required=False)
    phase = data.get("phase", "")
    if phase not in ("", "before", "after", "other"):
        reader.add("phase", "survey.unknown_phase")
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not 1 <= len(raw_questions) <= QUESTIONS_MAX:
        reader.add("questions", "survey.question_count", min=1, max=QUESTIONS_MAX)
        raw_questions = []
    questions, seen = [], set()
    for index, raw in enumerate(raw_questions):
        question = _question(reader, raw, f"questions[{index}]")
        if question is None:
            continue
        if question.id in seen:
            reader.add(f"questions[{index}].id", "survey.duplicate_id", id=question.id)
        seen.add(question.id)
        questions.append(question)
    known = {"id", "version", "title", "intro", "phase", "questions"}
    for key in data:
        if key not in known:
            reader.add(str(key), "survey.unknown_key")
    if reader.problems:
        raise DefinitionError(reader.problems)
    assert version is not None and title is not None
    return SurveyDefinition(
        survey_id=survey_id,
        version=version,
        title=title,
        questions=tuple(questions),
        intro=intro,
        phase=str(phase),
        source=canonical_json(data),
    )


def load_definition(text: str) -> SurveyDefinition:
    """Parse a definition from JSON text. Raises DefinitionError (also for text that is not JSON)."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise DefinitionError([problem("survey", "survey.not_json", detail=str(error))]) from None
    return parse_definition(data)
