"""Show-of-hands entry: the ambassador types, per closed question, how many hands went up for
each answer. Stored as tallies, apart from individual answers, and marked as such everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.problems import ValidationError
from visitapp.core.surveys_sessions import Phase, SurveySession
from visitapp.core.visits import PUPILS_MAX
from visitapp.services.surveys import SurveyService
from visitapp.texts import describe
from visitapp.ui.forms import FieldMessage
from visitapp.ui.i18n import current_language


class ShowOfHandsDialog(QDialog):
    """The counts of one visit's phase. With no session for it yet, none is made until counts
    are saved (cancelling leaves the visit as it was)."""

    def __init__(
        self,
        surveys: SurveyService,
        visit_id: str,
        phase: Phase,
        session: SurveySession | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._surveys = surveys
        self._visit_id, self._phase = visit_id, phase
        self.session = session
        self.setWindowTitle(self.tr("Show of hands"))
        self.resize(560, 680)
        if session is None:
            definition = surveys.default_definition(phase)
            current: dict[str, dict[str, int]] = {}
        else:
            definition = surveys.definition(session.definition_id)
            current = surveys.tallies(session.id)
        self._counted_before = set(current)
        language = current_language()
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        intro = QLabel(
            self.tr(
                "Ask each question aloud and count the raised hands. These counts are kept as "
                "a show of hands, apart from the pupils' own answers."
            )
        )
        intro.setWordWrap(True)
        body = QWidget()
        form_layout = QVBoxLayout(body)
        for question in definition.questions if definition else ():
            if not question.is_closed:
                continue
            box = QGroupBox(question.text.get(language))
            rows = QFormLayout(box)
            rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            names = question.option_names(language)
            for option in question.option_ids():
                spin = QSpinBox()
                spin.setRange(0, PUPILS_MAX)
                spin.setFixedWidth(90)
                spin.setValue(current.get(question.id, {}).get(option, 0))
                spin.setAccessibleName(
                    f"{question.text.get(language)} — {names.get(option, option)}"
                )
                self.spins[(question.id, option)] = spin
                rows.addRow(names.get(option, option), spin)
            form_layout.addWidget(box)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.message = FieldMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def counts(self) -> dict[str, dict[str, int]]:
        """The typed counts. A question left at zero everywhere was not asked: it is not kept
        (unless it had counts before, which the zeros then replace)."""
        result: dict[str, dict[str, int]] = {}
        for (question_id, option), spin in self.spins.items():
            result.setdefault(question_id, {})[option] = spin.value()
        return {
            question_id: options
            for question_id, options in result.items()
            if any(options.values()) or question_id in self._counted_before
        }

    def _on_save(self) -> None:
        counts = self.counts()
        try:
            if self.session is not None:
                self._surveys.save_tallies(self.session.id, counts)
            elif counts:
                self.session = self._surveys.save_phase_tallies(self._visit_id, self._phase, counts)
        except ValidationError as error:
            language = current_language()
            self.message.show_message("\n".join(describe(p, language) for p in error.problems))
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        surveys: SurveyService,
        visit_id: str,
        phase: Phase,
        session: SurveySession | None,
        parent: QWidget | None,
    ) -> SurveySession | None:
        """Show the dialog; the session holding the counts once saved, else None."""
        dialog = cls(surveys, visit_id, phase, session, parent)
        return dialog.session if dialog.exec() == QDialog.DialogCode.Accepted else None
