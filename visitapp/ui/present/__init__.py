"""Running the presentation: the deck library page, the Present action on a visit, the
audience window on the projector and the presenter console on the laptop.

`install(window)` is all the main window calls; the PDF modules load on first use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from visitapp.ui.icons import icon


def present_launcher(window):
    """The window's PresentLauncher, made on first use (its imports stay off the start-up)."""
    launcher = getattr(window, "_present_launcher", None)
    if launcher is None:
        from visitapp.ui.present.launcher import PresentLauncher

        launcher = window._present_launcher = PresentLauncher(
            window.services, window.settings, window, window.survey
        )
    return launcher


def install(window) -> None:
    """Add the Decks section and a Present button acting on the selected visit."""

    def make_decks_panel():
        from visitapp.ui.present.decks_panel import DecksPanel

        return DecksPanel(window.services.decks, window.undo_stack, present_launcher(window))

    window.add_page(
        make_decks_panel, "decks", QCoreApplication.translate("PresentSection", "Decks")
    )
    action = QAction(
        icon("present"), QCoreApplication.translate("PresentSection", "&Present"), window
    )
    action.setShortcut(QKeySequence(Qt.Key.Key_F5))
    action.setToolTip(
        QCoreApplication.translate(
            "PresentSection", "Present a deck to this visit's class (projector + console)"
        )
    )
    action.triggered.connect(
        lambda _checked=False: present_launcher(window).present_visit(
            window.visits_panel.current_visit()
        )
    )
    window.visits_panel.add_visit_action(action)
    window.present_action = action
