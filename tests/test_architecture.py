"""The layer rules of STYLE.md as failing tests: import-linter contracts from pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command;"
            " sys.exit(lint_imports_command())",
            "--no-cache",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def _imported_modules(path: Path) -> set[str]:
    import ast

    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_ui_and_app_import_qt_widgets():
    # import-linter cannot forbid a submodule of an external package, so this one is checked here:
    # reports may use QtGui/QtPdf to draw PDFs, but widgets belong to visitapp.ui alone.
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "visitapp").rglob("*.py")
        if "ui" not in path.relative_to(ROOT / "visitapp").parts[:1]
        and path.name != "app.py"
        and any(m.startswith("PySide6.QtWidgets") for m in _imported_modules(path))
    ]
    assert offenders == []
