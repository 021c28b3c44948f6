"""Undoable actions: a QUndoCommand made of two plain callables."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class CallbackCommand(QUndoCommand):
    """`do` runs when pushed (and on redo), `undo` on undo; `after` refreshes what shows the data."""

    def __init__(
        self, text: str, do: Callable[[], None], undo: Callable[[], None], after: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self._after = do, undo, after

    def redo(self) -> None:
        self._do()
        self._after()

    def undo(self) -> None:
        self._undo()
        self._after()
