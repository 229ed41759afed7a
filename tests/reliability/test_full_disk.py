"""R3: a real full disk under the database and its backups (SQLCipher, WAL, FULL).

Rows after reopening = acknowledged rows; a backup on the full disk fails with DiskFull and
leaves no partial file, the previous backup unchanged; writing (and backing up) resumes when
space is freed. Two media:
- a 4 MiB tmpfs mounted for the test (needs root and a sandbox that allows `mount`; skipped
  otherwise);
- a file-size limit (RLIMIT_FSIZE) in a subprocess: the writes past it fail as on a full
  device (SQLite reports an I/O error there), and "freeing space" raises the limit again.
The export part of R3 is tested with the USB export (tests/reliability/test_usb_safe_write.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ops_desktop.domain.storage_errors import (
    DiskFull,
    MediumFailed,
    StorageError,
    storage_error_from,
)
from ops_desktop.services import backup, backup_files, integrity
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR
from tests import ROOT, factories



def _people(ctx) -> int:
    from sqlalchemy import text

    with ctx.reading() as session:
        return session.execute(text("SELECT count(*) FROM people")).scalar_one()


def _fill_until_full(ctx) -> tuple[int, StorageError]:
    acked = 0
    while True:
        try:
            factories.person(ctx, "Anna", f"Nowak{acked}", notes="x" * 2000)
        except Exception as exc:
            error = storage_error_from(exc, ctx.db_path.parent)
            if error is None:
                raise
            return acked, error
        acked += 1


@pytest.fixture
def tiny_disk(tmp_path):
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"this sandbox refuses mount: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_r3_full_tmpfs_under_the_database_and_its_backups(tiny_disk, capsys):
    key = os.urandom(32)
    db = tiny_disk / "ops.db"
    opened = open_database(db, key=key, actor=SYSTEM_ACTOR)
    ctx = opened.context
    first = backup.create_backup(ctx).backup
    first_sha = backup_files.sha256_file(first.path)
    filler = tiny_disk / "filler.bin"
    filler.write_bytes(b"\0" * (1536 * 1024))
    acked, error = _fill_until_full(ctx)
    assert isinstance(error, DiskFull) and acked > 0
    with pytest.raises(DiskFull):
        backup.create_backup(ctx)
    assert not list((tiny_disk / "backups").glob("*.partial"))
    assert backup_files.sha256_file(first.path) == first_sha
    ctx.engine.dispose()

    reopened = open_database(db, key=key, actor=SYSTEM_ACTOR)   # still full: reading works
    assert _people(reopened.context) == acked
    filler.unlink()                                       # space is freed
    for i in range(5):
        factories.person(reopened.context, "Jan", f"Później{i}")
    second = backup.create_backup(reopened.context)
    assert second.check.ok
    reopened.engine.dispose()

    final = open_database(db, key=key, actor=SYSTEM_ACTOR)
    assert _people(final.context) == acked + 5
    assert integrity.full_check(final.engine).ok
    final.engine.dispose()
    with capsys.disabled():
        print(f"\nR3 (tmpfs 4 MiB, encrypted): {acked} acknowledged writes before the disk "
              f"filled, {acked} rows after reopening; backup on the full disk refused "
              "(DiskFull, no partial file, previous backup unchanged); writing and backup "
              "resumed after freeing space")


# --- the same with a file-size limit, in a subprocess ----------------------------------------
def _limited_main() -> None:
    """Runs in a subprocess: argv = db, key hex, limit in bytes. Prints a JSON report."""
    import resource
    import signal

    db, key, limit = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), int(sys.argv[3])
    ctx = open_database(db, key=key, actor=SYSTEM_ACTOR).context
    first = backup.create_backup(ctx).backup
    first_sha = backup_files.sha256_file(first.path)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)        # a write past the limit fails instead
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    acked, error = _fill_until_full(ctx)
    try:
        backup.create_backup(ctx)
        backup_error = None
    except StorageError as exc:
        backup_error = type(exc).__name__
    partial = [p.name for p in first.path.parent.glob("*.partial")]
    unchanged = backup_files.sha256_file(first.path) == first_sha
    ctx.engine.dispose()
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space is freed
    ctx = open_database(db, key=key, actor=SYSTEM_ACTOR).context
    before = _people(ctx)
    for i in range(5):
        factories.person(ctx, "Jan", f"Później{i}")
    resumed = backup.create_backup(ctx).check.ok
    ctx.engine.dispose()
    print(json.dumps({"acked": acked, "error": type(error).__name__, "backup_error": backup_error,
                      "partial": partial, "unchanged": unchanged, "rows_reopened": before,
                      "resumed_backup": resumed}))


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_r3_file_size_limit_under_the_database_and_its_backups(tmp_path, capsys):
    key = os.urandom(32)
    db = tmp_path / "ops.db"
    open_database(db, key=key, actor=SYSTEM_ACTOR).engine.dispose()
    limit = 2 * 1024 * 1024
    done = subprocess.run(
        [sys.executable, "-c", "from tests.reliability.test_full_disk import _limited_main; "
         "_limited_main()", str(db), key.hex(), str(limit)],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True,
        timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["error"] in {DiskFull.__name__, MediumFailed.__name__}
    # The limit is per file: the backup (smaller than the WAL that hit it) may still fit.
    assert report["backup_error"] in {None, DiskFull.__name__, MediumFailed.__name__}
    assert report["partial"] == [] and report["unchanged"] and report["resumed_backup"]
    assert report["rows_reopened"] == report["acked"] > 0
    reopened = open_database(db, key=key, actor=SYSTEM_ACTOR)
    assert _people(reopened.context) == report["acked"] + 5
    assert integrity.full_check(reopened.engine).ok
    reopened.engine.dispose()
    with capsys.disabled():
        print(f"\nR3 (file-size limit 2 MiB, encrypted): {report['acked']} acknowledged writes, "
              f"{report['rows_reopened']} rows after reopening; the write past the limit failed "
              f"as {report['error']}; the backup then: "
              f"{report['backup_error'] or 'fitted, verified'}"
              ", no partial file, previous backup unchanged; writing resumed after the limit rose")
