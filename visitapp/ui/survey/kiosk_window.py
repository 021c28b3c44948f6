"""Kiosk mode: the survey as a native form, full screen on the laptop, for classes without phones.

Pupils answer one after another. After each send the form is rebuilt from nothing, so nobody can
go back to the previous pupil's answers; leaving the kiosk asks the ambassador to confirm.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.surveys import Question, QuestionKind
from visitapp.core.surveys_answers import Answer, Answers
from visitapp.core.surveys_sessions import SurveySession
from visitapp.services.surveys import SubmitStatus, SurveyService
from visitapp.texts import describe
from visitapp.ui.forms import FieldMessage
from visitapp.ui.i18n import current_language
from visitapp.ui.survey.results_view import plain_label

THANKS_MS = 2500  # the thank-you screen, then the next pupil's empty form

Reader = Callable[[], Answer | None]


class KioskWindow(QWidget):
    response_stored = Signal(int)  # answers in the session now

    def __init__(
        self, surveys: SurveyService, session: SurveySession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._surveys = surveys
        self._session = session
        self._definition = surveys.definition(session.definition_id)
        self._language = current_language()
        self._leaving = False
        self.thanks_ms = THANKS_MS
        self.readers: dict[str, Reader] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.setObjectName("kioskWindow")
        self.setWindowTitle(self.tr("Survey kiosk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._build()
        self._thanks_timer.timeout.connect(self.next_pupil)
        self.next_pupil()

    def _build(self) -> None:
        title = plain_label(self._definition.title.get(self._language), "kioskTitle")
        note = plain_label(
            self.tr("Anonymous: nobody asks for your name. Questions without * are optional."),
            "kioskNote",
        )
        self.leave_button = QPushButton(self.tr("Leave kiosk"))
        self.leave_button.setObjectName("kioskLeave")
        self.leave_button.clicked.connect(self.close)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.send_button = QPushButton(self.tr("Send my answers"))
        self.send_button.setObjectName("kioskSend")
        self.send_button.clicked.connect(self._on_send_clicked)
        self.form_message = FieldMessage()
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.scroll, 1)
        form_layout.addWidget(self.form_message)
        form_layout.addWidget(self.send_button)

        thanks_page = QWidget()
        thanks_layout = QVBoxLayout(thanks_page)
        thanks = plain_label(self.tr("Thank you!"), "kioskThanks")
        thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        after = plain_label(
            self.tr("Your answers are saved. Next pupil, it is your turn."), "kioskNote"
        )
        after.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next pupil"))
        self.next_button.setObjectName("kioskSend")
        self.next_button.clicked.connect(self.next_pupil)
        thanks_layout.addStretch(1)
        thanks_layout.addWidget(thanks)
        thanks_layout.addWidget(after)
        thanks_layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignCenter)
        thanks_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(thanks_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 30, 60, 30)
        outer.setSpacing(14)
        outer.addLayout(head)
        outer.addWidget(note)
        outer.addWidget(self.pages, 1)

    # -- one pupil's form --------------------------------------------------------------------

    def next_pupil(self) -> None:
        """A brand-new form: the previous pupil's widgets are destroyed, not cleared."""
        self._thanks_timer.stop()
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.readers, self.messages = {}, {}
        body = QWidget()
        body.setObjectName("kioskForm")
        layout = QVBoxLayout(body)
        layout.setSpacing(18)
        for number, question in enumerate(self._definition.questions, start=1):
            layout.addWidget(self._question_box(number, question))
        layout.addStretch(1)
        self.scroll.setWidget(body)
        self.form_message.show_message("")
        self.send_button.setEnabled(True)
        self.pages.setCurrentIndex(0)

    def _question_box(self, number: int, question: Question) -> QWidget:
        box = QFrame()
        box.setObjectName("kioskQuestion")
        layout = QVBoxLayout(box)
        text = f"{number}. {question.text.get(self._language)}" + (
            " *" if question.required else ""
        )
        layout.addWidget(plain_label(text, "kioskQuestionText"))
        message = FieldMessage()
        self.messages[question.id] = message
        layout.addWidget(message)
        if question.kind in (QuestionKind.SINGLE, QuestionKind.SCALE):
            group = QButtonGroup(box)
            row = QHBoxLayout() if question.kind is QuestionKind.SCALE else QVBoxLayout()
            if question.kind is QuestionKind.SCALE:
                row.addWidget(plain_label(question.low.get(self._language), "kioskScaleEnd"))
            names = question.option_names(self._language)
            for option in question.option_ids():
                if question.kind is QuestionKind.SCALE:
                    button: QAbstractButton = QPushButton(option)
                    button.setCheckable(True)
                    button.setObjectName("kioskScale")
                else:
                    button = QRadioButton(names[option])
                button.setProperty("option", option)
                group.addButton(button)
                row.addWidget(button)
            if question.kind is QuestionKind.SCALE:
                row.addWidget(plain_label(question.high.get(self._language), "kioskScaleEnd"))
                row.addStretch(1)
            layout.addLayout(row)

            def read_choice(
                group: QButtonGroup = group, scale: bool = question.kind is QuestionKind.SCALE
            ):
                button = group.checkedButton()
                if button is None:
                    return None
                option = button.property("option")
                return int(option) if scale else option

            self.readers[question.id] = read_choice
        elif question.kind is QuestionKind.MULTIPLE:
            boxes = []
            for option in question.options:
                check = QCheckBox(option.text.get(self._language))
                check.setProperty("option", option.id)
                boxes.append(check)
                layout.addWidget(check)
            self.readers[question.id] = lambda boxes=boxes: (
                [b.property("option") for b in boxes if b.isChecked()] or None
            )
        elif question.kind is QuestionKind.TEXT:
            edit = QPlainTextEdit()
            edit.setFixedHeight(90)
            edit.setPlaceholderText(
                self.tr("Optional, at most %1 characters").replace("%1", str(question.max_length))
            )
            layout.addWidget(edit)
            self.readers[question.id] = lambda edit=edit: (
                edit.toPlainText() if edit.toPlainText().strip() else None
            )
        elif question.kind is QuestionKind.NUMBER:
            line = QLineEdit()
            line.setPlaceholderText(f"{question.minimum} – {question.maximum}")
            layout.addWidget(line)

            def read_number(line: QLineEdit = line) -> Answer | None:
                text = line.text().strip()
                if not text:
                    return None
                try:
                    return int(text)
                except ValueError:
                    return text  # refused by validation, with a message under the field

            self.readers[question.id] = read_number
        return box

    def answers(self) -> Answers:
        answers: Answers = {}
        for question_id, read in self.readers.items():
            value = read()
            if value is not None:
                answers[question_id] = value
        return answers

    def _on_send_clicked(self) -> None:
        self.send_button.setEnabled(False)  # one press, one response
        result = self._surveys.submit_kiosk(self._session.id, self.answers())
        for message in self.messages.values():
            message.show_message("")
        if result.status is SubmitStatus.STORED:
            self.response_stored.emit(result.count)
            self.pages.setCurrentIndex(1)
            self._thanks_timer.start(self.thanks_ms)
            return
        self.send_button.setEnabled(True)
        if result.status is SubmitStatus.INVALID:
            for problem in result.problems:
                target = self.messages.get(problem.field)
                if target is not None:
                    target.show_message(describe(problem, self._language))
            self.form_message.show_message(self.tr("Some answers need another look, see above."))
            # The first question to look at again is brought into view (in form order).
            flagged = next((m for m in self.messages.values() if m.text()), None)
            if flagged is not None:
                self.scroll.ensureWidgetVisible(flagged.parentWidget(), 0, 24)
        else:
            self.form_message.show_message(
                self.tr("This survey is closed: answers can no longer be saved.")
            )

    # -- leaving -----------------------------------------------------------------------------

    def confirm_leave(self) -> bool:
        """Ask the ambassador (tests replace this method to answer for them)."""
        answer = QMessageBox.question(
            self,
            self.tr("Leave kiosk"),
            self.tr("Leave the kiosk? Answers already sent are kept."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def leave(self) -> None:
        """Close without asking (the survey panel closing, or the survey being closed)."""
        self._leaving = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving and not self.confirm_leave():
            event.ignore()
            return
        self._thanks_timer.stop()
        super().closeEvent(event)
