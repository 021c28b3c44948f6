"""The presentation's keys: what each key (and a clicker, which sends keys) does, and the list
the help overlay shows. One table, so the help can never disagree with the handling."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence


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


_ARROWS = {K.Key_Right: "→", K.Key_Down: "↓", K.Key_Left: "←", K.Key_Up: "↑"}
_SAME_KEY = {K.Key_Return: K.Key_Enter}  # two codes, one key a user calls Enter


def key_names(command: Command) -> str:
    """The keys that do `command`, read from KEYS and named as Qt names them (translated)."""
    names: list[str] = []
    for key, bound in KEYS.items():
        if bound is command:
            key = _SAME_KEY.get(key, key)
            native = QKeySequence.SequenceFormat.NativeText
            name = _ARROWS.get(key) or QKeySequence(key).toString(native)
            if name not in names:
                names.append(name)
    return " ".join(names)


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the help overlay, in the words of the interface language. The
    keys come from KEYS; each description is spelled out in a translate() call for lupdate."""

    return [
        (key_names(Command.NEXT), QCoreApplication.translate("PresentationKeys", "Next slide")),
        (
            key_names(Command.PREVIOUS),
            QCoreApplication.translate("PresentationKeys", "Previous slide"),
        ),
        (
            f"{key_names(Command.FIRST)} / {key_names(Command.LAST)}",
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
        (
            key_names(Command.BLACK),
            QCoreApplication.translate("PresentationKeys", "Black screen (again: back)"),
        ),
        (
            key_names(Command.WHITE),
            QCoreApplication.translate("PresentationKeys", "White screen (again: back)"),
        ),
        (
            key_names(Command.FREEZE),
            QCoreApplication.translate(
                "PresentationKeys", "Freeze the projector while you move on the console"
            ),
        ),
        (
            key_names(Command.SURVEY),
            QCoreApplication.translate(
                "PresentationKeys", "Survey QR code and answer count (again: hide)"
            ),
        ),
        (
            key_names(Command.SWAP),
            QCoreApplication.translate("PresentationKeys", "Swap the two screens"),
        ),
        (
            key_names(Command.CONSOLE),
            QCoreApplication.translate("PresentationKeys", "Show or hide the console (one screen)"),
        ),
        (key_names(Command.HELP), QCoreApplication.translate("PresentationKeys", "This help")),
        (
            key_names(Command.LEAVE),
            QCoreApplication.translate("PresentationKeys", "End the presentation"),
        ),
    ]
