"""What differs between the record central kept and the version that came in."""

from __future__ import annotations

from visitapp.core.sync import FieldDifference, record_differences


def test_only_differing_fields_are_listed_in_the_incoming_order():
    kept = {"id": "r1", "updated_at": "a", "channel": "phone", "pair_key": None, "score": 4}
    incoming = {"id": "r1", "updated_at": "b", "score": 5, "channel": "phone", "pair_key": "k"}
    assert record_differences(kept, incoming, ignored=("updated_at",)) == (
        FieldDifference("score", "4", "5"),
        FieldDifference("pair_key", None, "k"),
    )


def test_a_json_object_is_compared_key_by_key():
    kept = {"answers": '{"interest": 4, "gender": "girl"}'}
    incoming = {"answers": '{"interest": 4, "subjects": ["maths"]}'}
    assert record_differences(kept, incoming) == (
        FieldDifference("answers", None, '["maths"]', key="subjects"),
        FieldDifference("answers", "girl", None, key="gender"),
    )


def test_json_written_differently_with_the_same_meaning_is_shown_whole():
    kept = {"answers": '{"interest": 4}'}
    incoming = {"answers": '{"interest":4}'}
    assert record_differences(kept, incoming) == (
        FieldDifference("answers", '{"interest": 4}', '{"interest":4}'),
    )


def test_a_record_central_no_longer_has_shows_every_incoming_value():
    assert record_differences({}, {"id": "r1", "body": "oui", "flag": True}, ("id",)) == (
        FieldDifference("body", None, "oui"),
        FieldDifference("flag", None, "true"),
    )
