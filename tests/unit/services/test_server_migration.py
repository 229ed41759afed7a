"""Moving an office from its file to the office server: a real demo office (an
encrypted file with accounts, and a plain one) copied into a real PostgreSQL database of the
test cluster (tests/pg_support.py); the file's SHA-256 before and after, every table's rows
and content read back from both, the audit chain on the server, new ids past the copied
ones, and the refusals (a non-empty server, not an administrator, a wrong password, rows the
server refuses: nothing kept)."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from sqlalchemy import create_engine, func, select, text

from ops_desktop.db import server_copy
from ops_desktop.db.engine import create_database_engine
from ops_desktop.db.keystore import keys_path_for
from ops_desktop.db.models import AuditEntry, Person
from ops_desktop.domain.accounts import BadCredentials
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.progress import Progress
from ops_desktop.domain.server_migration import CopyFailed, TargetNotEmpty
from ops_desktop.services import audit
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database
from ops_desktop.services.server_migration import migrate_to_server
from ops_desktop.services.sign_in import sign_in
from tests import factories
from tests.security_support import PASSWORD, add_account, secured_office


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def encrypted_office(demo_template, tmp_path):
    """The demo office, encrypted at its first start, an administrator and a caseworker."""
    path = tmp_path / "office.db"
    shutil.copy2(demo_template, path)
    office = secured_office(path, roles={"pracownik1": Role.CASEWORKER})
    office.close()
    return path


@pytest.fixture
def plain_office(demo_template, tmp_path):
    path = tmp_path / "plain.db"
    shutil.copy2(demo_template, path)
    opened = open_database(path, actor=SYSTEM_ACTOR)
    add_account(opened.context, "admin", Role.ADMIN)
    opened.engine.dispose()
    return path


def _rows(engine) -> dict[str, int]:
    try:
        with engine.connect() as conn:
            return {t.name: server_copy.row_count(conn, t) for t in server_copy.tables_in_order()}
    finally:
        engine.dispose()


def _file_rows(path) -> dict[str, int]:
    return _rows(create_engine(f"sqlite:///{path}"))


def _server_rows(address) -> dict[str, int]:
    return _rows(create_database_engine(address))


def test_encrypted_office_moves_whole_and_the_file_stays_as_it_was(
        encrypted_office, pg_cluster, pg_database):
    target = pg_cluster.address(pg_database)
    before = sha256(encrypted_office), sha256(keys_path_for(encrypted_office))
    reports: list[tuple[int, int, str]] = []

    result = migrate_to_server(source=encrypted_office, target=target, username="admin",
                               password=PASSWORD,
                               progress=Progress(lambda *args: reports.append(args)))

    assert (sha256(encrypted_office), sha256(keys_path_for(encrypted_office))) == before
    assert all(table.ok for table in result.tables)
    by_name = {table.name: table for table in result.tables}
    assert by_name["people"].source_rows > 100 and by_name["contracts"].source_rows > 0
    assert {t.name for t in result.tables} == {t.name for t in server_copy.tables_in_order()}
    on_server = _server_rows(target)
    # The move's own entry and the server's audit high-water mark are the extra rows.
    for table in result.tables:
        assert on_server[table.name] == table.source_rows + (table.name in ("audit_log",
                                                                             "settings"))
    total = sum(table.source_rows for table in result.tables)
    assert reports[-1][:2] == (total, total) and reports[0][:2] == (0, total)

    # The caseworker signs in on the server; the trail verifies and grows past the copy.
    session = sign_in(target, username="pracownik1", password=PASSWORD, channel="test")
    try:
        ctx = session.context
        with ctx.reading() as db:
            assert audit.first_broken_link(db) is None
            ids = db.execute(select(AuditEntry.id, AuditEntry.action)
                             .order_by(AuditEntry.id)).all()
            assert ids[-2] == (result.audit_head.id, "migrate_to_server")
            assert ids[-1][0] == result.audit_head.id + 1 and ids[-1][1] == "sign_in"
            largest = db.execute(select(func.max(Person.id))).scalar_one()
            assert audit.highest_given(db) == ids[-1][0]
        person = factories.person(ctx.as_actor(SYSTEM_ACTOR), "Żaneta", "Łącka")
        assert person.id == largest + 1
    finally:
        session.close()


def test_plain_office_moves_with_the_password_hash(plain_office, pg_cluster, pg_database):
    target = pg_cluster.address(pg_database)
    before = sha256(plain_office)
    result = migrate_to_server(source=plain_office, target=target, username="admin",
                               password=PASSWORD)
    assert sha256(plain_office) == before
    assert all(table.ok for table in result.tables)
    rows = _file_rows(plain_office)
    assert {t.name: t.target_rows for t in result.tables} == rows
    session = sign_in(target, username="admin", password=PASSWORD, channel="test")
    session.close()


def test_a_server_database_with_an_office_is_refused(plain_office, tmp_path, pg_cluster,
                                                     pg_database):
    target = pg_cluster.address(pg_database)
    migrate_to_server(source=plain_office, target=target, username="admin", password=PASSWORD)
    rows = _server_rows(target)
    with pytest.raises(TargetNotEmpty) as refused:
        migrate_to_server(source=plain_office, target=target, username="admin",
                          password=PASSWORD)
    assert {"people", "users", "audit_log"} <= set(refused.value.occupied)
    assert _server_rows(target) == rows


def test_only_an_administrator_with_the_right_password(encrypted_office, pg_cluster,
                                                       pg_database):
    target = pg_cluster.address(pg_database)
    before = sha256(encrypted_office)
    with pytest.raises(PermissionDenied):
        migrate_to_server(source=encrypted_office, target=target, username="pracownik1",
                          password=PASSWORD)
    with pytest.raises(BadCredentials):
        migrate_to_server(source=encrypted_office, target=target, username="admin",
                          password="nie-to-haslo-2011")
    assert sha256(encrypted_office) == before
    with pg_cluster.superuser(pg_database) as conn:  # the server was not even migrated
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone()[0] == 0


def test_rows_the_server_refuses_leave_it_empty(plain_office, pg_cluster, pg_database):
    """SQLite keeps a value longer than its column allows; PostgreSQL refuses it: the one
    transaction is rolled back, no table of the server keeps a row, the file is unchanged."""
    engine = create_engine(f"sqlite:///{plain_office}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE people SET pesel = :long WHERE id = "
                          "(SELECT max(id) FROM people)"), {"long": "9" * 40})
    engine.dispose()
    before = sha256(plain_office)
    target = pg_cluster.address(pg_database)
    with pytest.raises(CopyFailed) as failed:
        migrate_to_server(source=plain_office, target=target, username="admin",
                          password=PASSWORD)
    assert failed.value.table == "people" and "9" * 40 not in failed.value.detail
    assert sha256(plain_office) == before
    rows = _server_rows(target)
    assert not {name: n for name, n in rows.items()
                if n and name not in server_copy.SEEDED_BY_MIGRATIONS}
