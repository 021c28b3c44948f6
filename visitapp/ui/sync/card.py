"""The look shared by the sync page's cards, and the folder the file dialogs start in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visitapp.settings import Settings

LAST_FOLDER_KEY = "sync.last_folder"

STYLE = """
#syncCard { background: white; border: 1px solid #e2e8f0; border-radius: 8px; }
#cardTitle { font-size: 13pt; font-weight: 600; color: #0f172a; }
#pendingCount { font-size: 15pt; font-weight: 700; color: #1d4ed8; }
#pendingCount[allExported="true"] { color: #15803d; }
#cardNote { color: #475569; }
#outcome[ok="true"] { color: #15803d; }
#outcome[ok="false"] { color: #b91c1c; }
#sectionTitle { font-size: 12pt; font-weight: 600; color: #0f172a; }
"""


def last_folder(settings: Settings) -> str:
    folder = settings.extra.get(LAST_FOLDER_KEY)
    return folder if isinstance(folder, str) and Path(folder).is_dir() else str(Path.home())


def remember_folder(settings: Settings, folder: Path) -> None:
    settings.extra[LAST_FOLDER_KEY] = str(folder)


def report_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table of whole rows, plain like the app's record lists."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    table.horizontalHeader().setHighlightSections(False)
    return table


class Card(QFrame):
    """A white panel with a title; subclasses add their rows to `body`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncCard")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 16)
        self.body.setSpacing(8)
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        self.body.addWidget(heading)
        self.outcome = self.label(name="outcome")  # the result of the last action
        self.outcome.hide()

    @staticmethod
    def button(action: QAction, *, primary: bool = False) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if primary:
            button.setObjectName("primaryButton")
        return button

    @staticmethod
    def label(text: str = "", name: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        return label

    def say(self, text: str, ok: bool) -> None:
        self.outcome.setText(text)
        self.outcome.setProperty("ok", "true" if ok else "false")
        self.outcome.style().polish(self.outcome)
        self.outcome.show()
