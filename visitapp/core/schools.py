"""Schools visited by ambassadors: the record, its kinds, and the UAI code with its check letter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from visitapp.core.ids import stable_id
from visitapp.core.problems import Problem, problem


class SchoolKind(StrEnum):
    COLLEGE = "college"
    LYCEE = "lycee"
    OTHER = "other"


class Priority(StrEnum):
    """Priority education network (éducation prioritaire)."""

    NONE = "none"
    REP = "rep"
    REP_PLUS = "rep_plus"


class Sector(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"


@dataclass(frozen=True, slots=True)
class School:
    id: str
    name: str
    city: str = ""
    postcode: str = ""
    uai: str = ""
    kind: SchoolKind = SchoolKind.COLLEGE
    priority: Priority = Priority.NONE
    sector: Sector = Sector.PUBLIC

    @property
    def is_priority(self) -> bool:
        return self.priority is not Priority.NONE


# The 23 letters used for the UAI check letter: the alphabet without I, O and Q.
_UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_UAI_SHAPE = re.compile(r"^\d{7}[A-Z]$")
_POSTCODE_SHAPE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
NAME_MAX = 200


def normalize_uai(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def uai_check_letter(digits: str) -> str:
    """The check letter of a UAI from its first seven digits (remainder modulo 23)."""
    return _UAI_LETTERS[int(digits) % 23]


def uai_problem(uai: str) -> str | None:
    """None when `uai` is a well-formed UAI with the right check letter, else a problem code."""
    if not _UAI_SHAPE.match(uai):
        return "uai.format"
    if uai_check_letter(uai[:7]) != uai[7]:
        return "uai.check_letter"
    return None


def school_id_for_uai(uai: str) -> str:
    """Two laptops that add the same school by its UAI get the same record id, so sync merges them."""
    return stable_id("school", normalize_uai(uai))


def validate_school(school: School) -> list[Problem]:
    problems: list[Problem] = []
    if not school.name.strip():
        problems.append(problem("name", "required"))
    elif len(school.name) > NAME_MAX:
        problems.append(problem("name", "too_long", max=NAME_MAX))
    if school.uai:
        code = uai_problem(school.uai)
        if code:
            problems.append(problem("uai", code))
    if school.postcode and not _POSTCODE_SHAPE.match(school.postcode):
        problems.append(problem("postcode", "postcode.format"))
    if len(school.city) > NAME_MAX:
        problems.append(problem("city", "too_long", max=NAME_MAX))
    return problems
