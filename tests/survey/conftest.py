"""A visit with an open survey session, and the pupils' Flask app on top of it."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from visitapp.core.schools import School
from visitapp.core.surveys_sessions import Phase
from visitapp.core.visits import Visit
from visitapp.survey.app import create_app


@pytest.fixture
def visit(services) -> Visit:
    school = services.records.save_school(School("", "Lycée Hélène Boucher"))
    return services.records.save_visit(
        Visit("", school.id, datetime(2026, 11, 23, 10, 0), pupils_present=28, girls_present=13)
    )


@pytest.fixture
def session(services, visit):
    return services.surveys.open_session(visit.id, Phase.BEFORE)


@pytest.fixture
def client(services):
    app = create_app(services.surveys)
    return app.test_client()


def form_ids(html: str) -> dict[str, str]:
    """The hidden one-time id and proof a served form carries."""
    return {
        name: re.search(rf'name="{name}" value="([^"]+)"', html).group(1)
        for name in ("rid", "proof")
    }
