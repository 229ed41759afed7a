"""Backups of the office server's database: the same `backup` / `restore` commands and the
GUI's daily and at-exit backups as for a file (services/backup.py hands a server context
here), with `pg_dump --format=custom` instead of `VACUUM INTO` (db/server_dump.py).

Where: `[server] backups` of office.ini (a folder the office shares, e.g. the server's
own backup disk mounted on the coordinator's PC), else the per-user data folder,
`server-backups/<host>-<port>-<database>/`. Names, manifest and rotation are the file's:
`<database>-v<version>-<stamp>.dump` beside `….json` (date, version, schema revision,
per-table row counts, SHA-256, audit head; no personal data), 3 newest + 7 daily + 4 weekly
+ 12 monthly.

Exact: the counts and the audit head of the manifest are read in the REPEATABLE READ
transaction whose snapshot pg_dump is given (`pg_export_snapshot`), so they describe the
dump and nothing written a moment later. Verified before it is put in place: `pg_restore
--list` reads the archive's whole table of contents and must find every table's data. The
restore drill (`ops-desktop backup --drill postgresql://…`) goes further: the archive
restored into an empty scratch database, its counts compared with the manifest and its audit
chain verified there. Restoring (`ops-desktop restore --db postgresql://… --from X.dump`)
replaces the server database's objects in one transaction (`--clean --single-transaction`)."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ops_desktop import __version__, paths
from ops_desktop.db import server_copy, server_dump
from ops_desktop.db.engine import create_database_engine
from ops_desktop.db.migrate import current_revision
from ops_desktop.db.models import User
from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.server_migration import TargetNotEmpty
from ops_desktop.domain.storage_errors import ServerBackupFailed, storage_error_from
from ops_desktop.fsync import fsync_file, fsync_folder
from ops_desktop.services import audit
from ops_desktop.services.backup_files import remove_quietly, sha256_file, write_text_durably
from ops_desktop.services.context import ServiceContext
from ops_desktop.domain.backups import BackupInfo, BackupResult, CheckReport

SUFFIX = ".dump"


@dataclass(frozen=True)
class DrillResult:
    """The restore drill: a backup restored into a scratch database and compared."""

    backup: Path
    scratch: ServerAddress
    differing: dict[str, tuple[int, int]]  # table → (manifest, restored)
    chain_ok: bool
    head_ok: bool

    @property
    def ok(self) -> bool:
        return not self.differing and self.chain_ok and self.head_ok


def backups_dir(address: ServerAddress) -> Path:
    configured = paths.configured_server_backups()
    if configured:
        return Path(configured)
    name = re.sub(r"[^A-Za-z0-9._-]", "_",
                  f"{address.host}-{address.port or 5432}-{address.dbname}")
    return paths.data_home() / "server-backups" / name


def tools_found() -> bool:
    """pg_dump and pg_restore are on this PC (the GUI's daily backup runs only then)."""
    folder = paths.configured_pg_bin()
    return all(server_dump.find_tool(name, folder) for name in ("pg_dump", "pg_restore"))


def _tool(name: str) -> Path:
    found = server_dump.find_tool(name, paths.configured_pg_bin())
    if found is None:
        raise ServerBackupFailed(name, "missing")
    return found


def make_backup(ctx: ServiceContext, *, reason: str, now: dt.datetime,
                target_dir: Path | None, policy) -> object:
    """The work of services/backup.create_backup and backup_if_due on the server (they check
    the permission and the due date); a BackupResult."""
    from ops_desktop.services.backup import (
        backup_name, manifest_json, rotate,
    )

    address = _address(ctx)
    folder = target_dir or backups_dir(address)
    temp: Path | None = None
    try:
        dump_tool, restore_tool = _tool("pg_dump"), _tool("pg_restore")
        folder.mkdir(parents=True, exist_ok=True)
        final = backup_name(Path(address.dbname + SUFFIX), now, folder, suffix=SUFFIX)
        temp = final.with_name(final.name + ".partial")
        remove_quietly(temp)
        with ctx.transaction() as session:
            audit.record(session, ctx.actor, "backup", "database", None, file=final.name,
                         reason=reason)
        counts, head = _dump_counted(ctx, dump_tool, address, temp)
        fsync_file(temp)
        fsync_folder(folder)
        _verify_archive(restore_tool, temp)
        os.replace(temp, final)
        fsync_folder(folder)
        info = BackupInfo(
            path=final, taken_at=now, app_version=__version__, size=final.stat().st_size,
            reason=reason, sha256=sha256_file(final), schema_revision=current_revision(ctx.engine),
            counts=counts, audit_head=head, encrypted=False)
        write_text_durably(final.with_suffix(".json"), manifest_json(info))
    except Exception as exc:
        if temp is not None:
            remove_quietly(temp)
        if isinstance(exc, server_dump.ToolFailed):
            raise ServerBackupFailed(exc.tool, exc.detail) from exc
        error = storage_error_from(exc, folder)
        if error is None:
            raise
        raise error from exc
    removed = rotate(folder, stem=address.dbname, policy=policy)
    return BackupResult(info, CheckReport(ok=True, full=True), None, None, tuple(removed))


def _dump_counted(ctx: ServiceContext, tool: Path, address: ServerAddress,
                  target: Path) -> tuple[dict[str, int], tuple[int, str] | None]:
    with ctx.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            counts = {table.name: server_copy.row_count(conn, table)
                      for table in server_copy.tables_in_order()}
            with Session(bind=conn) as session:
                head = audit.head(session)
            server_dump.dump(tool, address, target, snapshot=snapshot)
    return counts, ((head.id, head.hash) if head else None)


def _verify_archive(tool: Path, archive: Path) -> None:
    found = server_dump.archive_tables(tool, archive)
    missing = {table.name for table in server_copy.tables_in_order()} - found
    if missing:
        raise ServerBackupFailed(archive, "tables missing: " + ", ".join(sorted(missing)))


def restore_drill(ctx: ServiceContext, *, backup: Path, scratch: ServerAddress) -> DrillResult:
    """Restore `backup` into the empty database `scratch` and compare it with its manifest
    (row counts of every table, the audit chain and its head). The scratch database keeps
    the restored copy for the administrator to look at; the drill is audited."""
    from ops_desktop.services.backup import describe

    ctx.require(Permission.BACKUP)
    info = describe(backup)
    engine = create_database_engine(scratch)
    try:
        with engine.connect() as conn:
            if server_copy.server_tables(conn):
                raise TargetNotEmpty(server_copy.occupied(conn) or {"alembic_version": 1})
        _restore(_tool("pg_restore"), scratch, Path(backup), clean=False)
        with engine.connect() as conn:
            restored = {table.name: server_copy.row_count(conn, table)
                        for table in server_copy.tables_in_order()}
            with Session(bind=conn) as session:
                chain_ok = audit.first_broken_link(session) is None
                head = audit.head(session)
    finally:
        engine.dispose()
    differing = {name: (info.counts.get(name, -1), rows) for name, rows in restored.items()
                 if info.counts.get(name) != rows}
    head_ok = (head.id, head.hash) == info.audit_head if head else info.audit_head is None
    result = DrillResult(Path(backup), scratch, differing, chain_ok, head_ok)
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, "restore_drill", "database", None,
                     file=Path(backup).name, ok=result.ok, differing=sorted(differing))
    return result


def restore_backup(ctx: ServiceContext, *, backup: Path) -> None:
    """Put `backup` in place of the server database (one transaction: all of it or nothing);
    then the restore is audited in the restored trail, as on a file."""
    ctx.require(Permission.RESTORE)
    tool = _tool("pg_restore")
    _verify_archive(tool, Path(backup))
    ctx.engine.dispose()  # no idle connection of ours holds a lock on a table it drops
    _restore(tool, _address(ctx), Path(backup), clean=True)
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, "restore", "database", None, file=Path(backup).name)
        count = session.execute(select(func.count(User.id))).scalar_one()
    if not count:
        raise ServerBackupFailed(backup, "no accounts after the restore")


def _restore(tool: Path, address: ServerAddress, archive: Path, *, clean: bool) -> None:
    try:
        server_dump.restore(tool, address, archive, clean=clean)
    except server_dump.ToolFailed as exc:
        raise ServerBackupFailed(exc.tool, exc.detail) from exc


def _address(ctx: ServiceContext) -> ServerAddress:
    if ctx.server is None:
        raise ValueError("not a server context")
    return ctx.server
