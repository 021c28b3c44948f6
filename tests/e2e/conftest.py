"""Real-browser tests: Debian's Chromium driven by Playwright, against the real survey server.

They skip, with the reason shown in the test summary, where Chromium or Playwright is missing
(`.ci/run` installs Chromium, so CI runs them).
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from visitapp.core.schools import School
from visitapp.core.surveys_sessions import Phase
from visitapp.core.visits import Visit
from visitapp.survey.server import SurveyServer

# The Debian launcher script works too, but the binary behind it starts without the script's
# shell checks; both are Debian's own Chromium (Playwright never downloads a browser here).
CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
    "user_agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36",
}


def chromium_path() -> str | None:
    for candidate in CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        pytest.skip("Chromium is not installed (apt-get install chromium): browser tests skipped")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install -e '.[test]'): browser tests skipped")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True, args=["--no-sandbox"]
        )
        yield launched
        launched.close()


@pytest.fixture
def visit(services) -> Visit:
    school = services.records.save_school(School("", "Lycée Émilie du Châtelet"))
    return services.records.save_visit(
        Visit("", school.id, datetime(2026, 11, 23, 10, 0), pupils_present=30, girls_present=16)
    )


@pytest.fixture
def server(services):
    running = SurveyServer(services.surveys, "127.0.0.1", 0)
    running.start()
    yield running
    running.stop()


@pytest.fixture
def before(services, visit):
    return services.surveys.open_session(visit.id, Phase.BEFORE)


@pytest.fixture
def after(services, visit):
    return services.surveys.open_session(visit.id, Phase.AFTER)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = str(Path(__file__).parent)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.e2e)
