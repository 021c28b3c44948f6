"""Probable duplicate visits: one real visit recorded on two laptops is listed, can be marked as
the same visit, and then counts its pupils once, in this central and in any it is merged into."""

from __future__ import annotations

import pytest
from sync_builders import make_export, open_fresh, school, visit

from visitapp.core.errors import RecordNotFound
from visitapp.storage.migrations import SCHEMA
from visitapp.storage.sync import duplicates, snapshot
from visitapp.storage.sync.merge import merge_file
from visitapp.storage.sync.tables import REGISTRY

A, B, C = (f"{c * 8}-0000-4000-8000-00000000000{i}" for i, c in enumerate("abc", 1))
S1, S2 = "5c000000-0000-4000-8000-000000000001", "5c000000-0000-4000-8000-000000000002"
V_A, V_B, V_C, V_OTHER = (f"71000000-0000-4000-8000-00000000000{i}" for i in range(1, 5))
STAMP = "2026-11-20T12:00:00.000Z"


def laptop(folder, name, origin, *visits):
    rows = {"school": [school(S1, STAMP, origin), school(S2, STAMP, origin, name="Lycée")]}
    rows["visit"] = list(visits)
    return make_export(folder, name, rows, schema=SCHEMA, registry=REGISTRY)


@pytest.fixture
def central(tmp_path):
    store = open_fresh(tmp_path / "central.db", SCHEMA)
    files = [
        laptop(tmp_path, "a.visitapp", A, visit(V_A, STAMP, A, S1, pupils=26, girls=13)),
        laptop(
            tmp_path,
            "b.visitapp",
            B,
            visit(V_B, STAMP, B, S1, starts_at="2026-11-20T10:05", pupils=25, girls=12),
            # Same day and level, other school: not the same visit.
            visit(V_OTHER, STAMP, B, S2, pupils=30, girls=15),
        ),
    ]
    for path in files:
        merge_file(store, path)
    yield store
    store.close()


def counted_pupils(store) -> int:
    return store.db.execute("SELECT sum(pupils_present) FROM visits_counted_once").fetchone()[0]


def test_the_same_visit_from_two_laptops_is_listed(central):
    (group,) = duplicates.probable_duplicates(central)
    assert group.school_name == "Collège Test"
    assert (group.day, group.class_level) == ("2026-11-20", "4e")
    assert set(group.visit_ids) == {V_A, V_B}
    assert {v.device_id for v in group.visits} == {A, B}
    assert not group.marked


def test_two_classes_on_one_laptop_are_not_duplicates(tmp_path):
    store = open_fresh(tmp_path / "central.db", SCHEMA)
    merge_file(
        store,
        laptop(
            tmp_path,
            "a.visitapp",
            A,
            visit(V_A, STAMP, A, S1),
            visit(V_B, STAMP, A, S1, starts_at="2026-11-20T14:00"),
        ),
    )
    assert duplicates.probable_duplicates(store) == []
    store.close()


def test_marking_counts_the_pupils_once_and_can_be_undone(central):
    assert counted_pupils(central) == 26 + 25 + 30
    kept = duplicates.mark_same_visit(central, [V_B, V_A])
    assert kept == min(V_A, V_B)
    assert counted_pupils(central) == 26 + 30
    (group,) = duplicates.probable_duplicates(central)
    assert group.marked
    view = dict(central.db.execute("SELECT visit_id, counted FROM visits_with_schools").fetchall())
    assert view == {V_A: 1, V_B: 0, V_OTHER: 1}
    assert duplicates.unmark_same_visit(central, [V_A]) == 1
    assert counted_pupils(central) == 26 + 25 + 30
    assert not duplicates.probable_duplicates(central)[0].marked


def test_marks_joining_groups_keep_a_single_counted_visit(tmp_path, central):
    merge_file(central, laptop(tmp_path, "c.visitapp", C, visit(V_C, STAMP, C, S1, pupils=24)))
    duplicates.mark_same_visit(central, [V_B, V_C])
    duplicates.mark_same_visit(central, [V_A, V_C])
    assert counted_pupils(central) == 26 + 30
    (group,) = duplicates.probable_duplicates(central)
    assert group.marked and len(group.visits) == 3


def test_marking_an_unknown_visit_is_refused(central):
    with pytest.raises(RecordNotFound):
        duplicates.mark_same_visit(central, [V_A, "no-such-visit"])
    assert counted_pupils(central) == 26 + 25 + 30


def test_marks_travel_to_another_central(tmp_path, central):
    duplicates.mark_same_visit(central, [V_A, V_B])
    snapshot.export(central, tmp_path / "central.visitapp", app_version="t")
    national = open_fresh(tmp_path / "national.db", SCHEMA)
    merge_file(national, tmp_path / "central.visitapp")
    assert counted_pupils(national) == 26 + 30
    national.close()
