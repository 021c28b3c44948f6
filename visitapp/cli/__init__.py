"""`visitapp-cli`: the coordinator's and automation's entry point. Never imports Qt Widgets.

Each feature registers its subcommands from its own module; this one owns the shared options,
opening the database and turning errors into a sentence and an exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from visitapp import __version__, paths
from visitapp.core.errors import VisitappError
from visitapp.texts import describe_error, message, system_language

# Exit codes: 0 done, 1 the work failed (bad file, refused input), 2 usage error.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandContext:
    """What a subcommand handler gets: parsed arguments, the language, and services on demand."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.language: str = args.lang or system_language()
        self.data_dir = paths.data_dir(args.data_dir)
        self._services = None

    @property
    def services(self):
        from visitapp.services import Services

        if self._services is None:
            self._services = Services.open(paths.database_path(self.data_dir))
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()

    def say(self, english: str, french: str) -> str:
        return french if self.language == "fr" else english


Handler = Callable[[CommandContext], int]


def _shared_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Accepted before or after the subcommand; after it they must not reset what came before.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=f"folder of the laptop's database (default: ${paths.DATA_DIR_VARIABLE} or the "
        "platform's user data folder)",
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default=default, help="language of messages"
    )


_SHARED = argparse.ArgumentParser(add_help=False)
_shared_options(_SHARED, top=False)


def add_command(
    subparsers: argparse._SubParsersAction, name: str, **kwargs
) -> argparse.ArgumentParser:
    """A subcommand that also accepts the shared options (--data-dir, --lang) after its name."""
    return subparsers.add_parser(name, parents=[_SHARED], **kwargs)


def _register_all(subparsers: argparse._SubParsersAction) -> None:
    from visitapp.cli import decks, records, reports, survey, sync

    for module in (records, survey, decks, sync, reports):
        module.register(subparsers)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="visitapp-cli",
        description="visitapp from the command line: demo data, visits, schools and more.",
    )
    parser.add_argument("--version", action="version", version=f"visitapp {__version__}")
    _shared_options(parser, top=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _register_all(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    context = CommandContext(args)
    try:
        return args.handler(context)
    except VisitappError as error:
        print(describe_error(error, context.language), file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            # The reader (e.g. `| head`) went away: not an error worth a traceback.
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
            return EXIT_OK
        detail = f"{error.strerror or error}: {error.filename}" if error.filename else str(error)
        print(message("file.unreadable", context.language, detail=detail), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    finally:
        context.close()
