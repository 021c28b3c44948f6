"""Starts the GUI: paths → settings → storage (through services) → QApplication → MainWindow."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

_STARTED = time.perf_counter()


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="visitapp", description="visitapp desktop application")
    parser.add_argument("--data-dir", metavar="DIR", help="folder of the laptop's database")
    parser.add_argument("--lang", choices=("fr", "en"), help="interface language (default: system)")
    # For `make bench`: print the seconds from process start to a usable window, then quit.
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_known_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)

    # The modules without Qt come first: once PySide6 is loaded, every import statement goes
    # through its import hook, which reads the source of each module it has not seen.
    from visitapp import paths
    from visitapp.core.errors import VisitappError
    from visitapp.services import Services
    from visitapp.settings import Settings

    data_dir = paths.data_dir(args.data_dir)
    settings = Settings.load(paths.settings_path(data_dir))
    try:
        services = Services.open(paths.database_path(data_dir))
        import visitapp.services.records  # noqa: F401 (loaded before PySide6 too)
    except VisitappError as error:
        services, failure = None, error

    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from visitapp.ui.i18n import install_translators, system_language
    from visitapp.ui.main_window import MainWindow
    from visitapp.ui.style import QT_ARGUMENTS, apply_style

    app = QApplication([sys.argv[0], *QT_ARGUMENTS, *qt_args])
    app.setApplicationName("visitapp")
    app.setOrganizationName("visitapp")
    apply_style(app)
    language = args.lang or settings.language or system_language()
    translators = install_translators(app, language)  # noqa: F841 (kept alive with the app)

    if services is None:
        from PySide6.QtWidgets import QMessageBox

        from visitapp.texts import describe_error

        QMessageBox.critical(None, "visitapp", describe_error(failure, language))
        return 1

    window = MainWindow(services, settings)
    window.show()
    if args.quit_when_ready:

        def ready() -> None:
            print(f"{time.perf_counter() - _STARTED:.4f}", flush=True)
            window.close()

        QTimer.singleShot(0, ready)
    try:
        return app.exec()
    finally:
        window.remember_geometry()
        try:
            settings.save(paths.settings_path(data_dir))
        except OSError:
            pass  # preferences are not worth an error dialog on the way out
        # Background work (exports, merges, reports) finishes its transaction before the
        # database connections close.
        QThreadPool.globalInstance().waitForDone(30_000)
        services.close()
