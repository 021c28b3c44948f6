"""What is saved comes back unchanged: generated records round-trip through SQLite."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visitapp.core.ambassadors import Ambassador
from visitapp.core.ids import new_id
from visitapp.core.schools import Priority, School, SchoolKind, Sector
from visitapp.core.visits import ClassLevel, Visit, VisitKind
from visitapp.storage.database import open_store
from visitapp.storage.repository import Repository

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)

schools = st.builds(
    School,
    id=st.uuids().map(str),
    name=text.filter(str.strip),
    city=text,
    postcode=st.sampled_from(["", "75005", "2A004"]),
    uai=st.sampled_from(["", "0750655E"]),
    kind=st.sampled_from(SchoolKind),
    priority=st.sampled_from(Priority),
    sector=st.sampled_from(Sector),
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(school=schools, edits=st.lists(schools, max_size=3))
def test_school_round_trip_through_edits(tmp_path_factory, clock, school, edits):
    store = open_store(tmp_path_factory.mktemp("db") / "v.db", clock)
    repo = Repository(store)
    repo.save_school(school)
    assert repo.get_school(school.id) == school
    for edit in edits:
        changed = School(**{**{f: getattr(edit, f) for f in School.__slots__}, "id": school.id})
        repo.save_school(changed)
        assert repo.get_school(school.id) == changed
    store.close()


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    starts_at=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    kind=st.sampled_from(VisitKind),
    level=st.sampled_from(ClassLevel),
    pupils=st.none() | st.integers(0, 2000),
    notes=text,
    team=st.lists(st.booleans(), min_size=3, max_size=3),
)
def test_visit_round_trip(tmp_path_factory, clock, starts_at, kind, level, pupils, notes, team):
    store = open_store(tmp_path_factory.mktemp("db") / "v.db", clock)
    repo = Repository(store)
    school = School(new_id(), "Collège")
    repo.save_school(school)
    people = [Ambassador(new_id(), name) for name in ("Ada", "Bea", "Cyril")]
    for person in people:
        repo.save_ambassador(person)
    visit = Visit(
        id=new_id(),
        school_id=school.id,
        starts_at=starts_at,
        kind=kind,
        class_level=level,
        pupils_present=pupils,
        girls_present=None if pupils is None else pupils // 2,
        ambassador_ids=tuple(p.id for p, on in zip(people, team, strict=True) if on),
        notes=notes,
    )
    repo.save_visit(visit)
    assert repo.get_visit(visit.id) == visit
    store.close()
