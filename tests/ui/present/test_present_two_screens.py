"""Two virtual screens (Qt's offscreen platform can have several, in a process of its own):
slides on the projector, console on the laptop, swap, and a projector unplugged and plugged
back mid-talk without losing the position."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

app = QApplication([])
from visitapp.core.decks import Deck, DeckLanguage
from visitapp.paths import resource_path
from visitapp.ui.present.presentation import Presentation
from visitapp.ui.present.screens import ScreenSource


class Cables(ScreenSource):
    # The real screens, minus those whose cable the test "pulls".
    unplugged = set()

    def screens(self):
        return [s for s in super().screens() if s.name() not in self.unplugged]


def wait(condition):
    for _ in range(500):
        if condition():
            return True
        QTest.qWait(10)
    return False


def where(p):
    return {
        "layout": [p.layout.audience, p.layout.console],
        "audience": [p.audience.screen().name(), p.audience.isFullScreen(), p.audience.geometry().getRect()],
        "console": [p.console.screen().name(), p.console.isVisible()],
        "page": p.state.current,
        "audience_page": p.audience.view.page,
    }


remembered = {}
cables = Cables()
deck = Deck("demo", "Demo", DeckLanguage.FRENCH, 16, "demo.pdf", "0" * 64)
p = Presentation(deck, str(resource_path("decks", "devenir-ingenieur.pdf")), [""] * 16,
                 target_minutes=55, remembered_screens=remembered, screens=cables)
p.start()
out = {"start": where(p)}
wait(lambda: not p.renderer.busy)
out["exact_after_keys"] = []
for _ in range(3):
    QTest.keyClick(p.console, Qt.Key.Key_Right)
    out["exact_after_keys"].append(
        all(v.shows_exact_image() for v in (p.audience.view, p.console.current, p.console.next))
    )
    wait(lambda: not p.renderer.busy)  # the presenter speaks a little before the next key
out["audience_image"] = [p.audience.view.placement(3)[1].width(), p.audience.view.placement(3)[1].height()]
QTest.keyClick(p.console, Qt.Key.Key_S)
out["swapped"] = where(p)
out["remembered"] = dict(remembered)
cables.unplugged = {"projector"}
cables.changed.emit()
out["unplugged"] = where(p)
cables.unplugged = set()
cables.changed.emit()
out["replugged"] = where(p)
QTest.keyClick(p.audience, Qt.Key.Key_Escape)
out["running"] = p.is_running
print(json.dumps(out))
"""

CONFIG = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
        {"name": "projector", "x": 1920, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96},
    ]
}


@pytest.mark.slow
def test_two_screens_swap_and_hot_plug(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(CONFIG))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"},
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    start = out["start"]
    assert start["layout"] == ["projector", "laptop"]
    assert start["audience"] == ["projector", True, [1920, 0, 1024, 768]]
    assert start["console"] == ["laptop", True]
    # Rendered for the projector's exact size, letterboxed 16:9 in 4:3; ready before each key.
    assert out["audience_image"] == [1024, 576]
    assert out["exact_after_keys"] == [True, True, True]
    assert out["swapped"]["layout"] == ["laptop", "projector"]
    assert out["swapped"]["audience"][0] == "laptop" and out["swapped"]["console"][0] == "projector"
    assert list(out["remembered"].values()) == ["laptop"]
    unplugged = out["unplugged"]
    assert unplugged["layout"] == ["laptop", None]
    assert unplugged["audience"][:2] == ["laptop", True]
    assert unplugged["console"][1] is False
    assert unplugged["page"] == unplugged["audience_page"] == 3
    replugged = out["replugged"]
    assert replugged["layout"] == ["laptop", "projector"]  # the swap was remembered
    assert replugged["page"] == 3
    assert out["running"] is False
