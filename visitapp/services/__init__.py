"""The use-cases shared by the GUI, the command line and the survey server.

`Services.open()` is the composition root below the UI: it opens storage, and each service is
built (and its module imported) the first time it is used, which keeps the GUI's start-up fast.
The UI receives a Services object and never sees storage.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from visitapp.core.clock import Clock, SystemClock
from visitapp.storage.database import Storage

if TYPE_CHECKING:
    from visitapp.services.decks import DeckService
    from visitapp.services.demo import DemoService
    from visitapp.services.records import RecordService
    from visitapp.services.reports import ReportService
    from visitapp.services.school_import import SchoolImportService
    from visitapp.services.surveys import SurveyService
    from visitapp.services.sync import SyncService


class Services:
    def __init__(self, storage: Storage, clock: Clock) -> None:
        self.storage = storage
        self.clock = clock

    @classmethod
    def open(cls, database: Path, clock: Clock | None = None, *, check: bool = True) -> Services:
        """Open the database at `database`. Raises a DatabaseFileError subclass when it can't."""
        from visitapp.services.shared_folders import refuse_shared_data_folder

        clock = clock or SystemClock()
        refuse_shared_data_folder(Path(database).parent)
        return cls(Storage(database, clock, check=check), clock)

    @cached_property
    def records(self) -> RecordService:
        from visitapp.services.records import RecordService

        return RecordService(self.storage)

    @cached_property
    def school_import(self) -> SchoolImportService:
        from visitapp.services.school_import import SchoolImportService

        return SchoolImportService(self.storage)

    @cached_property
    def demo(self) -> DemoService:
        from visitapp.services.demo import DemoService

        return DemoService(self.storage)

    @cached_property
    def surveys(self) -> SurveyService:
        from visitapp.services.surveys import SurveyService

        return SurveyService(self.storage)

    @cached_property
    def decks(self) -> DeckService:
        from visitapp.services.decks import DeckService

        return DeckService(self.storage)

    @cached_property
    def sync(self) -> SyncService:
        from visitapp.services.sync import SyncService

        return SyncService(self.storage)

    @cached_property
    def reports(self) -> ReportService:
        from visitapp.services.reports import ReportService

        return ReportService(self.storage, self.clock)

    @property
    def database_path(self) -> Path:
        return self.storage.path

    @property
    def device_id(self) -> str:
        return self.storage.device_id

    def close(self) -> None:
        self.storage.close()
