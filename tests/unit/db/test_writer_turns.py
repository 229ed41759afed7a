"""Writers of one file take turns (db/writer_turns.py): inside a turn the other processes'
lock is held; a turn held elsewhere is waited for, and given up after the wait (the writer
then goes on to SQLite's own lock) instead of hanging; a thread's nested turn does not wait
for itself; engines of the same file share the turns."""

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
