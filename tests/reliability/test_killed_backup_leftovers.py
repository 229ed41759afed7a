"""A backup killed half-way (kill -9 during VACUUM INTO) leaves `….db.partial`, a whole copy
of the database; the next start removes it (services/backup_files.remove_leftovers)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database
from tests import ROOT

_BACKUP_FOREVER = """
import sys
from pathlib import Path
from ops_desktop.services import backup
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database
ctx = open_database(Path(sys.argv[1]), actor=SYSTEM_ACTOR).context
while True:
    backup.create_backup(ctx)
"""


def test_partial_of_a_killed_backup_is_removed_at_the_next_start(demo_template, tmp_path):
    import shutil

    db = tmp_path / "ops.db"
    shutil.copy2(demo_template, db)
    backups = tmp_path / "backups"
    child = subprocess.Popen([sys.executable, "-c", _BACKUP_FOREVER, str(db)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while not list(backups.glob("*.partial")):
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    left = list(backups.glob("*.partial"))
    assert left, "the kill came after the rename; the test needs it during the copy"
    fresh = open_database(db, actor=SYSTEM_ACTOR)     # a start within minutes keeps it:
    fresh.engine.dispose()                            # it may be another window's backup
    assert all(p.exists() for p in left)
    old = time.time() - 3600
    for path in left:
        os.utime(path, (old, old))                    # the next morning's start
    opened = open_database(db, actor=SYSTEM_ACTOR)
    opened.engine.dispose()
    assert not list(backups.glob("*.partial"))
