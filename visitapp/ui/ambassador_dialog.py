"""The ambassador editor, including "this is me" for the person using this laptop."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.ambassadors import Ambassador
from visitapp.core.problems import ValidationError
from visitapp.services.records import RecordService
from visitapp.ui.forms import add_field_rows, show_problems


class AmbassadorDialog(QDialog):
    def __init__(
        self,
        records: RecordService,
        ambassador: Ambassador | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._original = ambassador
        self._saved: Ambassador | None = None
        self.setWindowTitle(self.tr("Edit ambassador") if ambassador else self.tr("New ambassador"))
        self.setMinimumWidth(440)
        self.name = QLineEdit()
        self.engineering_school = QLineEdit()
        self.engineering_school.setPlaceholderText(self.tr("e.g. IMT Mines Alès"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("optional"))
        me = records.me()
        self.is_me = QCheckBox(self.tr("This is me (used by default for my new visits)"))
        self.is_me.setChecked(
            bool(ambassador and me and me.id == ambassador.id)
            or (ambassador is None and me is None)
        )
        form = QFormLayout()
        self._messages = add_field_rows(
            form,
            (
                ("name", self.tr("&Name"), self.name),
                ("engineering_school", self.tr("&Engineering school"), self.engineering_school),
                ("email", self.tr("E-&mail"), self.email),
            ),
        )
        form.addRow("", self.is_me)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if ambassador:
            self.name.setText(ambassador.name)
            self.engineering_school.setText(ambassador.engineering_school)
            self.email.setText(ambassador.email)
        self._connect_signals()
        self._validate()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.name, self.engineering_school, self.email):
            edit.textChanged.connect(self._validate)

    def ambassador(self) -> Ambassador:
        return Ambassador(
            id=self._original.id if self._original else "",
            name=self.name.text().strip(),
            engineering_school=self.engineering_school.text().strip(),
            email=self.email.text().strip(),
        )

    def _validate(self) -> bool:
        from visitapp.core.ambassadors import validate_ambassador

        problems = show_problems(self._messages, validate_ambassador(self.ambassador()), "name")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return not problems

    def _on_save_clicked(self) -> None:
        if not self._validate():
            return
        try:
            saved = self._records.save_ambassador(self.ambassador())
        except ValidationError as error:
            show_problems(self._messages, error.problems, "name")
            return
        me = self._records.me()
        if self.is_me.isChecked():
            self._records.set_me(saved.id)
        elif me and me.id == saved.id:
            self._records.set_me(None)
        self._saved = saved
        self.accept()

    @property
    def saved_ambassador(self) -> Ambassador | None:
        return self._saved

    @classmethod
    def edit(
        cls,
        records: RecordService,
        ambassador: Ambassador | None = None,
        parent: QWidget | None = None,
    ) -> Ambassador | None:
        """Open the editor modally; the saved ambassador, or None when cancelled. Tests patch this."""
        dialog = cls(records, ambassador, parent)
        dialog.exec()
        return dialog.saved_ambassador
