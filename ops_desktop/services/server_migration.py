"""Moving an office from its database file to the office server: `ops-desktop
migrate-to-server --from FILE.db --db postgresql://…` (README, "Office server").

The file is only read (a read-only connection; its key from the administrator's key slot as
at sign-in) and stays exactly as it was: no sign-in entry, no migration, no checkpoint. The
server database must be empty (what the office IT created, or only migrated); it gets the
same Alembic revisions, then, in ONE transaction: every table copied in dependency order
(db/server_copy.py), the sequences set past the copied ids, the counts and a checksum of the
content compared table by table, the audit chain verified and the move's own entry appended
to it. Any difference rolls the whole transaction back: the server is left empty.

Only an administrator of the file moves it (the BACKUP and RESTORE permissions: it reads the
whole office and puts it somewhere else)."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ops_desktop.db import server_copy
from ops_desktop.db.encryption import file_kind
from ops_desktop.db.engine import create_database_engine, create_reading_engine
from ops_desktop.db.keystore import Clock, keys_path_for, wipe
from ops_desktop.db.migrate import HEAD_REVISION, current_revision, upgrade_database
from ops_desktop.db.models import AuditEntry, Setting, User
from ops_desktop.domain.accounts import BadCredentials, KeyFileMissing, normalise_username
from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.progress import NO_PROGRESS, Progress
from ops_desktop.domain.server_migration import (
    ChainBroken, CopyFailed, CopyMismatch, ServerMigrationResult, SourceNotCurrent, TableCopied,
    TargetNotEmpty,
)
from ops_desktop.domain.storage_errors import DatabaseUnreadable
from ops_desktop.services import audit
from ops_desktop.services.accounts import actor_for, password_matches
from ops_desktop.services.context import Actor
from ops_desktop.services.sign_in import unlock_key

NEEDED = (Permission.BACKUP, Permission.RESTORE)


def migrate_to_server(*, source: Path, target: ServerAddress, username: str, password: str,
                      progress: Progress = NO_PROGRESS,
                      clock: Clock = time.time) -> ServerMigrationResult:
    """Copy the office of the file `source` into the empty server database `target`, signed
    in as `username` (an administrator of the file). Raises BadCredentials / SignInPaused
    (the key slot's throttle), PermissionDenied, SourceNotCurrent, TargetNotEmpty,
    CopyMismatch or ChainBroken (nothing committed on the server), StorageError."""
    source = Path(source).resolve()
    if file_kind(source) == "absent":
        raise DatabaseUnreadable(source, "missing")
    key = _file_key(source, username, password, clock)
    reader = create_reading_engine(source, key=key)
    try:
        actor = _administrator(reader, username, password, checked_by_key=key is not None)
        return _move(reader, target, actor, progress)
    finally:
        reader.dispose()
        if key is not None:
            wipe(key)


def _file_key(source: Path, username: str, password: str, clock: Clock) -> bytearray | None:
    if keys_path_for(source).exists():
        return unlock_key(source, username=username, password=password, clock=clock)
    if file_kind(source) == "encrypted":
        raise KeyFileMissing(keys_path_for(source))
    return None


def _administrator(reader: Engine, username: str, password: str, *,
                   checked_by_key: bool) -> Actor:
    """The person, from the file's `users` (read only: no throttle counter is written, the
    file's key slot keeps its own); an administrator, or PermissionDenied."""
    revision = current_revision(reader)
    if revision != HEAD_REVISION:
        raise SourceNotCurrent(revision, HEAD_REVISION)
    with Session(reader) as session:
        user = session.execute(
            select(User).where(User.username == normalise_username(username))).scalar()
        if user is None or not user.active or not (
                checked_by_key or password_matches(user.password_hash, password)):
            raise BadCredentials()
        actor = actor_for(user)
    for permission in NEEDED:
        if not actor.can(permission):
            raise PermissionDenied(permission.value, actor.username)
    return actor


def _move(reader: Engine, target: ServerAddress, actor: Actor,
          progress: Progress) -> ServerMigrationResult:
    server = create_database_engine(target)
    try:
        with server.connect() as conn:
            found = server_copy.occupied(conn)
        if found:
            raise TargetNotEmpty(found)
        upgrade_database(server, None, None)
        with reader.connect() as src, server.begin() as dst:
            src.exec_driver_sql("BEGIN")  # one snapshot of the file for the copy and the counts
            found = server_copy.occupied(dst)
            if found:  # someone else's start in between
                raise TargetNotEmpty(found)
            extra = server_copy.file_tables(src) - {t.name for t in server_copy.tables_in_order()}
            if extra:
                raise RuntimeError(f"tables of the file not in the models: {sorted(extra)}")
            counts = _copy(src, dst, progress)
            tables = _compare(src, dst, counts)
            if not all(table.ok for table in tables):
                raise CopyMismatch(tables)
            with Session(bind=dst) as session:
                broken = audit.first_broken_link(session)
                if broken is not None:
                    raise ChainBroken(broken)
                _carry_audit_high_water(session, server_copy.file_sequences(src))
                audit.record(session, actor, "migrate_to_server", "database", None,
                             tables=len(tables), rows=sum(t.target_rows for t in tables),
                             source_revision=HEAD_REVISION)
                session.flush()
                head = audit.head(session)
                entries = session.execute(select(func.count(AuditEntry.id))).scalar_one()
                if audit.first_broken_link(session) is not None:
                    raise ChainBroken(head.id)
        return ServerMigrationResult(tables, entries, head)
    finally:
        server.dispose()


def _carry_audit_high_water(session: Session, floors: dict[str, int]) -> None:
    """The server hands out audit ids above its settings mark (services/audit.py): the mark
    starts at the highest id the file ever gave, so no id of the file's era comes again."""
    largest = session.execute(select(func.max(AuditEntry.id))).scalar() or 0
    given = max(largest, floors.get("audit_log", 0))
    if given:
        session.merge(Setting(key=audit.HIGH_WATER, value=str(given)))
        session.flush()


def _copy(src, dst, progress: Progress) -> dict[str, int]:
    order = server_copy.tables_in_order()
    counts = {table.name: server_copy.row_count(src, table) for table in order}
    total, before = sum(counts.values()), 0
    progress.report(0, total, "")
    server_copy.set_user_triggers(dst, enabled=False)
    server_copy.clear(dst)
    for table in order:
        try:
            copied = server_copy.copy_table(
                src, dst, table,
                lambda done, base=before, name=table.name: progress.report(base + done, total,
                                                                           name))
        except DBAPIError as exc:  # the first line only: the DETAIL lines quote the values
            raise CopyFailed(table.name, str(exc.orig).strip().splitlines()[0]) from exc
        before += copied
    server_copy.advance_sequences(dst, server_copy.file_sequences(src))
    server_copy.set_user_triggers(dst, enabled=True)
    return counts


def _compare(src, dst, counts: dict[str, int]) -> tuple[TableCopied, ...]:
    compared = []
    for table in server_copy.tables_in_order():
        same = (server_copy.content_digest(src, table)
                == server_copy.content_digest(dst, table))
        compared.append(TableCopied(table.name, counts[table.name],
                                    server_copy.row_count(dst, table), same))
    return tuple(compared)
