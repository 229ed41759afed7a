"""The GUI's start-up quick check, run beside the main window instead of before it.

`open_database(…, check_later=True)` returns a context holding a `StartCheck` when the file is
already at the current schema (an upgrade is always checked first, because it writes). Until
the check has read the whole file (services/integrity.quick_check; ≈1.5 s for 200 MiB
encrypted) the file is read-only: every connection is `query_only` (db/engine.WriteHold) and
`ServiceContext.transaction()` waits for the outcome. Passed: writes are allowed and the work
queued with `after_pass` runs (the sign-in's audit entry). Failed: writes stay refused, every
later transaction raises the `DatabaseDamaged`, and the GUI hides the window and offers the
newest good backup (ui/window_session.py), as a failed check before the window did (R6)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from ops_desktop.db.engine import WriteHold
from ops_desktop.services import integrity


class StartCheck:
    def __init__(self, engine: Engine, path: Path):
        self._engine = engine
        self._path = path
        self._hold = WriteHold(engine)
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._after: list[Callable[[], None]] = []
        self.error: BaseException | None = None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def passed(self) -> bool:
        return self._done.is_set() and self.error is None

    def run(self) -> None:
        """On a worker thread: raises what the check found (DatabaseDamaged), after noting it
        for every waiting and later writer."""
        try:
            integrity.quick_check(self._engine, self._path, keep_cache=False)
        except BaseException as exc:
            self.error = exc
            self._done.set()
            raise
        self._hold.release()
        with self._lock:
            self._done.set()
            after, self._after = self._after, []
        for action in after:
            action()

    def wait(self) -> None:
        """Before a write: block until the check has finished; raise if it failed."""
        self._done.wait()
        if self.error is not None:
            raise self.error

    def after_pass(self, action: Callable[[], None]) -> None:
        """Run `action` once the check has passed (at once if it already has; never if it
        fails)."""
        with self._lock:
            if not self._done.is_set():
                self._after.append(action)
                return
        if self.error is None:
            action()
