"""Fixtures of the sync section's tests: scripted file dialogs, exports from laptops."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from visitapp.core.surveys_sessions import Phase
from visitapp.core.visits import Visit
from visitapp.services import Services
from visitapp.ui.sync.file_asker import FileAsker


class ScriptedAsker(FileAsker):
    """Answers the file dialogs with what the test put in, and records what was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.export = None
        self.folder = None
        self.central = None
        self.files: list[Path] = []
        self.asked: list[str] = []

    def export_path(self, parent, suggested):
        self.asked.append(f"export:{suggested.name}")
        return self.export

    def shared_folder(self, parent, start):
        self.asked.append("folder")
        return self.folder

    def central_database(self, parent, start):
        self.asked.append("central")
        return self.central

    def exports(self, parent, start):
        self.asked.append("exports")
        return self.files


@pytest.fixture
def asker() -> ScriptedAsker:
    return ScriptedAsker()


@pytest.fixture
def laptop_exports(tmp_path, clock):
    """Two laptops with the demo programme, each with one more visit to the same class."""

    def make(names=("ines", "hugo")) -> list[Path]:
        paths = []
        for minute, name in enumerate(names):
            laptop = Services.open(tmp_path / name / "visitapp.db", clock)
            laptop.demo.seed(date(2026, 11, 23))
            school = laptop.records.list_schools()[1]
            laptop.records.save_visit(
                Visit(
                    id="",
                    school_id=school.id,
                    starts_at=datetime(2026, 11, 20, 10, minute * 5),
                    pupils_present=26 - minute,
                    girls_present=13,
                )
            )
            paths.append(Path(laptop.sync.export(tmp_path / f"{name}.visitapp").path))
            laptop.close()
        return paths

    return make


@pytest.fixture
def conflicting_exports(tmp_path, clock) -> list[Path]:
    """Two exports of one laptop whose pupil's answer changed in between (a hand edit of its
    database: responses are immutable): merged, they make one conflict."""
    laptop = Services.open(tmp_path / "kiosk" / "visitapp.db", clock)
    laptop.demo.seed(date(2026, 11, 23))
    school = laptop.records.list_schools()[0]
    visit = laptop.records.save_visit(
        Visit(id="", school_id=school.id, starts_at=datetime(2026, 11, 23, 10, 0))
    )
    session = laptop.surveys.open_session(visit.id, Phase.BEFORE)
    answers = {"class_level": "4e", "gender": "girl", "interest": 4, "girls_too": 5}
    assert laptop.surveys.submit_kiosk(session.id, answers).response_id
    paths = [Path(laptop.sync.export(tmp_path / "before.visitapp").path)]
    conn = sqlite3.connect(laptop.database_path)
    conn.execute(
        "UPDATE response SET answers = replace(replace(answers, '\"interest\":4',"
        " '\"interest\":1'), '\"girl\"', '\"boy\"')"
        " WHERE session_id = ?",
        [session.id],
    )
    conn.commit()
    conn.close()
    paths.append(Path(laptop.sync.export(tmp_path / "after.visitapp").path))
    laptop.close()
    return paths
