"""Pieces shared by the editor dialogs: a message under each field, and painting problems there."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from visitapp.core.problems import Problem
from visitapp.texts import describe
from visitapp.ui.i18n import current_language


class FieldMessage(QLabel):
    """The line under a field that says what is wrong with it; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        # No word wrap: wrapped labels inside form rows do not get their height back from
        # QFormLayout; each problem is one short sentence on its own line instead.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_message(field: QWidget) -> tuple[QWidget, FieldMessage]:
    """Wrap a field with its message line, for use as one row of a QFormLayout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    message = FieldMessage(box)
    layout.addWidget(message)
    return box, message


def add_field_rows(
    form: QFormLayout, rows: Iterable[tuple[str, str, QWidget]]
) -> dict[str, FieldMessage]:
    """Add each (field name, label, field) to `form` with its message line under the field; the
    label's shortcut focuses the field. Returns the message lines by field name."""
    messages = {}
    for name, label, field in rows:
        box, message = with_message(field)
        form.addRow(label, box)
        form.labelForField(box).setBuddy(field)
        messages[name] = message
    return messages


def show_problems(
    messages: Mapping[str, FieldMessage], problems: Iterable[Problem], fallback: str
) -> list[Problem]:
    """Put each problem under its field (unknown fields go under `fallback`).

    Returns the problems, so callers can enable Save only when the list is empty.
    """
    problems = list(problems)
    language = current_language()
    texts: dict[str, list[str]] = {name: [] for name in messages}
    for problem in problems:
        target = problem.field if problem.field in messages else fallback
        texts[target].append(describe(problem, language))
    for name, message in messages.items():
        message.show_message("\n".join(texts[name]))
    # A message that appears may need more room than the dialog has: grow, never shrink.
    for message in messages.values():
        window = message.window()
        hint = window.sizeHint()
        if window.isVisible() and (
            hint.height() > window.height() or hint.width() > window.width()
        ):
            window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))
        break
    return problems
