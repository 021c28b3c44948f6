"""`export` (the laptop's data into one file) and `merge` (files into a central database)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from visitapp.cli import EXIT_FAILED, EXIT_OK, CommandContext, add_command
from visitapp.core.sync import FileReport, FileStatus
from visitapp.texts import describe_error


def register(subparsers: argparse._SubParsersAction) -> None:
    exporting = add_command(
        subparsers,
        "export",
        help="export this laptop's data into one file for the coordinator",
        description="Writes a self-contained snapshot of the laptop's database. The file "
        "appears only once complete. When OUT_FILE is a folder, a dated name is chosen.",
    )
    exporting.add_argument("out_file", metavar="OUT_FILE", type=Path)
    exporting.set_defaults(handler=_export)

    merging = add_command(
        subparsers,
        "merge",
        help="merge exports into a central database (created if missing)",
        description="Each file is checked, then merged in its own transaction: a refused file "
        "leaves the central database untouched and the others are still merged. Merging a "
        "file again changes nothing. Exit status: 0 when every file was merged or already "
        "merged, 1 when any was refused, 2 on usage errors.",
    )
    merging.add_argument("central", metavar="CENTRAL_DB", type=Path)
    merging.add_argument("files", metavar="FILE", type=Path, nargs="+")
    merging.add_argument("--json", action="store_true", help="print the per-file report as JSON")
    merging.set_defaults(handler=_merge)


def _export(context: CommandContext) -> int:
    sync = context.services.sync
    target: Path = context.args.out_file
    if target.is_dir():
        target = target / sync.default_file_name()
    summary = sync.export(target)
    print(
        context.say(
            f"Exported {summary.records} records to {summary.path}",
            f"{summary.records} enregistrements exportés dans {summary.path}",
        )
    )
    return EXIT_OK


def report_json(report: FileReport, language: str) -> dict:
    return {
        "file": report.path,
        "status": report.status.value,
        "sha256": report.sha256,
        "device_id": report.device_id,
        "exported_at": report.exported_at,
        "schema_version": report.schema_version,
        "migrated": report.migrated,
        "added": report.records.added,
        "updated": report.records.updated,
        "skipped": report.records.skipped,
        "conflicts": report.records.conflicts,
        "tables": {
            name: {
                "added": c.added,
                "updated": c.updated,
                "skipped": c.skipped,
                "conflicts": c.conflicts,
            }
            for name, c in report.tables.items()
        },
        "error": None
        if report.error is None
        else {"code": report.error.code, "message": describe_error(report.error, language)},
    }


def _line(context: CommandContext, report: FileReport) -> str:
    counts = report.records
    if report.status is FileStatus.MERGED:
        text = context.say(
            f"merged: {counts.added} added, {counts.updated} updated, {counts.skipped} already "
            f"there, {counts.conflicts} conflict(s)",
            f"fusionné : {counts.added} ajoutés, {counts.updated} mis à jour, {counts.skipped} "
            f"déjà présents, {counts.conflicts} conflit(s)",
        )
        if report.migrated:
            text += context.say(
                " (made by an older visitapp)", " (créé par un visitapp plus ancien)"
            )
    elif report.status is FileStatus.ALREADY_MERGED:
        text = context.say("already merged: nothing changed", "déjà fusionné : rien n'a changé")
    else:
        reason = describe_error(report.error, context.language) if report.error else ""
        text = context.say("refused: ", "refusé : ") + reason
    return f"{report.path}: {text}"


def _merge(context: CommandContext) -> int:
    from visitapp.services import Services

    services = Services.open(context.args.central)
    try:
        reports = services.sync.merge_files(context.args.files)
    finally:
        services.close()
    if context.args.json:
        json.dump(
            [report_json(r, context.language) for r in reports],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    else:
        for report in reports:
            print(_line(context, report), file=sys.stdout if report.ok else sys.stderr)
    return EXIT_OK if all(r.ok for r in reports) else EXIT_FAILED
