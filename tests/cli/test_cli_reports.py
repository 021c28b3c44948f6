"""`visitapp-cli report` and `certificate` as a coordinator runs them."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from indicator_programme import build_programme
from openpyxl import load_workbook

from visitapp.cli import main


@pytest.fixture
def database(services) -> Path:
    build_programme(services)
    return services.database_path


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "visitapp.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=120,
    )


def test_json_report_with_a_period(database, tmp_path, capsys):
    out = tmp_path / "report.json"
    code = main(["report", str(database), "--format", "json", "--out", str(out),
                 "--from", "2026-10-01", "--to", "2026-10-31"])  # fmt: skip
    assert code == 0
    data = json.loads(out.read_text("utf-8"))
    assert (data["visits"], data["pupils_reached"]) == (2, 101)
    assert data["girls_share"] is None and data["suppressed"] == {"girls_share": "small_group"}
    assert data["filters"]["date_from"] == "2026-10-01"


def test_json_to_stdout_and_format_from_extension(database, tmp_path, capsys):
    assert main(["report", str(database), "--out", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["pupils_reached"] == 155
    assert main(["report", str(database), "--out", str(tmp_path / "r.xlsx")]) == 0
    book = load_workbook(io.BytesIO((tmp_path / "r.xlsx").read_bytes()))
    assert "Key figures" in book.sheetnames or "Chiffres clés" in book.sheetnames


def test_csv_for_french_excel(database, tmp_path):
    out = tmp_path / "r.csv"
    assert (
        main(["--lang", "fr", "report", str(database), "--format", "csv", "--out", str(out)]) == 0
    )
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"Part de filles;41,8 %" in data


def test_filters_and_threshold_option(database, tmp_path, services):
    alice = next(a for a in services.records.list_ambassadors() if a.name == "Alice Martin")
    out = tmp_path / "r.json"
    assert main(["report", str(database), "--out", str(out), "--ambassador", alice.id,
                 "--level", "3e", "--min-group", "40"]) == 0  # fmt: skip
    data = json.loads(out.read_text("utf-8"))
    assert (data["visits"], data["pupils_reached"], data["min_group_size"]) == (2, 30, 40)
    assert data["suppressed"] == {"girls_share": "small_group"}  # 30 pupils < 40


def test_pdf_report_and_certificate_from_a_real_process(database, tmp_path, services):
    report = tmp_path / "impact.pdf"
    result = cli("--lang", "fr", "report", str(database), "--format", "pdf", "--out", str(report))
    assert result.returncode == 0, result.stderr
    assert report.read_bytes().startswith(b"%PDF")
    alice = next(a for a in services.records.list_ambassadors() if a.name == "Alice Martin")
    certificate = tmp_path / "alice.pdf"
    result = cli("certificate", str(database), "--ambassador", alice.id, "--out", str(certificate))
    assert result.returncode == 0, result.stderr
    assert certificate.read_bytes().startswith(b"%PDF")
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--out", "r.txt"], 2, "--format"),
        (["--out", "-", "--format", "pdf"], 2, "file name"),
        (["--out", "r.json", "--from", "2026-13-01"], 2, "YYYY-MM-DD"),
        (["--out", "r.json", "--from", "2026-12-01", "--to", "2026-11-01"], 2, "before its start"),
        (["--out", "r.json", "--min-group", "2"], 2, "3 or more"),
        (["--out", "r.json", "--level", "CM2"], 2, "Unknown class level"),
        (["--out", "no/such/folder/r.json"], 1, "cannot be written"),
    ],
)
def test_report_errors(database, tmp_path, capsys, monkeypatch, args, code, words):
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "en", "report", str(database), *args]) == code
    assert words in capsys.readouterr().err


def test_missing_database_is_not_created(tmp_path, capsys):
    missing = tmp_path / "central.db"
    assert main(["--lang", "fr", "report", str(missing), "--out", str(tmp_path / "r.json")]) == 1
    assert "Il n'y a pas de base" in capsys.readouterr().err
    assert not missing.exists()


def test_certificate_errors(database, tmp_path, capsys, services):
    out = tmp_path / "c.pdf"
    assert main(["certificate", str(database), "--ambassador", "nobody", "--out", str(out)]) == 1
    assert "nobody" in capsys.readouterr().err
    bruno = next(a for a in services.records.list_ambassadors() if a.name == "Bruno Petit")
    args = ["--lang", "fr", "certificate", str(database), "--ambassador", bruno.id,
            "--to", "2026-09-01", "--out", str(out)]  # fmt: skip
    assert main(args) == 1
    assert "rien à attester" in capsys.readouterr().err
    assert not out.exists()
