"""Qt Linguist workflow for visitapp: one .ts file per UI area, French complete, English plurals.

Areas: `main` is every module directly in visitapp/ui/; each subpackage visitapp/ui/<area>/ is
its own area (visitapp_<area>_fr.ts), so features translate without touching each other's files.

    python tools/i18n.py update           refresh the .ts files from the code (no line numbers)
    python tools/i18n.py release          build the .qm files next to them
    python tools/i18n.py todo AREA        print the French strings still to translate, as JSON
    python tools/i18n.py fill AREA FILE   apply {"source": "translation"} (plural: a list) from FILE
    python tools/i18n.py check            exit 1 when a .ts is stale or unfinished, or a .qm stale
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "visitapp" / "ui"
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def areas() -> dict[str, list[Path]]:
    found = {"main": sorted(UI.glob("*.py"))}
    for package in sorted(p for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        found[package.name] = sorted(package.rglob("*.py"))
    return found


def ts_path(area: str, language: str) -> Path:
    return I18N / f"visitapp_{area}_{language}.ts"


def _tool(name: str) -> str:
    local = BIN / f"pyside6-{name}"
    return str(local) if local.exists() else f"pyside6-{name}"


def lupdate(sources: list[Path], target: Path, *, plural_only: bool = False) -> None:
    command = [
        _tool("lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none",
        *map(str, sources),
        "-ts",
        str(target),
    ]
    if plural_only:
        command.insert(1, "-pluralonly")
    subprocess.run(command, check=True, cwd=ROOT)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def _new_ts(path: Path, language: str) -> None:
    if not path.exists():
        path.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}"></TS>\n',
            encoding="utf-8",
        )


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for area, sources in areas().items():
        for language in ("fr", "en"):
            path = ts_path(area, language)
            _new_ts(path, language)
            lupdate(sources, path, plural_only=language == "en")


def release(directory: Path = I18N) -> None:
    for ts in sorted(directory.glob("visitapp_*.ts")):
        lrelease(ts, ts.with_suffix(".qm"))


def unfinished(path: Path) -> list[ET.Element]:
    root = ET.parse(path).getroot()
    return [
        message
        for message in root.iter("message")
        if (t := message.find("translation")) is not None
        and t.get("type") in ("unfinished", "vanished", "obsolete")
    ]


def _text(message: ET.Element) -> str:
    return message.findtext("source") or ""


def todo(area: str) -> None:
    pending = {_text(m): "" for m in unfinished(ts_path(area, "fr"))}
    pending.update({f"en:{_text(m)}": ["", ""] for m in unfinished(ts_path(area, "en"))})
    print(json.dumps(pending, ensure_ascii=False, indent=2))


def fill(area: str, file: Path) -> None:
    wanted = json.loads(file.read_text(encoding="utf-8"))
    for language in ("fr", "en"):
        path = ts_path(area, language)
        tree = ET.parse(path)
        for message in tree.getroot().iter("message"):
            source = _text(message)
            translation = message.find("translation")
            value = wanted.get(
                f"{language}:{source}", wanted.get(source) if language == "fr" else None
            )
            if value is None or translation is None:
                continue
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
        ET.indent(tree)
        tree.write(path, encoding="utf-8", xml_declaration=True)
        _restore_doctype(path)
        # Let lupdate write the file in its own layout, so a later `update` changes nothing.
        lupdate(areas()[area], path, plural_only=language == "en")


def _restore_doctype(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    path.write_text(text, encoding="utf-8")


def problems() -> list[str]:
    """What is wrong with the committed translations, in words (empty when all is well)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for area, sources in areas().items():
            for language in ("fr", "en"):
                committed = ts_path(area, language)
                if not committed.exists():
                    found.append(f"{committed.name} is missing: run `make i18n`")
                    continue
                fresh = Path(tmp) / committed.name
                shutil.copy(committed, fresh)
                lupdate(sources, fresh, plural_only=language == "en")
                before = {
                    (_text(m), m.get("numerus"))
                    for m in ET.parse(committed).getroot().iter("message")
                }
                after = {
                    (_text(m), m.get("numerus")) for m in ET.parse(fresh).getroot().iter("message")
                }
                for source, _ in sorted(after - before, key=str):
                    found.append(
                        f"{committed.name}: not extracted yet (run `make i18n`): {source!r}"
                    )
                for source, _ in sorted(before - after, key=str):
                    found.append(
                        f"{committed.name}: no longer in the code (run `make i18n`): {source!r}"
                    )
                for message in unfinished(committed):
                    found.append(f"{committed.name}: untranslated: {_text(message)!r}")
                built = committed.with_suffix(".qm")
                rebuilt = Path(tmp) / built.name
                lrelease(committed, rebuilt)
                if not built.exists() or built.read_bytes() != rebuilt.read_bytes():
                    found.append(f"{built.name} is stale: run `make i18n`")
    return found


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, *rest = argv
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "todo":
        todo(rest[0])
    elif command == "fill":
        fill(rest[0], Path(rest[1]))
    elif command == "check":
        issues = problems()
        print("\n".join(issues) or "translations complete")
        return 1 if issues else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
