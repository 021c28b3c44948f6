"""Reviewing probable duplicate visits: the group is listed, marked as one visit (its pupils then
count once), and the mark can be undone."""

from __future__ import annotations

import sqlite3

import pytest

from visitapp.ui.sync.duplicates_dialog import DuplicatesDialog


def counted_pupils(services) -> int:
    conn = sqlite3.connect(services.database_path)
    try:
        return conn.execute("SELECT sum(pupils_present) FROM visits_counted_once").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def central(services, laptop_exports):
    services.sync.merge_files(laptop_exports())
    return services


def test_a_visit_recorded_on_two_laptops_is_marked_and_counted_once(qtbot, central):
    dialog = DuplicatesDialog(central.sync)
    qtbot.addWidget(dialog)
    dialog.show()
    head = dialog.tree.topLevelItem(0)
    assert head.text(0).startswith("Collège")
    assert head.text(0).endswith("— 3e — counted 2 times")
    assert dialog.tree.topLevelItemCount() == 3  # the group and its two visits
    assert {dialog.tree.topLevelItem(i).text(1) for i in (1, 2)} == {"26", "25"}
    before = counted_pupils(central)
    assert dialog.mark_button.isEnabled() and not dialog.unmark_button.isEnabled()
    with qtbot.waitSignal(dialog.marks_changed, timeout=10_000):
        dialog.mark_button.click()
    assert "counted once" in dialog.tree.topLevelItem(0).text(0)
    statuses = sorted(dialog.tree.topLevelItem(i).text(5) for i in (1, 2))
    assert statuses == ["counted", "not counted"]
    not_counted = next(
        int(dialog.tree.topLevelItem(i).text(1))
        for i in (1, 2)
        if dialog.tree.topLevelItem(i).text(5) == "not counted"
    )
    assert counted_pupils(central) == before - not_counted
    assert not dialog.mark_button.isEnabled() and dialog.unmark_button.isEnabled()
    with qtbot.waitSignal(dialog.marks_changed, timeout=10_000):
        dialog.unmark_button.click()
    assert counted_pupils(central) == before
    assert "counted 2 times" in dialog.tree.topLevelItem(0).text(0)


def test_no_duplicates_says_so(qtbot, services):
    dialog = DuplicatesDialog(services.sync)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tree.isHidden() and dialog.empty.isVisible()
    assert not dialog.mark_button.isEnabled()
