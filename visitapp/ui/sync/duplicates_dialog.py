"""Probable duplicate visits: one real visit recorded on two laptops. The coordinator marks a
group as the same visit (its pupils then count once) or undoes the mark."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.ids import short_id
from visitapp.core.sync import DuplicateGroup
from visitapp.services.sync import SyncService
from visitapp.ui.sync.local_time import long_day, visit_time
from visitapp.ui.tasks import run_task

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatesDialog(QDialog):
    marks_changed = Signal()

    def __init__(self, sync: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self.groups: list[DuplicateGroup] = []
        self.setWindowTitle(self.tr("Probable duplicate visits"))
        self.resize(900, 520)
        title = QLabel(self.tr("Visits that may have been recorded twice"))
        title.setObjectName("dialogTitle")
        hint = QLabel(
            self.tr(
                "Each group holds visits of the same school, day and class level recorded on "
                "different laptops. If they are one real visit, mark them as the same visit: "
                "its pupils are then counted once, from the visit marked “counted”."
            )
        )
        hint.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                self.tr("Visit"),
                self.tr("Pupils"),
                self.tr("Girls"),
                self.tr("Ambassadors"),
                self.tr("Laptop"),
                self.tr("Status"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No probable duplicates: no visit seems to be recorded twice."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.mark_button = QPushButton(self.tr("Mark as the same visit"))
        self.mark_button.setDefault(True)
        self.unmark_button = QPushButton(self.tr("Not the same visit"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unmark_button)
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.mark_button.clicked.connect(self._on_mark_clicked)
        self.unmark_button.clicked.connect(self._on_unmark_clicked)
        self.close_button.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        self.show_groups(self._sync.probable_duplicates())

    def show_groups(self, groups: list[DuplicateGroup]) -> None:
        self.groups = groups
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for index, group in enumerate(groups):
            status = (
                self.tr("counted once")
                if group.marked
                else self.tr("counted %n times", "", len(group.visits))
            )
            head = QTreeWidgetItem(
                [
                    self.tr("%1, %2 — %3 — %4 — %5")
                    .replace("%1", group.school_name)
                    .replace("%2", group.school_city)
                    .replace("%3", long_day(group.day))
                    .replace("%4", group.class_level)
                    .replace("%5", status)
                ]
            )
            head.setData(0, GROUP_ROLE, index)
            head.setFont(0, bold)
            head.setForeground(0, QColor("#15803d" if group.marked else "#92400e"))
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for visit in group.visits:
                row = QTreeWidgetItem(
                    [
                        "    " + self.tr("Visit at %1").replace("%1", visit_time(visit.starts_at)),
                        "—" if visit.pupils_present is None else str(visit.pupils_present),
                        "—" if visit.girls_present is None else str(visit.girls_present),
                        visit.ambassadors or "—",
                        short_id(visit.device_id),
                        self._visit_status(group, visit.same_as),
                    ]
                )
                row.setData(0, GROUP_ROLE, index)
                row.setToolTip(4, visit.device_id)
                for column in (1, 2):
                    row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                self.tree.addTopLevelItem(row)
        self.tree.setVisible(bool(groups))
        self.empty.setVisible(not groups)
        if groups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def _visit_status(self, group: DuplicateGroup, same_as: str) -> str:
        if same_as:
            return self.tr("not counted")
        return self.tr("counted") if group.marked else ""

    def selected_group(self) -> DuplicateGroup | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = item.data(0, GROUP_ROLE)
        return self.groups[index] if index is not None else None

    def _update_buttons(self) -> None:
        group = self.selected_group()
        self.mark_button.setEnabled(group is not None and not group.marked)
        self.unmark_button.setEnabled(group is not None and any(v.same_as for v in group.visits))

    def _on_mark_clicked(self) -> None:
        group = self.selected_group()
        if group is not None:
            self._run(self._sync.mark_same_visit, list(group.visit_ids))

    def _on_unmark_clicked(self) -> None:
        group = self.selected_group()
        if group is not None:
            self._run(self._sync.unmark_same_visit, list(group.visit_ids))

    def _run(self, work, visit_ids: list[str]) -> None:
        self.mark_button.setEnabled(False)
        self.unmark_button.setEnabled(False)
        run_task(work, visit_ids, on_done=self._on_marks_saved, on_error=self._on_marks_failed)

    def _on_marks_saved(self, _result: object) -> None:
        self.refresh()
        self.marks_changed.emit()

    def _on_marks_failed(self, _error: Exception) -> None:
        self.refresh()  # a visit deleted meanwhile: show the groups as they are now
