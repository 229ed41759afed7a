"""An import killed midway: a kill -9 during one left `.odrzucone-XXXX.csv` (rejected rows with
PESEL and names, in plain text) beside the input file. Now nothing personal is on disk before
the commit, the file is written after it under a name the database's folder has a note of,
and the next start (opening the database) removes whatever a kill left.

A real child process imports; the parent kills it with SIGKILL at the worst moment it can see
(the temporary file of rejected rows has just appeared) and at random moments."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from ops_desktop.domain.enums import Sex
from ops_desktop.domain.pesel import make_pesel
from tests import factories
from tests.unit.services.test_importing import HEADERS

D = dt.date
ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import sys
from pathlib import Path
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database
from ops_desktop.services import importing
db, source, project = sys.argv[1], sys.argv[2], int(sys.argv[3])
ctx = open_database(db, actor=SYSTEM_ACTOR).context
print("ready", flush=True)
importing.run_import(ctx, project_id=project, path=Path(source))
print("done", flush=True)
"""
ROWS = 2500


def _list(path: Path) -> Path:
    """ROWS people, every other one with a wrong check digit: a long file of rejected rows."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for n in range(ROWS):
        pesel = make_pesel(D(1960, 1, 1) + dt.timedelta(days=n), n % 1000, Sex.FEMALE)
        if n % 2:
            pesel = pesel[:-1] + str((int(pesel[-1]) + 1) % 10)
        sheet.append(["Polska", "Anna", f"Nowak{n}", pesel, "Kobieta", "", "87-800",
                      D(2011, 3, 1), None, "Nie", "Moduł zawodowy"])
    book.save(path)
    return path


@pytest.fixture
def office(ctx, tmp_path):
    project = factories.project(ctx, "Aktywna Integracja", start=D(2011, 1, 1),
                                end=D(2012, 12, 31))
    ctx.engine.dispose()
    (tmp_path / "input").mkdir()
    source = _list(tmp_path / "input" / "lista.xlsx")
    return ctx.db_path, source, project.id


def _people(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM people").fetchone()[0]


def _personal_files(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        for item in folder.iterdir():
            if item.name.startswith((".odrzucone-", ".ops-import-", "openpyxl.")):
                found.append(str(item))
    return found


def _start_child(db, source, project, scratch_tmp):
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(source), str(project)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch_tmp)})


def _next_start(db: Path) -> None:
    from ops_desktop.services.context import SYSTEM_ACTOR
    from ops_desktop.services.database import open_database

    open_database(db, actor=SYSTEM_ACTOR).engine.dispose()


def _kill(child) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()


def _check_after_kill(db, source, fresh, scratch_tmp) -> None:
    _next_start(db)
    left = _personal_files(source.parent, db.parent, scratch_tmp)
    assert left == [], left
    people = _people(db)
    assert people in (0, ROWS // 2)                       # never half an import
    target = source.with_name("lista_odrzucone.xlsx")
    if target.exists():                                   # renamed into place: whole
        from openpyxl import load_workbook

        book = load_workbook(target, read_only=True)
        assert sum(1 for _ in book.active.iter_rows()) == ROWS // 2 + 1
        book.close()
    shutil.copy2(fresh, db)                               # the next round starts afresh
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    target.unlink(missing_ok=True)


def test_kill_9_during_an_import_leaves_nothing_personal_after_the_next_start(office,
                                                                              tmp_path):
    db, source, project = office
    fresh = tmp_path / "fresh.db"
    shutil.copy2(db, fresh)
    scratch_tmp = tmp_path / "systemtmp"
    scratch_tmp.mkdir()
    # At the worst moment: the temporary file of rejected rows has just appeared.
    caught = 0
    for _ in range(3):
        child = _start_child(db, source, project, scratch_tmp)
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and child.poll() is None:
            if any(p.name.startswith(".odrzucone-") for p in source.parent.iterdir()):
                _kill(child)
                caught += 1
                break
            time.sleep(0.002)
        else:
            child.wait(timeout=30)
            child.stdout.close()
        _check_after_kill(db, source, fresh, scratch_tmp)
    assert caught >= 1          # the dangerous moment was really hit (it lasts ~1 s)
    # At random moments of the whole import.
    started = time.monotonic()
    child = _start_child(db, source, project, scratch_tmp)
    child.stdout.readline()
    child.wait(timeout=180)
    child.stdout.close()
    whole = time.monotonic() - started
    _check_after_kill(db, source, fresh, scratch_tmp)
    rng = random.Random(17)
    for _ in range(3):
        child = _start_child(db, source, project, scratch_tmp)
        child.stdout.readline()
        time.sleep(rng.uniform(0, whole))
        if child.poll() is None:
            _kill(child)
        else:
            child.stdout.close()
        _check_after_kill(db, source, fresh, scratch_tmp)
