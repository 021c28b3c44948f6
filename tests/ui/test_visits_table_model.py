from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from visitapp.ui.visits_table_model import VisitsFilterProxy, VisitsTableModel


def test_model_and_proxy_pass_qt_model_tester(qtmodeltester, demo_services):
    model = VisitsTableModel()
    model.set_visits(demo_services.records.list_visits(), today=date(2026, 11, 23))
    qtmodeltester.check(model)
    proxy = VisitsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(text="marie", start=None, end=None, school_id=None)
    qtmodeltester.check(proxy)


def test_rows_show_what_the_user_typed(demo_services):
    model = VisitsTableModel()
    model.set_visits(demo_services.records.list_visits(), today=date(2026, 11, 23))
    texts = [model.index(r, VisitsTableModel.SCHOOL).data() for r in range(model.rowCount())]
    assert "Collège Marie Curie" in texts
    forum = next(
        r for r in range(model.rowCount()) if model.visit_at(r).visit.pupils_present == 140
    )
    assert model.index(forum, VisitsTableModel.GIRLS).data() == "61"
    # Upcoming visits are coloured, past ones are not.
    upcoming = next(
        r for r in range(model.rowCount()) if model.visit_at(r).visit.pupils_present is None
    )
    assert model.index(upcoming, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(forum, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_sorting_by_pupils_puts_the_forum_first(demo_services):
    model = VisitsTableModel()
    model.set_visits(demo_services.records.list_visits())
    proxy = VisitsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(VisitsTableModel.PUPILS, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, VisitsTableModel.PUPILS).data() == "140"
    proxy.sort(VisitsTableModel.DATE, Qt.SortOrder.AscendingOrder)
    first = proxy.index(0, VisitsTableModel.DATE).data()
    last = proxy.index(proxy.rowCount() - 1, VisitsTableModel.DATE).data()
    day = lambda text: text[6:10] + text[3:5] + text[0:2]  # noqa: E731
    assert day(first) < day(last)


def test_filters_combine_text_dates_and_school(demo_services):
    model = VisitsTableModel()
    summaries = demo_services.records.list_visits()
    model.set_visits(summaries)
    proxy = VisitsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(text="inès curie", start=None, end=None, school_id=None)
    assert proxy.rowCount() == 2  # both visits to Collège Marie Curie with Inès
    curie = summaries[-1].visit.school_id
    proxy.set_filters(text="", start=date(2026, 11, 1), end=None, school_id=curie)
    rows = [
        model.visit_at(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())
    ]
    assert rows and all(
        s.visit.school_id == curie and s.visit.starts_at.date() >= date(2026, 11, 1) for s in rows
    )
