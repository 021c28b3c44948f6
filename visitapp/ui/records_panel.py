"""The common frame of the record lists: a title, a search field, action buttons and a table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visitapp.ui.icons import icon


class RecordsPanel(QWidget):
    """A page of the main window that lists records. Subclasses fill the model and actions."""

    records_changed = Signal()  # this panel saved, deleted or restored something

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.heading = QLabel(title)
        self.heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("RecordsPanel", "Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.filters = QHBoxLayout()
        self.filters.setSpacing(8)
        self.filters.addWidget(self.search)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        head.addLayout(titles)
        head.addStretch(1)
        head.addLayout(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

    def fit_columns(self, samples: dict[int, list[str]]) -> None:
        """Give each listed column the width of its widest sample text or its header.

        Measuring a few representative texts costs nothing; asking Qt to size columns to
        their contents reads every row.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        bold = header.fontMetrics()
        model = self.table.model()
        for column, texts in samples.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(
                [metrics.horizontalAdvance(t) for t in texts] + [bold.horizontalAdvance(title) + 20]
            )
            header.resizeSection(column, width + 28)

    def add_record_actions(
        self, new_text: str, *, between: Sequence[QAction] = (), leading: Sequence[QAction] = ()
    ) -> None:
        """The New (Ctrl+N), Edit (Enter, F2) and Delete (Del) actions every list has, acting
        while the page has focus, and the toolbar buttons: `leading`, Delete, `between`, Edit,
        New. Triggering them calls `_on_new_triggered`, `_on_edit_triggered`, `_on_delete_triggered`."""
        translate = QCoreApplication.translate
        self.new_action = QAction(icon("add"), new_text, self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = QAction(icon("edit"), translate("RecordsPanel", "&Edit"), self)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_F2)]
        )
        self.delete_action = QAction(icon("delete"), translate("RecordsPanel", "&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        buttons = [*leading, self.delete_action, *between, self.edit_action, self.new_action]
        for action in buttons:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.add_button(action, primary=action is self.new_action)
        self.new_action.triggered.connect(self._on_new_triggered)
        self.edit_action.triggered.connect(self._on_edit_triggered)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.table.doubleClicked.connect(lambda _index: self._on_edit_triggered())

    def _on_new_triggered(self) -> None:
        raise NotImplementedError

    def _on_edit_triggered(self) -> None:
        raise NotImplementedError

    def _on_delete_triggered(self) -> None:
        raise NotImplementedError

    def add_button(self, action: QAction, *, primary: bool = False) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if primary:
            button.setObjectName("primaryButton")
        self.toolbar.addWidget(button)
        return button

    def show_empty(self, empty: bool, text: str) -> None:
        """An empty list says what to do instead of showing a blank table."""
        self.empty.setText(text)
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    def refresh(self) -> None:
        raise NotImplementedError
