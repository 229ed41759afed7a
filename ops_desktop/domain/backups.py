"""Backups and database checks: what a check of a database file found, what a file holds,
one backup file, the result of taking one, a backup checked before restoring it and the
result of a restore. Pure data: the checks are `services/integrity.py`, taking backups
`services/backup.py`, restoring them `services/restore.py`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ops_desktop.domain.storage_errors import DatabaseDamaged, StorageError


@dataclass(frozen=True)
class CheckReport:
    """What the checks found. `problems` are SQLite's own lines; `pages` the pages named."""

    ok: bool
    problems: tuple[str, ...] = ()
    pages: tuple[int, ...] = ()
    foreign_key_problems: int = 0
    encrypted: bool = False
    full: bool = False

    def raise_if_damaged(self, path: Path | str) -> None:
        if not self.ok:
            raise DatabaseDamaged(path, list(self.problems), list(self.pages))


@dataclass(frozen=True)
class FileFacts:
    """What a database file holds, read through a connection: for a backup's manifest and
    the restore dialog. Counts and the audit head are not personal data."""

    counts: dict[str, int] = field(default_factory=dict)
    schema_revision: str | None = None
    audit_head: tuple[int, str] | None = None


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; the fields after `size` come from its manifest when it has one."""

    path: Path
    taken_at: dt.datetime
    app_version: str
    size: int
    reason: str = ""
    sha256: str = ""
    schema_revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    audit_head: tuple[int, str] | None = None
    encrypted: bool | None = None

    @property
    def has_manifest(self) -> bool:
        return bool(self.sha256)


@dataclass(frozen=True)
class BackupResult:
    backup: BackupInfo
    check: CheckReport
    copy: Path | None = None
    copy_error: StorageError | None = None
    removed: tuple[Path, ...] = ()


@dataclass(frozen=True)
class BackupInspection:
    """A backup checked in full: what it holds and whether it may be restored."""

    backup: BackupInfo
    check: CheckReport
    facts: FileFacts
    sha256_matches: bool | None   # None: the backup has no manifest to compare with
    newer_schema: bool

    @property
    def restorable(self) -> bool:
        return self.check.ok and self.sha256_matches is not False and not self.newer_schema

    @property
    def problems(self) -> list[str]:
        found = list(self.check.problems)
        if self.sha256_matches is False:
            found.append("sha256 differs from the manifest")
        if self.newer_schema:
            found.append(f"schema {self.facts.schema_revision} is newer than this program")
        return found


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None
    inspection: BackupInspection
