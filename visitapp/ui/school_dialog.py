"""The school editor, with the UAI code checked as it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.problems import ValidationError
from visitapp.core.schools import Priority, School, SchoolKind, Sector, normalize_uai
from visitapp.services.records import RecordService
from visitapp.ui import labels
from visitapp.ui.forms import add_field_rows, show_problems


class SchoolDialog(QDialog):
    def __init__(
        self, records: RecordService, school: School | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._original = school
        self._saved: School | None = None
        self.setWindowTitle(
            self.tr("Edit school") if school and school.id else self.tr("New school")
        )
        self.setMinimumWidth(480)
        self._build()
        self._fill(school)
        self._connect_signals()
        self._validate()

    def _build(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Collège Pablo Neruda"))
        self.city = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(5)
        self.uai = QLineEdit()
        self.uai.setPlaceholderText(self.tr("8 characters, e.g. 0932001V (optional)"))
        self.uai.setMaxLength(12)
        self.kind = QComboBox()
        for kind in SchoolKind:
            self.kind.addItem(labels.school_kind(kind), kind.value)
        self.priority = QComboBox()
        for value in Priority:
            self.priority.addItem(labels.priority(value), value.value)
        self.sector = QComboBox()
        for value in Sector:
            self.sector.addItem(labels.sector(value), value.value)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._messages = add_field_rows(
            form,
            (
                ("name", self.tr("&Name"), self.name),
                ("city", self.tr("&City"), self.city),
                ("postcode", self.tr("&Postcode"), self.postcode),
                ("uai", self.tr("&UAI code"), self.uai),
                ("kind", self.tr("&Type"), self.kind),
                ("priority", self.tr("Priority &education"), self.priority),
                ("sector", self.tr("&Sector"), self.sector),
            ),
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _fill(self, school: School | None) -> None:
        if school is None:
            return
        self.name.setText(school.name)
        self.city.setText(school.city)
        self.postcode.setText(school.postcode)
        self.uai.setText(school.uai)
        self.kind.setCurrentIndex(self.kind.findData(school.kind.value))
        self.priority.setCurrentIndex(self.priority.findData(school.priority.value))
        self.sector.setCurrentIndex(self.sector.findData(school.sector.value))

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.name, self.city, self.postcode, self.uai):
            edit.textChanged.connect(self._validate)

    def school(self) -> School:
        return School(
            id=self._original.id if self._original else "",
            name=self.name.text().strip(),
            city=self.city.text().strip(),
            postcode=self.postcode.text().strip(),
            uai=normalize_uai(self.uai.text()),
            kind=SchoolKind(self.kind.currentData()),
            priority=Priority(self.priority.currentData()),
            sector=Sector(self.sector.currentData()),
        )

    def _validate(self) -> bool:
        school = self.school()
        problems = self._records.school_problems(school)
        # Say nothing about a UAI still being typed; say it once it has its 8 characters.
        if 0 < len(school.uai) < 8 and self.uai.hasFocus():
            visible = [p for p in problems if p.field != "uai"]
        else:
            visible = problems
        show_problems(self._messages, visible, fallback="name")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return not problems

    def _on_save_clicked(self) -> None:
        if not self._validate():
            return
        try:
            self._saved = self._records.save_school(self.school())
        except ValidationError as error:
            show_problems(self._messages, error.problems, fallback="name")
            return
        self.accept()

    @property
    def saved_school(self) -> School | None:
        return self._saved

    @classmethod
    def create(
        cls, records: RecordService, parent: QWidget | None = None, name: str = ""
    ) -> School | None:
        return cls.edit(records, School(id="", name=name) if name else None, parent)

    @classmethod
    def edit(
        cls, records: RecordService, school: School | None = None, parent: QWidget | None = None
    ) -> School | None:
        """Open the editor modally; the saved school, or None when cancelled. Tests patch this."""
        dialog = cls(records, school, parent)
        dialog.exec()
        return dialog.saved_school
