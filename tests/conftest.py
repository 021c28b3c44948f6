"""Test configuration shared by the whole suite: headless Qt, temporary data, a fixed clock."""

from __future__ import annotations

import os
from pathlib import Path

# Before anything imports Qt: no screen is needed to run the suite. The offscreen platform gets
# a laptop-sized virtual screen (its default is 800×800, smaller than the main window).
_SCREENS = Path(__file__).with_name("offscreen-screens.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREENS}")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Tests never read the developer's own data or language.
os.environ.pop("VISITAPP_DATA_DIR", None)

from datetime import UTC, datetime

import pytest
from hypothesis import settings

from visitapp.core.clock import FixedClock
from visitapp.services import Services

# No time limit per example: speed belongs to `make bench`. Hypothesis's default deadline (200 ms)
# failed a storage property test on a loaded machine (each example opens a database and syncs it).
settings.register_profile("visitapp", deadline=None)
settings.load_profile("visitapp")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 9, 30, tzinfo=UTC))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def services(data_dir: Path, clock: FixedClock):
    opened = Services.open(data_dir / "visitapp.db", clock)
    yield opened
    # A page may have left a background read running: let it end before the database closes.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)
    opened.close()


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """Install the interface language as the app does at start-up (English, with its plurals)."""
    from visitapp.ui.i18n import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
