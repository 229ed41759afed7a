"""Progress and cancellation for long work (batch printing, exports, backups, imports).

Qt-free, so services and renderers take it as an argument: the GUI passes one wired to a
progress dialog (`ui/common/tasks.py`), the command line one that prints or nothing at all."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; the work stops at the next check and leaves nothing half-written."""


class Progress:
    def __init__(self, on_report: Callable[[int, int, str], None] | None = None):
        self._on_report = on_report
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0

    def report(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work is; raises Cancelled when the user has cancelled."""
        self.done, self.total = done, total
        if self._on_report is not None:
            self._on_report(done, total, text)
        self.check()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


NO_PROGRESS = Progress()
