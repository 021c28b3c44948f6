"""Merging 200 exports of 500 responses each into an empty central database, then the same files
again, each beside a plain `INSERT OR IGNORE … SELECT` of the same rows in the same run."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.harness import Figure

EXPORTS = 200
RESPONSES = 500
STAMP = "2026-11-20T10:00:00.000Z"


def _laptop_rows(index: int, definition_id: str, rng: random.Random) -> dict[str, list[tuple]]:
    """One laptop's visit: a school, a visit, a before session, 500 responses with answers.

    Ids are made as the app makes them (UUID version 7, `core.ids.uuid7`): each laptop's visit is
    on a day of its own and its pupils answer over a few minutes."""
    from visitapp.core.ids import uuid7

    day = 1_788_256_800_000 + index * 86_400_000  # 2026-09-01 10:00 UTC, then a day per laptop

    def make_id(ms: int) -> str:
        return str(uuid7(ms, rng.getrandbits(74)))

    device = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    school_id, visit_id, session_id = (make_id(day - 3_600_000 + n) for n in range(3))
    envelope = (STAMP, STAMP, device, 0)
    rows: dict[str, list[tuple]] = {
        "school": [
            (
                school_id,
                *envelope,
                f"Collège {index}",
                "Lyon",
                "69001",
                "",
                "college",
                "rep",
                "public",
            )
        ],
        "visit": [
            (
                visit_id,
                *envelope,
                school_id,
                "2026-11-20T10:00",
                "class_visit",
                "4e",
                55,
                28,
                14,
                "",
            )
        ],
        "survey_session": [
            (
                session_id,
                *envelope,
                visit_id,
                definition_id,
                "before",
                uuid.uuid4().hex,
                STAMP,
                STAMP,
            )
        ],
        "response": [],
        "response_answer": [],
    }
    for n in range(RESPONSES):
        response_id = make_id(day + n * 400 + rng.randrange(400))
        answers = {
            "class_level": "4e",
            "gender": rng.choice(["girl", "boy", "no_answer"]),
            "interest": rng.randint(1, 5),
            "girls_too": rng.randint(1, 5),
            "see_myself": rng.randint(1, 5),
            "knows_engineer": rng.choice(["yes", "no"]),
            "subjects": rng.sample(["maths", "physics", "biology", "arts"], 2),
        }
        rows["response"].append(
            (response_id, *envelope, session_id, STAMP, None, "web", json.dumps(answers))
        )
        for question, value in answers.items():
            values = value if isinstance(value, list) else [value]
            for item in values:
                number = item if isinstance(item, int) else None
                rows["response_answer"].append((response_id, question, str(item), number))
    return rows


def _make_exports(folder: Path) -> list[Path]:
    from visitapp.core.clock import FixedClock, parse_timestamp
    from visitapp.core.surveys import load_definition
    from visitapp.paths import resource_path
    from visitapp.storage.database import open_store
    from visitapp.storage.surveys import SurveyRepository
    from visitapp.storage.sync import snapshot

    clock = FixedClock(parse_timestamp(STAMP))
    template = folder / "template.db"
    store = open_store(template, clock)
    definition = load_definition(
        resource_path("surveys", "engineering-before.json").read_text("utf-8")
    )
    SurveyRepository(store).save_definition(definition)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    rng = random.Random(20261120)
    paths = []
    for index in range(EXPORTS):
        laptop = folder / f"laptop-{index}.db"
        shutil.copyfile(template, laptop)
        conn = sqlite3.connect(laptop)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", [str(uuid.uuid4())])
        for table, rows in _laptop_rows(index, definition.id, rng).items():
            if rows:
                # Name the leading columns: columns added by later migrations come last and
                # keep their defaults.
                names = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")][: len(rows[0])]
                marks = ", ".join("?" * len(rows[0]))
                conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)
        conn.commit()
        conn.close()
        store = open_store(laptop, clock)
        path = folder / f"export-{index:03d}.visitapp"
        snapshot.export(store, path, app_version="bench")
        store.close()
        laptop.unlink()
        paths.append(path)
    return paths


def _merge(central: Path, paths: list[Path]) -> float:
    """What `visitapp-cli merge` and the merge dialog run, timed from the first file to the end."""
    from visitapp.core.sync import FileStatus
    from visitapp.services import Services

    services = Services.open(central)
    started = time.perf_counter()
    statuses = {report.status for report in services.sync.merge_files(paths)}
    elapsed = time.perf_counter() - started
    services.close()
    assert statuses <= {FileStatus.MERGED, FileStatus.ALREADY_MERGED}, statuses
    return elapsed


def _baseline(central: Path, paths: list[Path], tables: list[str]) -> float:
    """The same rows with nothing but ATTACH and INSERT OR IGNORE … SELECT, a transaction a file."""
    conn = sqlite3.connect(central, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    started = time.perf_counter()
    for path in paths:
        conn.execute("ATTACH DATABASE ? AS incoming", [str(path)])
        conn.execute("BEGIN IMMEDIATE")
        for table in tables:
            conn.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM incoming.{table}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE incoming")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def run() -> list[Figure]:
    from visitapp.storage.database import open_store
    from visitapp.storage.sync.tables import REGISTRY, plan

    with tempfile.TemporaryDirectory(prefix="visitapp-bench-sync-") as tmp:
        folder = Path(tmp)
        paths = _make_exports(folder)
        empty = folder / "empty.db"
        store = open_store(empty)
        tables = [t.name for p in plan(store.db.conn, REGISTRY) for t in (p, *p.children)]
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        central, plain = folder / "central.db", folder / "plain.db"
        shutil.copyfile(empty, central)
        shutil.copyfile(empty, plain)
        baseline_first = _baseline(plain, paths, tables)
        first = _merge(central, paths)
        baseline_again = _baseline(plain, paths, tables)
        again = _merge(central, paths)
    rows = f"{EXPORTS} exports × {RESPONSES} responses"
    return [
        Figure(
            f"merge {rows} into an empty central",
            first,
            "s",
            "INSERT OR IGNORE … SELECT",
            baseline_first,
            "< 10 s",
            first < 10,
        ),
        Figure(
            f"merge the same {rows} again",
            again,
            "s",
            "INSERT OR IGNORE … SELECT",
            baseline_again,
            "< 2 s",
            again < 2,
        ),
    ]
