"""What every request of the pupils' page obeys, wherever it is answered: Flask's views
(survey/app.py) or the shortcut a class's answers take (survey/shortcut.py). Headers, limits,
cookies, language and origin are decided here once, so the two paths cannot drift apart.
"""

from __future__ import annotations

import hashlib
import urllib.parse

from werkzeug.datastructures import LanguageAccept
from werkzeug.http import dump_cookie, parse_accept_header

BODY_LIMIT = 16 * 1024  # bytes; a full form with the longest free text is under 4 KiB
FORM_FIELDS = 200  # at most this many fields in a posted form (a survey has a few dozen)
COOKIE_AGE = 24 * 3600  # pairing before/after needs the cookie for one school day at most
URLENCODED = "application/x-www-form-urlencoded"
LANGUAGES = ("fr", "en")  # French first: the page's language when the phone says nothing
HTML = "text/html; charset=utf-8"
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

HEADERS = {
    "Cache-Control": "no-store",
    # same-origin, not no-referrer: with no-referrer Chromium posts the form with `Origin: null`.
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def plausible_token(token: str) -> bool:
    return 16 <= len(token) <= 64 and set(token) <= _TOKEN_CHARS


def done_cookie_name(session_id: str) -> str:
    return "va_done_" + hashlib.sha256(session_id.encode()).hexdigest()[:16]


def done_cookie(session_id: str, response_id: str) -> str:
    """The Set-Cookie value by which the page knows a phone that has answered this session."""
    return dump_cookie(
        done_cookie_name(session_id),
        response_id,
        max_age=COOKIE_AGE,
        httponly=True,
        samesite="Lax",
    )


def parse_urlencoded(body: bytes) -> dict[str, list[str]]:
    """A form as our page and its script post it: name → every value sent. ValueError when it
    has more than FORM_FIELDS fields (no page of ours has)."""
    return urllib.parse.parse_qs(
        body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=FORM_FIELDS
    )


def page_language(chosen: str | None, accept_language: str | None) -> str:
    """The language the page asked for (its `lang` field or parameter), else the phone's."""
    if chosen in LANGUAGES:
        return chosen
    accepted = parse_accept_header(accept_language, LanguageAccept)
    return accepted.best_match(LANGUAGES, default="fr") or "fr"


def foreign_origin(origin: str | None, scheme: str, host: str) -> bool:
    """True when a POST names another site as its origin. No Origin, or `null` (some browsers
    send it for a form), is accepted: the one-time response id is the real check."""
    return bool(origin) and origin != "null" and origin.rstrip("/") != f"{scheme}://{host}"
