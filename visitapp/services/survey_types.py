"""What the survey use-cases return: submission outcomes, a session's page, a live session,
and the bundled survey definitions."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from visitapp.core.errors import VisitappError
from visitapp.core.problems import Problem
from visitapp.core.surveys import SurveyDefinition, load_definition
from visitapp.core.surveys_answers import Answers
from visitapp.core.surveys_sessions import SurveySession
from visitapp.paths import resource_path


class SurveyNotFound(VisitappError):
    code = "survey.not_found"


class SubmitStatus(StrEnum):
    STORED = "stored"  # a new response
    ALREADY = "already"  # the same response id and answers again: nothing new
    CONFLICT = "conflict"  # the same response id with other answers: the first one is kept
    INVALID = "invalid"  # answers break the definition (see problems): nothing stored
    BAD_ID = "bad_id"  # no valid server-minted response id
    CLOSED = "closed"  # the session is closed
    NOT_FOUND = "not_found"  # no session has this token


@dataclass(frozen=True, slots=True)
class SubmitResult:
    status: SubmitStatus
    problems: tuple[Problem, ...] = ()
    answers: Answers = field(default_factory=dict)
    count: int = 0  # the session's answers right after this one was stored
    response_id: str = ""

    @property
    def thanked(self) -> bool:
        return self.status in (SubmitStatus.STORED, SubmitStatus.ALREADY)

    @property
    def unknown_field(self) -> bool:
        return any(p.code == "survey.unknown_field" for p in self.problems)


@dataclass(frozen=True, slots=True)
class SessionPage:
    """What the web page needs to show a session's form."""

    session: SurveySession
    definition: SurveyDefinition


@dataclass(frozen=True, slots=True)
class LiveSession:
    """The open session of a visit, for the survey panel and the presentation's QR overlay."""

    session: SurveySession
    definition: SurveyDefinition
    url: str | None  # None while no server publishes it
    count: int
    cap: int | None


def shipped_definitions() -> list[SurveyDefinition]:
    """The surveys bundled in resources/surveys, before/after first."""
    folder = resource_path("surveys")
    found = [
        load_definition(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))
    ]
    order = {"before": 0, "after": 1}
    return sorted(found, key=lambda d: (order.get(d.phase, 2), d.survey_id, d.version))
