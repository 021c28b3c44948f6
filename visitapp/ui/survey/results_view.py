"""The answers of one session, question by question: a bar per option, free texts as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.surveys import QuestionKind, SurveyDefinition
from visitapp.core.surveys_sessions import SessionResults
from visitapp.ui.i18n import current_language


def plain_label(text: str, name: str = "") -> QLabel:
    """Pupils' words are shown exactly as typed, never interpreted as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class ResultsView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.free_texts: list[QLabel] = []
        self.show_empty(self.tr("Open a survey to see its answers here."))

    def _clear(self) -> None:
        """A fresh page each time (the scroll area deletes the previous one)."""
        position = self.verticalScrollBar().value()
        self._body = QWidget()
        self._body.setObjectName("surveyResults")
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(0, 0, 8, 0)
        self._layout.setSpacing(14)
        # Wrapped labels make the layout height-for-width, which QScrollArea does not honour:
        # pin the page's minimum to what its cards need, so it scrolls instead of squeezing.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setWidget(self._body)
        self.verticalScrollBar().setValue(position)
        self.free_texts = []

    def show_empty(self, text: str) -> None:
        self._clear()
        label = plain_label(text, "emptyState")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(label, 1)

    def show_results(self, results: SessionResults, definition: SurveyDefinition) -> None:
        self._clear()
        language = current_language()
        for question in definition.questions:
            item = results.question(question.id)
            if item is None:
                continue
            box = QFrame()
            box.setObjectName("resultCard")
            # Cards keep their natural height; the page scrolls instead of squeezing them.
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(12, 10, 12, 10)
            layout.setSpacing(6)
            layout.addWidget(plain_label(question.text.get(language), "resultQuestion"))
            answered = self.tr("%n answer(s)", "", item.answered)
            layout.addWidget(plain_label(answered, "resultCount"))
            if question.is_closed:
                grid = QGridLayout()
                grid.setHorizontalSpacing(10)
                grid.setVerticalSpacing(4)
                names = question.option_names(language)
                # The bars share out the whole class: phones' answers and raised hands. Hands
                # are named only for a question that was asked aloud.
                hands = item.tallies if any(item.tallies.values()) else {}
                total = max(1, sum(item.counts.values()) + sum(hands.values()))
                for row, option in enumerate(question.option_ids()):
                    grid.addWidget(plain_label(names.get(option, option)), row, 0)
                    bar = QProgressBar()
                    bar.setRange(0, total)
                    bar.setValue(item.counts.get(option, 0) + hands.get(option, 0))
                    bar.setTextVisible(False)
                    bar.setFixedHeight(14)
                    grid.addWidget(bar, row, 1)
                    count = str(item.counts.get(option, 0))
                    if hands:
                        count += "  " + self.tr("(hands: %1)").replace(
                            "%1", str(hands.get(option, 0))
                        )
                    grid.addWidget(plain_label(count), row, 2)
                grid.setColumnStretch(0, 2)
                grid.setColumnStretch(1, 3)
                layout.addLayout(grid)
            elif question.kind is QuestionKind.NUMBER and item.numbers:
                layout.addWidget(plain_label(", ".join(map(str, item.numbers))))
            for text in item.texts:
                label = plain_label(f"“{text}”", "freeText")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.free_texts.append(label)
                layout.addWidget(label)
            self._layout.addWidget(box)
        self._layout.addStretch(1)
