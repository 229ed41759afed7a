"""R2: I/O errors and a full disk injected at every write step of a backup (and of a restore):
0 corrupt or partial state, a clear error (a StorageError the GUI words calmly), and the
program keeps running: the database takes the next write and the next backup succeeds.

Each step is found by counting the calls of a clean run first (os.fsync, os.replace, and the
writes of our own file copies); then every call in turn raises ENOSPC or EIO."""

from __future__ import annotations

import errno
import os

import pytest

from ops_desktop.domain.storage_errors import DiskFull, MediumFailed, StorageError
from ops_desktop.services import audit_log, backup, backup_files, integrity, restore
from tests import factories

ERRNOS = {errno.ENOSPC: DiskFull, errno.EIO: MediumFailed}


class Injector:
    """Counts calls of a function; raises OSError(err) at call number `at` (0: never)."""

    def __init__(self, original, at: int = 0, err: int = errno.EIO):
        self.original, self.at, self.err, self.calls = original, at, err, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls == self.at:
            raise OSError(self.err, os.strerror(self.err))
        return self.original(*args, **kwargs)


class _FailingFile:
    """A file whose write() goes through an Injector (file objects cannot be patched)."""

    def __init__(self, handle, injector: Injector):
        self._handle, self._injector = handle, injector

    def write(self, data):
        return self._injector(self._handle.write, data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        self._handle.__enter__()
        return self

    def __exit__(self, *exc):
        return self._handle.__exit__(*exc)


def _patch(monkeypatch, step: str, injector: Injector) -> None:
    if step == "fsync":
        monkeypatch.setattr(os, "fsync", injector)
    elif step == "replace":
        monkeypatch.setattr(os, "replace", injector)
    elif step == "write":
        counter = Injector(lambda write, data: write(data), injector.at, injector.err)
        injector.original = counter  # calls are counted on `counter`
        real_open = open

        def opening(path, mode="r", *args, **kwargs):
            handle = real_open(path, mode, *args, **kwargs)
            return _FailingFile(handle, counter) if any(m in mode for m in "wa+") else handle

        monkeypatch.setattr(backup_files, "open", opening, raising=False)


def _calls(injector: Injector) -> int:
    inner = injector.original
    return inner.calls if isinstance(inner, Injector) else injector.calls


def _clean_state(folder, db_path) -> tuple[int, int]:
    """Every backup file present checks out and matches its manifest; no temporary files.
    Returns (backups, manifests)."""
    assert not list(folder.glob("*.partial")), "a temporary file was left behind"
    dbs = list(folder.glob("*.db"))
    for path in dbs:
        report, _ = integrity.check_file(path, key=None)
        assert report.ok, f"corrupt backup {path.name}"
        info = backup.describe(path)
        if info.has_manifest:
            assert info.sha256 == backup_files.sha256_file(path)
    live, _ = integrity.check_file(db_path, key=None)
    assert live.ok
    return len(dbs), len(list(folder.glob("*.json")))


@pytest.fixture
def prepared(ctx, tmp_path):
    project = factories.project(ctx)
    for i in range(5):
        factories.enrol(ctx, factories.person(ctx, "Anna", f"Nowak{i}").id, project)
    second = tmp_path / "second"
    backup.set_copy_dir(ctx, folder=second)
    return ctx, second


def _count_steps(monkeypatch, ctx) -> dict[str, int]:
    counts = {}
    for step in ("fsync", "replace", "write"):
        with monkeypatch.context() as patch:
            injector = Injector(getattr(os, step, None) if step != "write" else None)
            _patch(patch, step, injector)
            result = backup.create_backup(ctx)
            assert result.copy is not None
            counts[step] = _calls(injector)
    return counts


def test_r2_backup_survives_a_failure_at_every_write_step(prepared, monkeypatch, capsys):
    ctx, second = prepared
    folder = ctx.db_path.parent / "backups"
    steps = _count_steps(monkeypatch, ctx)
    assert steps["fsync"] >= 8 and steps["replace"] >= 4 and steps["write"] >= 2
    injected = clear_errors = copy_errors = 0
    for step, total in steps.items():
        for at in range(1, total + 1):
            for err, expected in ERRNOS.items():
                injected += 1
                with monkeypatch.context() as patch:
                    original = getattr(os, step) if step != "write" else None
                    _patch(patch, step, Injector(original, at, err))
                    try:
                        result = backup.create_backup(ctx)
                    except StorageError as exc:
                        assert isinstance(exc, expected), (step, at, exc)
                        clear_errors += 1
                    else:  # the failure hit the second copy: reported, the backup stands
                        assert isinstance(result.copy_error, expected), (step, at)
                        assert result.check.ok and result.backup.path.exists()
                        copy_errors += 1
                _clean_state(folder, ctx.db_path)
                _clean_state(second, ctx.db_path)
                factories.person(ctx, "Jan", "Dalej")          # the program keeps running
    assert backup.create_backup(ctx).copy is not None
    failures = audit_log.count_entries(ctx, flt=audit_log.AuditFilter(action="backup_failed"))
    assert failures == clear_errors
    with capsys.disabled():
        print(f"\nR2 backup: {injected} injected errors (ENOSPC, EIO) at "
              f"{sum(steps.values())} write steps {steps}: 0 corrupt or partial files; "
              f"{clear_errors} clear errors, {copy_errors} reported second-copy failures; "
              "database writable and next backup fine after each")


def test_r2_restore_survives_a_failure_at_every_write_step(prepared, monkeypatch, capsys):
    ctx, _second = prepared
    backup.set_copy_dir(ctx, folder=None)
    made = backup.create_backup(ctx).backup
    factories.person(ctx, "Jan", "Później")
    counts = {}
    for step in ("fsync", "replace", "write"):
        with monkeypatch.context() as patch:
            injector = Injector(getattr(os, step) if step != "write" else None)
            _patch(patch, step, injector)
            restore.restore_backup(ctx, backup=made)
            counts[step] = _calls(injector)
    injected = 0
    for step, total in counts.items():
        for at in range(1, total + 1):
            injected += 1
            with monkeypatch.context() as patch:
                original = getattr(os, step) if step != "write" else None
                _patch(patch, step, Injector(original, at, errno.ENOSPC))
                try:
                    restore.restore_backup(ctx, backup=made)
                except StorageError as exc:
                    assert isinstance(exc, DiskFull)
            assert ctx.db_path.exists(), f"database missing after failure at {step} #{at}"
            report, _ = integrity.check_file(ctx.db_path, key=None)
            assert report.ok
            assert not list(ctx.db_path.parent.glob("*.restoring*"))
            factories.person(ctx, "Jan", "Dalej")
    with capsys.disabled():
        print(f"\nR2 restore: {injected} injected ENOSPC at {counts}: the database file was "
              "always present and sound; no temporary files left")
