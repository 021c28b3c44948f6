"""The laptop's preferences, as a JSON file written atomically (never pickled)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from visitapp.files import write_atomically


@dataclass(slots=True)
class Settings:
    language: str = ""  # "" follows the system; "fr" or "en" when the user chose
    window_geometry: str = ""  # Qt's saveGeometry(), base64
    window_state: str = ""
    last_import_dir: str = ""
    extra: dict[str, object] = field(default_factory=dict)  # per-feature values, namespaced keys

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Missing or damaged settings give the defaults: preferences are never worth a crash."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        values = {}
        for name, value in raw.items():
            if name in known and isinstance(value, dict if name == "extra" else str):
                values[name] = value
        return cls(**values)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(asdict(self), indent=2, ensure_ascii=False, sort_keys=True)
        write_atomically(path, text.encode("utf-8"))
