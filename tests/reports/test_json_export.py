"""The JSON export: English snake_case keys, hidden figures null and listed as suppressed."""

from __future__ import annotations

import json
import re

from visitapp.reports.json_export import impact_json


def _keys(value, found):
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(key)
            _keys(item, found)
    elif isinstance(value, list):
        for item in value:
            _keys(item, found)
    return found


def test_keys_and_values(report):
    data = json.loads(impact_json(report))
    assert data["visits"] == 6
    assert data["pupils_reached"] == 181
    assert round(data["girls_share"], 4) == round(36 / 81, 4)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", key) for key in _keys(data, set()))
    levels = {row["class_level"]: row for row in data["by_level"]}
    assert levels["4e"]["girls_share"] is None
    assert levels["4e"]["suppressed"] == {"girls_share": "small_group"}
    assert levels["3e"]["girls_share"] == 0.4 and "suppressed" not in levels["3e"]
    assert [m["month"] for m in data["by_month"]] == ["2026-09", "2026-10", "2026-11"]
    assert {"ambassador_id", "name", "visits", "hours", "pupils"} <= set(data["ambassadors"][0])
