"""A real `visitapp-cli merge` process killed with SIGKILL at many points: central is always
healthy, each file is merged whole or not at all, and a retry ends where no crash would."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sync_builders import dump, make_export, open_fresh, record, school, visit

from visitapp.storage.database import open_store
from visitapp.storage.migrations import SCHEMA
from visitapp.storage.sync.tables import REGISTRY

FILES = 8
VISITS_PER_FILE = 1500
KILLS = 12
STAMP = "2026-11-20T12:00:00.000Z"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]


def device(i: int) -> str:
    return f"dddddddd-0000-4000-8000-{i:012d}"


def exports(folder: Path) -> list[Path]:
    paths = []
    for i in range(FILES):
        origin = device(i)
        school_id = f"5c000000-0000-4000-8000-{i:012d}"
        rows = {
            "school": [school(school_id, STAMP, origin)],
            "ambassador": [record(f"amb-{i}", STAMP, origin, name=f"Amb {i}")],
            "visit": [
                visit(f"v-{i}-{n}", STAMP, origin, school_id, pupils=n % 30)
                for n in range(VISITS_PER_FILE)
            ],
        }
        rows["visit_ambassador"] = [
            record(f"l-{i}-{n}", STAMP, origin, visit_id=f"v-{i}-{n}", ambassador_id=f"amb-{i}")
            for n in range(VISITS_PER_FILE)
        ]
        paths.append(
            make_export(folder, f"laptop-{i}.visitapp", rows, schema=SCHEMA, registry=REGISTRY)
        )
    return paths


def run_merge(central: Path, paths: list[Path]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "visitapp.cli", "merge", str(central), *map(str, paths)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "LANG": "C.UTF-8"},
    )


def per_file_state(central: Path) -> list[str]:
    """'whole', 'none' or 'PARTIAL' for each file, read with a plain sqlite3 connection."""
    conn = sqlite3.connect(central)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        logged = {r[0] for r in conn.execute("SELECT file_name FROM import_log")}
        states = []
        for i in range(FILES):
            visits, links = conn.execute(
                "SELECT (SELECT count(*) FROM visit WHERE origin = ?1),"
                " (SELECT count(*) FROM visit_ambassador WHERE origin = ?1)",
                [device(i)],
            ).fetchone()
            whole = visits == links == VISITS_PER_FILE
            none = visits == links == 0
            name = f"laptop-{i}.visitapp"
            if whole and name in logged:
                states.append("whole")
            elif none and name not in logged:
                states.append("none")
            else:
                states.append("PARTIAL")
        return states
    finally:
        conn.close()


def wait_for_merged_files(central: Path, process: subprocess.Popen, at_least: int) -> None:
    """Until the import log of `central` lists `at_least` files (or the merge has ended)."""
    while process.poll() is None:
        try:
            conn = sqlite3.connect(f"file:{central}?mode=ro", uri=True, timeout=1)
            try:
                merged = conn.execute("SELECT count(*) FROM import_log").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error:  # not created yet, or busy for a moment
            merged = 0
        if merged >= at_least:
            return
        time.sleep(0.002)


def test_sigkill_at_many_points_never_leaves_half_a_file(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    paths = exports(folder)
    empty = tmp_path / "empty-central.db"
    open_fresh(empty, SCHEMA).close()

    reference = tmp_path / "reference.db"
    shutil.copyfile(empty, reference)
    started = time.perf_counter()
    assert run_merge(reference, paths).wait(timeout=300) == 0
    duration = time.perf_counter() - started
    calm = open_store(reference)
    expected = dump(calm, REGISTRY)
    calm.close()

    outcomes = []
    for k in range(KILLS):
        central = tmp_path / f"central-{k}.db"
        shutil.copyfile(empty, central)
        process = run_merge(central, paths)
        if k == 0:  # one kill surely lands between two files, however loaded the machine is
            wait_for_merged_files(central, process, at_least=1)
        else:
            time.sleep(duration * (0.3 + 0.75 * k / KILLS))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        states = per_file_state(central)
        assert "PARTIAL" not in states, (k, states)
        outcomes.append(states.count("whole"))
        # The retry: the same command again, to the end.
        assert run_merge(central, paths).wait(timeout=300) == 0
        retried = open_store(central)
        assert dump(retried, REGISTRY) == expected
        retried.close()
    # The kills landed in the middle of the work, not only before or after it.
    assert any(0 < n < FILES for n in outcomes), outcomes
