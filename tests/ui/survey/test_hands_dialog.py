"""Show-of-hands entry: counts per option of the closed questions, kept as tallies."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar

from visitapp.core.surveys_sessions import Phase
from visitapp.ui.survey.hands_dialog import ShowOfHandsDialog
from visitapp.ui.survey.results_view import ResultsView


def press(dialog: ShowOfHandsDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.findChild(QDialogButtonBox).button(button).click()


def test_counts_typed_for_closed_questions_are_saved_and_shown_again(services, summary, qtbot):
    session = services.surveys.open_session(summary.visit.id, Phase.BEFORE)
    dialog = ShowOfHandsDialog(services.surveys, summary.visit.id, Phase.BEFORE, session)
    qtbot.addWidget(dialog)
    questions = {question for question, _ in dialog.spins}
    assert "interest" in questions and "subjects" in questions
    assert all(question != "message" for question in questions)  # free text is not counted
    dialog.spins[("interest", "5")].setValue(9)
    dialog.spins[("gender", "no_answer")].setValue(3)
    press(dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.result() == ShowOfHandsDialog.DialogCode.Accepted
    tallies = services.surveys.tallies(session.id)
    assert tallies["interest"]["5"] == 9 and tallies["gender"]["no_answer"] == 3
    # Questions left at zero were not asked aloud: nothing is kept for them.
    assert set(tallies) == {"interest", "gender"}
    again = ShowOfHandsDialog(services.surveys, summary.visit.id, Phase.BEFORE, session)
    qtbot.addWidget(again)
    assert again.spins[("interest", "5")].value() == 9
    again.spins[("interest", "5")].setValue(0)  # counted by mistake: put back to zero
    press(again, QDialogButtonBox.StandardButton.Save)
    assert services.surveys.tallies(session.id)["interest"]["5"] == 0


def test_a_phase_never_opened_gets_a_session_only_when_counts_are_saved(services, summary, qtbot):
    visit_id = summary.visit.id
    cancelled = ShowOfHandsDialog(services.surveys, visit_id, Phase.OTHER, None)
    qtbot.addWidget(cancelled)
    cancelled.spins[("interest", "4")].setValue(5)
    press(cancelled, QDialogButtonBox.StandardButton.Cancel)
    empty = ShowOfHandsDialog(services.surveys, visit_id, Phase.OTHER, None)
    qtbot.addWidget(empty)
    press(empty, QDialogButtonBox.StandardButton.Save)  # nothing typed
    assert services.surveys.sessions_of_visit(visit_id) == []
    saved = ShowOfHandsDialog(services.surveys, visit_id, Phase.OTHER, None)
    qtbot.addWidget(saved)
    saved.spins[("interest", "4")].setValue(5)
    press(saved, QDialogButtonBox.StandardButton.Save)
    [session] = services.surveys.sessions_of_visit(visit_id)
    assert session.phase is Phase.OTHER and not session.is_open and saved.session == session
    assert services.surveys.tallies(session.id) == {"interest": {o: 0 for o in "1235"} | {"4": 5}}


def test_results_share_out_answers_and_hands_and_name_hands_only_where_counted(
    services, summary, qtbot
):
    session = services.surveys.open_session(summary.visit.id, Phase.BEFORE)
    definition = services.surveys.definition(session.definition_id)
    for interest in ("2", "4"):  # two phones
        rid, proof = services.surveys.mint_response_id(session.id)
        form = {"rid": [rid], "proof": [proof], "q_interest": [interest], "q_girls_too": ["4"]}
        assert services.surveys.submit_form(session.token, form).thanked
    services.surveys.save_tallies(session.id, {"interest": {"4": 6, "5": 2}})  # eight hands
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_results(services.surveys.results(session.id), definition)
    counted = [label.text() for label in view.findChildren(QLabel) if "hands" in label.text()]
    assert counted == [
        "0  (hands: 0)",
        "1  (hands: 0)",
        "0  (hands: 0)",
        "1  (hands: 6)",
        "0  (hands: 2)",
    ]  # interest only: the other questions were not asked
    interest = [bar.value() for bar in view.findChildren(QProgressBar) if bar.maximum() == 10]
    assert interest == [0, 1, 0, 7, 2]  # out of the whole class: 2 phones + 8 hands
    girls_too = [bar.value() for bar in view.findChildren(QProgressBar) if bar.maximum() == 2]
    assert girls_too == [0, 0, 0, 2, 0]  # phones only
