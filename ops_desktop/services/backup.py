"""Backups of the open database: taken online, fsynced, verified, rotated (docs/RELIABILITY.md).

A backup is `VACUUM INTO` a temporary file beside its final name, through a connection of the
open engine: SQLCipher writes the copy encrypted with the same key, so an encrypted database
gives an encrypted backup and no code here ever holds the key. SQLite does not fsync what
VACUUM INTO writes (and leaves a 0-byte file on a full disk), so the copy is then fsynced
here, checked (`integrity_check`, `cipher_integrity_check`, `foreign_key_check`, by ATTACHing
it to the open engine), renamed into place, and described by a small manifest beside it
(`…json`: date, app version, schema revision, per-table row counts, SHA-256, audit head; no
personal data), with a copy of the key file (`…keys`) for an encrypted database. An optional
second copy goes to a folder the administrator chose (another drive), copied and read back the
same way. Rotation keeps the 3 newest, one a day for 7 days, one a week for 4 weeks and one a
month for 12 months.

Names: `<db stem>-v<app version>-<YYYYMMDD-HHMMSS>.db` in `backups/` beside the database.
The "backup" audit entry is written *before* the copy is taken, so each backup holds the
record of its own making, and "nothing changed since the last backup" is simply "the audit
head equals the one in the newest manifest".

A context on the office server goes to services/server_backup.py (pg_dump), with the same
names (`.dump`), manifest, rotation and daily/at-exit rule."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ops_desktop import __version__, paths
from ops_desktop.domain.backups import BackupInfo, BackupResult
from ops_desktop.domain.storage_errors import (
    DatabaseDamaged,
    MediumFailed,
    StorageError,
    storage_error_from,
)
from ops_desktop.db.keystore import keys_path_for
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit, office, server_backup
from ops_desktop.fsync import fsync_file, fsync_folder
from ops_desktop.services.backup_files import (
    copy_verified, remove_quietly, sha256_file, write_text_durably,
)
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.integrity import check_attached, is_encrypted, raw_connection

COPY_DIR_SETTING = "backup_copy_dir"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-v(?P<version>[0-9][0-9A-Za-z.+]*)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?(?P<suffix>\.db|\.dump)$")


@dataclass(frozen=True)
class RetentionPolicy:
    recent: int = 3
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_POLICY = RetentionPolicy()


def manifest_path(backup: Path) -> Path:
    return backup.with_suffix(".json")


def keys_copy_path(backup: Path) -> Path:
    """The copy of the database's key file taken with the backup (encrypted databases): the
    master key never changes, so without some copy of the key file no backup can be opened
    on another computer. It holds wrapped keys only, never a password or the key itself."""
    return backup.with_suffix(".keys")


def backups_dir(ctx: ServiceContext) -> Path:
    if ctx.server is not None:
        return server_backup.backups_dir(ctx.server)
    return paths.backups_dir_for(_db_path(ctx))


def copy_dir(ctx: ServiceContext) -> Path | None:
    """The folder (another drive) that receives a second copy of each backup, if chosen."""
    value = office.get_setting(ctx, COPY_DIR_SETTING).strip()
    return Path(value) if value else None


def set_copy_dir(ctx: ServiceContext, *, folder: Path | None) -> None:
    ctx.require(Permission.BACKUP, Permission.SETTINGS_WRITE)
    office.set_setting(ctx, key=COPY_DIR_SETTING, value=str(folder) if folder else "")


def backups(ctx: ServiceContext) -> list[BackupInfo]:
    """The database's backups, newest first."""
    if not (ctx.can(Permission.BACKUP) or ctx.can(Permission.RESTORE)):
        ctx.require(Permission.RESTORE)
    return list_backups(backups_dir(ctx), stem=_stem(ctx))


def create_backup(ctx: ServiceContext, *, reason: str = "manual", now: dt.datetime | None = None,
                  target_dir: Path | None = None, second_dir: Path | None = None,
                  policy: RetentionPolicy = DEFAULT_POLICY) -> BackupResult:
    """A backup asked for by a person (GUI button, `ops-desktop backup`)."""
    ctx.require(Permission.BACKUP)
    return _make_backup(ctx, reason=reason, now=now or dt.datetime.now(),
                        target_dir=target_dir, second_dir=second_dir or copy_dir(ctx),
                        policy=policy)


def backup_if_due(ctx: ServiceContext, *, now: dt.datetime | None = None, at_exit: bool = False,
                  policy: RetentionPolicy = DEFAULT_POLICY) -> BackupResult | None:
    """The automatic backup: once a day, and at exit when anything changed since the newest
    backup. A job of the application, not a choice of the person signed in, so it needs no
    permission; the audit entry still names who was signed in."""
    now = now or dt.datetime.now()
    newest = next(iter(list_backups(backups_dir(ctx), stem=_stem(ctx))), None)
    if newest is None or newest.taken_at.date() < now.date():
        reason = "daily"
    elif at_exit and _changed_since(ctx, newest):
        reason = "exit"
    else:
        return None
    return _make_backup(ctx, reason=reason, now=now, target_dir=None, second_dir=copy_dir(ctx),
                        policy=policy)


def list_backups(folder: Path, *, stem: str) -> list[BackupInfo]:
    """Backups of the database named `stem` in `folder`, newest first (by the name's stamp)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or match["stem"] != stem or not entry.is_file():
            continue
        taken_at = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
        found.append((taken_at, int(match["n"] or 0), _info(entry, taken_at, match["version"])))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def describe(path: Path) -> BackupInfo:
    """A backup file named by the person (it may sit anywhere, e.g. on the second drive)."""
    path = Path(path)
    match = _NAME.match(path.name)
    if match:
        return _info(path, dt.datetime.strptime(match["stamp"], STAMP_FORMAT), match["version"])
    return _info(path, dt.datetime.fromtimestamp(path.stat().st_mtime), "?")


def rotate(folder: Path, *, stem: str, policy: RetentionPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete the backups the policy does not keep (and their manifests); returns them."""
    existing = list_backups(folder, stem=stem)
    keep = kept(existing, policy)
    removed = []
    for info in existing:
        if info.path in keep:
            continue
        try:
            info.path.unlink()
            manifest_path(info.path).unlink(missing_ok=True)
            keys_copy_path(info.path).unlink(missing_ok=True)
            removed.append(info.path)
        except OSError:
            continue  # a file we cannot delete now is deleted by a later rotation
    return removed


def kept(existing: list[BackupInfo], policy: RetentionPolicy) -> set[Path]:
    """The newest `recent`; the newest of each of the last `daily` days that have a backup,
    of the last `weekly` ISO weeks and of the last `monthly` months."""
    ordered = sorted(existing, key=lambda b: (b.taken_at, _sequence(b.path)), reverse=True)
    keep = {b.path for b in ordered[:policy.recent]}
    for count, bucket in ((policy.daily, lambda t: t.date()),
                          (policy.weekly, lambda t: t.isocalendar()[:2]),
                          (policy.monthly, lambda t: (t.year, t.month))):
        seen: set[object] = set()
        for b in ordered:
            if len(seen) >= count:
                break
            key = bucket(b.taken_at)
            if key not in seen:
                seen.add(key)
                keep.add(b.path)
    return keep


def _sequence(path: Path) -> int:
    """The "-2" of a second backup taken within the same second."""
    match = _NAME.match(path.name)
    return int(match["n"] or 0) if match else 0


def backup_name(db_path: Path, taken_at: dt.datetime, folder: Path, *,
                suffix: str = ".db") -> Path:
    """A new name; a second backup within the same second gets "-1", "-2"… after the highest
    number already used (so the numbers keep their order even after rotation). `suffix`:
    ".dump" for the office server's pg_dump archives (services/server_backup.py)."""
    stamp = taken_at.strftime(STAMP_FORMAT)
    base = f"{db_path.stem}-v{__version__}-{stamp}"
    used = [_sequence(p) for p in folder.glob(f"{db_path.stem}-v*-{stamp}*")
            if _NAME.match(p.with_suffix(suffix).name)]
    if not used:
        return folder / f"{base}{suffix}"
    return folder / f"{base}-{max(used) + 1}{suffix}"


# --- the work ---------------------------------------------------------------------------------
def _make_backup(ctx: ServiceContext, *, reason: str, now: dt.datetime, target_dir: Path | None,
                 second_dir: Path | None, policy: RetentionPolicy) -> BackupResult:
    if ctx.server is not None:  # pg_dump; no second copy (the server's IT keeps its own)
        return server_backup.make_backup(ctx, reason=reason, now=now, target_dir=target_dir,
                                         policy=policy)
    db_path = _db_path(ctx)
    folder = target_dir or paths.backups_dir_for(db_path)
    temp: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = backup_name(db_path, now, folder)
        temp = final.with_name(final.name + ".partial")
        remove_quietly(temp)
        with ctx.transaction() as session:
            audit.record(session, ctx.actor, "backup", "database", None, file=final.name,
                         reason=reason)
        with raw_connection(ctx.engine) as conn:
            conn.execute("VACUUM INTO ?", (str(temp),))
        fsync_file(temp)
        fsync_folder(folder)
        check, facts = check_attached(ctx.engine, temp)
        if not check.ok:
            raise DatabaseDamaged(db_path, list(check.problems), list(check.pages))
        os.replace(temp, final)
        fsync_folder(folder)
        info = BackupInfo(
            path=final, taken_at=now, app_version=__version__, size=final.stat().st_size,
            reason=reason, sha256=sha256_file(final), schema_revision=facts.schema_revision,
            counts=facts.counts, audit_head=facts.audit_head, encrypted=is_encrypted(ctx.engine),
        )
        write_text_durably(manifest_path(final), manifest_json(info))
        if keys_path_for(db_path).exists():
            copy_verified(keys_path_for(db_path), keys_copy_path(final))
    except Exception as exc:
        if temp is not None:
            remove_quietly(temp)
        _record_failure(ctx, reason, exc)
        error = storage_error_from(exc, folder)
        if error is None:
            raise
        raise error from exc
    copy, copy_error = _second_copy(info, second_dir, policy)
    removed = rotate(folder, stem=db_path.stem, policy=policy)
    return BackupResult(info, check, copy, copy_error, tuple(removed))


def _second_copy(info: BackupInfo, folder: Path | None, policy: RetentionPolicy
                 ) -> tuple[Path | None, StorageError | None]:
    """The copy on another drive; its failure is reported but the first backup stands."""
    if folder is None:
        return None, None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / info.path.name
        digest = copy_verified(info.path, target)
        if digest != info.sha256:
            raise OSError(5, "second copy differs from the backup", str(target))
        write_text_durably(manifest_path(target), manifest_json(info))
        if keys_copy_path(info.path).exists():
            copy_verified(keys_copy_path(info.path), keys_copy_path(target))
        stem = _NAME.match(info.path.name)["stem"]  # type: ignore[index]
        rotate(folder, stem=stem, policy=policy)
        return target, None
    except OSError as exc:
        return None, storage_error_from(exc, folder) or MediumFailed(folder, str(exc))


def _changed_since(ctx: ServiceContext, newest: BackupInfo) -> bool:
    if newest.audit_head is None:
        return True
    with ctx.reading() as session:
        current = audit.head(session)
    return current is None or (current.id, current.hash) != newest.audit_head


def _record_failure(ctx: ServiceContext, reason: str, exc: BaseException) -> None:
    """Best effort: a failed backup is audited when the database can still be written."""
    try:
        with ctx.transaction() as session:
            audit.record(session, ctx.actor, "backup_failed", "database", None, reason=reason,
                         error=type(storage_error_from(exc, "") or exc).__name__)
    except Exception:
        pass


def _stem(ctx: ServiceContext) -> str:
    return ctx.server.dbname if ctx.server is not None else _db_path(ctx).stem


def _db_path(ctx: ServiceContext) -> Path:
    if ctx.db_path is None:
        raise ValueError("the service context has no database path")
    return Path(ctx.db_path)


def manifest_json(info: BackupInfo) -> str:
    return json.dumps({
        "file": info.path.name, "taken_at": info.taken_at.isoformat(timespec="seconds"),
        "app_version": info.app_version, "reason": info.reason, "size": info.size,
        "sha256": info.sha256, "schema_revision": info.schema_revision,
        "encrypted": info.encrypted, "counts": info.counts,
        "audit_head": list(info.audit_head) if info.audit_head else None,
    }, indent=1, sort_keys=True)


def _info(path: Path, taken_at: dt.datetime, version: str) -> BackupInfo:
    size = path.stat().st_size
    try:
        data = json.loads(manifest_path(path).read_text(encoding="utf-8"))
        head = data.get("audit_head")
        return BackupInfo(
            path=path, taken_at=taken_at, app_version=version, size=size,
            reason=str(data.get("reason", "")), sha256=str(data.get("sha256", "")),
            schema_revision=data.get("schema_revision"), counts=dict(data.get("counts") or {}),
            audit_head=(int(head[0]), str(head[1])) if head else None,
            encrypted=data.get("encrypted"),
        )
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return BackupInfo(path=path, taken_at=taken_at, app_version=version, size=size)
