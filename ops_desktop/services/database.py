"""Open a database file for use: engine, migrations (backup first), a service context.

Both front ends (GUI and command line) start here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from ops_desktop import paths
from ops_desktop.db.engine import create_database_engine
from ops_desktop.db.errors import ReadOnlyLocation, StorageError
from ops_desktop.db.migrate import MigrationReport, upgrade_database
from ops_desktop.services import integrity
from ops_desktop.services.context import SYSTEM_ACTOR, Actor, ServiceContext


@dataclass(frozen=True)
class OpenedDatabase:
    context: ServiceContext
    migration: MigrationReport

    @property
    def engine(self) -> Engine:
        return self.context.engine


def open_database(path: Path | str, *, key: bytes | None = None,
                  actor: Actor = SYSTEM_ACTOR) -> OpenedDatabase:
    """Open (creating if absent) and migrate the database at `path`."""
    path = Path(path).resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReadOnlyLocation(path.parent, str(exc)) from exc
    engine = create_database_engine(path, key=key)
    try:
        # A damaged file is never opened for writing: DatabaseDamaged names what the quick
        # check found; the GUI then offers the newest good backup (services/restore.py).
        integrity.quick_check(engine, path)
    except StorageError:
        engine.dispose()
        raise
    report = upgrade_database(engine, path, paths.backups_dir_for(path))
    return OpenedDatabase(ServiceContext(engine, actor, db_path=path), report)
