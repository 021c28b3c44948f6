from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from visitapp.settings import Settings
from visitapp.ui.visit_dialog import VisitDialog


def test_sections_are_listed_and_reachable(window, qtbot):
    names = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert names[:3] == ["Visits", "Schools", "Ambassadors"]
    window.page_actions[1].trigger()
    assert window.pages.currentWidget() is window.schools_panel
    assert window.schools_panel.model.rowCount() == 6


def test_delete_then_undo_from_the_status_bar(window, qtbot):
    panel = window.visits_panel
    total = panel.model.rowCount()
    panel.table.selectRow(0)
    victim = panel.current_visit().visit.id
    panel.delete_action.trigger()
    assert panel.model.rowCount() == total - 1
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == total
    assert panel.model.row_of(victim) >= 0
    window.redo_action.trigger()
    assert panel.model.row_of(victim) < 0


def test_new_visit_through_the_editor_appears_selected(window, qtbot, monkeypatch, demo_services):
    school = demo_services.records.list_schools()[0]
    from datetime import datetime

    from visitapp.core.visits import Visit

    def fake_edit(records, visit=None, parent=None):
        return records.save_visit(Visit("", school.id, datetime(2027, 1, 12, 10, 0)))

    monkeypatch.setattr(VisitDialog, "edit", staticmethod(fake_edit))
    window.visits_panel.new_action.trigger()
    current = window.visits_panel.current_visit()
    assert current.visit.starts_at == datetime(2027, 1, 12, 10, 0)
    assert "10 visits" in window.visits_panel.summary.text()


def test_search_field_filters_and_reports_counts(window, qtbot):
    panel = window.visits_panel
    qtbot.keyClicks(panel.search, "Roubaix")
    assert panel.proxy.rowCount() == 2
    assert "2 visits shown of 9" in panel.summary.text()
    panel.search.clear()
    qtbot.keyClicks(panel.search, "zzzz")
    assert panel.empty.isVisible() and not panel.table.isVisible()


def test_window_geometry_is_remembered(qtbot, demo_services):
    from visitapp.ui.main_window import MainWindow

    settings = Settings()
    first = MainWindow(demo_services, settings)
    qtbot.addWidget(first)
    first.resize(1111, 777)
    first.show()
    first.close()
    assert settings.window_geometry
    second = MainWindow(demo_services, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1111, 777)


def test_french_interface(qtbot, demo_services):
    from visitapp.ui.i18n import install_translators
    from visitapp.ui.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translators(app, "fr")
    try:
        window = MainWindow(demo_services, Settings())
        qtbot.addWidget(window)
        assert window.navigation.item(1).text() == "Établissements"
        model = window.visits_panel.model
        assert model.headerData(1, Qt.Orientation.Horizontal) == "Établissement"
        assert "9 visites" in window.visits_panel.summary.text()
        levels = {model.index(r, model.LEVEL).data() for r in range(model.rowCount())}
        assert "Terminale" in levels
        kinds = {model.index(r, model.KIND).data() for r in range(model.rowCount())}
        assert "Forum ou salon" in kinds
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "en")


def test_language_choice_is_kept_for_next_start(window):
    window.language_actions["fr"].trigger()
    assert window.settings.language == "fr"
    assert "next time" in window.statusBar().currentMessage()
