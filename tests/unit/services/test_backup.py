"""Backups: taken online, fsynced, verified, encrypted like the database, rotated, copied to a
second folder, due once a day and at exit after a change; R5 the backup-and-restore drill."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil

import pytest

from ops_desktop import __version__
from ops_desktop.domain.storage_errors import DatabaseDamaged
from ops_desktop.services import audit, backup, integrity, restore
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR
from tests import factories

PLAIN_HEADER = b"SQLite format 3\x00"


@pytest.fixture(params=["plain", "encrypted"])
def seeded(request, tmp_path):
    """A database with two projects, people, participations; plain or SQLCipher-encrypted."""
    key = os.urandom(32) if request.param == "encrypted" else None
    opened = open_database(tmp_path / "ops.db", key=key, actor=SYSTEM_ACTOR)
    ctx = opened.context
    first = factories.project(ctx, "Aktywna Integracja")
    second = factories.project(ctx, "Twoja Szansa", start=dt.date(2009, 1, 1),
                               end=dt.date(2009, 12, 31))
    for i in range(12):
        person = factories.person(ctx, "Anna", f"Nowak{i}", notes="uwagi " * i)
        factories.enrol(ctx, person.id, first if i % 2 else second)
    yield ctx, key
    ctx.engine.dispose()


def _fingerprints(path, key):
    conn = integrity.open_file_readonly(path, key=key)
    try:
        return integrity.fingerprints(conn)
    finally:
        conn.close()


def test_backup_is_verified_encrypted_like_the_database_and_described(seeded):
    ctx, key = seeded
    result = backup.create_backup(ctx, now=dt.datetime(2026, 3, 15, 17, 45, 1))
    info = result.backup
    assert info.path.name == f"ops-v{__version__}-20260315-174501.db"
    assert info.path.parent == ctx.db_path.parent / "backups"
    assert result.check.ok and result.check.full and result.check.encrypted == (key is not None)
    with open(info.path, "rb") as handle:
        assert (handle.read(16) == PLAIN_HEADER) == (key is None)
    manifest = json.loads(backup.manifest_path(info.path).read_text())
    assert manifest["sha256"] == info.sha256 and manifest["app_version"] == __version__
    assert manifest["counts"]["people"] == 12 and manifest["encrypted"] == (key is not None)
    with ctx.reading() as session:
        head = audit.head(session)
    assert tuple(manifest["audit_head"]) == (head.id, head.hash)  # the backup holds its own entry
    assert not list(info.path.parent.glob("*.partial"))
    listed = backup.backups(ctx)
    assert [b.path for b in listed] == [info.path] and listed[0].counts == info.counts


def test_r5_backup_and_restore_drill(seeded, capsys):
    """All checks clean; per-table row counts and SHA-256 of the rows equal the source, then
    equal again after restoring over a changed database."""
    ctx, key = seeded
    result = backup.create_backup(ctx)
    source = _fingerprints(ctx.db_path, key)
    copy = _fingerprints(result.backup.path, key)
    assert source == copy
    factories.person(ctx, "Jan", "Później")          # a change after the backup
    assert _fingerprints(ctx.db_path, key)["people"].rows == 13
    restored = restore.restore_backup(ctx, backup=result.backup)
    after = _fingerprints(ctx.db_path, key)
    check, _ = integrity.check_file(ctx.db_path, key=key)
    assert check.ok
    assert {t: f for t, f in after.items() if t != "audit_log"} == \
        {t: f for t, f in copy.items() if t != "audit_log"}
    assert after["audit_log"].rows == copy["audit_log"].rows + 1   # + the "restore" entry
    with ctx.reading() as session:
        from ops_desktop.services.audit_log import status_of

        assert status_of(session).ok
    assert restored.kept_aside is not None and restored.kept_aside.exists()
    aside = _fingerprints(restored.kept_aside, key)
    assert aside["people"].rows == 13                  # the replaced file is kept, whole
    tables = len(copy)
    rows = sum(f.rows for f in copy.values())
    with capsys.disabled():
        print(f"\nR5 drill ({'encrypted' if key else 'plain'}): {tables} tables, {rows} rows, "
              f"checks clean, per-table counts and SHA-256 equal before and after restore")


def test_restore_refuses_a_damaged_backup_and_changes_nothing(seeded):
    ctx, key = seeded
    info = backup.create_backup(ctx).backup
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0x04
    info.path.write_bytes(bytes(data))
    before = sorted(p.name for p in ctx.db_path.parent.iterdir())
    inspection = restore.inspect_backup(ctx, backup=info)
    assert not inspection.restorable
    with pytest.raises(DatabaseDamaged):
        restore.restore_backup(ctx, backup=info)
    assert sorted(p.name for p in ctx.db_path.parent.iterdir()) == before


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    day = dt.datetime(2026, 6, 30, 18, 0, 0)  # a Tuesday
    for n in range(800):                        # one backup a day for over two years
        stamp = (day - dt.timedelta(days=n)).strftime("%Y%m%d-%H%M%S")
        (folder / f"ops-v0.1.0-{stamp}.db").write_bytes(b"x")
        (folder / f"ops-v0.1.0-{stamp}.json").write_text("{}")
    (folder / "ops-before-upgrade-0001-v0.1.0-20200101-000000.db").write_bytes(b"x")
    removed = backup.rotate(folder, stem="ops")
    kept = {b.taken_at.date() for b in backup.list_backups(folder, stem="ops")}
    daily = {day.date() - dt.timedelta(days=n) for n in range(7)}
    weekly = {dt.date(2026, 6, 28), dt.date(2026, 6, 21), dt.date(2026, 6, 14)}  # Sundays
    monthly = {dt.date(2026, m, 1) - dt.timedelta(days=1) for m in range(2, 7)} | {
        dt.date(2025, m + 1, 1) - dt.timedelta(days=1) for m in range(7, 12)} | {
        dt.date(2025, 12, 31)}
    assert daily | weekly <= kept and monthly <= kept
    assert len(kept) == len(daily | weekly | monthly) == 7 + 2 + 11  # 28.06 is both
    assert len(removed) == 800 - len(kept)
    assert len(list(folder.glob("*.json"))) == len(kept)         # manifests go with them
    assert (folder / "ops-before-upgrade-0001-v0.1.0-20200101-000000.db").exists()


def test_backup_is_due_once_a_day_and_at_exit_after_a_change(seeded):
    ctx, _key = seeded
    morning = dt.datetime(2026, 3, 16, 8, 0, 0)
    first = backup.backup_if_due(ctx, now=morning)
    assert first is not None and first.backup.reason == "daily"
    assert backup.backup_if_due(ctx, now=morning + dt.timedelta(hours=3)) is None
    assert backup.backup_if_due(ctx, now=morning + dt.timedelta(hours=4), at_exit=True) is None
    factories.person(ctx, "Jan", "Zmiana")
    at_exit = backup.backup_if_due(ctx, now=morning + dt.timedelta(hours=8), at_exit=True)
    assert at_exit is not None and at_exit.backup.reason == "exit"
    assert backup.backup_if_due(ctx, now=morning + dt.timedelta(hours=9), at_exit=True) is None
    next_day = backup.backup_if_due(ctx, now=morning + dt.timedelta(days=1))
    assert next_day is not None and next_day.backup.reason == "daily"
    assert len(backup.backups(ctx)) == 3


def test_second_copy_goes_to_the_chosen_folder_and_a_failure_there_is_reported(seeded, tmp_path):
    ctx, _key = seeded
    stick = tmp_path / "pendrive" / "OPS-kopie"
    backup.set_copy_dir(ctx, folder=stick)
    result = backup.create_backup(ctx)
    assert result.copy == stick / result.backup.path.name and result.copy_error is None
    assert result.copy.read_bytes() == result.backup.path.read_bytes()
    assert backup.manifest_path(result.copy).exists()
    shutil.rmtree(stick.parent)
    (tmp_path / "pendrive").write_text("not a folder")      # the stick is gone / unusable
    second = backup.create_backup(ctx, now=dt.datetime.now() + dt.timedelta(seconds=2))
    assert second.copy is None and second.copy_error is not None
    assert second.check.ok and second.backup.path.exists()   # the first copy stands


def test_manual_backup_and_restore_need_their_permissions(seeded):
    from ops_desktop.domain.enums import Role
    from ops_desktop.domain.errors import PermissionDenied
    from ops_desktop.services.context import Actor

    ctx, _key = seeded
    info = backup.create_backup(ctx).backup
    worker = ctx.as_actor(Actor(None, "pracownik", frozenset({Role.CASEWORKER})))
    with pytest.raises(PermissionDenied):
        backup.create_backup(worker)
    with pytest.raises(PermissionDenied):
        restore.restore_backup(worker, backup=info)
    with pytest.raises(PermissionDenied):
        backup.backups(worker)
    assert backup.backup_if_due(worker, now=dt.datetime.now() + dt.timedelta(days=1)) is not None


def test_r5_drill_on_the_demo_database_encrypted(demo_template, tmp_path, capsys):
    """The drill on a realistic file: the demo (five seed projects, ~2 200 people, contracts,
    attendance), encrypted the way an earlier plain database is at first start."""
    from ops_desktop.db.encryption import encrypt_database

    key = os.urandom(32)
    path = tmp_path / "ops.db"
    shutil.copy2(demo_template, path)
    encrypt_database(path, bytearray(key))
    opened = open_database(path, key=key, actor=SYSTEM_ACTOR)
    ctx = opened.context
    try:
        result = backup.create_backup(ctx)
        source, copy = _fingerprints(ctx.db_path, key), _fingerprints(result.backup.path, key)
        assert result.check.ok and source == copy
        factories.person(ctx, "Jan", "Później")
        restore.restore_backup(ctx, backup=result.backup)
        after = _fingerprints(ctx.db_path, key)
        assert {t: f for t, f in after.items() if t != "audit_log"} == \
            {t: f for t, f in copy.items() if t != "audit_log"}
        assert integrity.full_check(ctx.engine).ok
    finally:
        ctx.engine.dispose()
    rows = sum(f.rows for f in copy.values())
    with capsys.disabled():
        print(f"\nR5 drill (demo, encrypted): {len(copy)} tables, {rows} rows, "
              f"{result.backup.size / 1_048_576:.1f} MiB; integrity, cipher and foreign-key "
              f"checks clean; per-table counts and SHA-256 equal after restore")
