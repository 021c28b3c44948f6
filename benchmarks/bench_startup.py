"""App start to a usable main window (500 visits in the database) vs a bare PySide6 QMainWindow.

For reference, the same run also times the least a PySide6 window showing those visits can do:
one sqlite3 query, a Python table model behind a sorting proxy, a navigation list. What the app
takes beyond that is visitapp's own; what that minimal window takes beyond the bare one is the
price of the Qt namespace, the widget types and a Python model in this stack.

Every start is timed as a laptop's second start: Python's compiled bytecode cached (in a
temporary folder), as `pip install` or a first start leave it. With PYTHONDONTWRITEBYTECODE set
(as on this machine) the app would compile its own modules at every start (~9 ms of it) while
PySide6 and the standard library, compiled at install, would not.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.harness import Figure

BARE = """
import time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
def ready():
    print(f"{time.perf_counter() - started:.4f}", flush=True)
    window.close()
QTimer.singleShot(0, ready)
app.exec()
"""

# The least a PySide6 window listing the visits does: argv[1] is the database.
MINIMAL_TABLE = """
import time
started = time.perf_counter()
import sqlite3
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QMainWindow, QTableView, QWidget

class Model(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=QModelIndex()):
        return len(self.rows)
    def columnCount(self, parent=QModelIndex()):
        return 8
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column() % 3])

app = QApplication([])
rows = sqlite3.connect(sys.argv[1]).execute("SELECT id, starts_at, kind FROM visit").fetchall()
window = QMainWindow()
central = QWidget()
layout = QHBoxLayout(central)
navigation = QListWidget()
navigation.addItems(["Visits", "Schools", "Ambassadors"])
layout.addWidget(navigation)
proxy = QSortFilterProxyModel()
proxy.setSourceModel(Model(rows))
view = QTableView()
view.setModel(proxy)
view.setSortingEnabled(True)
layout.addWidget(view)
window.setCentralWidget(central)
window.resize(1280, 800)
window.show()
def ready():
    print(f"{time.perf_counter() - started:.4f}", flush=True)
    window.close()
QTimer.singleShot(0, ready)
app.exec()
"""

RUNS = 11


def _seed(data_dir: Path, visits: int) -> None:
    from visitapp.core.visits import Visit
    from visitapp.services import Services

    services = Services.open(data_dir / "visitapp.db")
    services.demo.seed(date.today())
    schools = services.records.list_schools()
    people = [a.id for a in services.records.list_ambassadors()]
    repo_visits = []
    start = datetime(2024, 9, 2, 9, 0)
    for i in range(visits - len(services.records.list_visits())):
        repo_visits.append(
            Visit(
                id="",
                school_id=schools[i % len(schools)].id,
                starts_at=start + timedelta(days=i // 3, hours=i % 3),
                pupils_present=20 + i % 15,
                girls_present=8 + i % 7,
                ambassador_ids=(people[i % len(people)],),
            )
        )
    for visit in repo_visits:
        services.records.save_visit(visit)
    services.close()


def _time(command: list[str], env: dict[str, str]) -> float:
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as bytecode:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPYCACHEPREFIX": bytecode,
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        data_dir = Path(tmp)
        _seed(data_dir, 500)
        app = [sys.executable, "-m", "visitapp", "--data-dir", str(data_dir), "--quit-when-ready"]
        bare = [sys.executable, "-c", BARE]
        minimal = [sys.executable, "-c", MINIMAL_TABLE, str(data_dir / "visitapp.db")]
        for command in (app, bare, minimal):  # warm the disk and bytecode caches first
            _time(command, env)
        app_times, bare_times, minimal_times = [], [], []
        for _ in range(RUNS):  # interleaved, so all see the same machine load
            bare_times.append(_time(bare, env))
            app_times.append(_time(app, env))
            minimal_times.append(_time(minimal, env))
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    minimal_s = statistics.median(minimal_times)
    return [
        Figure(
            "start to usable main window (500 visits)",
            app_s,
            "s",
            "bare QMainWindow",
            bare_s,
            "≤ 1.5× baseline",
            app_s <= 1.5 * bare_s,
        ),
        Figure(
            "minimal PySide6 window of the same visits (reference)",
            minimal_s,
            "s",
            "bare QMainWindow",
            bare_s,
        ),
    ]
