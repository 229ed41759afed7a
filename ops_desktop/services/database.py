"""Open a database file for use: engine, migrations (backup first), a service context.

Both front ends (GUI and command line) start here. The quick check of the whole file runs
before anything else, except for the GUI's sign-in (`check_later=True`) on a file already
at the current schema: there it runs beside the main window with the file read-only until
it passes (services/start_check.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from ops_desktop import paths
from ops_desktop.db.engine import create_database_engine
from ops_desktop.domain.database_location import ServerAddress, database_location
from ops_desktop.domain.storage_errors import ReadOnlyLocation, StorageError, storage_error_from
from ops_desktop.db.migrate import (
    HEAD_REVISION, MigrationReport, current_revision, upgrade_database,
)
from ops_desktop.services import import_rejected, integrity
from ops_desktop.services.backup_files import remove_leftovers
from ops_desktop.services.context import Actor, ServiceContext
from ops_desktop.services.start_check import StartCheck


@dataclass(frozen=True)
class OpenedDatabase:
    context: ServiceContext
    migration: MigrationReport

    @property
    def engine(self) -> Engine:
        return self.context.engine


def open_database(path: Path | str | ServerAddress, *, actor: Actor, key: bytes | None = None,
                  check_later: bool = False) -> OpenedDatabase:
    """Open (creating if absent) and migrate the database at `path`, acting as `actor` (the
    signed-in person; `SYSTEM_ACTOR` only where a caller names it: set-up, tests, tools).
    With `check_later` and a file at the current schema the context carries a `StartCheck`
    for the caller to run. A `postgresql://` location opens the office server's database
    (it must exist; the office IT creates it): migrated the same way, no file to check or to
    copy first, no start check."""
    location = database_location(path)
    if isinstance(location, ServerAddress):
        return _open_server(location, actor)
    path = location.resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReadOnlyLocation(path.parent, str(exc)) from exc
    # What a killed import left (temporary files of rejected rows): never kept past a start.
    import_rejected.remove_leftovers(path.parent)
    engine = create_database_engine(path, key=key)
    if check_later and _at_head(engine):
        remove_leftovers(path, paths.backups_dir_for(path))  # of a backup killed half-way
        check = StartCheck(engine, path)
        return OpenedDatabase(ServiceContext(engine, actor, db_path=path, start_check=check),
                              MigrationReport(HEAD_REVISION, HEAD_REVISION, None))
    try:
        # A damaged file is never opened for writing: DatabaseDamaged names what the quick
        # check found; the GUI then offers the newest good backup (services/restore.py).
        integrity.quick_check(engine, path)
        report = upgrade_database(engine, path, paths.backups_dir_for(path))
    except StorageError:
        engine.dispose()
        raise
    except DBAPIError as exc:  # the first connection: not a database, locked, no rights…
        engine.dispose()
        error = storage_error_from(exc, path)
        if error is None:
            raise
        raise error from exc
    remove_leftovers(path, paths.backups_dir_for(path))  # of a backup killed half-way
    return OpenedDatabase(ServiceContext(engine, actor, db_path=path), report)


def _open_server(address: ServerAddress, actor: Actor) -> OpenedDatabase:
    engine = create_database_engine(address)
    try:
        report = upgrade_database(engine, None, None)
    except BaseException:
        engine.dispose()
        raise
    return OpenedDatabase(ServiceContext(engine, actor, server=address), report)


def _at_head(engine: Engine) -> bool:
    """False also when the revision cannot be read: the quick check then names the damage."""
    try:
        return current_revision(engine) == HEAD_REVISION
    except StorageError:
        return False
