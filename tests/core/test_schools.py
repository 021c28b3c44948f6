from hypothesis import given
from hypothesis import strategies as st

from visitapp.core.schools import (
    School,
    school_id_for_uai,
    uai_check_letter,
    uai_problem,
    validate_school,
)


def codes(problems):
    return {(p.field, p.code) for p in problems}


def test_real_uai_codes_are_accepted():
    # Lycée Louis-le-Grand and Lycée Henri-IV, from the national directory.
    assert uai_problem("0750655E") is None
    assert uai_problem("0750654D") is None


def test_wrong_check_letter_is_named_as_such():
    assert uai_problem("0750655F") == "uai.check_letter"


def test_malformed_uai_is_a_format_problem():
    for text in ("750655E", "0750655", "07506551", "0750655e", "ABCDEFGH"):
        assert uai_problem(text) == "uai.format"


@given(st.from_regex(r"\A\d{7}\Z"))
def test_every_seven_digits_have_exactly_one_valid_letter(digits):
    valid = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if uai_problem(digits + c) is None]
    assert valid == [uai_check_letter(digits)]


def test_school_needs_a_name_and_checks_its_codes():
    school = School(id="", name=" ", uai="0750655F", postcode="7500")
    assert codes(validate_school(school)) == {
        ("name", "required"),
        ("uai", "uai.check_letter"),
        ("postcode", "postcode.format"),
    }


def test_corsican_postcodes_are_valid():
    assert validate_school(School(id="", name="Collège", postcode="20000")) == []
    assert validate_school(School(id="", name="Collège", postcode="2A004")) == []


def test_same_uai_gives_same_id_on_every_laptop():
    assert school_id_for_uai("0750655E") == school_id_for_uai(" 0750655e ")
    assert school_id_for_uai("0750655E") != school_id_for_uai("0750654D")
