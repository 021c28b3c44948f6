"""Show-of-hands entry: counts per option of the closed questions, kept as tallies."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from visitapp.core.surveys_sessions import Phase
from visitapp.ui.survey.hands_dialog import ShowOfHandsDialog


def test_counts_typed_for_closed_questions_are_saved_and_shown_again(services, summary, qtbot):
    session = services.surveys.open_session(summary.visit.id, Phase.BEFORE)
    dialog = ShowOfHandsDialog(services.surveys, session)
    qtbot.addWidget(dialog)
    questions = {question for question, _ in dialog.spins}
    assert "interest" in questions and "subjects" in questions
    assert all(question != "message" for question in questions)  # free text is not counted
    dialog.spins[("interest", "5")].setValue(9)
    dialog.spins[("gender", "no_answer")].setValue(3)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == ShowOfHandsDialog.DialogCode.Accepted
    tallies = services.surveys.tallies(session.id)
    assert tallies["interest"]["5"] == 9 and tallies["gender"]["no_answer"] == 3
    again = ShowOfHandsDialog(services.surveys, session)
    qtbot.addWidget(again)
    assert again.spins[("interest", "5")].value() == 9
