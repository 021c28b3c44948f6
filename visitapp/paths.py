"""Where things live: the user's data directory and the bundled resources.

`resources_dir()` is the one function that finds `resources/` from a checkout, an installed
wheel (packaged as `visitapp/_resources`) or a frozen app.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "visitapp"
DATA_DIR_VARIABLE = "VISITAPP_DATA_DIR"
DATABASE_NAME = "visitapp.db"
SETTINGS_NAME = "settings.json"


class ResourcesMissing(RuntimeError):
    pass


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` first, then $VISITAPP_DATA_DIR, then the platform's user data directory."""
    chosen = override or os.environ.get(DATA_DIR_VARIABLE)
    path = Path(chosen).expanduser() if chosen else Path(user_data_dir(APP_NAME, appauthor=False))
    return path.resolve()


def database_path(directory: Path) -> Path:
    return directory / DATABASE_NAME


def settings_path(directory: Path) -> Path:
    return directory / SETTINGS_NAME


def resources_dir() -> Path:
    package = Path(__file__).resolve().parent
    candidates = [package / "_resources", package.parent / "resources"]
    if getattr(sys, "frozen", False):
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        candidates.insert(0, bundle / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise ResourcesMissing(
        "visitapp's resources folder is missing: looked in " + ", ".join(map(str, candidates))
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
