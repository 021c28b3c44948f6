"""The committed demo deck is what tools/make_demo_deck.py builds from its sources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "resources" / "decks"


def _pages(path: Path) -> list[tuple[tuple[float, float], str]]:
    reader = PdfReader(path)
    return [
        (
            (float(page.mediabox.width), float(page.mediabox.height)),
            " ".join(page.extract_text().split()),
        )
        for page in reader.pages
    ]


@pytest.mark.slow
def test_the_script_rebuilds_the_committed_deck_and_notes(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_demo_deck.py"), "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    built = tmp_path / "devenir-ingenieur.pdf"
    # Same pages, same sizes, same words; the bytes may differ with another Qt or font version.
    assert _pages(built) == _pages(COMMITTED / "devenir-ingenieur.pdf")
    notes = json.loads((tmp_path / "devenir-ingenieur.notes.json").read_text(encoding="utf-8"))
    committed = json.loads((COMMITTED / "devenir-ingenieur.notes.json").read_text("utf-8"))
    assert notes == committed
    assert len(notes["notes"]) == len(_pages(built)) == 16


def test_the_demo_deck_speaks_to_pupils_in_french_with_the_programmes_facts():
    text = " ".join(words for _size, words in _pages(COMMITTED / "devenir-ingenieur.pdf"))
    for fact in ("26 %", "17 %", "37 %", "Centre égalité des chances", "Ambassadrices", "31"):
        assert fact in text
    assert "questionnaire" in _pages(COMMITTED / "devenir-ingenieur.pdf")[-1][1]
