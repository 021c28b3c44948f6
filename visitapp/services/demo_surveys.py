"""Demo survey data: before/after sessions with plausible anonymous answers for the past demo
visits, so the results panel and the impact dashboard have something to show.

Fixed ids and a seeded random generator: the same data on every laptop, added only when missing.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from visitapp.core.clock import format_timestamp
from visitapp.core.ids import stable_id
from visitapp.core.surveys import SurveyDefinition
from visitapp.core.surveys_answers import Answers, answers_json
from visitapp.core.surveys_sessions import Channel, Phase, SurveyResponse, SurveySession
from visitapp.core.visits import Visit
from visitapp.storage.database import Store
from visitapp.storage.surveys import SurveyRepository

# Which demo visits ran which survey channel: collèges without phones use the laptop (kiosk) or a
# show of hands; lycées use phones. Forums only run the after survey.
_CHANNELS = {"v1": "kiosk", "v2": "hands", "v3": "web", "v4": "kiosk", "v6": "web", "v7": "kiosk"}
_AFTER_ONLY = {"v5": "web"}
_MESSAGES = (
    "Merci, j'ai appris plein de choses !",
    "Je ne savais pas qu'il y avait autant de filles en école d'ingénieurs.",
    "C'était trop bien, surtout les photos du stage à l'usine.",
    "Est-ce qu'on peut faire le stage de 3e chez vous ?",
    "Trop court, revenez l'année prochaine :)",
    "Ça m'a donné envie de faire de l'informatique.",
)
_LEVELS = {"6e", "5e", "4e", "3e", "2nde", "1re", "terminale"}


def _scale(rng: random.Random, centre: float) -> int:
    return max(1, min(5, round(rng.gauss(centre, 1.0))))


def _answers(
    rng: random.Random, definition: SurveyDefinition, visit: Visit, girl: bool, after: bool
) -> Answers:
    answers: Answers = {}
    lift = 0.8 if after else 0.0
    for question in definition.questions:
        if question.id == "class_level" and visit.class_level.value in _LEVELS:
            answers["class_level"] = visit.class_level.value
        elif question.id == "gender" and rng.random() < 0.9:
            answers["gender"] = ("girl" if girl else "boy") if rng.random() < 0.92 else "no_answer"
        elif question.id == "interest":
            answers["interest"] = _scale(rng, 2.5 + lift - (0.3 if girl else 0))
        elif question.id == "girls_too":
            answers["girls_too"] = _scale(rng, 3.6 + lift * 0.9)
        elif question.id == "see_myself" and rng.random() < 0.95:
            answers["see_myself"] = _scale(rng, 2.3 + lift - (0.4 if girl else 0))
        elif question.id == "knows_engineer":
            answers["knows_engineer"] = rng.choices(["yes", "no", "not_sure"], [3, 6, 2])[0]
        elif question.id == "subjects":
            picked = [o.id for o in question.options if rng.random() < 0.3]
            if picked:
                answers["subjects"] = picked
        elif question.id == "useful":
            answers["useful"] = _scale(rng, 4.0)
        elif question.id == "view_changed":
            answers["view_changed"] = rng.choices(
                ["more_positive", "same", "less_positive", "not_sure"], [6, 3, 0.3, 1]
            )[0]
        elif question.id == "message" and rng.random() < 0.12:
            answers["message"] = rng.choice(_MESSAGES)
    return answers


def _stamp(moment: datetime) -> str:
    return format_timestamp(moment.replace(tzinfo=UTC))


def _session(
    repo: SurveyRepository, key: str, visit: Visit, phase: Phase, definition: SurveyDefinition
) -> tuple[SurveySession, bool]:
    offset = 0 if phase is Phase.BEFORE else visit.duration_minutes - 10
    opened = visit.starts_at + timedelta(minutes=offset)
    session = SurveySession(
        id=stable_id("demo", "survey_session", key, phase.value),
        visit_id=visit.id,
        definition_id=definition.id,
        phase=phase,
        # Demo sessions are closed, so a token derived from the id guards nothing; it only has
        # to be the same on every laptop so that demo data merges.
        token=stable_id("demo", "token", key, phase.value).replace("-", ""),
        opened_at=_stamp(opened),
        closed_at=_stamp(opened + timedelta(minutes=6)),
    )
    if repo.session_exists(session.id):
        return session, False
    repo.insert_session(session)
    return session, True


def seed_survey_demo(
    store: Store, visits: dict[str, Visit], before: SurveyDefinition, after: SurveyDefinition
) -> int:
    """Add the missing demo sessions with their responses or tallies. Returns sessions added."""
    repo = SurveyRepository(store)
    repo.save_definition(before)
    repo.save_definition(after)
    added = 0
    plan = [(k, c, (Phase.BEFORE, Phase.AFTER)) for k, c in _CHANNELS.items()]
    plan += [(k, c, (Phase.AFTER,)) for k, c in _AFTER_ONLY.items()]
    for key, channel, phases in plan:
        visit = visits.get(key)
        if visit is None or not visit.pupils_present:
            continue
        pupils, girls = visit.pupils_present, visit.girls_present or 0
        rng = random.Random(f"visitapp-demo-{key}")
        pair_keys = [stable_id("demo", "pair", key, str(i))[:22] for i in range(pupils)]
        for phase in phases:
            definition = before if phase is Phase.BEFORE else after
            session, created = _session(repo, key, visit, phase, definition)
            added += created
            if channel == "hands":
                counts: dict[str, dict[str, int]] = {}
                for question in definition.questions:
                    if question.id in ("interest", "girls_too"):
                        lift = 0.8 if phase is Phase.AFTER else 0.0
                        centre = (2.6 if question.id == "interest" else 3.5) + lift
                        votes = [_scale(rng, centre) for _ in range(pupils - 2)]
                        counts[question.id] = {str(v): votes.count(v) for v in range(1, 6)}
                if created:
                    repo.save_tallies(session.id, counts)
                continue
            share = 0.9 if phase is Phase.BEFORE else 0.82
            answering = [i for i in range(pupils) if rng.random() < share]
            for n, i in enumerate(answering):
                answers = _answers(rng, definition, visit, i < girls, phase is Phase.AFTER)
                opened = datetime.fromisoformat(session.opened_at.replace("Z", "+00:00"))
                response = SurveyResponse(
                    id=stable_id("demo", "response", key, phase.value, str(i)),
                    session_id=session.id,
                    submitted_at=format_timestamp(opened + timedelta(seconds=20 + 7 * n)),
                    channel=Channel.KIOSK if channel == "kiosk" else Channel.WEB,
                    answers_json=answers_json(definition, answers),
                    pair_key=pair_keys[i] if channel == "web" else None,
                )
                repo.insert_response(response, definition)
    return added
