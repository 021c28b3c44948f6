"""A report with hostile names in it: every export must keep them as inert text."""

from __future__ import annotations

from datetime import datetime

import pytest
from indicator_programme import PAYLOADS, build_programme

from visitapp.core.ambassadors import Ambassador
from visitapp.core.schools import School
from visitapp.core.visits import ClassLevel, Visit


@pytest.fixture
def programme(services):
    built = build_programme(services)
    people = [
        services.records.save_ambassador(Ambassador("", payload, "<b>École</b> & Co"))
        for payload in PAYLOADS
    ]
    school = services.records.save_school(School("", PAYLOADS[0], "<script>x</script>"))
    services.records.save_visit(
        Visit(
            "",
            school.id,
            datetime(2026, 11, 2, 10, 0),
            class_level=ClassLevel.CINQUIEME,
            pupils_present=26,
            girls_present=13,
            ambassador_ids=tuple(p.id for p in people),
        )
    )
    return built


@pytest.fixture
def report(services, programme):
    return services.reports.impact()
