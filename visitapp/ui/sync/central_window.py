"""A second main window on another database (the coordinator's central one), opened on its sync
page. It owns its services and closes them with itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QMainWindow

from visitapp.services import Services
from visitapp.settings import Settings


def _close(services: Services) -> None:
    # Background tasks of the window may still be reading its database: let them end first.
    QThreadPool.globalInstance().waitForDone(10_000)
    services.close()


def open_database_window(path: Path, settings: Settings) -> QMainWindow:
    """Open (creating it if missing) the database at `path` in a new window.

    Raises a VisitappError (not visitapp's, damaged, newer, on a shared folder…) and opens
    nothing when the file cannot be used.
    """
    from visitapp.ui.main_window import MainWindow

    services = Services.open(path)
    window = MainWindow(services, settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setWindowTitle(
        QCoreApplication.translate("CentralWindow", "visitapp — %1").replace("%1", path.name)
    )
    window.destroyed.connect(lambda *_: _close(services))
    window.navigation.setCurrentRow(window.sync_row)
    window.show()
    return window
