"""Test configuration shared by the whole suite: headless Qt, temporary data, a fixed clock."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen is needed to run the suite.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Tests never read the developer's own data or language.
os.environ.pop("VISITAPP_DATA_DIR", None)

from datetime import UTC, datetime
from pathlib import Path

import pytest

from visitapp.core.clock import FixedClock
from visitapp.services import Services


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
    opened.close()
