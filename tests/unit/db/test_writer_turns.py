"""Writers of one file take turns (db/writer_turns.py): inside a turn the other processes'
lock is held; a turn held elsewhere is waited for, and given up after the wait (the writer
then goes on to SQLite's own lock) instead of hanging; a thread's nested turn does not wait
for itself; engines of the same file share the turns. The waiting of Windows
(`WindowsFileLock` is not queued: the waiter tries again every few milliseconds) runs here with
the real flock tried the same way; msvcrt itself exists only on Windows."""

from __future__ import annotations

import os
import threading

import pytest

from ops_desktop.db import writer_turns
from ops_desktop.db.engine import create_database_engine

fcntl = pytest.importorskip("fcntl")


def _held_elsewhere(path) -> bool:
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops a lock taken here
    return False


def test_a_turn_holds_the_other_processes_lock_and_nests(tmp_path):
    turns = writer_turns.WriterTurns(tmp_path / "ops.db", wait_seconds=5)
    assert not _held_elsewhere(turns.lock_path)
    with turns.turn():
        assert _held_elsewhere(turns.lock_path)
        with turns.turn():  # the same thread again: no waiting for itself
            assert _held_elsewhere(turns.lock_path)
        assert _held_elsewhere(turns.lock_path)
    assert not _held_elsewhere(turns.lock_path)


def test_a_turn_held_elsewhere_is_given_up_after_the_wait(tmp_path):
    turns = writer_turns.WriterTurns(tmp_path / "ops.db", wait_seconds=0.2)
    other = os.open(turns.lock_path, os.O_RDWR | os.O_CREAT)
    fcntl.flock(other, fcntl.LOCK_EX)  # another program's writer that does not finish
    ran = threading.Event()

    def writer() -> None:
        with turns.turn():
            ran.set()

    thread = threading.Thread(target=writer)
    thread.start()
    thread.join(30)
    assert ran.is_set() and not thread.is_alive()   # went on without the turn
    fcntl.flock(other, fcntl.LOCK_UN)
    os.close(other)
    # The helper that kept waiting got the lock late and gave it back at once.
    turns._wait_seconds = 10
    with turns.turn():
        assert _held_elsewhere(turns.lock_path)


def test_engines_of_one_file_share_their_turns(tmp_path):
    path = tmp_path / "ops.db"
    first, second = create_database_engine(path), create_database_engine(path)
    other_file = create_database_engine(tmp_path / "other.db")
    try:
        assert writer_turns._BY_ENGINE[first] is writer_turns._BY_ENGINE[second]
        assert writer_turns._BY_ENGINE[first] is not writer_turns._BY_ENGINE[other_file]
        inside = threading.Event()
        leave = threading.Event()
        order: list[str] = []

        def first_writer() -> None:
            with writer_turns.turn(first):
                inside.set()
                leave.wait(10)
                order.append("first")

        thread = threading.Thread(target=first_writer)
        thread.start()
        assert inside.wait(10)
        second_thread = threading.Thread(target=lambda: _take(second, order))
        second_thread.start()
        second_thread.join(0.2)
        assert second_thread.is_alive() and order == []   # waiting for the first writer
        leave.set()
        thread.join(10)
        second_thread.join(10)
        assert order == ["first", "second"]
    finally:
        for engine in (first, second, other_file):
            engine.dispose()


def _take(engine, order: list[str]) -> None:
    with writer_turns.turn(engine):
        order.append("second")


class PolledFileLock(writer_turns.FileLock):
    """flock taken as Windows takes its lock: tried again and again, never queued."""
    queued = False


def _helpers_done() -> None:
    for thread in threading.enumerate():
        if thread.name == "ops-writer-turn":
            thread.join(10)
            assert not thread.is_alive()


def test_a_polled_turn_passes_when_the_other_writer_lets_go(tmp_path):
    turns = writer_turns.WriterTurns(tmp_path / "ops.db", wait_seconds=30,
                                     locks=PolledFileLock)
    other = os.open(turns.lock_path, os.O_RDWR | os.O_CREAT)
    fcntl.flock(other, fcntl.LOCK_EX)
    inside = threading.Event()
    leave = threading.Event()

    def writer() -> None:
        with turns.turn():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    thread.join(0.2)
    assert thread.is_alive() and not inside.is_set()  # trying again, not going on
    fcntl.flock(other, fcntl.LOCK_UN)
    os.close(other)
    assert inside.wait(10) and _held_elsewhere(turns.lock_path)
    leave.set()
    thread.join(10)
    assert not _held_elsewhere(turns.lock_path)


def test_a_polled_turn_held_elsewhere_is_given_up_and_stops_trying(tmp_path):
    turns = writer_turns.WriterTurns(tmp_path / "ops.db", wait_seconds=0.2,
                                     locks=PolledFileLock)
    other = os.open(turns.lock_path, os.O_RDWR | os.O_CREAT)
    fcntl.flock(other, fcntl.LOCK_EX)
    with turns.turn():  # went on without the turn after the wait
        assert turns._local.depth == 1
    _helpers_done()      # the helper stopped trying once the wait was given up
    fcntl.flock(other, fcntl.LOCK_UN)
    os.close(other)
    assert not _held_elsewhere(turns.lock_path)  # nobody took it late
    with turns.turn():
        assert _held_elsewhere(turns.lock_path)


def test_the_platform_lock_is_the_one_this_system_has():
    assert writer_turns.PLATFORM_LOCK is writer_turns.FileLock  # POSIX here
