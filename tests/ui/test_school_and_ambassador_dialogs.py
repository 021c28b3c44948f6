from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from visitapp.core.schools import Priority
from visitapp.ui.ambassador_dialog import AmbassadorDialog
from visitapp.ui.school_dialog import SchoolDialog


def save(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_uai_with_a_wrong_letter_is_flagged_and_not_saved(qtbot, services):
    dialog = SchoolDialog(services.records)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Collège Anne Frank")
    dialog.uai.setText("0932001a")  # lower case is fine, the letter is not
    assert "letter" in dialog._messages["uai"].text()
    assert not save(dialog).isEnabled()
    dialog.uai.setText("0932001v")
    assert not dialog._messages["uai"].isVisible()
    dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.REP_PLUS.value))
    save(dialog).click()
    school = dialog.saved_school
    assert school.uai == "0932001V" and school.priority is Priority.REP_PLUS
    assert services.records.list_schools() == [school]


def test_ambassador_this_is_me(qtbot, services):
    dialog = AmbassadorDialog(services.records)
    qtbot.addWidget(dialog)
    assert dialog.is_me.isChecked()  # the first ambassador on a laptop is usually its owner
    dialog.name.setText("Inès Benali")
    dialog.email.setText("ines@")
    assert not save(dialog).isEnabled()
    dialog.email.setText("ines@mines-ales.fr")
    save(dialog).click()
    assert services.records.me() == dialog.saved_ambassador
