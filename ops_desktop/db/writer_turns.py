"""Writers of one SQLite file take turns in the order they came: several windows, background
tasks or programs on one PC writing at the same moment queue here instead of in SQLite.

SQLite's own busy timeout only polls (up to every 100 ms): under a steady stream of short
write transactions from four processes one of them waited more than 5 s and got "database
is locked" (bench/bench_multi_pc.py). A blocking lock of the operating system hands the turn
over as soon as the writer before commits: the longest wait there was 0.5 s.

- inside a process: one lock per database file, re-entrant for the thread that holds it;
- between processes (POSIX): `flock` of a small file in the temp folder named after the
  database's path (nothing is written beside the database). On Windows the processes of one
  PC queue on SQLite's busy timeout as before; the threads of one process still take turns.

A turn never waits longer than the busy timeout for another process: after that the writer
goes on and SQLite's own lock decides (DatabaseLocked, with its message, when the other
writer still holds it). PostgreSQL engines have no turns: their row locks queue the writers."""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


class WriterTurns:
    def __init__(self, database: Path, *, wait_seconds: float):
        digest = hashlib.sha256(str(database.resolve()).encode("utf-8")).hexdigest()[:20]
        self.lock_path = Path(tempfile.gettempdir()) / f"ops-desktop-{digest}.writer"
        self._wait_seconds = wait_seconds
        self._in_process = threading.RLock()
        self._local = threading.local()

    @contextmanager
    def turn(self) -> Iterator[None]:
        with self._in_process:
            depth = getattr(self._local, "depth", 0)
            self._local.depth = depth + 1
            held = self._take_os_lock() if depth == 0 else None
            try:
                yield
            finally:
                self._local.depth = depth
                if held is not None:
                    _release(held)

    def _take_os_lock(self) -> int | None:
        """The file descriptor holding the other processes' lock, or None without one."""
        if fcntl is None:
            return None
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:  # no temp folder to write to: SQLite's busy timeout alone
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            pass
        except OSError:  # a file system without locks: SQLite's busy timeout alone
            os.close(fd)
            return None
        # Wait in the kernel's queue on a helper thread, so the wait can end at the busy
        # timeout; a lock granted after we stopped waiting is given back at once.
        granted = threading.Event()
        state = {"abandoned": False}
        guard = threading.Lock()

        def wait() -> None:
            fcntl.flock(fd, fcntl.LOCK_EX)
            with guard:
                if state["abandoned"]:
                    _release(fd)
                    return
                granted.set()

        threading.Thread(target=wait, name="ops-writer-turn", daemon=True).start()
        if granted.wait(self._wait_seconds):
            return fd
        with guard:
            if granted.is_set():
                return fd
            state["abandoned"] = True
        return None


def _release(fd: int) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


_BY_ENGINE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_BY_PATH: dict[str, WriterTurns] = {}
_REGISTRY_LOCK = threading.Lock()


def register(engine, database: Path, *, wait_seconds: float) -> None:
    """Writers of `engine` take turns with every other writer of the same file."""
    key = str(database.resolve())
    with _REGISTRY_LOCK:
        turns = _BY_PATH.get(key)
        if turns is None:
            turns = _BY_PATH[key] = WriterTurns(database, wait_seconds=wait_seconds)
        _BY_ENGINE[engine] = turns


def turn(engine):
    """A context manager: the writer's turn on `engine`'s database (nothing to wait for on
    an engine without turns)."""
    turns = _BY_ENGINE.get(engine)
    return turns.turn() if turns is not None else nullcontext()
