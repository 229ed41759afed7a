"""Helpers for tests that need accounts: an encrypted office with one account per role, and
signing a command line in through the environment (OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD).

    office = secured_office(tmp_path / "ops.db")      # encrypted, admin + one per role
    office.session("koordynator").context             # a signed-in service context
    cli_sign_in(monkeypatch, "koordynator")            # the next `main([...])` signs in so

For a plain test database (the `ctx` fixture) `add_account(ctx, "anna", Role.CASEWORKER)`
adds an account whose password is PASSWORD; the command line signs in to it the same way."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ops_desktop.domain.accounts import AccountDraft, OfficeSetUp
from ops_desktop.domain.enums import Role
from ops_desktop.services import accounts, project_coordinators, sign_in
from ops_desktop.services.context import SYSTEM_ACTOR

PASSWORD = "haslo-testowe-2011"
ROLE_ACCOUNTS = {
    "admin": Role.ADMIN, "kierownik": Role.HEAD, "koordynator": Role.COORDINATOR,
    "pracownik1": Role.CASEWORKER, "pracownik2": Role.CASEWORKER, "iod": Role.DPO,
}


@dataclass
class SecuredOffice:
    db_path: Path
    recovery_code: str
    user_ids: dict[str, int] = field(default_factory=dict)
    _sessions: list[sign_in.UserSession] = field(default_factory=list)

    def session(self, username: str, password: str = PASSWORD) -> sign_in.UserSession:
        opened = sign_in.sign_in(self.db_path, username=username, password=password,
                                 channel="test")
        self._sessions.append(opened)
        return opened

    def close(self) -> None:
        for opened in self._sessions:
            opened.close()


def secured_office(db_path: Path, *, roles: dict[str, Role] | None = None) -> SecuredOffice:
    """An encrypted database set up as at first start, with the given accounts."""
    result = sign_in.set_up_office(db_path, setup=OfficeSetUp(
        office_name="MOPR Testowo", admin=AccountDraft("admin", "Administrator"),
        password=PASSWORD), channel="test")
    office = SecuredOffice(db_path, result.recovery_code)
    office._sessions.append(result.session)
    admin_ctx = result.session.context
    office.user_ids["admin"] = admin_ctx.actor.user_id
    for username, role in (roles if roles is not None else ROLE_ACCOUNTS).items():
        if username == "admin":
            continue
        view = accounts.create_account(
            admin_ctx, draft=AccountDraft(username, username.title(), {role}), password=PASSWORD)
        office.user_ids[username] = view.id
    return office


def cli_demo(path: Path, *, seed: int = 2011) -> Path:
    """A demo database made as `ops-desktop demo --db FILE` makes it, with no sign-in in the
    environment (so its administrator is the demo's own)."""
    import pytest

    from ops_desktop.cli.main import main

    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("OPS_DESKTOP_USER", raising=False)
        patch.delenv("OPS_DESKTOP_PASSWORD", raising=False)
        assert main(["demo", "--db", str(path), "--seed", str(seed)]) == 0
    return path


def add_account(ctx, username: str, *roles: Role, password: str = PASSWORD,
                projects: tuple = ()) -> int:
    """An account on any database (plain or encrypted) through the real service; a
    coordinator runs the `projects` given (ProjectView objects or ids)."""
    system = ctx.as_actor(SYSTEM_ACTOR)
    user_id = accounts.create_account(
        system, draft=AccountDraft(username, username.title(), set(roles)),
        password=password).id
    if projects:
        project_coordinators.set_coordinated_projects(
            system, user_id=user_id, project_ids=[getattr(p, "id", p) for p in projects])
    return user_id


def cli_sign_in(monkeypatch, username: str, password: str = PASSWORD) -> None:
    monkeypatch.setenv("OPS_DESKTOP_USER", username)
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", password)
