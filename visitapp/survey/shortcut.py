"""A class's answers, answered in front of Flask.

When a class answers at once, every phone waits for every other one's work under one GIL.
Flask's request machinery (contexts, routing, signals, response objects, after-request hooks)
costs as much CPU as checking and storing the answer itself: with 300 phones at once it added
about 80 ms to the slowest phones' wait. So the one request a class sends at once — its answer,
posted from our own page — is handled here with the same rules (survey/rules.py), the same
service call, and the same thank-you page and headers that Flask's view sends.

Anything else goes on to Flask untouched: another method or path, another kind of body, a body
over the limit, another site's origin, an unknown token. When the answer is not thanked (answers
to fix, a replay that differs, a closed session…), or its thank-you page is not rendered yet, it
goes to Flask's view together with what was decided here, so nothing is decided twice and every
page keeps its one template.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from werkzeug.http import parse_cookie
from werkzeug.wsgi import get_host

from visitapp.core.surveys_sessions import pair_cookie_name
from visitapp.services.surveys import SessionPage, SubmitResult, SurveyService
from visitapp.survey.rules import (
    BODY_LIMIT,
    HEADERS,
    HTML,
    URLENCODED,
    done_cookie,
    foreign_origin,
    page_language,
    parse_urlencoded,
    plausible_token,
)

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
ANSWERED = "visitapp.answered"  # in the WSGI environ: what the shortcut decided, for Flask's view
_PREFIX = "/s/"


@dataclass(frozen=True, slots=True)
class Answered:
    """A posted answer already checked and submitted; Flask's view only shows the outcome: the
    result, or the error submitting raised (raised again there, so Flask logs it and shows its
    "sending again is safe" page, with no second attempt)."""

    form: dict[str, list[str]]
    page: SessionPage | None
    result: SubmitResult | None
    error: Exception | None = None


class AnswerShortcut:
    """WSGI middleware around the Flask app (see the module's docstring)."""

    def __init__(
        self, app: WSGIApp, surveys: SurveyService, thanks_pages: Mapping[tuple[str, str], bytes]
    ) -> None:
        self.app = app
        self.surveys = surveys
        self.thanks_pages = thanks_pages  # (token, language) → the page; Flask's view fills it

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]):
        token, length = _answer_post(environ)
        if token is None:
            return self.app(environ, start_response)
        body = environ["wsgi.input"].read(length)
        environ["wsgi.input"] = io.BytesIO(body)  # Flask reads it again if the answer goes on
        if foreign_origin(
            environ.get("HTTP_ORIGIN"), environ["wsgi.url_scheme"], get_host(environ)
        ):
            return self.app(environ, start_response)
        try:
            form = parse_urlencoded(body)
        except ValueError:  # too many fields: Flask's view says so
            return self.app(environ, start_response)
        page = None
        try:
            page = self.surveys.page(token)
            if page is None:
                return self.app(environ, start_response)
            pair_key = parse_cookie(environ).get(pair_cookie_name(page.session.visit_id))
            result = self.surveys.submit_form(token, form, pair_key=pair_key, page=page)
        except Exception as error:  # e.g. a database busy for too long
            environ[ANSWERED] = Answered(form, page, None, error)
            return self.app(environ, start_response)
        chosen = (form.get("lang") or [""])[0]
        language = page_language(chosen, environ.get("HTTP_ACCEPT_LANGUAGE"))
        thanks = self.thanks_pages.get((token, language)) if result.thanked else None
        if thanks is None:
            environ[ANSWERED] = Answered(form, page, result)
            return self.app(environ, start_response)
        start_response("200 OK", thanked_headers(page, result, len(thanks)))
        return [thanks]


def thanked_headers(page: SessionPage, result: SubmitResult, length: int) -> list[tuple[str, str]]:
    """Flask's thank-you response's headers, in its order (the app's tests compare them)."""
    return [
        ("Content-Type", HTML),
        ("Content-Length", str(length)),
        ("Set-Cookie", done_cookie(page.session.id, result.response_id)),
        *HEADERS.items(),
    ]


def _answer_post(environ: Mapping[str, Any]) -> tuple[str | None, int]:
    """The token and body length of a form answer the shortcut takes; (None, 0) otherwise."""
    if environ.get("REQUEST_METHOD") != "POST":
        return None, 0
    path = environ.get("PATH_INFO", "")
    token = path[len(_PREFIX) :]
    if not path.startswith(_PREFIX) or not plausible_token(token):
        return None, 0
    if environ.get("CONTENT_TYPE", "").partition(";")[0].strip().lower() != URLENCODED:
        return None, 0
    length = environ.get("CONTENT_LENGTH", "")
    if not (length.isascii() and length.isdigit()) or not 0 < int(length) <= BODY_LIMIT:
        return None, 0
    return token, int(length)
