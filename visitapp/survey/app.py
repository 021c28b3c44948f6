"""The pupils' web page as a Flask app: one form per open session under /s/<token>, nothing else.

Every response carries the same protective headers; nothing about the phone (address, user
agent) is read beyond what answering needs, and nothing is logged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from flask import Flask, Response, make_response, render_template, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from visitapp.core.surveys import QuestionKind, SurveyDefinition
from visitapp.core.surveys_answers import Answers, field_name
from visitapp.core.surveys_sessions import SurveySession, new_pair_key, pair_cookie_name
from visitapp.services.surveys import SessionPage, SubmitResult, SubmitStatus, SurveyService
from visitapp.survey.rules import (
    BODY_LIMIT,
    COOKIE_AGE,
    FORM_FIELDS,
    HEADERS,
    HTML,
    URLENCODED,
    done_cookie_name,
    foreign_origin,
    page_language,
    parse_urlencoded,
    plausible_token,
)
from visitapp.survey.shortcut import ANSWERED, AnswerShortcut, thanked_headers
from visitapp.survey.words import word
from visitapp.texts import describe

_STATIC = Path(__file__).parent / "static"
_ASSETS = {
    "page.css": "text/css; charset=utf-8",
    "page.js": "text/javascript; charset=utf-8",
}


def create_app(surveys: SurveyService) -> Flask:
    """The WSGI app for every session that `surveys` knows (open ones answer, closed ones 410)."""
    app = Flask(__name__, static_folder=None)
    app.config.update(
        MAX_CONTENT_LENGTH=BODY_LIMIT,
        MAX_FORM_MEMORY_SIZE=BODY_LIMIT,
        MAX_FORM_PARTS=FORM_FIELDS,
        TEMPLATES_AUTO_RELOAD=False,
    )
    assets = {name: (_STATIC / name).read_bytes() for name in _ASSETS}
    # The thank-you page is the same for every pupil of a session: rendered once per language.
    thanks_pages: dict[tuple[str, str], bytes] = {}

    def language(fields: Mapping[str, Sequence[str]] | None = None) -> str:
        # The form carries its page's language, so a POST rarely needs Accept-Language parsed.
        chosen = (fields.get("lang") or [""])[0] if fields is not None else request.args.get("lang")
        return page_language(chosen, request.headers.get("Accept-Language"))

    def message_page(status: int, title: str, text: str, lang: str, link: str = "") -> Response:
        body = render_template(
            "message.html",
            lang=lang,
            title=word(title, lang),
            text=word(text, lang),
            link=link,
            link_text=word("reload", lang),
            token=request.view_args.get("token", "") if request.view_args else "",
        )
        return make_response(body, status)

    def form_page(
        page: SessionPage,
        lang: str,
        response_id: str,
        proof: str,
        answers: Answers | None = None,
        result: SubmitResult | None = None,
        status: int = 200,
    ) -> Response:
        problems: dict[str, list[str]] = {}
        for item in result.problems if result else ():
            problems.setdefault(item.field, []).append(describe(item, lang))
        body = render_template(
            "form.html",
            token=page.session.token,
            lang=lang,
            other_lang="en" if lang == "fr" else "fr",
            word=lambda key, **params: word(key, lang, **params),
            definition=page.definition,
            session=page.session,
            questions=_questions(page.definition, lang, answers or {}),
            problems=problems,
            response_id=response_id,
            proof=proof,
        )
        return make_response(body, status)

    @app.after_request
    def protect(response: Response) -> Response:
        response.headers.update(HEADERS)
        if response.mimetype == "text/html":
            response.headers["Content-Type"] = HTML
        return response

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        lang = "fr"
        try:
            lang = page_language(None, request.headers.get("Accept-Language"))
        except Exception:  # a header too odd to parse still gets the French page
            pass
        titles = {
            404: ("not_found_title", "not_found_text"),
            410: ("closed_title", "closed_text"),
            413: ("too_large_title", "too_large_text"),
            405: ("method_title", "not_found_text"),
        }
        # Anything else went wrong on the laptop (a database busy for too long…): say so, and
        # that sending again is safe, never "page not found".
        title, text = titles.get(error.code or 500, ("busy_title", "busy_text"))
        response = message_page(error.code or 500, title, text, lang)
        if error.code == 405:
            response.headers["Allow"] = "GET, POST"
        return response

    @app.route("/s/<token>/<name>", methods=["GET"])
    def asset(token: str, name: str) -> Response:
        if name not in assets or not plausible_token(token) or surveys.page(token) is None:
            return http_error(_NotFound())
        response = make_response(assets[name])
        response.headers["Content-Type"] = _ASSETS[name]
        return response

    @app.route("/s/<token>", methods=["GET", "POST"], provide_automatic_options=False)
    def survey(token: str) -> Response:
        if not plausible_token(token):
            return http_error(_NotFound())
        if request.method == "POST":
            return _submit(token)
        page = surveys.page(token)
        if page is None:
            return http_error(_NotFound())
        lang = language()
        if not page.session.is_open:
            return message_page(410, "closed_title", "closed_text", lang)
        done = request.cookies.get(done_cookie_name(page.session.id))
        if done and surveys.has_response(page.session.id, done):
            return message_page(200, "already_title", "already_text", lang)
        response_id, proof = surveys.mint_response_id(page.session.id)
        response = form_page(page, lang, response_id, proof)
        _ensure_pair_cookie(response, page.session)
        return response

    def _submit(token: str) -> Response:
        answered = request.environ.get(ANSWERED)  # checked and submitted by the shortcut
        if answered is not None:
            if answered.error is not None:
                raise answered.error
            form, page, result = answered.form, answered.page, answered.result
            lang = language(form)
        else:
            form = _posted_fields()
            lang = language(form)
            origin = request.headers.get("Origin")
            if foreign_origin(origin, request.scheme, request.host):
                return message_page(403, "forbidden_title", "forbidden_text", lang)
            page = surveys.page(token)
            if page is None:
                return http_error(_NotFound())
            pair_key = request.cookies.get(pair_cookie_name(page.session.visit_id))
            result = surveys.submit_form(token, form, pair_key=pair_key, page=page)
        reload_link = f"/s/{token}?lang={lang}"
        if result.thanked:
            key = (token, lang)
            page_bytes = thanks_pages.get(key)
            if page_bytes is None:
                if len(thanks_pages) > 256:
                    thanks_pages.clear()
                page_bytes = message_page(200, "thanks_title", "thanks_text", lang).get_data()
                thanks_pages[key] = page_bytes
            return app.response_class(
                page_bytes, 200, thanked_headers(page, result, len(page_bytes))
            )
        if result.status is SubmitStatus.CONFLICT:
            return message_page(409, "conflict_title", "conflict_text", lang)
        if result.status is SubmitStatus.CLOSED:
            return message_page(410, "closed_title", "closed_text", lang)
        if result.status is SubmitStatus.NOT_FOUND:
            return http_error(_NotFound())
        if result.status is SubmitStatus.BAD_ID:
            return message_page(400, "expired_title", "expired_text", lang, reload_link)
        if result.unknown_field:
            response = message_page(400, "changed_title", "expired_text", lang, reload_link)
            return response
        # Answers to fix: the same form again, with what the pupil chose and the same one-time
        # id, so a later valid send is still exactly one response.
        return form_page(
            page,
            lang,
            form["rid"][0],
            form["proof"][0],
            answers=result.answers,
            result=result,
            status=422,
        )

    app.wsgi_app = AnswerShortcut(app.wsgi_app, surveys, thanks_pages)
    return app


class _NotFound(HTTPException):
    code = 404


def _posted_fields() -> dict[str, list[str]]:
    """The posted form, name → every value sent. Our page and its script always post urlencoded
    bodies: those are read with the standard library, a small fraction of the cost of werkzeug's
    general form parser (which a class answering at once pays 300 times); any other body goes to
    Flask's. Same limits either way: the body size (413 beyond) and the number of fields."""
    if request.mimetype != URLENCODED:
        return request.form.to_dict(flat=False)
    body = request.get_data(cache=False)  # over MAX_CONTENT_LENGTH: RequestEntityTooLarge (413)
    try:
        return parse_urlencoded(body)
    except ValueError as error:  # more fields than any page of ours has
        raise RequestEntityTooLarge() from error


def _ensure_pair_cookie(response: Response, session: SurveySession) -> None:
    """A random key per visit, so the before and after answers of one phone can be paired."""
    name = pair_cookie_name(session.visit_id)
    if request.cookies.get(name):
        return
    response.set_cookie(name, new_pair_key(), max_age=COOKIE_AGE, httponly=True, samesite="Lax")


def _questions(definition: SurveyDefinition, lang: str, answers: Answers) -> list[dict]:
    """What the template needs per question, already in the page's language."""
    shown = []
    for number, question in enumerate(definition.questions, start=1):
        value = answers.get(question.id)
        chosen = {str(v) for v in value} if isinstance(value, list) else {str(value)}
        item = {
            "id": question.id,
            "number": number,
            "kind": question.kind.value,
            "field": field_name(question.id),
            "text": question.text.get(lang),
            "required": question.required,
            "value": "" if value is None or isinstance(value, list) else str(value),
            "options": [],
        }
        if question.kind is QuestionKind.SCALE:
            low, high = question.low.get(lang), question.high.get(lang)  # type: ignore[union-attr]
            item["low"], item["high"] = low, high
            item["options"] = [
                {
                    "id": option,
                    "text": option,
                    "hint": low if option == "1" else high if option == "5" else "",
                    "checked": option in chosen,
                }
                for option in question.option_ids()
            ]
        elif question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            item["options"] = [
                {"id": o.id, "text": o.text.get(lang), "checked": o.id in chosen}
                for o in question.options
            ]
        elif question.kind is QuestionKind.TEXT:
            item["max_length"] = question.max_length
        elif question.kind is QuestionKind.NUMBER:
            item["min"], item["max"] = question.minimum, question.maximum
        shown.append(item)
    return shown
