"""Survey use-cases shared by the pupils' web server, the kiosk, the GUI panel and the CLI:
open and close sessions, accept answers exactly once, show-of-hands tallies, results.

Thread-safe: every call uses the calling thread's own connection. Listeners added with
`add_listener()` hear about each stored response, from whichever thread stored it.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from hashlib import sha256

from visitapp.core.errors import RecordNotFound
from visitapp.core.ids import is_uuid, new_id
from visitapp.core.problems import Problem, ValidationError, problem
from visitapp.core.surveys import SurveyDefinition
from visitapp.core.surveys_answers import (
    Answers,
    answers_json,
    parse_form,
    validate_answers,
)
from visitapp.core.surveys_sessions import (
    Channel,
    Phase,
    SessionResults,
    SurveyResponse,
    SurveySession,
    clean_pair_key,
    new_token,
    soft_cap,
)
from visitapp.core.visits import PUPILS_MAX
from visitapp.services.survey_types import (
    LiveSession,
    SessionPage,
    SubmitResult,
    SubmitStatus,
    SurveyNotFound,
    shipped_definitions,
)
from visitapp.services.survey_writer import ResponseWriter
from visitapp.storage.database import Storage
from visitapp.storage.repository import Repository
from visitapp.storage.surveys import SurveyRepository

__all__ = [
    "LiveSession",
    "SessionPage",
    "SubmitResult",
    "SubmitStatus",
    "SurveyNotFound",
    "SurveyService",
    "shipped_definitions",
]

PAGE_SECONDS = 2.0  # how long a token's session is trusted without asking the database again
SECRET_KEY = "survey_form_secret"  # meta key (local, never synced): signs minted response ids
ResponseListener = Callable[[str, int], None]  # (session id, responses in it now)


class SurveyService:
    def __init__(self, storage: Storage) -> None:
        self._storage = storage
        self._lock = threading.Lock()
        self._listeners: list[ResponseListener] = []
        self._base_url: str | None = None
        self._secret: bytes | None = None
        self._shipped: list[SurveyDefinition] | None = None
        # Definitions in use never change, so each is read once per process (the web page needs
        # one per request).
        self._definitions: dict[str, SurveyDefinition] = {}
        self._writer = ResponseWriter(storage)
        self._pages: dict[str, tuple[SessionPage | None, float]] = {}

    def _repo(self) -> SurveyRepository:
        return SurveyRepository(self._storage.store())

    # -- listeners and the published address ---------------------------------------------

    def add_listener(self, listener: ResponseListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: ResponseListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def _notify(self, session_id: str, count: int) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(session_id, count)

    def announce_base_url(self, base_url: str | None) -> None:
        """Said by whoever serves the pupils' page (e.g. "http://192.168.1.20:8765"), or None."""
        with self._lock:
            self._base_url = base_url.rstrip("/") if base_url else None

    @property
    def base_url(self) -> str | None:
        return self._base_url

    def url_of(self, session: SurveySession) -> str | None:
        base = self._base_url
        return f"{base}/s/{session.token}" if base and session.is_open else None

    # -- definitions ---------------------------------------------------------------------

    def shipped(self) -> list[SurveyDefinition]:
        if self._shipped is None:
            self._shipped = shipped_definitions()
        return self._shipped

    def default_definition(self, phase: Phase) -> SurveyDefinition:
        """The bundled survey made for this phase ("other" uses the before survey)."""
        wanted = Phase.BEFORE.value if phase is Phase.OTHER else phase.value
        candidates = [d for d in self.shipped() if d.phase == wanted] or self.shipped()
        return max(
            (d for d in candidates if d.survey_id == candidates[0].survey_id),
            key=lambda d: d.version,
        )

    def _definition(self, repo: SurveyRepository, definition_id: str) -> SurveyDefinition | None:
        found = self._definitions.get(definition_id)
        if found is None:
            found = repo.get_definition(definition_id)
            if found is not None:
                self._definitions[definition_id] = found
        return found

    def definition(self, definition_id: str) -> SurveyDefinition | None:
        return self._definition(self._repo(), definition_id)

    def install_definition(self, definition: SurveyDefinition) -> bool:
        """Store a definition (True when new). Raises DefinitionInUse if a used one changed."""
        created = self._repo().save_definition(definition)
        self._definitions.pop(definition.id, None)
        return created

    # -- sessions ------------------------------------------------------------------------

    def open_session(
        self, visit_id: str, phase: Phase, definition: SurveyDefinition | None = None
    ) -> SurveySession:
        """Open the visit's session for this phase: an open one is returned as it is, a closed
        one is reopened with a new token (old QR codes stop working), else a new one starts."""
        if Repository(self._storage.store()).get_visit(visit_id) is None:
            raise RecordNotFound()
        repo = self._repo()
        existing = [s for s in repo.sessions_of_visit(visit_id) if s.phase is phase]
        if definition is not None:
            existing = [s for s in existing if s.definition_id == definition.id]
        if existing:
            session = existing[-1]
            if session.is_open:
                return session
            repo.reopen_session(session.id, new_token(), self._storage.store().now())
            self._forget_pages()
            return repo.get_session(session.id)  # type: ignore[return-value]
        definition = definition or self.default_definition(phase)
        with repo.db.atomic():
            repo.save_definition(definition)
            session = SurveySession(
                id=new_id(),
                visit_id=visit_id,
                definition_id=definition.id,
                phase=phase,
                token=new_token(),
                opened_at=self._storage.store().now(),
            )
            repo.insert_session(session)
        self._forget_pages()
        return session

    def close_session(self, session_id: str) -> bool:
        """Close a session (its page then answers 410). False when it was already closed."""
        repo = self._repo()
        if repo.get_session(session_id) is None:
            raise RecordNotFound()
        closed = repo.close_session(session_id, self._storage.store().now())
        self._forget_pages()
        return closed

    def get_session(self, session_id: str) -> SurveySession | None:
        return self._repo().get_session(session_id)

    def sessions_of_visit(self, visit_id: str) -> list[SurveySession]:
        return self._repo().sessions_of_visit(visit_id)

    def open_sessions(self) -> list[SurveySession]:
        return self._repo().open_sessions()

    def live_session(self, visit_id: str) -> LiveSession | None:
        """The visit's most recently opened session that is still open, with its URL and count."""
        repo = self._repo()
        sessions = [s for s in repo.sessions_of_visit(visit_id) if s.is_open]
        if not sessions:
            return None
        session = max(sessions, key=lambda s: (s.opened_at, s.id))
        definition = self._definition(repo, session.definition_id)
        if definition is None:
            return None
        return LiveSession(
            session=session,
            definition=definition,
            url=self.url_of(session),
            count=repo.count_responses(session.id),
            cap=self.cap_of(session),
        )

    def cap_of(self, session: SurveySession) -> int | None:
        visit = Repository(self._storage.store()).get_visit(session.visit_id)
        return soft_cap(visit.pupils_present) if visit else None

    def page(self, token: str) -> SessionPage | None:
        """The session behind a token, open or closed, with its definition; None if unknown.

        Kept for PAGE_SECONDS: a class answering at once asks for the same token hundreds of
        times. Opening or closing a session here forgets it at once; a change made by another
        process on the same file shows within PAGE_SECONDS.
        """
        now = time.monotonic()
        cached = self._pages.get(token)
        if cached is not None and cached[1] > now:
            return cached[0]
        repo = self._repo()
        session = repo.session_by_token(token)
        definition = self._definition(repo, session.definition_id) if session else None
        found = SessionPage(session, definition) if session and definition else None
        with self._lock:
            if len(self._pages) > 64:
                self._pages.clear()
            self._pages[token] = (found, now + PAGE_SECONDS)
        return found

    def _forget_pages(self) -> None:
        with self._lock:
            self._pages.clear()

    def count(self, session_id: str) -> int:
        return self._repo().count_responses(session_id)

    # -- one-time response ids -----------------------------------------------------------

    def _key(self) -> bytes:
        with self._lock:  # the first forms of a class are served by several threads at once
            if self._secret is None:
                value = self._repo().local_secret(SECRET_KEY, secrets.token_hex(32))
                self._secret = bytes.fromhex(value)
            return self._secret

    def _proof(self, session_id: str, response_id: str) -> str:
        message = f"{session_id}\x1f{response_id}".encode()
        return hmac.new(self._key(), message, sha256).hexdigest()[:32]

    def mint_response_id(self, session_id: str) -> tuple[str, str]:
        """A fresh response id and its proof, for one form. Stateless: survives a restart."""
        response_id = new_id()
        return response_id, self._proof(session_id, response_id)

    def valid_response_id(self, session_id: str, response_id: str, proof: str) -> bool:
        return is_uuid(response_id) and hmac.compare_digest(
            self._proof(session_id, response_id), proof
        )

    # -- answers -------------------------------------------------------------------------

    def submit_form(
        self,
        token: str,
        form: Mapping[str, Sequence[str]],
        pair_key: str | None = None,
        page: SessionPage | None = None,
    ) -> SubmitResult:
        """Store what a phone posted, exactly once. The result says what the pupil should see.

        `page` is the token's page when the caller has just looked it up (saves a query)."""
        page = page or self.page(token)
        if page is None:
            return SubmitResult(SubmitStatus.NOT_FOUND)
        session = page.session
        response_id = (form.get("rid") or [""])[0]
        proof = (form.get("proof") or [""])[0]
        if not self.valid_response_id(session.id, response_id, proof):
            return SubmitResult(SubmitStatus.BAD_ID)
        answers, problems = parse_form(page.definition, form)
        if problems:
            return SubmitResult(SubmitStatus.INVALID, tuple(problems), answers)
        return self._store(
            page.definition, session, response_id, answers, Channel.WEB, clean_pair_key(pair_key)
        )

    def submit_kiosk(self, session_id: str, answers: Answers) -> SubmitResult:
        """Store one pupil's answers typed on the laptop (kiosk mode)."""
        repo = self._repo()
        session = repo.get_session(session_id)
        if session is None:
            return SubmitResult(SubmitStatus.NOT_FOUND)
        definition = self._definition(repo, session.definition_id)
        if definition is None:
            return SubmitResult(SubmitStatus.NOT_FOUND)
        problems = validate_answers(definition, answers)
        if problems:
            return SubmitResult(SubmitStatus.INVALID, tuple(problems), dict(answers))
        return self._store(definition, session, new_id(), answers, Channel.KIOSK, None)

    def _store(
        self,
        definition: SurveyDefinition,
        session: SurveySession,
        response_id: str,
        answers: Answers,
        channel: Channel,
        pair_key: str | None,
    ) -> SubmitResult:
        text = answers_json(definition, answers)
        if session.is_open:
            response = SurveyResponse(
                id=response_id,
                session_id=session.id,
                submitted_at=self._storage.now(),
                channel=channel,
                answers_json=text,
                pair_key=pair_key,
            )
            inserted, count = self._writer.insert(response, definition)
            if inserted:
                self._notify(session.id, count)
                return SubmitResult(SubmitStatus.STORED, count=count, response_id=response_id)
        # Not stored now: either this id was already stored (a replay), or the session is closed.
        existing = self._repo().get_response(response_id)
        if existing is None:
            return SubmitResult(SubmitStatus.CLOSED, answers=answers)
        status = (
            SubmitStatus.ALREADY
            if existing.answers_json == text and existing.session_id == session.id
            else SubmitStatus.CONFLICT
        )
        return SubmitResult(status, answers=answers, response_id=response_id)

    def has_response(self, session_id: str, response_id: str) -> bool:
        response = self._repo().get_response(response_id)
        return response is not None and response.session_id == session_id

    # -- show of hands -------------------------------------------------------------------

    def _session_with_definition(
        self, repo: SurveyRepository, session_id: str
    ) -> tuple[SurveySession, SurveyDefinition]:
        session = repo.get_session(session_id)
        if session is None:
            raise RecordNotFound()
        definition = self._definition(repo, session.definition_id)
        if definition is None:
            raise SurveyNotFound()
        return session, definition

    def save_tallies(self, session_id: str, counts: Mapping[str, Mapping[str, int]]) -> int:
        """Store show-of-hands counts (question → option → count). Raises ValidationError."""
        repo = self._repo()
        _session, definition = self._session_with_definition(repo, session_id)
        _check_tallies(definition, counts)
        return repo.save_tallies(session_id, {q: dict(o) for q, o in counts.items()})

    def save_phase_tallies(
        self, visit_id: str, phase: Phase, counts: Mapping[str, Mapping[str, int]]
    ) -> SurveySession:
        """Show-of-hands counts for a visit's phase. With no session for it yet, one opened and
        closed at once (never served) keeps them; counts refused (ValidationError) create
        nothing. An existing session is used as it is (never reopened)."""
        existing = [s for s in self.sessions_of_visit(visit_id) if s.phase is phase]
        if existing:
            self.save_tallies(existing[-1].id, counts)
            return existing[-1]
        _check_tallies(self.default_definition(phase), counts)
        session = self.open_session(visit_id, phase)
        self.close_session(session.id)
        self._repo().save_tallies(session.id, {q: dict(o) for q, o in counts.items()})
        return self.get_session(session.id) or session

    def tallies(self, session_id: str) -> dict[str, dict[str, int]]:
        return self._repo().tallies(session_id)

    # -- results -------------------------------------------------------------------------

    def results(self, session_id: str) -> SessionResults:
        repo = self._repo()
        session, definition = self._session_with_definition(repo, session_id)
        return SessionResults(
            session=session,
            responses=repo.count_responses(session_id),
            cap=self.cap_of(session),
            questions=tuple(repo.question_results(session_id, definition)),
        )

    def derive_response_answers(self, response_ids: Sequence[str] | None = None) -> int:
        """Rebuild the derived answer rows (the sync merge calls this for new responses)."""
        return self._repo().derive_response_answers(response_ids)


def _check_tallies(definition: SurveyDefinition, counts: Mapping[str, Mapping[str, int]]) -> None:
    """Raises ValidationError unless every count is a whole number of pupils for an option of
    one of the definition's closed questions."""
    problems: list[Problem] = []
    for question_id, options in counts.items():
        question = definition.question(question_id)
        if question is None or not question.is_closed:
            problems.append(problem(question_id, "survey.not_tallied"))
            continue
        for option, count in options.items():
            if option not in question.option_ids():
                problems.append(problem(question_id, "survey.unknown_option"))
            elif isinstance(count, bool) or not isinstance(count, int):
                problems.append(problem(question_id, "survey.not_a_number"))
            elif not 0 <= count <= PUPILS_MAX:
                problems.append(problem(question_id, "out_of_range", min=0, max=PUPILS_MAX))
    if problems:
        raise ValidationError(problems)
