"""The wheel carries resources/ and the installed package finds them (no checkout around)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_installed_wheel_finds_its_resources(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = dist.glob("visitapp-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "visitapp/_resources/samples/annuaire-education-extrait.csv" in names
    assert any(n.startswith("visitapp/_resources/i18n/") and n.endswith(".qm") for n in names)
    entry_points = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in names if n.endswith("entry_points.txt")))
        .decode()
    )
    assert "visitapp-cli = visitapp.cli:main" in entry_points
    assert "visitapp = visitapp.app:main" in entry_points

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    probe = (
        "import visitapp.paths as p, pathlib; r = p.resources_dir();"
        "print(r); print((r / 'samples' / 'annuaire-education-extrait.csv').exists())"
    )
    # Run from an empty directory with only the installed copy (and the venv's deps) importable.
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    location, exists = result.stdout.split()
    assert Path(location) == target / "visitapp" / "_resources"
    assert exists == "True"
