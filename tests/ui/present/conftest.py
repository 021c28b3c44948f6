from __future__ import annotations

import json

import pytest

from visitapp.core.decks import Deck, DeckLanguage
from visitapp.paths import resource_path

DEMO_PDF = resource_path("decks", "devenir-ingenieur.pdf")

# The offscreen platform cannot raise windows or pass size hints to a window manager; it says
# so once per window. That is the platform, not the presentation.
OFFSCREEN_LIMITS = r"This plugin does not support (raise|propagateSizeHints)\(\)"


class FakeMonotonic:
    """A monotonic clock that moves only when told (no test patches time)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def monotonic() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def demo_deck() -> Deck:
    return Deck("demo", "Demo", DeckLanguage.FRENCH, 16, DEMO_PDF.name, "0" * 64)


@pytest.fixture
def demo_notes() -> list[str]:
    return json.loads(resource_path("decks", "devenir-ingenieur.notes.json").read_text("utf-8"))[
        "notes"
    ]


@pytest.fixture
def start_presentation(qtbot, demo_deck, demo_notes, monotonic):
    """Start the demo deck (extra keyword arguments go to Presentation); ended after the test."""
    from visitapp.ui.present.presentation import Presentation

    started = []

    def start(**extra) -> Presentation:
        shown = Presentation(
            demo_deck,
            str(DEMO_PDF),
            demo_notes,
            target_minutes=55,
            remembered_screens={},
            monotonic=monotonic,
            **extra,
        )
        started.append(shown)
        shown.start()
        qtbot.waitExposed(shown.audience)
        return shown

    yield start
    for shown in started:
        shown.leave()


@pytest.fixture
def presentation(qtbot, start_presentation):
    shown = start_presentation()
    qtbot.waitUntil(lambda: not shown.renderer.busy, timeout=10_000)
    return shown
