"""The presentation's keys: what each key (and a clicker, which sends keys) does, and the list
the help overlay shows. One table, so the help can never disagree with the handling."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt


class Command(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    BLACK = "black"
    WHITE = "white"
    FREEZE = "freeze"
    SURVEY = "survey"
    SWAP = "swap"
    CONSOLE = "console"
    HELP = "help"
    LEAVE = "leave"
    JUMP = "jump"  # Enter after digits; Enter alone is NEXT


K = Qt.Key
KEYS: dict[int, Command] = {
    K.Key_Right: Command.NEXT,
    K.Key_Down: Command.NEXT,
    K.Key_PageDown: Command.NEXT,
    K.Key_Space: Command.NEXT,
    K.Key_Return: Command.NEXT,
    K.Key_Enter: Command.NEXT,
    K.Key_N: Command.NEXT,
    K.Key_Left: Command.PREVIOUS,
    K.Key_Up: Command.PREVIOUS,
    K.Key_PageUp: Command.PREVIOUS,
    K.Key_Backspace: Command.PREVIOUS,
    K.Key_P: Command.PREVIOUS,
    K.Key_Home: Command.FIRST,
    K.Key_End: Command.LAST,
    K.Key_B: Command.BLACK,
    K.Key_Period: Command.BLACK,  # what many clickers send for their "blank screen" button
    K.Key_W: Command.WHITE,
    K.Key_Comma: Command.WHITE,
    K.Key_F: Command.FREEZE,
    K.Key_Q: Command.SURVEY,
    K.Key_S: Command.SWAP,
    K.Key_C: Command.CONSOLE,
    K.Key_Question: Command.HELP,
    K.Key_F1: Command.HELP,
    K.Key_H: Command.HELP,
    K.Key_Escape: Command.LEAVE,
}

DIGITS: dict[int, int] = {int(K.Key_0) + n: n for n in range(10)}


def command_for(key: int) -> Command | None:
    return KEYS.get(key)


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the help overlay, in the words of the interface language.

    Each string is spelled out in a translate() call, so Qt's lupdate finds it."""
    rows = [
        (
            QCoreApplication.translate("PresentationKeys", "→ ↓ Page Down Space Enter N"),
            QCoreApplication.translate("PresentationKeys", "Next slide"),
        ),
        (
            QCoreApplication.translate("PresentationKeys", "← ↑ Page Up Backspace P"),
            QCoreApplication.translate("PresentationKeys", "Previous slide"),
        ),
        (
            QCoreApplication.translate("PresentationKeys", "Home / End"),
            QCoreApplication.translate("PresentationKeys", "First / last slide"),
        ),
        (
            QCoreApplication.translate("PresentationKeys", "Number, then Enter"),
            QCoreApplication.translate("PresentationKeys", "Go to that slide"),
        ),
        (
            QCoreApplication.translate("PresentationKeys", "Mouse wheel, click"),
            QCoreApplication.translate("PresentationKeys", "Next (right click: previous)"),
        ),
        ("B  .", QCoreApplication.translate("PresentationKeys", "Black screen (again: back)")),
        ("W  ,", QCoreApplication.translate("PresentationKeys", "White screen (again: back)")),
        (
            "F",
            QCoreApplication.translate(
                "PresentationKeys", "Freeze the projector while you move on the console"
            ),
        ),
        (
            "Q",
            QCoreApplication.translate(
                "PresentationKeys", "Survey QR code and answer count (again: hide)"
            ),
        ),
    ]
    rows += [
        ("S", QCoreApplication.translate("PresentationKeys", "Swap the two screens")),
        (
            "C",
            QCoreApplication.translate("PresentationKeys", "Show or hide the console (one screen)"),
        ),
        (
            QCoreApplication.translate("PresentationKeys", "? F1 H"),
            QCoreApplication.translate("PresentationKeys", "This help"),
        ),
        (
            QCoreApplication.translate("PresentationKeys", "Esc"),
            QCoreApplication.translate("PresentationKeys", "End the presentation"),
        ),
    ]
    return rows
