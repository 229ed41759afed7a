"""Restoring a backup, and recovering from a damaged database at start.

Before anything is replaced the backup is checked in full and described (date, app version,
schema revision, per-table row counts), so the person can see what they get. The current
database file is never overwritten: it is renamed aside with a timestamp
(`ops.before-restore-20260315-101500.db`, or `ops.damaged-…` when the quick check at start
refused it), with its `-wal`/`-shm` beside it under the same new name; the backup is copied
in through a temporary file (fsynced, read back) and renamed into place.

`restore_backup(ctx, …)` works on the open database (GUI "Przywróć", `ops-desktop restore`):
the backup is checked through the open engine (same key) and the engine is closed before the
swap. `recover_database(path, …)` works without an open database (it is the damaged one), so
it takes the key, like the code that opens the database at start."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

from ops_desktop import paths
from ops_desktop.db.engine import create_database_engine
from ops_desktop.domain.backups import (
    BackupInfo, BackupInspection, CheckReport, FileFacts, RestoreResult,
)
from ops_desktop.domain.storage_errors import DatabaseDamaged, DatabaseTooNew, storage_error_from
from ops_desktop.db.migrate import alembic_config, upgrade_database
from ops_desktop.db.keystore import KeyRing, keys_path_for
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit
from ops_desktop.services.backup import list_backups
from ops_desktop.fsync import fsync_folder
from ops_desktop.services.backup_files import copy_verified, remove_quietly, sha256_file
from ops_desktop.services.context import Actor, ServiceContext
from ops_desktop.services.integrity import check_attached, check_file

STAMP_FORMAT = "%Y%m%d-%H%M%S"


def inspect_backup(ctx: ServiceContext, *, backup: BackupInfo) -> BackupInspection:
    """Check a backup through the open database's engine (same key)."""
    ctx.require(Permission.RESTORE)
    report, facts = check_attached(ctx.engine, backup.path)
    return _inspection(backup, report, facts)


def inspect_backup_file(backup: BackupInfo, *, key: bytes | None) -> BackupInspection:
    """Check a backup with the key given (at start, when the database itself is damaged)."""
    report, facts = check_file(backup.path, key=key, full=True)
    return _inspection(backup, report, facts)


def newest_good_backup(db_path: Path | str, *, key: bytes | None,
                       folders: list[Path] | None = None) -> BackupInspection | None:
    """The newest backup of this database that passes every check, looking in `backups/`
    beside it and in `folders` (e.g. the second-copy drive)."""
    db_path = Path(db_path)
    candidates: list[BackupInfo] = []
    for folder in [paths.backups_dir_for(db_path), *(folders or [])]:
        candidates += list_backups(folder, stem=db_path.stem)
    candidates.sort(key=lambda b: b.taken_at, reverse=True)
    for backup in candidates:
        inspection = inspect_backup_file(backup, key=key)
        if inspection.restorable:
            return inspection
    return None


def restore_backup(ctx: ServiceContext, *, backup: BackupInfo,
                   now: dt.datetime | None = None) -> RestoreResult:
    """Replace the open database with `backup`; the current file is kept aside. The engine
    is closed first; afterwards it opens the restored file (migrated to this version)."""
    ctx.require(Permission.RESTORE)
    inspection = inspect_backup(ctx, backup=backup)
    _refuse_unsound(inspection)
    db_path = Path(ctx.db_path or "")
    ctx.engine.dispose()
    aside = _swap_in(db_path, backup.path, label="before-restore", now=now or dt.datetime.now())
    upgrade_database(ctx.engine, db_path, paths.backups_dir_for(db_path))
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, "restore", "database", None, file=backup.path.name,
                     kept_aside=aside.name if aside else None, reason="chosen")
    return RestoreResult(backup.path, aside, inspection)


def recover_database(db_path: Path | str, *, backup: BackupInfo, key: bytes | None,
                     actor: Actor, now: dt.datetime | None = None) -> RestoreResult:
    """Put the newest good backup in place of a damaged database, which is kept aside."""
    db_path = Path(db_path)
    inspection = inspect_backup_file(backup, key=key)
    _refuse_unsound(inspection)
    aside = _swap_in(db_path, backup.path, label="damaged", now=now or dt.datetime.now())
    engine = create_database_engine(db_path, key=key)
    try:
        # With the key, the restore's entry becomes the head the key file records (the
        # recorded one named an entry of the damaged file).
        ring = KeyRing(keys_path_for(db_path), bytearray(key)) if key is not None else None
        ctx = ServiceContext(engine, actor, db_path=db_path, keyring=ring)
        with ctx.transaction() as session:
            audit.record(session, actor, "restore", "database", None, file=backup.path.name,
                         kept_aside=aside.name if aside else None, reason="damaged")
        if ring is not None:
            ring.wipe()
    finally:
        engine.dispose()
    return RestoreResult(backup.path, aside, inspection)


def keep_aside(db_path: Path, *, label: str, now: dt.datetime) -> Path | None:
    """Rename the database (and its -wal/-shm) to a new, timestamped name beside it; never
    onto an existing file. Returns the new name, or None when there was no file. All or
    nothing: if a companion cannot be moved, what was moved goes back. The caller fsyncs the
    folder once the swap is complete."""
    if not db_path.exists():
        return None
    stamp = now.strftime(STAMP_FORMAT)
    aside, n = db_path.with_name(f"{db_path.stem}.{label}-{stamp}{db_path.suffix}"), 0
    while any(Path(str(aside) + s).exists() for s in ("", "-wal", "-shm")):
        n += 1
        aside = db_path.with_name(f"{db_path.stem}.{label}-{stamp}-{n}{db_path.suffix}")
    os.replace(db_path, aside)
    moved = [(db_path, aside)]
    try:
        for suffix in ("-wal", "-shm"):
            companion = Path(str(db_path) + suffix)
            if companion.exists():
                os.replace(companion, Path(str(aside) + suffix))
                moved.append((companion, Path(str(aside) + suffix)))
    except OSError:
        for original, new in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(new, original)
        raise
    return aside


def _swap_in(db_path: Path, backup: Path, *, label: str, now: dt.datetime) -> Path | None:
    """Copy the backup in beside the database, then swap names. On any error the database
    is back under its own name (the original, or — if only the last fsync failed and the
    swap cannot be undone — the sound restored copy) and no temporary file is left."""
    temp = db_path.with_name(db_path.name + ".restoring")
    try:
        copy_verified(backup, temp)
    except OSError as exc:
        remove_quietly(temp)
        _raise_storage(exc, db_path.parent)
    aside = None
    replaced = False
    try:
        aside = keep_aside(db_path, label=label, now=now)
        os.replace(temp, db_path)
        replaced = True
        fsync_folder(db_path.parent)
    except OSError as exc:
        if replaced:
            with contextlib.suppress(OSError):
                os.replace(db_path, temp)  # undo: the original goes back below
        remove_quietly(temp)
        if aside is not None and not db_path.exists():
            _put_back(aside, db_path)
        _raise_storage(exc, db_path.parent)
    return aside


def _put_back(aside: Path, db_path: Path) -> None:
    try:
        os.replace(aside, db_path)
        for suffix in ("-wal", "-shm"):
            if Path(str(aside) + suffix).exists():
                os.replace(Path(str(aside) + suffix), Path(str(db_path) + suffix))
    except OSError:
        pass  # the file stays aside under its timestamped name: nothing is lost


def _raise_storage(exc: OSError, folder: Path) -> None:
    error = storage_error_from(exc, folder)
    if error is None:
        raise exc
    raise error from exc


def _inspection(backup: BackupInfo, report: CheckReport, facts: FileFacts) -> BackupInspection:
    matches = None
    if backup.sha256:
        try:
            matches = sha256_file(backup.path) == backup.sha256
        except OSError:
            matches = False
    newer = facts.schema_revision is not None and facts.schema_revision not in _known_revisions()
    return BackupInspection(backup, report, facts, matches, newer)


def _refuse_unsound(inspection: BackupInspection) -> None:
    if inspection.newer_schema:
        raise DatabaseTooNew(inspection.backup.path, str(inspection.facts.schema_revision))
    if not inspection.restorable:
        raise DatabaseDamaged(inspection.backup.path, inspection.problems,
                              list(inspection.check.pages))


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # only when a backup is inspected

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
