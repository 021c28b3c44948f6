"""visitapp-cli as a user runs it: exit codes, JSON output, readable errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from visitapp.cli import main
from visitapp.paths import resource_path


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "visitapp.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=60,
    )


def test_demo_then_visits_json(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "visits", "--json"]) == 0
    visits = json.loads(capsys.readouterr().out)
    assert len(visits) == 9
    first = visits[0]
    assert {
        "id",
        "school",
        "starts_at",
        "class_level",
        "pupils_present",
        "girls_present",
        "ambassadors",
    } <= set(first)
    assert any(v["priority_education"] for v in visits)


def test_demo_first_run_only_seeds_once(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo", "--first-run"]) == 0
    assert "19" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "demo", "--first-run"]) == 0
    assert capsys.readouterr().out == ""


def test_shared_options_are_accepted_after_the_command(data_dir, capsys):
    assert main(["demo", "--data-dir", str(data_dir), "--lang", "fr"]) == 0
    assert "Programme de démonstration" in capsys.readouterr().out


def test_data_dir_from_the_environment(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("VISITAPP_DATA_DIR", str(data_dir))
    assert main(["demo"]) == 0
    assert (data_dir / "visitapp.db").exists()


def test_schools_import_reports_in_json(data_dir, capsys):
    sample = resource_path("samples", "annuaire-education-extrait.csv")
    assert main(["--data-dir", str(data_dir), "schools", "import", str(sample), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["created"] == 11 and report["problems"] == []


def test_schools_import_with_mapping_and_line_numbers(data_dir, tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_text("Établissement;Code\nLycée Pierre Termier;0380033E\nSans code;123\n", "utf-8")
    code = main(
        [
            "--data-dir",
            str(data_dir),
            "--lang",
            "fr",
            "schools",
            "import",
            str(path),
            "--map",
            "name=Établissement",
            "--map",
            "uai=Code",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "1 établissements ajoutés" in out
    assert "ligne 3" in out and "UAI" in out


def test_bad_mapping_is_a_usage_error(data_dir, tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_text("a;b\n", "utf-8")
    assert main(["--data-dir", str(data_dir), "schools", "import", str(path), "--map", "x"]) == 2


@pytest.mark.slow
def test_a_foreign_database_gives_a_sentence_not_a_traceback(data_dir):
    (data_dir / "visitapp.db").write_text("not a database")
    result = run(data_dir, "--lang", "fr", "visits")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "n'est pas une base visitapp" in result.stderr


@pytest.mark.slow
def test_a_missing_import_file_is_explained(data_dir):
    result = run(data_dir, "schools", "import", str(data_dir / "nope.csv"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "cannot be read" in result.stderr


@pytest.mark.slow
def test_usage_errors_exit_with_2(data_dir):
    assert run(data_dir, "no-such-command").returncode == 2
