"""Killing the app at any moment keeps what was saved, and the file stays sound."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, datetime, timedelta
    from pathlib import Path
    from visitapp.core.visits import Visit
    from visitapp.services import Services

    services = Services.open(Path(sys.argv[1]))
    services.demo.seed(date(2026, 11, 23))
    school = services.records.list_schools()[0].id
    i = 0
    while True:
        visit = services.records.save_visit(
            Visit("", school, datetime(2026, 1, 1, 8) + timedelta(minutes=i), pupils_present=i % 40)
        )
        print(visit.id, flush=True)  # printed only once the transaction is committed
        i += 1
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("saved_before_kill", [1, 17, 60])
def test_sigkill_while_saving_loses_nothing_that_was_saved(tmp_path, saved_before_kill):
    database = tmp_path / "visitapp.db"
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database)], stdout=subprocess.PIPE, text=True
    )
    saved = []
    try:
        while len(saved) < saved_before_kill:
            line = process.stdout.readline()
            assert line, "the writer stopped by itself"
            saved.append(line.strip())
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM visit")}
    finally:
        conn.close()
    assert set(saved) <= stored
