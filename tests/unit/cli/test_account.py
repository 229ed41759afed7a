"""`ops-desktop account add|list|password|deactivate|roles` through the real entry point on
a real encrypted office: only the administrator may run them (every command by every role),
the dialog's rules and sentences (duplicate login, weak password, the last administrator),
the audit entries, the password from standard input or typed twice on a real terminal, and
a new caseworker who signs in at once from the command line and in the login dialog."""

from __future__ import annotations

import io
import os
import pty
import shutil
import select as select_module
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from ops_desktop.cli.main import main
from ops_desktop.db.models import AuditEntry
from ops_desktop.domain.accounts import BadCredentials
from ops_desktop.domain.enums import Role
from ops_desktop.services import accounts, sign_in
from ops_desktop.ui.accounts.login_dialog import LoginDialog
from tests.security_support import (
    PASSWORD, ROLE_ACCOUNTS, SecuredOffice, cli_sign_in, secured_office,
)
from tests import ROOT

NEW_PASSWORD = "nowe-haslo-pracownika-2011"
ACCOUNT_ACTIONS = ("create", "update", "deactivate", "password_reset")


@pytest.fixture(scope="module")
def office_template(tmp_path_factory) -> SecuredOffice:
    """One encrypted office with an account per role (each costs key derivations), copied
    per test with its key file."""
    office = secured_office(tmp_path_factory.mktemp("office") / "ops.db")
    office.close()
    return office


@pytest.fixture
def office(office_template, tmp_path):
    source = office_template.db_path
    for path in source.parent.glob(source.name + "*"):  # the database, -wal, .keys
        shutil.copy2(path, tmp_path / path.name)
    office = SecuredOffice(tmp_path / source.name, office_template.recovery_code,
                           dict(office_template.user_ids))
    yield office
    office.close()


def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def _accounts(office) -> dict[str, object]:
    session = office.session("admin")
    return {row.username: row for row in accounts.list_accounts(session.context)}


def _audit(office) -> list[tuple[str, str, int | None]]:
    session = office.session("admin")
    with session.context.reading() as db:
        rows = db.execute(select(AuditEntry).where(AuditEntry.entity == "user",
                                                   AuditEntry.action.in_(ACCOUNT_ACTIONS))
                          .order_by(AuditEntry.id)).scalars().all()
        return [(row.username, row.action, row.entity_id) for row in rows]


def _commands(db: Path, role: str) -> dict[str, list[str]]:
    return {
        "add": ["account", "add", "--db", str(db), "--login", f"nowy.{role}", "--name",
                "Zofia Łęcka", "--role", "caseworker", "--password-stdin"],
        "list": ["account", "list", "--db", str(db)],
        "password": ["account", "password", "--db", str(db), "--login", "pracownik2",
                     "--password-stdin"],
        "deactivate": ["account", "deactivate", "--db", str(db), "--login", "pracownik2"],
        "roles": ["account", "roles", "--db", str(db), "--login", "pracownik2", "--set",
                  "caseworker,coordinator"],
    }


@pytest.mark.parametrize("command", ["add", "list", "password", "deactivate", "roles"])
def test_every_command_by_every_role_only_the_administrator_succeeds(
        office, monkeypatch, capsys, command):
    before_accounts, before_audit = _accounts(office), _audit(office)
    for login in ROLE_ACCOUNTS:
        if login == "admin":
            continue
        cli_sign_in(monkeypatch, login)
        _stdin(monkeypatch, NEW_PASSWORD + "\n")
        assert main(_commands(office.db_path, login)[command]) == 1, login
        err = capsys.readouterr().err
        assert "kontami użytkowników zarządza administrator" in err, login
    assert _accounts(office) == before_accounts  # nothing changed by anyone else
    assert _audit(office) == before_audit
    cli_sign_in(monkeypatch, "admin")
    _stdin(monkeypatch, NEW_PASSWORD + "\n")
    assert main(_commands(office.db_path, "admin")[command]) == 0
    out = capsys.readouterr().out
    after = _accounts(office)
    target = office.user_ids["pracownik2"]
    if command == "add":
        assert after["nowy.admin"].roles == {Role.CASEWORKER}
        assert after["nowy.admin"].full_name == "Zofia Łęcka"
        assert _audit(office)[-1] == ("admin", "create", after["nowy.admin"].id)
    elif command == "list":
        assert out.splitlines()[0].startswith("LOGIN")
        assert {line.split()[0] for line in out.splitlines()[1:]} == set(ROLE_ACCOUNTS)
        assert "pracownik1" in out and "caseworker" in out and "aktywne" in out
    elif command == "password":
        assert _audit(office)[-1] == ("admin", "password_reset", target)
        office.session("pracownik2", NEW_PASSWORD)  # the new password opens the database
        with pytest.raises(BadCredentials):
            office.session("pracownik2", PASSWORD)
    elif command == "deactivate":
        assert not after["pracownik2"].active
        assert _audit(office)[-1] == ("admin", "deactivate", target)
        with pytest.raises(BadCredentials):
            office.session("pracownik2")
    else:
        assert after["pracownik2"].roles == {Role.CASEWORKER, Role.COORDINATOR}
        assert _audit(office)[-1] == ("admin", "update", target)


def test_a_new_caseworker_signs_in_at_once_from_the_cli_and_in_the_gui(
        office, monkeypatch, capsys, qtbot):
    cli_sign_in(monkeypatch, "admin")
    _stdin(monkeypatch, NEW_PASSWORD + "\n")
    assert main(["account", "add", "--db", str(office.db_path), "--login", "A.Kowalska",
                 "--name", "Anna Kowalska", "--role", "caseworker", "--password-stdin"]) == 0
    assert "Dodano konto a.kowalska (role: caseworker)" in capsys.readouterr().out
    cli_sign_in(monkeypatch, "a.kowalska", NEW_PASSWORD)
    assert main(["project", "list", "--db", str(office.db_path)]) == 0
    dialog = LoginDialog(lambda u, p: sign_in.sign_in(office.db_path, username=u, password=p))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("a.kowalska")
    qtbot.keyClicks(dialog.password, NEW_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_.actor.roles == {Role.CASEWORKER}
    dialog.result_.close()


def test_duplicate_login_and_weak_password_are_refused_with_the_dialogs_sentences(
        office, monkeypatch, capsys):
    cli_sign_in(monkeypatch, "admin")
    before = _audit(office)
    _stdin(monkeypatch, NEW_PASSWORD + "\n")
    assert main(["account", "add", "--db", str(office.db_path), "--login", "pracownik1",
                 "--name", "Ktoś Inny", "--role", "head", "--password-stdin"]) == 2
    assert "Konto o tej nazwie już istnieje." in capsys.readouterr().err
    _stdin(monkeypatch, "krotkie\n")
    assert main(["account", "add", "--db", str(office.db_path), "--login", "b.nowak",
                 "--name", "Barbara Nowak", "--role", "dpo", "--password-stdin"]) == 2
    assert "Hasło musi mieć co najmniej 12 znaków." in capsys.readouterr().err
    _stdin(monkeypatch, "krotkie\n")
    assert main(["account", "password", "--db", str(office.db_path), "--login", "pracownik1",
                 "--password-stdin"]) == 2
    assert "Hasło musi mieć co najmniej 12 znaków." in capsys.readouterr().err
    assert main(["account", "add", "--db", str(office.db_path), "--login", "Łucja",
                 "--name", "Łucja", "--role", "dpo", "--password-stdin"]) == 2
    assert "Nazwa użytkownika: 2–32 znaki" in capsys.readouterr().err
    assert main(["account", "deactivate", "--db", str(office.db_path), "--login",
                 "nikt"]) == 2
    assert "nie ma konta „nikt”" in capsys.readouterr().err
    assert main(["account", "roles", "--db", str(office.db_path), "--login", "pracownik1",
                 "--set", "caseworker,boss"]) == 2
    assert "nieznana rola „boss”" in capsys.readouterr().err
    assert "b.nowak" not in _accounts(office)
    assert _audit(office) == before
    office.session("pracownik1")  # the old password still works


def test_the_last_administrator_stays(office, monkeypatch, capsys):
    cli_sign_in(monkeypatch, "admin")
    db = str(office.db_path)
    assert main(["account", "deactivate", "--db", db, "--login", "admin"]) == 1
    assert "Nie można dezaktywować własnego konta." in capsys.readouterr().err
    assert main(["account", "roles", "--db", db, "--login", "admin", "--set", "head"]) == 1
    assert "To ostatni aktywny administrator" in capsys.readouterr().err
    assert _accounts(office)["admin"].roles == {Role.ADMIN}
    # With a second administrator, the first may give the role away and be deactivated.
    assert main(["account", "roles", "--db", db, "--login", "kierownik", "--set",
                 "head,admin"]) == 0
    assert main(["account", "roles", "--db", db, "--login", "admin", "--set", "head"]) == 0
    assert "Role konta admin: head." in capsys.readouterr().out
    cli_sign_in(monkeypatch, "kierownik")
    assert main(["account", "deactivate", "--db", db, "--login", "admin"]) == 0
    assert main(["account", "roles", "--db", db, "--login", "kierownik", "--set",
                 "head"]) == 1
    assert "To ostatni aktywny administrator" in capsys.readouterr().err
    assert main(["account", "roles", "--db", db, "--login", "kierownik"]) == 0
    assert capsys.readouterr().out.strip() == "kierownik: head,admin"


def test_without_a_terminal_or_stdin_option_no_password_is_waited_for(office, monkeypatch,
                                                                        capsys):
    cli_sign_in(monkeypatch, "admin")
    _stdin(monkeypatch, "")
    assert main(["account", "password", "--db", str(office.db_path), "--login",
                 "pracownik1"]) == 2
    assert "--password-stdin" in capsys.readouterr().err
    monkeypatch.delenv("OPS_DESKTOP_PASSWORD")
    assert main(["account", "list", "--db", str(office.db_path)]) == 4


def _talk(fd: int, pid: int, answers: dict[str, str]) -> str:
    """Answer prompts on a real terminal until the child exits; everything it wrote."""
    seen, answered = "", set()
    while True:
        ready, _, _ = select_module.select([fd], [], [], 60)
        if not ready:
            os.kill(pid, 9)
            raise AssertionError(f"no output for 60 s: {seen!r}")
        try:
            chunk = os.read(fd, 1024).decode("utf-8", "replace")
        except OSError:  # the child closed the terminal
            return seen
        if not chunk:
            return seen
        seen += chunk
        for prompt, answer in answers.items():
            if prompt not in answered and seen.rstrip().endswith(prompt):
                answered.add(prompt)
                os.write(fd, (answer + "\n").encode())


def _run_on_terminal(args: list[str], answers: dict[str, str], env: dict[str, str]):
    pid, fd = pty.fork()
    if pid == 0:  # the child: the program on the terminal, signed in from the environment
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "ops_desktop", *args],
                  {**os.environ, **env})
    output = _talk(fd, pid, answers)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), output


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal (POSIX)")
def test_the_new_password_is_typed_twice_on_the_terminal_without_echo(office):
    env = {"OPS_DESKTOP_USER": "admin", "OPS_DESKTOP_PASSWORD": PASSWORD,
           "OPS_DESKTOP_HOME": str(office.db_path.parent / "home")}
    args = ["account", "password", "--db", str(office.db_path), "--login", "pracownik1"]
    code, output = _run_on_terminal(args, {"Nowe hasło:": NEW_PASSWORD,
                                           "Powtórz nowe hasło:": NEW_PASSWORD + "x"}, env)
    assert code == 2, output
    assert "Powtórzone hasło różni się od pierwszego." in output
    code, output = _run_on_terminal(args, {"Nowe hasło:": NEW_PASSWORD,
                                           "Powtórz nowe hasło:": NEW_PASSWORD}, env)
    assert code == 0, output
    assert "Ustawiono nowe hasło konta pracownik1" in output
    assert NEW_PASSWORD not in output  # not echoed
    office.session("pracownik1", NEW_PASSWORD)
