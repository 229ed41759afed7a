"""The same Alembic revisions on the office server: 0001 … head upgrade an empty
PostgreSQL database one by one, the models and the migrations describe the same schema there
too, downgrading to nothing and upgrading again works, and the maintained summary triggers
run (plpgsql twins of 0005's SQLite triggers)."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from ops_desktop.db.engine import create_database_engine
from ops_desktop.db.migrate import HEAD_REVISION, alembic_config, current_revision
from ops_desktop.db.models import Base
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database


@pytest.fixture
def server(pg_cluster, pg_database):
    engine = create_database_engine(pg_cluster.address(pg_database))
    yield pg_cluster.address(pg_database), engine
    engine.dispose()


def _upgrade(engine, target: str) -> None:
    config = alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)


def test_each_revision_upgrades_an_empty_server_database(server):
    _address, engine = server
    assert current_revision(engine) is None
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert revisions[0] == "0001" and revisions[-1] == HEAD_REVISION
    for revision in revisions:
        _upgrade(engine, revision)
        assert current_revision(engine) == revision


def test_models_and_migrations_do_not_drift_on_the_server(server):
    address, engine = server
    opened = open_database(address, actor=SYSTEM_ACTOR)
    assert opened.migration.from_revision is None
    with opened.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    opened.engine.dispose()
    assert diff == []


def test_down_to_nothing_and_up_again(server):
    _address, engine = server
    _upgrade(engine, "head")
    config = alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema()").scalar() == 0  # no trigger function left
    _upgrade(engine, "head")
    assert current_revision(engine) == HEAD_REVISION
