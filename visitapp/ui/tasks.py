"""Running slow work off the UI thread: a plain function in Qt's thread pool, its result or
error delivered back on the UI thread by signal.

Workers get plain data and return plain data; they never touch a widget. Progress is a
callback that emits a signal; cancelling sets a flag the function checks between steps.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class CancelToken:
    """Passed to cancellable work: check `cancelled` between steps and stop early."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class Task(QObject):
    """One piece of background work. Connect to its signals, then call `start()`.

    The Task object lives on the UI thread, so its signals are delivered there (queued).
    """

    progressed = Signal(int, int, str)  # done, total, what is being done
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed, even when cancelled

    def __init__(
        self,
        work: Callable[..., Any],
        *args: Any,
        with_progress: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._args = args
        self._with_progress = with_progress
        self.token = CancelToken()
        self._traceback = ""

    def start(self, pool: QThreadPool | None = None) -> Task:
        (pool or QThreadPool.globalInstance()).start(_Runner(self))
        return self

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def error_details(self) -> str:
        return self._traceback

    def _run(self) -> None:
        try:
            if self._with_progress:
                result = self._work(*self._args, progress=self._report, cancel=self.token)
            else:
                result = self._work(*self._args)
        except Exception as error:  # delivered to the UI, which decides what to show
            self._traceback = traceback.format_exc()
            self._emit(self.failed, error)
        else:
            self._emit(self.succeeded, result)
        self._emit(self.finished)

    def _report(self, done: int, total: int, label: str = "") -> None:
        self._emit(self.progressed, done, total, label)

    @staticmethod
    def _emit(signal, *args: Any) -> None:
        # The window that started the task may have been closed (and this Task, its child,
        # deleted) while the work ran: then nobody is left to tell, which is fine.
        try:
            signal.emit(*args)
        except RuntimeError:
            pass


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


_live: set[Task] = set()


def run_task(
    work: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    parent: QObject | None = None,
) -> Task:
    """Run `work(*args)` in the background; call `on_done(result)` or `on_error(exc)` on the UI thread."""
    task = Task(work, *args, parent=parent)
    if on_done:
        task.succeeded.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    # Keep a reference until it finishes: a garbage-collected Task would drop its signals.
    _live.add(task)
    task.finished.connect(lambda: _live.discard(task))
    return task.start()
