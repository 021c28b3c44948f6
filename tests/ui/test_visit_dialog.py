from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from visitapp.core.ambassadors import Ambassador
from visitapp.ui.visit_dialog import UNKNOWN, VisitDialog


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_new_visit_needs_a_school_and_says_so(qtbot, demo_services):
    dialog = VisitDialog(demo_services.records)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not save_button(dialog).isEnabled()
    assert dialog._messages["school_id"].isVisible()
    assert "required" in dialog._messages["school_id"].text()


def test_more_girls_than_pupils_is_explained_under_the_field(qtbot, demo_services):
    dialog = VisitDialog(demo_services.records)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.school.setCurrentIndex(0)
    dialog.pupils.setValue(20)
    dialog.girls.setValue(25)
    message = dialog._messages["girls_present"]
    assert message.isVisible() and "20" in message.text()
    assert not save_button(dialog).isEnabled()
    dialog.girls.setValue(12)
    assert not message.isVisible()
    assert save_button(dialog).isEnabled()


def test_saving_creates_the_visit_with_me_preselected(qtbot, demo_services):
    me = demo_services.records.save_ambassador(Ambassador("", "Léa Dupont", "Télécom Paris"))
    demo_services.records.set_me(me.id)
    before = len(demo_services.records.list_visits())
    dialog = VisitDialog(demo_services.records)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.school.setCurrentIndex(dialog.school.findText("Lycée Ada Lovelace — Alès"))
    dialog.pupils.setValue(31)
    dialog.girls.setValue(16)
    dialog.notes.setPlainText("Très bonne écoute — « super » !")
    save_button(dialog).click()
    saved = dialog.saved_visit
    assert saved is not None
    assert me.id in saved.ambassador_ids
    stored = demo_services.records.get_visit(saved.id)
    assert (stored.pupils_present, stored.girls_present) == (31, 16)
    assert stored.notes == "Très bonne écoute — « super » !"
    assert len(demo_services.records.list_visits()) == before + 1


def test_a_typed_name_that_matches_no_school_is_not_silently_accepted(qtbot, demo_services):
    dialog = VisitDialog(demo_services.records)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.school.setCurrentIndex(0)
    assert save_button(dialog).isEnabled()
    dialog.school.lineEdit().setText("Collège qui n'existe pas")
    dialog.school.lineEdit().textEdited.emit("Collège qui n'existe pas")
    assert not save_button(dialog).isEnabled()


def test_editing_keeps_unknown_counts_unknown(qtbot, demo_services):
    upcoming = next(
        s.visit for s in demo_services.records.list_visits() if s.visit.pupils_present is None
    )
    dialog = VisitDialog(demo_services.records, upcoming)
    qtbot.addWidget(dialog)
    assert dialog.pupils.value() == UNKNOWN
    assert dialog.pupils.text() == "not known yet"
    assert dialog.visit() == upcoming


def test_cancel_saves_nothing(qtbot, demo_services):
    before = demo_services.records.list_visits()
    dialog = VisitDialog(demo_services.records)
    qtbot.addWidget(dialog)
    dialog.school.setCurrentIndex(0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.saved_visit is None
    assert demo_services.records.list_visits() == before
