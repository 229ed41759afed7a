"""Backups of the office server's database on the test PostgreSQL cluster: pg_dump's
custom format with the manifest counted in the dump's own snapshot, verified by pg_restore
--list, rotated like a file's backups, the restore drill into a scratch database, restoring
over the live database, the GUI's daily/at-exit path, and a PC without the client programs."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ops_desktop import paths
from ops_desktop.db import server_copy
from ops_desktop.db.models import AuditEntry, Person
from ops_desktop.domain.enums import Role
from ops_desktop.domain.messages import storage_error_text
from ops_desktop.domain.storage_errors import ServerBackupFailed
from ops_desktop.services import audit, backup, server_backup
from ops_desktop.services.backup import RetentionPolicy, list_backups
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database
from ops_desktop.services.sign_in import sign_in
from tests import factories
from tests.security_support import PASSWORD, add_account


def _office_ini(lines: str) -> None:
    target = paths.office_settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("[server]\n" + lines, encoding="utf-8")


@pytest.fixture
def server_ctx(pg_cluster, pg_template):
    """An administrator signed in to a server office with a project and two people; pg_dump
    and pg_restore of the cluster's own version (office.ini `pg_bin`)."""
    _office_ini(f"pg_bin = {pg_cluster.bin_dir}\n")
    name = pg_cluster.create_database(template=pg_template)
    address = pg_cluster.address(name)
    opened = open_database(address, actor=SYSTEM_ACTOR)
    add_account(opened.context, "admin", Role.ADMIN)
    project = factories.project(opened.context)
    for first in ("Żaneta", "Łucja"):
        factories.enrol(opened.context, factories.person(opened.context, first, "Łącka").id,
                        project)
    opened.engine.dispose()
    session = sign_in(address, username="admin", password=PASSWORD, channel="test")
    yield session.context
    session.close()
    pg_cluster.drop_database(name)


def _live_counts(ctx) -> dict[str, int]:
    with ctx.engine.connect() as conn:
        return {t.name: server_copy.row_count(conn, t) for t in server_copy.tables_in_order()}


def test_a_backup_is_a_verified_dump_described_by_its_own_snapshot(server_ctx):
    result = backup.create_backup(server_ctx)
    info = result.backup
    assert info.path.suffix == ".dump" and info.path.is_file()
    assert info.path.parent == server_backup.backups_dir(server_ctx.server)
    assert info.path.parent.is_relative_to(paths.data_home())
    assert info.path.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert info.counts == _live_counts(server_ctx) and info.counts["people"] == 2
    with server_ctx.reading() as session:  # the backup's own entry is inside it
        head = audit.head(session)
        last = session.get(AuditEntry, head.id)
    assert info.audit_head == (head.id, head.hash) and last.action == "backup"
    assert [b.path for b in backup.backups(server_ctx)] == [info.path]
    assert not list(info.path.parent.glob("*.partial"))


def test_the_folder_of_office_ini_and_the_rotation(server_ctx, pg_cluster, tmp_path):
    folder = tmp_path / "kopie serwera"
    _office_ini(f"pg_bin = {pg_cluster.bin_dir}\nbackups = {folder}\n")
    policy = RetentionPolicy(recent=1, daily=3, weekly=0, monthly=0)
    start = dt.datetime(2026, 11, 1, 12, 0)
    for day in range(6):
        backup.create_backup(server_ctx, now=start + dt.timedelta(days=day), policy=policy)
    kept = list_backups(folder, stem=server_ctx.server.dbname)
    assert [b.taken_at.day for b in kept] == [6, 5, 4]
    assert sorted(p.suffix for p in folder.iterdir()) == [".dump"] * 3 + [".json"] * 3


def test_the_restore_drill_gives_the_same_rows_and_trail(server_ctx, pg_cluster):
    info = backup.create_backup(server_ctx).backup
    scratch = pg_cluster.address(pg_cluster.create_database())
    drill = server_backup.restore_drill(server_ctx, backup=info.path, scratch=scratch)
    assert drill.ok and not drill.differing and drill.chain_ok and drill.head_ok
    engine_ctx = open_database(scratch, actor=SYSTEM_ACTOR).context
    try:
        assert _live_counts(engine_ctx) == info.counts
    finally:
        engine_ctx.engine.dispose()


def test_restoring_brings_back_the_state_of_the_backup(server_ctx):
    info = backup.create_backup(server_ctx).backup
    factories.person(server_ctx.as_actor(SYSTEM_ACTOR), "Późniejsza", "Osoba")
    assert _live_counts(server_ctx)["people"] == 3
    server_backup.restore_backup(server_ctx, backup=info.path)
    counts = _live_counts(server_ctx)
    assert counts["people"] == 2
    with server_ctx.reading() as session:
        assert audit.first_broken_link(session) is None
        entries = session.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars()
        assert list(entries)[-2:] == ["backup", "restore"]
        assert session.execute(select(Person.id).where(Person.last_name == "Osoba")).first() \
            is None
    factories.person(server_ctx.as_actor(SYSTEM_ACTOR), "Nowa", "Osoba")  # ids carry on


def test_the_daily_and_at_exit_backup_of_the_gui(server_ctx):
    first = backup.backup_if_due(server_ctx)
    assert first is not None and first.backup.reason == "daily"
    assert backup.backup_if_due(server_ctx) is None
    assert backup.backup_if_due(server_ctx, at_exit=True) is None  # nothing changed
    factories.person(server_ctx.as_actor(SYSTEM_ACTOR), "Nowa", "Osoba")
    later = backup.backup_if_due(server_ctx, at_exit=True)
    assert later is not None and later.backup.reason == "exit"


def test_a_pc_without_the_client_programs(server_ctx, tmp_path):
    _office_ini(f"pg_bin = {tmp_path}\n")
    assert not server_backup.tools_found()
    with pytest.raises(ServerBackupFailed) as failed:
        backup.create_backup(server_ctx)
    assert "pg_dump" in storage_error_text(failed.value)
    assert "[server] pg_bin" in storage_error_text(failed.value)
    assert not server_backup.backups_dir(server_ctx.server).exists() or not list(
        server_backup.backups_dir(server_ctx.server).iterdir())
