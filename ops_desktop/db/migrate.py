"""Bring a database file to the current schema at start-up.

Order: read the file's revision; refuse a file newer than this code; when an upgrade is due
and the file already holds data, copy it to the backups folder first; then apply the
revisions, each in its own transaction with its version stamp.

The file's revision is read with plain SQL and compared with `HEAD_REVISION`: a file already
at the head (every start but the first after an update) never imports Alembic, which costs
≈0.25 s before the first window (docs/PERFORMANCE.md). tests/unit/db/test_migrations.py fails when
`HEAD_REVISION` differs from the head of the migration scripts."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from ops_desktop import __version__
from ops_desktop.domain.storage_errors import DatabaseTooNew, DatabaseUnreadable

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions; a new migration changes it (a test says so).
HEAD_REVISION = "0011"


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The head as Alembic reads it from the scripts (imports Alembic; see HEAD_REVISION)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the file (None: a new or empty file), read with plain SQL
    (what Alembic's `get_current_revision` reads, without importing Alembic)."""
    try:
        with engine.connect() as conn:
            if conn.exec_driver_sql(_HAS_VERSION_TABLE[engine.dialect.name]).first() is None:
                return None
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except DatabaseError as exc:
        raise DatabaseUnreadable(engine.url.database or "", str(exc.orig)) from exc
    if len(rows) > 1:
        raise DatabaseUnreadable(engine.url.database or "", "several alembic_version rows")
    return rows[0][0] if rows else None


_HAS_VERSION_TABLE = {
    "sqlite": "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'",
    "postgresql": "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                  "AND tablename = 'alembic_version'",
}


def upgrade_database(engine: Engine, db_path: Path | None,
                     backups_dir: Path | None) -> MigrationReport:
    """`db_path` None: a server database (no file to copy; the server's own backups keep the
    state before an upgrade, and every revision still commits with its stamp)."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return MigrationReport(current, HEAD_REVISION, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    if current is not None and current != head:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise DatabaseTooNew(db_path or engine.url.database or "", current)
    if current == head:
        return MigrationReport(current, head, None)
    backup = None
    if current is not None and db_path is not None:
        backup = _backup_before_upgrade(engine, db_path, backups_dir, current)
    config = alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return MigrationReport(current, head, backup)


def _backup_before_upgrade(engine: Engine, db_path: Path, backups_dir: Path, revision: str) -> Path:
    """Fold the WAL into the main file, then copy it (encrypted files stay encrypted)."""
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    engine.dispose()
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{db_path.stem}-before-upgrade-{revision}-v{__version__}-{stamp}.db"
    shutil.copy2(db_path, target)
    with open(target, "rb+") as handle:
        import os

        os.fsync(handle.fileno())
    return target
