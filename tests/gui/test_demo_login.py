"""The demo database opens its login pre-filled with the demo coordinator, so Enter signs in,
however it is opened: made by the command line (`ops-desktop demo --db FILE`) and opened with
`ops-desktop --db FILE`, the login reads the demo marker of its key file. An office's own
database opens with empty fields and never with a password, whatever the environment says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ops_desktop.domain.demo_accounts import DEMO_DEFAULT_USER, DEMO_PASSWORD
from ops_desktop.domain.enums import Role
from ops_desktop.services import start_state
from ops_desktop.ui import session_flow
from ops_desktop.ui.accounts.login_dialog import LoginDialog
from tests.security_support import PASSWORD, cli_demo, secured_office


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return cli_demo(tmp_path_factory.mktemp("demo-login") / "demo.db", seed=5)


@pytest.fixture
def no_sign_in_environment(monkeypatch):
    monkeypatch.delenv("OPS_DESKTOP_USER", raising=False)
    monkeypatch.delenv("OPS_DESKTOP_PASSWORD", raising=False)


def _open_login(path, then):
    """start_session(path) as `ops-desktop --db FILE` runs it; `then(dialog)` runs on the
    login dialog once it is up and returns what it saw."""
    seen = {}

    def shown():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        seen.update(username=dialog.username.text(), password=dialog.password.text(),
                    note=dialog.note.text(), focus=dialog.focusWidget() is dialog.password)
        then(dialog)

    QTimer.singleShot(0, shown)
    return session_flow.start_session(path), seen


def test_a_demo_made_by_the_command_line_opens_pre_filled_and_enter_signs_in(
        qtbot, demo_file, no_sign_in_environment):
    session, seen = _open_login(
        demo_file, lambda dialog: qtbot.keyClick(dialog.password, Qt.Key.Key_Return))
    assert (seen["username"], seen["password"]) == (DEMO_DEFAULT_USER, DEMO_PASSWORD)
    assert seen["focus"] and DEMO_PASSWORD in seen["note"]
    assert session is not None
    try:
        assert session.actor.username == "koordynator"
        assert session.actor.roles == {Role.COORDINATOR}
    finally:
        session.close()


def test_the_environment_still_chooses_another_demo_account(qtbot, demo_file, monkeypatch):
    monkeypatch.setenv("OPS_DESKTOP_USER", "kierownik")
    monkeypatch.delenv("OPS_DESKTOP_PASSWORD", raising=False)
    session, seen = _open_login(demo_file, lambda dialog: dialog.reject())
    assert session is None
    assert (seen["username"], seen["password"]) == ("kierownik", DEMO_PASSWORD)


def test_an_office_database_opens_empty_and_never_with_a_password(
        qtbot, tmp_path, monkeypatch, no_sign_in_environment):
    office = secured_office(tmp_path / "ops.db", roles={"koordynator": Role.COORDINATOR})
    office.close()
    assert not start_state.is_demo(office.db_path)
    assert start_state.demo_sign_in(office.db_path) is None
    session, seen = _open_login(office.db_path, lambda dialog: dialog.reject())
    assert session is None
    assert (seen["username"], seen["password"], seen["note"]) == ("", "", "")
    # a password in the environment is never put into an office database's login
    monkeypatch.setenv("OPS_DESKTOP_USER", "koordynator")
    monkeypatch.setenv("OPS_DESKTOP_PASSWORD", PASSWORD)
    session, seen = _open_login(office.db_path, lambda dialog: dialog.reject())
    assert session is None
    assert (seen["username"], seen["password"]) == ("koordynator", "")
