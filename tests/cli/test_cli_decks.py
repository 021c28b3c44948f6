"""`visitapp-cli decks`: the deck library from the command line, errors as sentences."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.services.pptx_fixture import write_pptx
from visitapp.cli import main
from visitapp.paths import resource_path

DEMO = resource_path("decks", "devenir-ingenieur.pdf")


def test_import_list_and_notes(data_dir, tmp_path, capsys):
    assert main(["--data-dir", str(data_dir), "decks", "import", str(DEMO), "--json"]) == 0
    deck = json.loads(capsys.readouterr().out)
    assert (deck["pages"], deck["language"], deck["already_there"]) == (16, "fr", False)
    assert main(["--data-dir", str(data_dir), "--lang", "fr", "decks", "import", str(DEMO)]) == 0
    assert "Déjà dans la bibliothèque" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "decks", "list", "--json"]) == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == [deck["id"]]
    pptx = write_pptx(tmp_path / "deck.pptx", [(f"note {i}", False) for i in range(16)])
    assert main(["--data-dir", str(data_dir), "decks", "notes", deck["id"], str(pptx)]) == 0
    assert "16" in capsys.readouterr().out


def test_a_bad_file_is_a_sentence_on_stderr_and_exit_1(data_dir, tmp_path):
    bad = tmp_path / "slides.pdf"
    bad.write_text("pas un pdf")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "visitapp.cli",
            "--data-dir",
            str(data_dir),
            "--lang",
            "fr",
            "decks",
            "import",
            str(bad),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=60,
    )
    assert result.returncode == 1
    assert "n'est pas un PDF" in result.stderr
    assert "Traceback" not in result.stderr
    assert not any(Path(data_dir, "decks").glob("*.pdf"))
