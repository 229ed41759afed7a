"""`ops-desktop new` and `ops-desktop project add|list`, run through the real entry point on
real files: a new encrypted office one can sign in to; a project added with money in both
spellings, kept in grosze; bad input refused with a Polish line, a non-zero exit and nothing
written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from ops_desktop.cli.main import main
from ops_desktop.db.models import Project
from ops_desktop.services import office, projects
from ops_desktop.services.sign_in import sign_in

PASSWORD = "bardzo-tajne-haslo-2011"


@pytest.fixture
def admin_env(monkeypatch):
    monkeypatch.setenv("OPS_DESKTOP_USER", "kierownik")
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", PASSWORD)


@pytest.fixture(scope="module")
def office_db(tmp_path_factory):
    """One office for the project tests (signing in costs a key derivation each time)."""
    path = tmp_path_factory.mktemp("office") / "mops.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OPS_DESKTOP_USER", "kierownik")
        patch.setenv("OPS_DESKTOP_PASSWORD", PASSWORD)
        assert main(["new", "--db", str(path), "--office-name", "MOPR we Włocławku",
                     "--role", "head"]) == 0
    return path


def _signed_in(path):
    return sign_in(path, username="kierownik", password=PASSWORD, channel="cli")


def test_new_creates_an_office_one_can_sign_in_to(tmp_path, admin_env, capsys):
    path = tmp_path / "nowa.db"
    assert main(["new", "--db", str(path), "--office-name", "MOPS w Bartoszycach"]) == 0
    out = capsys.readouterr().out
    assert "Utworzono bazę" in out and "MOPS w Bartoszycach" in out
    assert "Kod odzyskiwania" in out
    session = _signed_in(path)
    try:
        assert office.get_office(session.context).name == "MOPS w Bartoszycach"
        assert projects.list_projects(session.context) == []
    finally:
        session.close()
    assert main(["new", "--db", str(path)]) != 0
    assert "już istnieje" in capsys.readouterr().err


def test_new_refuses_a_short_password_and_leaves_no_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", "krotkie")
    path = tmp_path / "nowa.db"
    assert main(["new", "--db", str(path), "--admin", "admin"]) == 2
    assert "co najmniej 12 znaków" in capsys.readouterr().err
    assert not path.exists()


def test_project_add_in_both_money_spellings(office_db, admin_env, capsys):
    assert main(["project", "add", "--db", str(office_db), "--title", "Aktywna Integracja",
                 "--from", "2011-01-01", "--to", "2011-12-31",
                 "--budget-total", "2 177 857,15", "--budget-eu", "1949182.15",
                 "--budget-own", "228675"]) == 0
    out = capsys.readouterr().out
    assert "Dodano projekt" in out and "2\u00a0177\u00a0857,15\u00a0zł" in out
    session = _signed_in(office_db)
    try:
        project_id = projects.find_project_id(session.context, title="Aktywna Integracja")
        view = projects.get_project(session.context, project_id=project_id)
    finally:
        session.close()
    assert (view.draft.budget_total, view.draft.budget_eu, view.draft.budget_own) == (
        217_785_715, 194_918_215, 22_867_500)
    assert (view.draft.start_date, view.draft.end_date) == (dt.date(2011, 1, 1),
                                                            dt.date(2011, 12, 31))
    assert [e.year for e in view.draft.editions] == [2011]
    assert main(["project", "list", "--db", str(office_db)]) == 0
    assert "Aktywna Integracja" in capsys.readouterr().out


@pytest.mark.parametrize("extra, message", [
    (["--from", "2011-13-01", "--to", "2011-12-31"], "niepoprawna data „2011-13-01”"),
    (["--from", "2011-01-01", "--to", "2011-12-31", "--budget-eu", "sto"],
     "niepoprawna kwota „sto”"),
    (["--from", "2011-01-01", "--to", "2011-12-31", "--budget-total", "100",
      "--budget-eu", "90", "--budget-own", "5"], "musi być sumą dofinansowania"),
    (["--from", "2011-12-31", "--to", "2011-01-01"], "wcześniejsza niż data rozpoczęcia"),
])
def test_project_add_refuses_bad_input(office_db, admin_env, capsys, extra, message):
    code = main(["project", "add", "--db", str(office_db), "--title", "Twoja Szansa", *extra])
    assert code == 2
    assert message in capsys.readouterr().err
    session = _signed_in(office_db)
    try:
        with session.context.reading() as db:
            assert db.execute(select(func.count(Project.id))
                              .where(Project.title == "Twoja Szansa")).scalar_one() == 0
    finally:
        session.close()


def test_project_add_needs_the_right_to_write_projects(tmp_path, admin_env, capsys):
    path = tmp_path / "tylko-admin.db"
    assert main(["new", "--db", str(path)]) == 0  # administrator only, no head role
    capsys.readouterr()
    code = main(["project", "add", "--db", str(path), "--title", "X", "--from", "2011-01-01",
                 "--to", "2011-12-31"])
    assert code == 1
    assert "brak uprawnienia" in capsys.readouterr().err
