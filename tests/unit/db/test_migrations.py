"""Migrations: empty → head, a newer database refused, a backup before upgrading, and the
models and the migrations describe the same schema."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from ops_desktop.db.engine import create_database_engine
from ops_desktop.domain.storage_errors import DatabaseTooNew
from ops_desktop.db.migrate import head_revision
from ops_desktop.db.models import Base
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR
from tests import ROOT


def test_empty_file_is_migrated_to_head(tmp_path):
    opened = open_database(tmp_path / "new.db", actor=SYSTEM_ACTOR)
    assert opened.migration.from_revision is None
    assert opened.migration.to_revision == head_revision()
    tables = set(inspect(opened.engine).get_table_names())
    assert {"people", "projects", "participations", "audit_log", "alembic_version"} <= tables
    opened.engine.dispose()


def test_connection_pragmas(tmp_path):
    opened = open_database(tmp_path / "p.db", actor=SYSTEM_ACTOR)
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    opened.engine.dispose()


def test_database_newer_than_the_code_is_refused_and_left_alone(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew) as info:
        open_database(db_path, actor=SYSTEM_ACTOR)
    assert info.value.revision == "9999_future"
    assert db_path.read_bytes() == before


def test_backup_is_made_before_an_upgrade(tmp_path):
    path = tmp_path / "old.db"
    engine = create_database_engine(path)
    from alembic import command

    from ops_desktop.db.migrate import alembic_config

    config = alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO office (name, short_name, street, postal_code, city, nip, regon, "
            "head_name, head_title, logo_path) VALUES ('MOPR', '', '', '', '', '', '', '', '', '')")
    engine.dispose()
    opened = open_database(path, actor=SYSTEM_ACTOR)
    backup = opened.migration.backup
    assert opened.migration.from_revision == "0001"
    assert backup is not None and backup.exists() and backup.parent.name == "backups"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT name FROM office").fetchone()[0] == "MOPR"
    opened.engine.dispose()


def test_models_and_migrations_do_not_drift(tmp_path):
    opened = open_database(tmp_path / "drift.db", actor=SYSTEM_ACTOR)
    with opened.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    opened.engine.dispose()
    assert diff == []


@pytest.mark.both_backends
def test_audit_log_is_append_only(ctx, backend):
    from sqlalchemy.exc import DBAPIError

    from tests import factories

    factories.project(ctx)
    statements = ["UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"]
    if backend == "postgresql":
        statements.append("TRUNCATE audit_log")  # row triggers would not see it
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            with ctx.engine.begin() as conn:
                conn.exec_driver_sql(statement)
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar() > 0


def test_head_revision_constant_is_the_head_of_the_scripts():
    """HEAD_REVISION lets a start at the head skip Alembic: it must name the real head."""
    from ops_desktop.db.migrate import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_a_file_at_the_head_opens_without_importing_alembic(db_path):
    """In a fresh interpreter (this one has Alembic loaded by the other tests)."""
    import subprocess
    import sys

    code = ("import sys; from ops_desktop.services.database import open_database; "
            "from ops_desktop.services.context import SYSTEM_ACTOR; "
            f"o = open_database({str(db_path)!r}, actor=SYSTEM_ACTOR); o.engine.dispose(); "
            "print(o.migration.from_revision, "
            "sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split()
    assert out == [head_revision(), "[]"]
