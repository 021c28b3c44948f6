"""The report as JSON for other tools: English snake_case keys, plain numbers (shares in [0, 1]).

A figure hidden by small-cell protection is `null`, and the object holding it lists it under
`suppressed` with the reason ("small_group" or "complementary").
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum

from visitapp import __version__
from visitapp.core.indicators import Hidden, ImpactReport


def _plain(value: object) -> object:
    if isinstance(value, Hidden):  # inside a list (answers per option): say so in place
        return {"suppressed": value.reason.value}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        out: dict[str, object] = {}
        suppressed: dict[str, str] = {}
        for f in fields(value):
            item = getattr(value, f.name)
            if isinstance(item, Hidden):
                out[f.name] = None
                suppressed[f.name] = item.reason.value
            else:
                out[f.name] = _plain(item)
        if suppressed:
            out["suppressed"] = suppressed
        return out
    return value


def impact_dict(report: ImpactReport) -> dict[str, object]:
    chosen = report.report_filter
    data: dict[str, object] = {
        "generator": f"visitapp {__version__}",
        "as_of": _plain(report.as_of),
        "filters": _plain(chosen),
        "min_group_size": report.min_group_size,
    }
    kpis = _plain(report.kpis)
    assert isinstance(kpis, dict)
    data.update(kpis)
    # Each breakdown names its key after what it is ("month": "2026-10", "kind": "forum"…).
    for name, key in _BREAKDOWNS.items():
        rows = _plain(getattr(report, name))
        assert isinstance(rows, list)
        data[name] = [{key: row.pop("key"), **row} for row in rows] if key else rows
    data["survey"] = _plain(report.survey)
    return data


_BREAKDOWNS = {
    "by_month": "month",
    "by_kind": "kind",
    "by_level": "class_level",
    "by_priority": "priority",
    "by_school": "",
    "ambassadors": "",
}


def impact_json(report: ImpactReport) -> bytes:
    text = json.dumps(impact_dict(report), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
