from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from visitapp.paths import resource_path
from visitapp.ui.import_report_dialog import ImportReportDialog


def test_import_from_the_schools_page_reports_and_refreshes(window, qtbot, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(
        ImportReportDialog,
        "show_report",
        classmethod(lambda cls, report, name, parent: shown.append((report, name))),
    )
    panel = window.schools_panel
    csv = tmp_path / "liste.csv"
    csv.write_bytes(
        resource_path("samples", "annuaire-education-extrait.csv").read_bytes()
        + "0750655X;Lycée Cassé;Lycée;Public;1 rue;75005;75005;Paris;;Académie\n".encode()
    )
    panel.import_file(csv)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    report, name = shown[0]
    assert name == "liste.csv"
    assert report.created == 11
    assert [(p.line, p.problem.code) for p in report.problems] == [(14, "uai.check_letter")]
    assert panel.model.rowCount() == 6 + 11
    # The visits page's school filter lists the new schools too.
    assert window.visits_panel.school_filter.findText("Collège Pablo Neruda") >= 0


def test_import_report_dialog_lists_skipped_lines(qtbot, services):
    from visitapp.services.school_import import ImportReport

    data = b"Nom;UAI\nA;0750655X\n"
    report = services.school_import.import_bytes(data)
    assert isinstance(report, ImportReport)
    dialog = ImportReportDialog(report, "x.csv")
    qtbot.addWidget(dialog)
    assert "line 2" in dialog.details.toPlainText()
    assert "0 schools added" in dialog.counts.text()


def test_a_school_with_visits_cannot_be_deleted(window, qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    panel = window.schools_panel
    panel.search.setText("Marie Curie")
    panel.table.selectRow(0)
    panel.delete_action.trigger()
    assert told and "2 visit" in told[0]
    assert panel.model.rowCount() == 6


def test_this_is_me_marks_the_ambassador_and_the_sidebar_says_so(window, qtbot):
    panel = window.ambassadors_panel
    panel.table.selectRow(0)
    person = panel.current_ambassador()
    assert panel.me_action.isEnabled()
    panel.me_action.trigger()
    assert window.services.records.me() == person
    assert not panel.me_action.isEnabled()
    assert person.name in window.device_label.text()
    names = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert f"{person.name} (me)" in names
