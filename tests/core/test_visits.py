from datetime import datetime

from visitapp.core.ambassadors import Ambassador, validate_ambassador
from visitapp.core.visits import Visit, validate_visit


def visit(**changes) -> Visit:
    values = dict(id="v", school_id="s", starts_at=datetime(2026, 11, 23, 10, 0))
    values.update(changes)
    return Visit(**values)


def codes(problems):
    return {(p.field, p.code) for p in problems}


def test_a_plain_visit_is_valid():
    assert validate_visit(visit(pupils_present=28, girls_present=14)) == []


def test_upcoming_visit_needs_no_counts():
    assert validate_visit(visit()) == []


def test_more_girls_than_pupils_is_refused_with_the_pupil_count():
    problems = validate_visit(visit(pupils_present=20, girls_present=21))
    assert codes(problems) == {("girls_present", "girls.more_than_pupils")}
    assert problems[0].param("pupils") == 20


def test_girls_without_pupils_asks_for_pupils_first():
    assert codes(validate_visit(visit(girls_present=3))) == {
        ("girls_present", "girls.without_pupils")
    }


def test_out_of_range_values():
    problems = validate_visit(
        visit(pupils_present=-1, duration_minutes=0, school_id="", ambassador_ids=("a", "a"))
    )
    assert codes(problems) == {
        ("pupils_present", "out_of_range"),
        ("duration_minutes", "out_of_range"),
        ("school_id", "required"),
        ("ambassador_ids", "duplicate"),
    }


def test_ambassador_email_is_optional_but_checked():
    assert validate_ambassador(Ambassador("a", "Inès")) == []
    assert codes(validate_ambassador(Ambassador("a", "Inès", email="ines@"))) == {
        ("email", "email.format")
    }
