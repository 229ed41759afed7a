"""The demo database's accounts (README "Demo accounts"): one per role, the two caseworkers'
caseloads by household, the demo's key file marked as a demo; the command line signs in with
OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD and never waits for a prompt without a terminal."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from ops_desktop import bootstrap
from ops_desktop.cli.common import EXIT_NOT_SIGNED_IN
from ops_desktop.cli.main import main
from ops_desktop.db.models import Person
from ops_desktop.domain.participants import PeopleFilter
from ops_desktop.domain.enums import Role
from ops_desktop.services import participants, sign_in
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.demo.accounts_demo import (
    DEMO_ACCOUNTS, DEMO_DEFAULT_USER, DEMO_PASSWORD,
)
from tests.security_support import cli_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return cli_demo(tmp_path_factory.mktemp("demo-accounts") / "demo.db")


def test_one_account_per_role_with_the_readme_password(demo):
    assert {role for _, _, role in DEMO_ACCOUNTS} == set(Role)
    for username, _, role in DEMO_ACCOUNTS:
        session = sign_in.sign_in(demo, username=username, password=DEMO_PASSWORD)
        assert session.actor.roles == {role}
        session.close()
    assert sign_in.is_demo(demo)
    # bootstrap (standard library only) repeats these two values for the demo's first launch
    assert (bootstrap.DEMO_USER, bootstrap.DEMO_PASSWORD) == (DEMO_DEFAULT_USER, DEMO_PASSWORD)


def test_caseworkers_split_the_people_by_household(demo):
    seen = {}
    for username in ("pracownik1", "pracownik2"):
        session = sign_in.sign_in(demo, username=username, password=DEMO_PASSWORD)
        seen[username] = set(participants.search_ids(session.context, flt=PeopleFilter()))
        system = session.context.as_actor(SYSTEM_ACTOR)
        with system.reading() as db:
            everyone = db.execute(select(func.count(Person.id))).scalar_one()
            families = db.execute(select(Person.id, Person.household_id)
                                  .where(Person.household_id.is_not(None))).all()
        session.close()
    assert seen["pracownik1"] and seen["pracownik2"]
    assert not seen["pracownik1"] & seen["pracownik2"]
    assert len(seen["pracownik1"] | seen["pracownik2"]) == everyone
    for person_id, household_id in families:  # a family member stays with the participant
        owner = "pracownik1" if household_id in seen["pracownik1"] else "pracownik2"
        assert person_id in seen[owner]
    print(f"\ndemo caseloads: pracownik1 {len(seen['pracownik1'])}, "
          f"pracownik2 {len(seen['pracownik2'])} of {everyone} people")


def test_command_line_signs_in_from_the_environment(demo, monkeypatch, capsys):
    monkeypatch.setenv("OPS_DESKTOP_USER", "kierownik")
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", DEMO_PASSWORD)
    assert main(["audit", "verify", "--db", str(demo)]) == 0
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", "zle-haslo-123")
    assert main(["audit", "verify", "--db", str(demo)]) == EXIT_NOT_SIGNED_IN
    assert "nieprawidłowa nazwa użytkownika lub hasło" in capsys.readouterr().err
    monkeypatch.delenv("OPS_DESKTOP_USER")
    monkeypatch.delenv("OPS_DESKTOP_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO())  # no terminal even under `pytest -s`
    assert main(["audit", "verify", "--db", str(demo)]) == EXIT_NOT_SIGNED_IN  # no prompt
    assert "OPS_DESKTOP_USER" in capsys.readouterr().err


def test_demo_administrator_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("OPS_DESKTOP_USER", "szef")
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", "haslo-szefa-2011")
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--seed", "3"]) == 0
    session = sign_in.sign_in(path, username="szef", password="haslo-szefa-2011")
    assert session.actor.roles == {Role.ADMIN}
    session.close()
    sign_in.sign_in(path, username="admin", password=DEMO_PASSWORD).close()  # the demo admin


def test_the_demo_coordinator_runs_four_of_the_five_projects(demo):
    from ops_desktop.services import projects
    from ops_desktop.services.demo.accounts_demo import DEMO_NOT_COORDINATED

    session = sign_in.sign_in(demo, username="koordynator", password=DEMO_PASSWORD)
    try:
        rows = projects.list_projects(session.context)
        assert len(rows) == 5
        assert {r.title for r in rows if not r.managed} == {DEMO_NOT_COORDINATED}
        mine = set(participants.search_ids(session.context, flt=PeopleFilter()))
    finally:
        session.close()
    head = sign_in.sign_in(demo, username="kierownik", password=DEMO_PASSWORD)
    try:
        everyone = set(participants.search_ids(head.context, flt=PeopleFilter()))
        other = projects.find_project_id(head.context, title=DEMO_NOT_COORDINATED)
        only_there = set(participants.search_ids(head.context, flt=PeopleFilter(
            project_id=other)))
    finally:
        head.close()
    assert mine and mine < everyone and only_there and mine.isdisjoint(only_there)
    print(f"\ndemo coordinator reaches {len(mine)} of {len(everyone)} people")
