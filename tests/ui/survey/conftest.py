"""A visit to survey, seen as the visits page shows it."""

from __future__ import annotations

from datetime import datetime

import pytest

from visitapp.core.schools import School
from visitapp.core.visits import Visit, VisitSummary


@pytest.fixture
def summary(services) -> VisitSummary:
    school = services.records.save_school(School("", "Collège Simone Veil", city="Nantes"))
    visit = services.records.save_visit(
        Visit("", school.id, datetime(2026, 11, 23, 10, 0), pupils_present=2, girls_present=1)
    )
    return next(s for s in services.records.list_visits() if s.visit.id == visit.id)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot resize a top-level window to new size hints and says so as a
    # warning each time a window's content changes size (kiosk, panel): an artefact of the test
    # platform, not of the code, so only that one message is let through here.
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(
                pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
            )
