"""Subcommands for the foundation records: demo data, visits, schools."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from visitapp.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandContext, add_command
from visitapp.core.school_directory import FIELDS, DirectoryFormatError
from visitapp.core.visits import VisitSummary
from visitapp.texts import describe, message


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = add_command(subparsers, "demo", help="add the demo programme (idempotent)")
    demo.add_argument(
        "--first-run",
        action="store_true",
        help="only if demo data was never added to this database",
    )
    demo.set_defaults(handler=_demo)

    visits = add_command(subparsers, "visits", help="list the visits")
    visits.add_argument("--json", action="store_true", help="print JSON")
    visits.set_defaults(handler=_visits)

    schools = add_command(subparsers, "schools", help="list or import schools")
    school_commands = schools.add_subparsers(
        dest="schools_command", metavar="ACTION", required=True
    )
    listing = add_command(school_commands, "list", help="list the schools")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_schools_list)
    importing = add_command(
        school_commands,
        "import",
        help="import schools from the national directory CSV or any CSV",
        description="Schools already known by their UAI code are updated, not duplicated. "
        "Malformed lines are reported with their number and skipped.",
    )
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"which column holds a field ({', '.join(FIELDS)}); repeatable",
    )
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    importing.set_defaults(handler=_schools_import)


def _demo(context: CommandContext) -> int:
    services = context.services
    if context.args.first_run and services.demo.was_seeded():
        return EXIT_OK
    report = services.demo.seed(date.today())
    print(
        context.say(
            f"Demo programme: {report.created} schools, ambassadors and visits added "
            f"({report.already_there} already there), {report.survey_sessions} survey sessions "
            f"with their answers, {report.decks} deck.",
            f"Programme de démonstration : {report.created} établissements, ambassadeurs et "
            f"visites ajoutés ({report.already_there} déjà présents), {report.survey_sessions} "
            f"questionnaires avec leurs réponses, {report.decks} présentation.",
        )
    )
    return EXIT_OK


def visit_json(summary: VisitSummary) -> dict:
    visit = summary.visit
    return {
        "id": visit.id,
        "school_id": visit.school_id,
        "school": summary.school_name,
        "city": summary.school_city,
        "priority_education": summary.school_is_priority,
        "starts_at": visit.starts_at.isoformat(timespec="minutes"),
        "kind": visit.kind.value,
        "class_level": visit.class_level.value,
        "duration_minutes": visit.duration_minutes,
        "pupils_present": visit.pupils_present,
        "girls_present": visit.girls_present,
        "ambassador_ids": list(visit.ambassador_ids),
        "ambassadors": list(summary.ambassador_names),
        "notes": visit.notes,
    }


def _visits(context: CommandContext) -> int:
    summaries = context.services.records.list_visits()
    if context.args.json:
        json.dump([visit_json(s) for s in summaries], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for s in summaries:
        visit = s.visit
        pupils = "—" if visit.pupils_present is None else str(visit.pupils_present)
        print(
            f"{visit.starts_at:%Y-%m-%d %H:%M}  {s.school_name} ({s.school_city})  "
            f"{visit.class_level.value}  {pupils}  {', '.join(s.ambassador_names)}"
        )
    if not summaries:
        print(context.say("No visits yet.", "Aucune visite pour l'instant."))
    return EXIT_OK


def _schools_list(context: CommandContext) -> int:
    schools = context.services.records.list_schools()
    if context.args.json:
        rows = [
            {
                "id": s.id,
                "name": s.name,
                "city": s.city,
                "postcode": s.postcode,
                "uai": s.uai,
                "kind": s.kind.value,
                "priority": s.priority.value,
                "sector": s.sector.value,
            }
            for s in schools
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for s in schools:
        print(
            f"{s.uai or '—':9} {s.name} ({s.postcode} {s.city}) {s.kind.value} {s.priority.value}"
        )
    return EXIT_OK


def _schools_import(context: CommandContext) -> int:
    mapping = {}
    for item in context.args.map:
        field, sep, column = item.partition("=")
        if not sep or field not in FIELDS or not column:
            print(
                context.say(
                    f"--map expects FIELD=COLUMN with FIELD among {', '.join(FIELDS)}: {item!r}",
                    f"--map attend CHAMP=COLONNE avec CHAMP parmi {', '.join(FIELDS)} : {item!r}",
                ),
                file=sys.stderr,
            )
            return EXIT_USAGE
        mapping[field] = column
    try:
        report = context.services.school_import.import_file(context.args.file, mapping or None)
    except DirectoryFormatError as error:
        print(message(error.code, context.language, **error.params), file=sys.stderr)
        return EXIT_FAILED
    lang = context.language
    if context.args.json:
        data = {
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "skipped_other_kinds": report.skipped_other_kinds,
            "problems": [
                {
                    "line": p.line,
                    "field": p.problem.field,
                    "code": p.problem.code,
                    "message": describe(p.problem, lang),
                }
                for p in report.problems
            ],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(
            context.say(
                f"{report.created} schools added, {report.updated} updated, "
                f"{report.unchanged} unchanged, {len(report.problems)} problem(s).",
                f"{report.created} établissements ajoutés, {report.updated} mis à jour, "
                f"{report.unchanged} inchangés, {len(report.problems)} problème(s).",
            )
        )
        for p in report.problems:
            line_word = context.say("line", "ligne")
            print(f"  {line_word} {p.line} ({p.problem.field}): {describe(p.problem, lang)}")
    return EXIT_OK
