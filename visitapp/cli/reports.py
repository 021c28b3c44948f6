"""`visitapp-cli report` and `visitapp-cli certificate`: impact reports and engagement certificates
from any visitapp database (a laptop's or the coordinator's central one), opened through services."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from visitapp.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandContext, add_command
from visitapp.core.indicators import ReportFilter
from visitapp.core.problems import ValidationError
from visitapp.core.visits import ClassLevel
from visitapp.reports.render import FORMATS, render_certificate, render_report
from visitapp.services import Services
from visitapp.texts import describe, message


def register(subparsers: argparse._SubParsersAction) -> None:
    report = add_command(
        subparsers,
        "report",
        help="impact report of a database: JSON, CSV, XLSX or PDF",
        description="Indicators of the visits in DB (a laptop's database or the central one). "
        "Figures about fewer pupils than the small-group threshold are hidden.",
    )
    report.add_argument("database", type=Path, metavar="DB")
    report.add_argument(
        "--format", choices=FORMATS, help="default: from the extension of --out (json if '-')"
    )
    report.add_argument(
        "--out", required=True, metavar="FILE", help="where to write; '-' prints JSON or CSV"
    )
    _period_options(report)
    report.add_argument("--school", metavar="ID", help="only the visits to this school")
    report.add_argument("--ambassador", metavar="ID", help="only this ambassador's visits")
    report.add_argument(
        "--engineering-school", metavar="NAME", help="only visits by ambassadors from this school"
    )
    report.add_argument(
        "--level", metavar="LEVEL", help=f"only this class level ({', '.join(ClassLevel)})"
    )
    report.add_argument(
        "--min-group",
        type=int,
        metavar="N",
        help="hide figures about fewer than N pupils (at least 3; default: the database's setting, 5)",
    )
    report.add_argument(
        "--delimiter",
        choices=(";", ","),
        help="CSV separator (default: ';' with decimal commas in French, ',' in English)",
    )
    report.set_defaults(handler=_report)

    certificate = add_command(
        subparsers,
        "certificate",
        help="an ambassador's engagement certificate (one-page PDF, in French)",
    )
    certificate.add_argument("database", type=Path, metavar="DB")
    certificate.add_argument("--ambassador", required=True, metavar="ID")
    certificate.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _period_options(certificate)
    certificate.set_defaults(handler=_certificate)


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day, YYYY-MM-DD")


class _UsageProblem(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _date(text: str | None, language: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _UsageProblem(message("report.bad_date", language, value=text)) from None


def _open(context: CommandContext) -> Services:
    path: Path = context.args.database
    if not path.is_file():
        raise _OpenProblem(message("report.no_database", context.language, path=str(path)))
    return Services.open(path)


class _OpenProblem(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _format(args: argparse.Namespace) -> str | None:
    if args.format:
        return args.format
    if args.out == "-":
        return "json"
    suffix = Path(args.out).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def _write(out: str | Path, data: bytes, language: str) -> int:
    from visitapp.files import write_atomically

    if str(out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    try:
        write_atomically(Path(out), data)
    except OSError as error:
        detail = error.strerror or str(error)
        print(
            message("report.cannot_write", language, path=str(out), detail=detail), file=sys.stderr
        )
        return EXIT_FAILED
    return EXIT_OK


def _run(context: CommandContext, work) -> int:
    """Usage problems exit 2, a missing database 1; errors of the work itself go to main()."""
    services = None
    try:
        services = _open(context)
        return work(services)
    except _UsageProblem as problem:
        print(problem.text, file=sys.stderr)
        return EXIT_USAGE
    except _OpenProblem as problem:
        print(problem.text, file=sys.stderr)
        return EXIT_FAILED
    except ValidationError as error:
        for item in error.problems:
            print(describe(item, context.language), file=sys.stderr)
        return EXIT_USAGE
    finally:
        if services is not None:
            services.close()


def _report(context: CommandContext) -> int:
    args, language = context.args, context.language
    chosen = _format(args)
    if chosen is None:
        print(
            context.say(
                f"Say which format to write with --format ({', '.join(FORMATS)}).",
                f"Indiquez le format à écrire avec --format ({', '.join(FORMATS)}).",
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.out == "-" and chosen not in ("json", "csv"):
        print(
            context.say(
                "Only JSON and CSV can be printed: give a file name to --out.",
                "Seuls JSON et CSV peuvent être affichés : donnez un nom de fichier à --out.",
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE

    def work(services: Services) -> int:
        level = None
        if args.level:
            try:
                level = ClassLevel(args.level)
            except ValueError:
                raise _UsageProblem(
                    message(
                        "report.unknown_level",
                        language,
                        value=args.level,
                        choices=", ".join(ClassLevel),
                    )
                ) from None
        report_filter = ReportFilter(
            date_from=_date(args.date_from, language),
            date_to=_date(args.date_to, language),
            engineering_school=args.engineering_school,
            ambassador_id=args.ambassador,
            school_id=args.school,
            class_level=level,
        )
        report = services.reports.impact(report_filter, args.min_group)
        return _write(args.out, render_report(report, chosen, language, args.delimiter), language)

    return _run(context, work)


def _certificate(context: CommandContext) -> int:
    args, language = context.args, context.language

    def work(services: Services) -> int:
        certificate = services.reports.certificate(
            args.ambassador, _date(args.date_from, language), _date(args.date_to, language)
        )
        return _write(args.out, render_certificate(certificate), language)

    return _run(context, work)
