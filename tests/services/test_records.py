"""Saving, validating, deleting and restoring the foundation records through the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from visitapp.core.ambassadors import Ambassador
from visitapp.core.problems import ValidationError
from visitapp.core.schools import Priority, School
from visitapp.core.visits import Visit
from visitapp.services import Services


def make_school(services, **changes) -> School:
    values = dict(
        id="",
        name="Collège Pablo Neruda",
        city="Aubervilliers",
        postcode="93300",
        uai="0932001V",
        priority=Priority.REP_PLUS,
    )
    values.update(changes)
    return services.records.save_school(School(**values))


def test_saved_school_comes_back_with_an_id_derived_from_its_uai(services):
    school = make_school(services)
    assert services.records.get_school(school.id) == school
    assert services.records.list_schools() == [school]


def test_invalid_school_is_not_saved(services):
    with pytest.raises(ValidationError) as error:
        make_school(services, uai="0932001A")
    assert [p.code for p in error.value.problems] == ["uai.check_letter"]
    assert services.records.list_schools() == []


def test_two_schools_cannot_share_a_uai(services):
    make_school(services)
    with pytest.raises(ValidationError) as error:
        services.records.save_school(School(id="", name="Autre", uai="0932001V"))
    assert error.value.problems[0].code == "uai.duplicate"


def test_visit_round_trip_with_ambassadors(services):
    school = make_school(services)
    ines = services.records.save_ambassador(Ambassador("", "Inès", "IMT Mines Alès"))
    hugo = services.records.save_ambassador(Ambassador("", "Hugo", "Mines Saint-Étienne"))
    visit = services.records.save_visit(
        Visit(
            "",
            school.id,
            datetime(2026, 11, 24, 9, 0),
            pupils_present=28,
            girls_present=15,
            ambassador_ids=(ines.id, hugo.id),
        )
    )
    loaded = services.records.get_visit(visit.id)
    assert loaded.pupils_present == 28
    assert set(loaded.ambassador_ids) == {ines.id, hugo.id}
    # Removing an ambassador from the visit leaves a tombstone on the link, not a gap.
    services.records.save_visit(replace(visit, ambassador_ids=(ines.id,)))
    assert services.records.get_visit(visit.id).ambassador_ids == (ines.id,)
    summary = services.records.list_visits()[0]
    assert summary.school_name == "Collège Pablo Neruda"
    assert summary.school_is_priority
    assert summary.ambassador_names == ("Inès",)


def test_visit_with_more_girls_than_pupils_is_not_saved(services):
    school = make_school(services)
    with pytest.raises(ValidationError):
        services.records.save_visit(
            Visit("", school.id, datetime(2026, 11, 24, 9), pupils_present=10, girls_present=11)
        )
    assert services.records.list_visits() == []


def test_delete_is_a_tombstone_that_can_be_undone(services, clock):
    school = make_school(services)
    visit = services.records.save_visit(Visit("", school.id, datetime(2026, 11, 24, 9)))
    clock.advance(seconds=1)
    services.records.delete_visit(visit.id)
    assert services.records.list_visits() == []
    row = (
        services.storage.store()
        .db.execute("SELECT deleted, updated_at FROM visit WHERE id = ?", [visit.id])
        .fetchone()
    )
    assert row == (1, "2026-11-23T09:30:01.000Z")
    services.records.restore_visit(visit.id)
    assert [s.visit.id for s in services.records.list_visits()] == [visit.id]


def test_a_school_with_visits_cannot_be_deleted(services):
    school = make_school(services)
    services.records.save_visit(Visit("", school.id, datetime(2026, 11, 24, 9)))
    with pytest.raises(ValidationError) as error:
        services.records.delete_school(school.id)
    assert error.value.problems[0].code == "school.has_visits"


def test_updated_at_always_grows_even_when_the_clock_goes_back(services, clock):
    school = make_school(services)
    clock.advance(hours=-5)  # the laptop's clock was set back
    services.records.save_school(replace(school, city="Pantin"))
    stamps = (
        services.storage.store().db.execute("SELECT created_at, updated_at FROM school").fetchone()
    )
    assert stamps[1] > stamps[0]


def test_me_is_remembered_and_forgotten_with_the_ambassador(services):
    ines = services.records.save_ambassador(Ambassador("", "Inès"))
    services.records.set_me(ines.id)
    assert services.records.me() == ines
    services.records.delete_ambassador(ines.id)
    assert services.records.me() is None


def test_demo_is_idempotent_and_does_not_resurrect_deleted_records(services):
    first = services.demo.seed(date(2026, 11, 23))
    assert first.created > 0 and first.already_there == 0
    visit_id = services.records.list_visits()[0].visit.id
    services.records.delete_visit(visit_id)
    second = services.demo.seed(date(2026, 11, 23))
    assert second.created == 0
    assert visit_id not in {s.visit.id for s in services.records.list_visits()}


def test_demo_ids_are_the_same_on_every_laptop(tmp_path, clock):
    ids = []
    for name in ("a", "b"):
        opened = Services.open(tmp_path / f"{name}.db", clock)
        opened.demo.seed(date(2026, 11, 23))
        ids.append({s.visit.id for s in opened.records.list_visits()})
        assert opened.device_id
        opened.close()
    assert ids[0] == ids[1]
