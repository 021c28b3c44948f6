"""The visit editor: every field of a visit, with what is wrong said under the field itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.problems import ValidationError
from visitapp.core.visits import (
    DURATION_RANGE,
    PUPILS_MAX,
    ClassLevel,
    Visit,
    VisitKind,
)
from visitapp.services.records import RecordService
from visitapp.ui import labels
from visitapp.ui.forms import add_field_rows, show_problems
from visitapp.ui.school_dialog import SchoolDialog

UNKNOWN = -1  # spin box value shown as "not known yet"


class VisitDialog(QDialog):
    def __init__(
        self, records: RecordService, visit: Visit | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._original = visit
        self._saved: Visit | None = None
        self.setWindowTitle(self.tr("Edit visit") if visit and visit.id else self.tr("New visit"))
        self.setMinimumWidth(560)
        self._build()
        self._load_choices()
        self._fill(visit)
        self._connect_signals()
        self._validate()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.school = QComboBox()
        self.school.setEditable(True)
        self.school.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.school.lineEdit().setPlaceholderText(self.tr("Type to search a school"))
        self.school.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.school.completer().setCompletionMode(
            self.school.completer().CompletionMode.PopupCompletion
        )
        self.new_school = QPushButton(self.tr("New school…"))
        school_row = QWidget()
        row = QHBoxLayout(school_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.school, 1)
        row.addWidget(self.new_school)

        self.starts_at = QDateTimeEdit()
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("dd/MM/yyyy HH:mm")

        self.kind = QComboBox()
        for kind in VisitKind:
            self.kind.addItem(labels.visit_kind(kind), kind.value)
        self.level = QComboBox()
        for level in ClassLevel:
            self.level.addItem(labels.class_level(level), level.value)

        self.duration = QSpinBox()
        self.duration.setRange(*DURATION_RANGE)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSingleStep(5)

        self.pupils = QSpinBox()
        self.pupils.setRange(UNKNOWN, PUPILS_MAX)
        self.pupils.setSpecialValueText(self.tr("not known yet"))
        self.girls = QSpinBox()
        self.girls.setRange(UNKNOWN, PUPILS_MAX)
        self.girls.setSpecialValueText(self.tr("not known yet"))

        self.ambassadors = QListWidget()
        self.ambassadors.setMaximumHeight(120)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Room, teacher, what went well, what to change…"))
        self.notes.setMaximumHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._messages = add_field_rows(
            form,
            (
                ("school_id", self.tr("&School"), school_row),
                ("starts_at", self.tr("&Date and time"), self.starts_at),
                ("kind", self.tr("&Kind of action"), self.kind),
                ("class_level", self.tr("Class &level"), self.level),
                ("duration_minutes", self.tr("D&uration"), self.duration),
                ("pupils_present", self.tr("&Pupils present"), self.pupils),
                ("girls_present", self.tr("&Girls present"), self.girls),
                ("ambassador_ids", self.tr("&Ambassadors"), self.ambassadors),
                ("notes", self.tr("&Notes"), self.notes),
            ),
        )
        # The school row holds the list and its buttons: its shortcut goes to the list.
        form.labelForField(school_row.parentWidget()).setBuddy(self.school)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _load_choices(self, select_school: str | None = None) -> None:
        current = select_school or self.school.currentData()
        self.school.blockSignals(True)
        self.school.clear()
        for school in self._records.list_schools():
            text = f"{school.name} — {school.city}" if school.city else school.name
            self.school.addItem(text, school.id)
        self.school.setCurrentIndex(self.school.findData(current) if current else -1)
        self.school.blockSignals(False)
        checked = self._checked_ambassadors()
        self.ambassadors.clear()
        for ambassador in self._records.list_ambassadors():
            text = ambassador.name
            if ambassador.engineering_school:
                text += f" ({ambassador.engineering_school})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ambassador.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if ambassador.id in checked else Qt.CheckState.Unchecked
            )
            self.ambassadors.addItem(item)

    def _fill(self, visit: Visit | None) -> None:
        if visit is None:
            me = self._records.me()
            tomorrow = QDateTime.currentDateTime().addDays(1)
            tomorrow.setTime(QTime(9, 0))
            self.starts_at.setDateTime(tomorrow)
            self.duration.setValue(55)
            self.level.setCurrentIndex(self.level.findData(ClassLevel.TROISIEME.value))
            self.pupils.setValue(UNKNOWN)
            self.girls.setValue(UNKNOWN)
            self._set_checked({me.id} if me else set())
            return
        self.school.setCurrentIndex(self.school.findData(visit.school_id))
        self.starts_at.setDateTime(QDateTime(visit.starts_at))
        self.kind.setCurrentIndex(self.kind.findData(visit.kind.value))
        self.level.setCurrentIndex(self.level.findData(visit.class_level.value))
        self.duration.setValue(visit.duration_minutes)
        self.pupils.setValue(UNKNOWN if visit.pupils_present is None else visit.pupils_present)
        self.girls.setValue(UNKNOWN if visit.girls_present is None else visit.girls_present)
        self._set_checked(set(visit.ambassador_ids))
        self.notes.setPlainText(visit.notes)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.new_school.clicked.connect(self._on_new_school_clicked)
        self.school.currentIndexChanged.connect(self._validate)
        self.school.lineEdit().textEdited.connect(self._validate)
        for spin in (self.duration, self.pupils, self.girls):
            spin.valueChanged.connect(self._validate)
        self.starts_at.dateTimeChanged.connect(self._validate)
        self.kind.currentIndexChanged.connect(self._validate)
        self.level.currentIndexChanged.connect(self._validate)
        self.ambassadors.itemChanged.connect(self._validate)
        self.notes.textChanged.connect(self._validate)

    # -- reading the form ------------------------------------------------------------------

    def _checked_ambassadors(self) -> set[str]:
        return {
            self.ambassadors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.ambassadors.count())
            if self.ambassadors.item(i).checkState() == Qt.CheckState.Checked
        }

    def _set_checked(self, ids: set[str]) -> None:
        for i in range(self.ambassadors.count()):
            item = self.ambassadors.item(i)
            state = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    def _selected_school_id(self) -> str:
        # An edited text that no longer names an item means no school is chosen.
        index = self.school.currentIndex()
        if index < 0 or self.school.currentText() != self.school.itemText(index):
            return ""
        return self.school.itemData(index) or ""

    def visit(self) -> Visit:
        """The visit as the form currently describes it (not necessarily valid)."""
        pupils = self.pupils.value()
        girls = self.girls.value()
        start = self.starts_at.dateTime().toPython()
        order = [
            self.ambassadors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.ambassadors.count())
        ]
        checked = self._checked_ambassadors()
        return Visit(
            id=self._original.id if self._original else "",
            school_id=self._selected_school_id(),
            starts_at=datetime(start.year, start.month, start.day, start.hour, start.minute),
            kind=VisitKind(self.kind.currentData()),
            class_level=ClassLevel(self.level.currentData()),
            duration_minutes=self.duration.value(),
            pupils_present=None if pupils == UNKNOWN else pupils,
            girls_present=None if girls == UNKNOWN else girls,
            ambassador_ids=tuple(a for a in order if a in checked),
            notes=self.notes.toPlainText().strip(),
            deck_id=self._original.deck_id if self._original else None,
        )

    def _validate(self) -> bool:
        problems = show_problems(
            self._messages, self._records.visit_problems(self.visit()), fallback="notes"
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return not problems

    # -- actions ---------------------------------------------------------------------------

    def _on_new_school_clicked(self) -> None:
        typed = self.school.currentText().strip() if not self._selected_school_id() else ""
        school = SchoolDialog.create(self._records, parent=self, name=typed)
        if school is not None:
            self._load_choices(select_school=school.id)
            self._validate()

    def _on_save_clicked(self) -> None:
        if not self._validate():
            return
        try:
            self._saved = self._records.save_visit(self.visit())
        except ValidationError as error:
            show_problems(self._messages, error.problems, fallback="notes")
            return
        self.accept()

    @property
    def saved_visit(self) -> Visit | None:
        return self._saved

    @classmethod
    def edit(
        cls, records: RecordService, visit: Visit | None = None, parent: QWidget | None = None
    ) -> Visit | None:
        """Open the editor modally; the saved visit, or None when cancelled. Tests patch this."""
        dialog = cls(records, visit, parent)
        dialog.exec()
        return dialog.saved_visit

    @classmethod
    def duplicate_of(cls, visit: Visit) -> Visit:
        """A new visit prefilled from another one (same school and team), counts cleared."""
        return replace(visit, id="", pupils_present=None, girls_present=None, notes="")
