"""The impact page as a coordinator uses it: figures appear, filters recompute, exports land."""

from __future__ import annotations

import csv
import io

import pytest
from indicator_programme import build_programme

from visitapp.core.visits import ClassLevel
from visitapp.ui.dashboard.dashboard_panel import ALL_DATES, DashboardPanel


@pytest.fixture
def panel(qtbot, services):
    programme = build_programme(services)
    widget = DashboardPanel(services)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget._report is not None, timeout=10_000)
    with qtbot.waitSignal(widget.report_ready, timeout=10_000):
        widget.period.setCurrentIndex(widget.period.findData(ALL_DATES))
    widget.programme = programme
    return widget


def test_key_figures_and_charts(panel):
    assert panel.tiles["visits"].value.text() == "5"
    assert panel.tiles["pupils"].value.text() == "155"
    assert panel.tiles["girls"].value.text() == "41.8%"
    assert panel.tiles["priority_visits"].value.text() == "60.0%"
    assert panel.tiles["response_rate"].value.text() == "—"  # no survey in this programme
    assert "1 visit" in panel.tiles["visits"].toolTip()
    reach = panel.reach_view.chart()
    assert [reach.series()[0].barSets()[0].at(i) for i in range(3)] == [30, 101, 24]
    categories = panel.girls_view.chart().axes()[0].categories()
    assert "4e  (< 5)" in categories  # a one-pupil group: no bar, its label says why
    assert not panel.changes.isVisible()
    assert [panel.people.item(r, 0).text() for r in range(panel.people.rowCount())] == [
        "Alice Martin",
        "Bruno Petit",
    ]


def test_filters_recompute_in_the_background(panel, qtbot):
    with qtbot.waitSignal(panel.report_ready, timeout=10_000) as ready:
        panel.level.setCurrentIndex(panel.level.findData(ClassLevel.QUATRIEME.value))
        # no export of the figures shown before while the new ones are computed
        assert not panel.export_button.isEnabled()
    assert panel.export_button.isEnabled()
    assert ready.args[0].kpis.visits == 1
    assert panel.tiles["pupils"].value.text() == "1"
    assert panel.tiles["girls"].value.text() == "< 5"
    with qtbot.waitSignal(panel.report_ready, timeout=10_000):
        panel.level.setCurrentIndex(0)
    with qtbot.waitSignal(panel.report_ready, timeout=10_000):
        panel.ambassador.setCurrentIndex(panel.ambassador.findData(panel.programme.bruno.id))
    assert panel.tiles["pupils"].value.text() == "130"
    assert panel.certificate_button.isEnabled()


def test_threshold_cannot_go_below_three(panel, qtbot, services):
    assert panel.min_group.minimum() == 3
    with qtbot.waitSignal(panel.report_ready, timeout=10_000) as ready:
        panel.min_group.setValue(40)
    assert ready.args[0].min_group_size == 40
    assert services.reports.min_group_size() == 40
    assert panel.tiles["girls"].value.text() == "41.8%"  # 55 pupils ≥ 40


def test_exports_are_written_in_the_background(panel, qtbot, tmp_path):
    target = tmp_path / "impact.csv"
    with qtbot.waitSignal(panel.exported, timeout=20_000):
        panel.export("csv", target)
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["Impact report"]
    pdf = tmp_path / "impact.pdf"
    with qtbot.waitSignal(panel.exported, timeout=20_000):
        panel.export("pdf", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_certificate_from_the_dashboard_and_a_readable_failure(panel, qtbot, tmp_path):
    target = tmp_path / "alice.pdf"
    with qtbot.waitSignal(panel.exported, timeout=20_000):
        panel.export_certificate(panel.programme.alice.id, target)
    assert target.read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(panel.failed, timeout=20_000) as failed:
        panel.export_certificate("nobody", tmp_path / "x.pdf")
    assert "nobody" in failed.args[0]
    assert panel.message.isVisible()


def test_an_empty_selection_says_so(panel, qtbot):
    with qtbot.waitSignal(panel.report_ready, timeout=10_000):
        panel.period.setCurrentIndex(panel.period.findData(0))  # this school year… of 2026-11
    with qtbot.waitSignal(panel.report_ready, timeout=10_000):
        panel.school.setCurrentIndex(panel.school.findData(panel.programme.moulin.id))
        panel.level.setCurrentIndex(panel.level.findData(ClassLevel.TERMINALE.value))
    assert panel.tiles["visits"].value.text() == "0"
    assert panel.empty.isVisible() and not panel.reach_view.isVisible()


def test_a_hidden_dashboard_computes_when_shown_not_at_every_edit(qtbot, services, monkeypatch):
    import visitapp.ui.dashboard.dashboard_panel as module

    runs = []
    real_compute = module._compute
    monkeypatch.setattr(module, "_compute", lambda *a: runs.append(1) or real_compute(*a))
    build_programme(services)
    widget = DashboardPanel(services)
    qtbot.addWidget(widget)
    for _ in range(3):  # edits elsewhere while the page is hidden
        widget.refresh()
    assert runs == [] and widget._report is None
    with qtbot.waitSignal(widget.report_ready, timeout=10_000):
        widget.show()
    assert len(runs) == 1 and widget._report is not None
