"""Upgrading real databases saved from earlier releases (tests/fixtures/db/, see its README).

Each file is copied to tmp_path and opened with today's `open_database`, as the application
does at start-up after an office installs a new version: a backup is made first, the schema
reaches head, every row the old release wrote is still there with the same values, the audit
chain still checks out, and the upgraded schema is the one a new database gets."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from ops_desktop import __version__
from ops_desktop.db.migrate import head_revision
from ops_desktop.db.models import Base
from ops_desktop.services import audit, audit_log, enrolment, participants
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR
from tests import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "db"
RELEASE_FILES = sorted(FIXTURES.glob("ops-*-r*.db"))


def test_there_is_a_database_from_every_release_so_far():
    assert [f.name for f in RELEASE_FILES] >= ["ops-0.1.0-r0001.db"]
    for db in RELEASE_FILES:
        assert db.with_suffix(".json").exists(), f"{db.name} has no manifest"


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[dict]:
    select = ", ".join(f'"{c}"' for c in columns)
    rows = conn.execute(f'SELECT {select} FROM "{table}"')
    return [dict(zip(columns, r, strict=True)) for r in rows]


@pytest.fixture(params=RELEASE_FILES, ids=lambda p: p.stem)
def upgraded(request, tmp_path):
    source: Path = request.param
    expected = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    copy = tmp_path / "office-pc" / source.name
    copy.parent.mkdir()
    shutil.copy2(source, copy)
    opened = open_database(copy, actor=SYSTEM_ACTOR)
    yield expected, copy, opened
    opened.engine.dispose()


def test_upgrade_makes_a_backup_of_the_old_file_first(upgraded):
    expected, copy, opened = upgraded
    report = opened.migration
    assert report.from_revision == expected["revision"]
    assert report.to_revision == head_revision()
    if expected["revision"] == head_revision():
        pytest.skip("this release's file is already at head: nothing to upgrade")
    backup = report.backup
    assert backup is not None and backup.exists()
    assert backup.parent == copy.parent / "backups"
    assert expected["revision"] in backup.name and f"v{__version__}" in backup.name
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            expected["revision"]
        for table, count in expected["counts"].items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_every_row_of_the_old_release_survives(upgraded):
    expected, copy, opened = upgraded
    opened.engine.dispose()  # read the file itself, as another program would
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            head_revision()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, count in expected["counts"].items():
            if table == "alembic_version":
                continue
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] >= count, table
        for table, rows in expected["rows"].items():
            if not rows:
                continue
            now = _rows(conn, table, list(rows[0]))
            missing = [row for row in rows if row not in now]
            assert missing == [], f"{table}: rows lost or changed by the upgrade"
        head = expected["audit_head"]
        assert conn.execute("SELECT hash FROM audit_log WHERE id = ?",
                            (head["id"],)).fetchone()[0] == head["hash"]
    conn.close()


def test_the_upgraded_file_works_through_the_services(upgraded):
    expected, _copy, opened = upgraded
    ctx = opened.context
    for row in expected["rows"]["people"]:
        person = participants.get_person(ctx, person_id=row["id"])
        assert (person.draft.last_name, person.draft.pesel) == (row["last_name"], row["pesel"])
    statuses = sorted(
        view.status.value
        for row in expected["rows"]["people"]
        for view in enrolment.participations_of(ctx, person_id=row["id"])
    )
    assert statuses == sorted(row["status"] for row in expected["rows"]["participations"])
    with ctx.reading() as session:
        assert audit.first_broken_link(session) is None
        status = audit_log.status_of(session)            # 0009 rebuilt the table
        assert status.ok and status.protected
        assert status.entries >= expected["counts"]["audit_log"]   # + reads audited above


def test_audit_ids_are_not_reused_after_the_upgrade(upgraded):
    """0009: AUTOINCREMENT. The newest entry deleted, the next one takes a new id."""
    import sqlite3

    _expected, copy, opened = upgraded
    with opened.context.reading() as session:
        newest = audit.head(session).id
    opened.engine.dispose()
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE id = ?", (newest,))
    reopened = open_database(copy, actor=SYSTEM_ACTOR)
    try:
        with reopened.context.transaction() as session:
            audit.record(session, SYSTEM_ACTOR, "check", "database")
        with reopened.context.reading() as session:
            assert audit.head(session).id == newest + 1
            status = audit_log.status_of(session)
        assert status.missing == ((newest, newest),)
        assert status.missing_triggers == ("audit_log_no_delete",)
    finally:
        reopened.engine.dispose()


def test_the_upgraded_schema_is_the_schema_of_a_new_database(upgraded):
    _expected, _copy, opened = upgraded
    with opened.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    assert diff == []


def test_opening_the_upgraded_file_again_changes_nothing(upgraded):
    _expected, copy, opened = upgraded
    opened.engine.dispose()
    again = open_database(copy, actor=SYSTEM_ACTOR)
    try:
        assert again.migration.from_revision == head_revision()
        assert again.migration.backup is None
    finally:
        again.engine.dispose()


def test_the_contract_register_continues_after_the_upgrade(upgraded):
    """0010: the year's counter starts from the highest number the file already has, so the
    next contract signed after the upgrade takes the next number."""
    from sqlalchemy import func, inspect, select, text

    from tests.factories import contracts as contract_factories

    _expected, _copy, opened = upgraded
    ctx = opened.context
    with ctx.reading() as session:
        before = 0
        if "contracts" in set(inspect(session.connection()).get_table_names()):
            before = session.execute(text(
                "SELECT max(seq) FROM contracts WHERE year = 2011")).scalar() or 0
    project, person = contract_factories.setup(ctx, title="Kontrakty po aktualizacji")
    view = contract_factories.signed(ctx, project, person)
    assert view.number == f"KS/{before + 1}/2011"
    from ops_desktop.db.models.contracts import ContractCounter

    with ctx.reading() as session:
        assert session.execute(select(func.max(ContractCounter.last_seq)).where(
            ContractCounter.year == 2011)).scalar() == before + 1
