"""`visitapp-cli survey`: serve a visit's survey to phones headless, and print its results."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading

from visitapp.cli import EXIT_OK, CommandContext, add_command
from visitapp.core.errors import RecordNotFound, VisitappError
from visitapp.core.surveys import SurveyDefinition
from visitapp.core.surveys_sessions import Phase, SessionResults
from visitapp.survey.addresses import list_addresses
from visitapp.survey.server import DEFAULT_PORT, SurveyServer


class NoNetwork(VisitappError):
    code = "survey.no_network"


def register(subparsers: argparse._SubParsersAction) -> None:
    survey = add_command(subparsers, "survey", help="pupil surveys: serve one, print results")
    commands = survey.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    serve = add_command(
        commands,
        "serve",
        help="open a visit's survey and serve it to phones until Ctrl+C or SIGTERM",
        description="Prints the pupils' URL as the first line, serves until interrupted, then "
        "closes the session. Binds one address only: the laptop's first network address unless "
        "--host says otherwise (127.0.0.1 to try it on this laptop alone).",
    )
    serve.add_argument("--visit", required=True, metavar="ID", help="the visit's id")
    serve.add_argument("--phase", choices=[p.value for p in Phase], required=True)
    serve.add_argument("--host", metavar="ADDR", help="address to listen on")
    serve.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        metavar="N",
        help=f"port (default {DEFAULT_PORT}; the next free one if busy; 0 for any)",
    )
    serve.set_defaults(handler=_serve)
    results = add_command(commands, "results", help="print the answers of a visit's sessions")
    results.add_argument("--visit", required=True, metavar="ID", help="the visit's id")
    results.add_argument("--json", action="store_true", help="print JSON")
    results.set_defaults(handler=_results)


def _pick_host(context: CommandContext) -> str:
    if context.args.host:
        return context.args.host
    addresses = list_addresses()
    if not addresses:
        raise NoNetwork()
    return addresses[0].host


def _serve(context: CommandContext) -> int:
    services = context.services
    host = _pick_host(context)
    session = services.surveys.open_session(context.args.visit, Phase(context.args.phase))
    stop = threading.Event()

    def interrupted(_signum: int, _frame: object) -> None:
        stop.set()

    previous = {
        number: signal.signal(number, interrupted) for number in (signal.SIGINT, signal.SIGTERM)
    }

    counts = [0, 0]  # latest heard, latest printed: printed by the main loop, not per answer

    def heard(session_id: str, count: int) -> None:
        if session_id == session.id:
            counts[0] = max(counts[0], count)

    server = SurveyServer(services.surveys, host, context.args.port)
    services.surveys.add_listener(heard)
    try:
        server.start()
        print(services.surveys.url_of(session), flush=True)
        print(
            context.say(
                "Serving the survey: Ctrl+C to stop and close it.",
                "Questionnaire en ligne : Ctrl+C pour l'arrêter et le fermer.",
            ),
            file=sys.stderr,
            flush=True,
        )
        while not stop.wait(0.5):
            if counts[0] != counts[1]:
                counts[1] = counts[0]
                print(
                    context.say(f"{counts[1]} answer(s)", f"{counts[1]} réponse(s)"),
                    file=sys.stderr,
                )
    finally:
        server.stop()
        services.surveys.remove_listener(heard)
        services.surveys.close_session(session.id)
        for number, handler in previous.items():
            signal.signal(number, handler)
    count = services.surveys.count(session.id)
    print(
        context.say(
            f"Survey closed with {count} answer(s).",
            f"Questionnaire fermé avec {count} réponse(s).",
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def results_json(results: SessionResults, definition: SurveyDefinition) -> dict:
    session = results.session
    return {
        "session_id": session.id,
        "phase": session.phase.value,
        "survey_id": definition.survey_id,
        "survey_version": definition.version,
        "opened_at": session.opened_at,
        "closed_at": session.closed_at,
        "responses": results.responses,
        "soft_cap": results.cap,
        "over_cap": results.over_cap,
        "questions": [
            {
                "id": item.question_id,
                "kind": definition.question(item.question_id).kind.value,
                "answered": item.answered,
                "counts": item.counts,
                "show_of_hands": item.tallies,
                "numbers": list(item.numbers),
                "texts": list(item.texts),
            }
            for item in results.questions
        ],
    }


def _results(context: CommandContext) -> int:
    surveys = context.services.surveys
    if context.services.records.get_visit(context.args.visit) is None:
        raise RecordNotFound()
    rows = []
    for session in surveys.sessions_of_visit(context.args.visit):
        definition = surveys.definition(session.definition_id)
        if definition is not None:
            rows.append((surveys.results(session.id), definition))
    if context.args.json:
        json.dump([results_json(r, d) for r, d in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    language = context.language
    if not rows:
        print(
            context.say("No survey for this visit yet.", "Aucun questionnaire pour cette visite.")
        )
    for results, definition in rows:
        state = context.say("open", "ouvert") if results.session.is_open else ""
        print(
            f"{definition.title.get(language)} ({results.session.phase.value}) — "
            + context.say(f"{results.responses} answer(s)", f"{results.responses} réponse(s)")
            + (f" — {state}" if state else "")
        )
        for item in results.questions:
            question = definition.question(item.question_id)
            print(f"  {question.text.get(language)}")
            labels = question.option_names(language)
            for option in question.option_ids():
                count, hands = item.counts.get(option, 0), item.tallies.get(option)
                extra = context.say(f" (show of hands: {hands})", f" (à main levée : {hands})")
                print(
                    f"    {labels.get(option, option)}: {count}{extra if hands is not None else ''}"
                )
            if item.numbers:
                print("    " + ", ".join(map(str, item.numbers)))
            for text in item.texts:
                print(f"    « {text} »")
    return EXIT_OK
