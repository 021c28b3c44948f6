"""The use-cases shared by the GUI, the command line and the survey server.

`Services.open()` is the composition root below the UI: it opens storage and builds every
service on it. The UI receives a Services object and never sees storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from visitapp.core.clock import Clock, SystemClock
from visitapp.services.demo import DemoService
from visitapp.services.records import RecordService
from visitapp.services.reports import ReportService
from visitapp.services.school_import import SchoolImportService
from visitapp.storage.database import Storage


@dataclass
class Services:
    storage: Storage
    clock: Clock
    records: RecordService
    school_import: SchoolImportService
    demo: DemoService
    reports: ReportService

    @classmethod
    def open(cls, database: Path, clock: Clock | None = None, *, check: bool = True) -> Services:
        """Open the database at `database`. Raises a DatabaseFileError subclass when it can't."""
        clock = clock or SystemClock()
        storage = Storage(database, clock, check=check)
        return cls(
            storage=storage,
            clock=clock,
            records=RecordService(storage),
            school_import=SchoolImportService(storage),
            demo=DemoService(storage),
            reports=ReportService(storage, clock),
        )

    @property
    def database_path(self) -> Path:
        return self.storage.path

    @property
    def device_id(self) -> str:
        return self.storage.device_id

    def close(self) -> None:
        self.storage.close()
