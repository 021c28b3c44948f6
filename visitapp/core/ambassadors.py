"""Ambassadors: the engineering students who visit schools."""

from __future__ import annotations

import re
from dataclasses import dataclass

from visitapp.core.problems import Problem, problem

NAME_MAX = 120
# Deliberately loose: one @, something on each side, a dot in the domain. Mail servers decide the rest.
_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class Ambassador:
    id: str
    name: str
    engineering_school: str = ""
    email: str = ""


def validate_ambassador(ambassador: Ambassador) -> list[Problem]:
    problems: list[Problem] = []
    if not ambassador.name.strip():
        problems.append(problem("name", "required"))
    elif len(ambassador.name) > NAME_MAX:
        problems.append(problem("name", "too_long", max=NAME_MAX))
    if len(ambassador.engineering_school) > NAME_MAX:
        problems.append(problem("engineering_school", "too_long", max=NAME_MAX))
    if ambassador.email and not _EMAIL_SHAPE.match(ambassador.email):
        problems.append(problem("email", "email.format"))
    return problems
