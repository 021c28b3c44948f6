"""The French translation is complete and built; English plural forms exist."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_ui_string_is_translated_and_the_qm_files_are_fresh():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_message_code_has_both_languages():
    from visitapp.texts import MESSAGES

    for code, (english, french) in MESSAGES.items():
        assert english.strip() and french.strip(), code
        assert english != french or code in {"error"}, code
