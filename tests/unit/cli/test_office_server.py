"""The office server: `ops-desktop new --db postgresql://…` creates the office on
an empty server database, through the real entry point and the same Alembic revisions as a
file; then a project (command line), a person and a signed contract (services) on it — each
test on a SQLite file and on the test PostgreSQL cluster (tests/pg_support.py)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from sqlalchemy import inspect, select

from ops_desktop.cli.main import main
from ops_desktop.db.engine import create_database_engine
from ops_desktop.db.migrate import HEAD_REVISION, current_revision
from ops_desktop.db.repositories import server_checks
from ops_desktop.db.models import Base, User
from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.domain.enums import Sex
from ops_desktop.domain.participants import PeopleFilter
from ops_desktop.services import office, participants, projects
from ops_desktop.services.sign_in import sign_in
from tests import factories
from tests.factories import contracts as contract_factory

pytestmark = pytest.mark.both_backends

PASSWORD = "bardzo-tajne-haslo-2011"
NEW_PASSWORD = "nowe-haslo-pracownika-2011"


@pytest.fixture
def admin_env(monkeypatch):
    monkeypatch.setenv("OPS_DESKTOP_USER", "kierownik")
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", PASSWORD)


def _new_office(location, capsys) -> None:
    assert main(["new", "--db", str(location), "--office-name", "MOPS w Łomży",
                 "--role", "head"]) == 0
    out = capsys.readouterr().out
    assert "MOPS w Łomży" in out and "kierownik" in out
    # A file gets its recovery code for the office safe; a server has no key file.
    assert ("Kod odzyskiwania" in out) is not isinstance(location, ServerAddress)


def test_new_creates_the_schema_and_the_administrator(empty_location, admin_env, capsys):
    _new_office(empty_location, capsys)
    session = sign_in(empty_location, username="kierownik", password=PASSWORD, channel="cli")
    try:
        ctx = session.context
        assert current_revision(ctx.engine) == HEAD_REVISION
        tables = set(inspect(ctx.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert office.get_office(ctx).name == "MOPS w Łomży"
        with ctx.reading() as db:
            user = db.execute(select(User).where(User.username == "kierownik")).scalar_one()
            assert user.password_hash and "head" in user.roles and "admin" in user.roles
    finally:
        session.close()
    # The same database again: refused, nothing changed.
    assert main(["new", "--db", str(empty_location)]) != 0
    assert capsys.readouterr().err


def test_project_person_and_contract_on_the_new_office(empty_location, admin_env, capsys):
    _new_office(empty_location, capsys)
    assert main(["project", "add", "--db", str(empty_location), "--title", "Aktywna Integracja",
                 "--from", "2011-01-01", "--to", "2011-12-31", "--budget-total", "1000,50",
                 "--budget-eu", "900", "--budget-own", "100,50"]) == 0
    assert "Dodano projekt" in capsys.readouterr().out
    assert main(["project", "list", "--db", str(empty_location)]) == 0
    assert "Aktywna Integracja" in capsys.readouterr().out

    session = sign_in(empty_location, username="kierownik", password=PASSWORD, channel="cli")
    try:
        ctx = session.context
        listed = projects.get_project(
            ctx, project_id=projects.find_project_id(ctx, title="Aktywna Integracja"))
        assert (listed.draft.budget_total, listed.draft.budget_own) == (100050, 10050)
        project = factories.project(ctx, "Krok do przodu", min_instruments=3)
        person = factories.person(ctx, "Żaneta", "Łącka", born=dt.date(1979, 3, 14),
                                  sex=Sex.FEMALE)
        factories.enrol(ctx, person.id, project, start=dt.date(2011, 2, 1))
        contract = contract_factory.signed(ctx, project, person)
        assert contract.number == "KS/1/2011"
        assert participants.search_ids(ctx, flt=PeopleFilter(text="lacka")) == [person.id]
    finally:
        session.close()


def test_check_on_the_server_reads_every_table_and_reports_a_disabled_trigger(
        pg_cluster, pg_database, admin_env, capsys):
    address = pg_cluster.address(pg_database)
    _new_office(address, capsys)
    assert main(["check", "--db", str(address)]) == 0  # without amcheck
    assert "bez błędów" in capsys.readouterr().out
    with pg_cluster.superuser(pg_database) as conn:  # the office IT's one-time extra
        conn.execute("CREATE EXTENSION amcheck")
        assert main(["check", "--db", str(address)]) == 0  # there, but not granted: skipped
        conn.execute(f"GRANT EXECUTE ON FUNCTION bt_index_check(regclass) TO {address.user}")
    engine = create_database_engine(address)
    with engine.connect() as conn:
        assert server_checks.amcheck_installed(conn)  # every B-tree index checked below
    engine.dispose()
    assert main(["check", "--db", str(address)]) == 0
    assert "bez błędów" in capsys.readouterr().out
    with pg_cluster.superuser(pg_database) as conn:  # the program's role could do it too
        conn.execute("ALTER TABLE participations DISABLE TRIGGER "
                     "trg_summary_participation_insert")
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete")
    assert main(["check", "--db", str(address)]) == 3
    out = capsys.readouterr().out
    assert "trg_summary_participation_insert of participations: disabled" in out
    assert "audit_log_no_delete" in out


def test_account_commands_on_the_office(empty_location, admin_env, monkeypatch, capsys):
    """The administration commands on a server URL as on a file: add (password from standard
    input), sign in at once, new password, roles, deactivate."""
    _new_office(empty_location, capsys)
    db = str(empty_location)

    def account(*args: str, stdin: str | None = None) -> int:
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return main(["account", *args, "--db", db])

    assert account("add", "--login", "A.Kowalska", "--name", "Anna Kowalska", "--role",
                   "caseworker", "--password-stdin", stdin=NEW_PASSWORD + "\n") == 0
    assert "Dodano konto a.kowalska" in capsys.readouterr().out
    assert account("list") == 0
    assert "a.kowalska" in capsys.readouterr().out
    monkeypatch.setenv("OPS_DESKTOP_USER", "a.kowalska")
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", NEW_PASSWORD)
    assert main(["project", "list", "--db", db]) == 0
    assert account("list") == 1  # a caseworker is no administrator
    monkeypatch.setenv("OPS_DESKTOP_USER", "kierownik")
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", PASSWORD)
    assert account("password", "--login", "a.kowalska", "--password-stdin",
                   stdin="inne-haslo-pracownika-2011\n") == 0
    assert account("roles", "--login", "a.kowalska", "--set", "caseworker,coordinator") == 0
    assert account("deactivate", "--login", "a.kowalska") == 0
    capsys.readouterr()
    monkeypatch.setenv("OPS_DESKTOP_USER", "a.kowalska")
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", "inne-haslo-pracownika-2011")
    assert main(["project", "list", "--db", db]) == 4
    assert "nieprawidłowa nazwa użytkownika lub hasło" in capsys.readouterr().err
