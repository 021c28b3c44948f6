"""Subcommands for the deck library: list, import a PDF, import speaker notes from a .pptx."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from visitapp.cli import EXIT_FAILED, EXIT_OK, CommandContext, add_command
from visitapp.core.decks import Deck, DeckLanguage


def register(subparsers: argparse._SubParsersAction) -> None:
    decks = add_command(subparsers, "decks", help="list or import presentation decks (PDF)")
    commands = decks.add_subparsers(dest="decks_command", metavar="ACTION", required=True)

    listing = add_command(commands, "list", help="list the decks of the library")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    importing = add_command(
        commands,
        "import",
        help="copy a PDF deck into the library",
        description="The PDF is copied into the data folder; importing the same file twice "
        "keeps one deck.",
    )
    importing.add_argument("file", type=Path)
    importing.add_argument("--title", help="title shown in the library (default: the PDF's)")
    importing.add_argument(
        "--language", choices=[language.value for language in DeckLanguage], help="deck language"
    )
    importing.add_argument("--json", action="store_true", help="print the deck as JSON")
    importing.set_defaults(handler=_import)

    notes = add_command(
        commands,
        "notes",
        help="import a deck's speaker notes from the matching .pptx",
        description="The .pptx must have as many slides (hidden ones left out) as the PDF has "
        "pages. Slides without notes in the .pptx keep the notes typed in visitapp.",
    )
    notes.add_argument("deck", help="deck id (see `decks list`)")
    notes.add_argument("pptx", type=Path)
    notes.set_defaults(handler=_notes)


def deck_json(deck: Deck) -> dict:
    return {
        "id": deck.id,
        "title": deck.title,
        "language": deck.language.value,
        "pages": deck.page_count,
        "file": deck.file_name,
        "sha256": deck.sha256,
        "size_bytes": deck.size_bytes,
    }


def _list(context: CommandContext) -> int:
    decks = context.services.decks.list_decks()
    if context.args.json:
        print(json.dumps([deck_json(d) for d in decks], ensure_ascii=False, indent=2))
        return EXIT_OK
    for deck in decks:
        pages = context.say(f"{deck.page_count} pages", f"{deck.page_count} pages")
        print(f"{deck.id}  {deck.title}  ({deck.language.value}, {pages})")
    return EXIT_OK


def _import(context: CommandContext) -> int:
    args = context.args
    language = DeckLanguage(args.language) if args.language else None
    result = context.services.decks.import_pdf(args.file, title=args.title, language=language)
    if args.json:
        print(json.dumps({**deck_json(result.deck), "already_there": result.already_there}))
    elif result.already_there:
        print(
            context.say(
                f"Already in the library: {result.deck.title}",
                f"Déjà dans la bibliothèque : {result.deck.title}",
            )
        )
    else:
        print(
            context.say(
                f"Imported: {result.deck.title} ({result.deck.page_count} pages)",
                f"Importé : {result.deck.title} ({result.deck.page_count} pages)",
            )
        )
    return EXIT_OK


def _notes(context: CommandContext) -> int:
    decks = context.services.decks
    if decks.get_deck(context.args.deck) is None:
        print(
            context.say("No deck has this id.", "Aucune présentation n'a cet identifiant."),
            file=sys.stderr,
        )
        return EXIT_FAILED
    report = decks.import_pptx_notes(context.args.deck, context.args.pptx)
    print(
        context.say(
            f"Notes found for {report.pages_with_notes} slide(s); {report.changed} changed.",
            f"Notes trouvées pour {report.pages_with_notes} diapositive(s) ; "
            f"{report.changed} modifiée(s).",
        )
    )
    return EXIT_OK
