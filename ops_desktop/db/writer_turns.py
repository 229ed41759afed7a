"""Writers of one SQLite file take turns in the order they came: several windows, background
tasks or programs on one PC writing at the same moment queue here instead of in SQLite.

SQLite's own busy timeout only polls (up to every 100 ms): under a steady stream of short
write transactions from four processes one of them waited more than 5 s and got "database
is locked" (bench/bench_multi_pc.py). A blocking lock of the operating system hands the turn
over as soon as the writer before commits: the longest wait there was 0.5 s.

- inside a process: one lock per database file, re-entrant for the thread that holds it;
- between processes: a lock of a small file in the temp folder named after the database's
  path (nothing is written beside the database). POSIX: `flock`, waited for in the kernel's
  queue. Windows: `msvcrt.locking` of the file's first byte; its blocking mode retries only
  once a second, so a waiting writer tries the non-blocking one every POLL_SECONDS (the turn
  passes within milliseconds of the commit, though not strictly in the order they came).

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

import errno
import time

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
try:
    import msvcrt
except ImportError:  # POSIX
    msvcrt = None

POLL_SECONDS = 0.005


class FileLock:
    """POSIX `flock` of the whole file; `queued`: `lock` waits in the kernel's queue."""
    queued = True

    @staticmethod
    def try_lock(fd: int) -> bool:
        """Taken now (True) or held elsewhere (False); OSError: no locks on this file system."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    @staticmethod
    def lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    @staticmethod
    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class WindowsFileLock:
    """`msvcrt.locking` of the first byte (a region lock: the position is set each time);
    not queued: a waiting writer tries again every POLL_SECONDS."""
    queued = False

    @staticmethod
    def try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):  # another process holds it
                return False
            raise
        return True

    @staticmethod
    def unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


PLATFORM_LOCK = FileLock if fcntl is not None else WindowsFileLock if msvcrt else None


class WriterTurns:
    def __init__(self, database: Path, *, wait_seconds: float, locks=PLATFORM_LOCK):
        digest = hashlib.sha256(str(database.resolve()).encode("utf-8")).hexdigest()[:20]
        self.lock_path = Path(tempfile.gettempdir()) / f"ops-desktop-{digest}.writer"
        self._wait_seconds = wait_seconds
        self._locks = locks  # FileLock, WindowsFileLock, or None: SQLite's busy timeout alone
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
                    self._release(held)

    def _take_os_lock(self) -> int | None:
        """The file descriptor holding the other processes' lock, or None without one."""
        locks = self._locks
        if locks is None:
            return None
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:  # no temp folder to write to: SQLite's busy timeout alone
            return None
        try:
            if locks.try_lock(fd):
                return fd
        except OSError:  # a file system without locks: SQLite's busy timeout alone
            os.close(fd)
            return None
        # Wait on a helper thread, so the wait can end at the busy timeout; a lock granted
        # after we stopped waiting is given back at once.
        granted = threading.Event()
        state = {"abandoned": False}
        guard = threading.Lock()

        def wait() -> None:
            if locks.queued:
                locks.lock(fd)
            elif not self._poll(fd, state):
                os.close(fd)
                return
            with guard:
                if state["abandoned"]:
                    self._release(fd)
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

    def _poll(self, fd: int, state: dict) -> bool:
        """Try the lock every POLL_SECONDS until it is taken (True) or the wait was given
        up (False)."""
        while not state["abandoned"]:
            try:
                if self._locks.try_lock(fd):
                    return True
            except OSError:
                return False
            time.sleep(POLL_SECONDS)
        return False

    def _release(self, fd: int) -> None:
        try:
            self._locks.unlock(fd)
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
