"""`visitapp-cli export` and `visitapp-cli merge` as a coordinator runs them: exit codes 0/1/2,
the JSON report, refused files among good ones, the central database created when missing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


def cli(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "visitapp.cli", "--lang", lang, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=120,
    )


RECORDS: dict[str, int] = {}


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("exports")
    paths = []
    for name in ("ines", "hugo"):
        data = folder / name
        assert cli("--data-dir", str(data), "demo").returncode == 0
        path = folder / f"{name}.visitapp"
        result = cli("--data-dir", str(data), "export", str(path))
        assert result.returncode == 0, result.stderr
        count = re.fullmatch(rf"Exported (\d+) records to {re.escape(str(path))}\n", result.stdout)
        assert count, result.stdout
        RECORDS[path.name] = int(count.group(1))
        paths.append(path)
    return paths


def test_export_into_a_folder_picks_a_dated_name(tmp_path):
    data = tmp_path / "laptop"
    cli("--data-dir", str(data), "demo")
    result = cli("--data-dir", str(data), "export", str(tmp_path))
    assert result.returncode == 0, result.stderr
    (made,) = tmp_path.glob("visitapp-*.visitapp")
    assert str(made) in result.stdout


def test_export_to_a_missing_folder_fails_with_a_sentence(tmp_path):
    result = cli(
        "--data-dir",
        str(tmp_path / "laptop"),
        "export",
        str(tmp_path / "nope" / "x.visitapp"),
        lang="fr",
    )
    assert result.returncode == 1
    assert "n'est pas disponible" in result.stderr
    assert "Traceback" not in result.stderr


def test_merge_creates_central_and_reports_each_file_as_json(tmp_path, exports):
    central = tmp_path / "central.db"
    result = cli("merge", str(central), *map(str, exports), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [r["status"] for r in report] == ["merged", "merged"]
    assert report[0]["added"] == RECORDS["ines.visitapp"] and report[0]["error"] is None
    assert report[0]["tables"]["visit"]["added"] == 9
    assert len(report[0]["sha256"]) == 64 and report[0]["device_id"]
    again = json.loads(cli("merge", str(central), *map(str, exports), "--json").stdout)
    assert [r["status"] for r in again] == ["already_merged", "already_merged"]


def test_one_bad_file_exits_1_and_the_others_are_still_merged(tmp_path, exports):
    bad = tmp_path / "photo.visitapp"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not an export")
    central = tmp_path / "central.db"
    result = cli("merge", str(central), str(exports[0]), str(bad), str(exports[1]))
    assert result.returncode == 1
    assert "photo.visitapp: refused: This file is not a visitapp export" in result.stderr
    assert result.stdout.count("merged: ") == 2
    again = cli("merge", str(central), str(exports[0]), "--json")
    assert again.returncode == 0
    assert json.loads(again.stdout)[0]["status"] == "already_merged"


def test_usage_errors_exit_2(tmp_path):
    assert cli("merge", str(tmp_path / "central.db")).returncode == 2
    assert cli("merge").returncode == 2
    assert cli("merge", "--frobnicate", "a", "b").returncode == 2
    assert not (tmp_path / "central.db").exists()


def test_a_central_database_that_is_not_visitapps_is_refused(tmp_path, exports):
    central = tmp_path / "central.db"
    central.write_text("not a database")
    result = cli("merge", str(central), str(exports[0]))
    assert result.returncode == 1
    assert "not a visitapp database" in result.stderr
    assert central.read_text() == "not a database"
