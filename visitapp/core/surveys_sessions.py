"""Survey sessions (one survey run in one visit), the responses they collect, show-of-hands
tallies, and the results shown to the ambassador."""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass, field
from enum import StrEnum

from visitapp.core.ids import stable_id

TOKEN_BYTES = 24  # 192 bits: unguessable, and still a short URL (32 characters)
SOFT_CAP_FACTOR = 1.5  # more answers than 1.5 × pupils present is worth a look, never a refusal


class Phase(StrEnum):
    BEFORE = "before"
    AFTER = "after"
    OTHER = "other"


class Channel(StrEnum):
    WEB = "web"  # a pupil's phone, through the laptop's web page
    KIOSK = "kiosk"  # pupils one after another on the laptop


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def tally_id(session_id: str, question_id: str, option: str) -> str:
    """Two edits of one show-of-hands cell (on any laptop) are the same record."""
    return stable_id("tally", session_id, question_id, option)


def soft_cap(pupils_present: int | None) -> int | None:
    if not pupils_present:
        return None
    return math.ceil(pupils_present * SOFT_CAP_FACTOR)


@dataclass(frozen=True, slots=True)
class SurveySession:
    id: str
    visit_id: str
    definition_id: str
    phase: Phase
    token: str
    opened_at: str
    closed_at: str | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True, slots=True)
class SurveyResponse:
    id: str
    session_id: str
    submitted_at: str
    channel: Channel
    answers_json: str
    pair_key: str | None = None


@dataclass(frozen=True, slots=True)
class QuestionResults:
    """What a class answered to one question."""

    question_id: str
    answered: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # option id (or "1".."5") → answers
    tallies: dict[str, int] = field(default_factory=dict)  # option → show-of-hands count
    numbers: tuple[int, ...] = ()  # number questions, sorted
    texts: tuple[str, ...] = ()  # free texts, verbatim, oldest first


@dataclass(frozen=True, slots=True)
class SessionResults:
    session: SurveySession
    responses: int
    cap: int | None
    questions: tuple[QuestionResults, ...]

    @property
    def over_cap(self) -> bool:
        return self.cap is not None and self.responses > self.cap

    def question(self, question_id: str) -> QuestionResults | None:
        for item in self.questions:
            if item.question_id == question_id:
                return item
        return None


_PAIR_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def new_pair_key() -> str:
    return secrets.token_urlsafe(16)


def pair_cookie_name(visit_id: str) -> str:
    """One pairing cookie per visit (not per session), so the before and after answers of a
    phone share it; the name hides the visit id behind a hash."""
    return "va_pair_" + hashlib.sha256(visit_id.encode()).hexdigest()[:16]


def clean_pair_key(value: str | None) -> str | None:
    """A pairing key as we mint them, or None (anything else a browser sends is ignored)."""
    if value and 16 <= len(value) <= 64 and set(value) <= _PAIR_KEY_CHARS:
        return value
    return None
