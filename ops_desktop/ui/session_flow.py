"""Before the main window: first start or sign-in, and what the GUI keeps while it runs.

`start_session(path)` returns the signed-in `UserSession` or None (the person closed):
- no accounts yet (a new file, or an earlier version's plain database): the first-start
  dialog, then the recovery code shown once;
- otherwise the login dialog. A database that turns out damaged after the password was
  accepted goes through the recovery dialog (restore the newest good backup) and is opened
  again. On the demo database the username (and the demo password) may come pre-filled from
  OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD, and the dialog lists the demo accounts.

`guard(session, window)` starts the idle lock over the window."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from ops_desktop.db.encryption import file_kind
from ops_desktop.services import office, sign_in
from ops_desktop.services.sign_in import OfficeSetUp, UserSession
from ops_desktop.ui.idle_lock import IdleLock

ENV_USER = "OPS_DESKTOP_USER"
ENV_PASSWORD = "OPS_DESKTOP_PASSWORD"


def _t(text: str) -> str:
    return QCoreApplication.translate("session_flow", text)


def start_session(path: Path, *, parent: QWidget | None = None) -> UserSession | None:
    """May raise KeyFileMissing / StorageError for the caller's message box."""
    path = Path(path).resolve()
    if sign_in.start_state(path) is sign_in.StartState.FIRST_START:
        return _first_start(path, parent)
    return _login(path, parent)


def guard(session: UserSession, window: QMainWindow) -> IdleLock:
    lock = IdleLock(session, parent=window)
    lock.add_lock_action(window)
    return lock


def _first_start(path: Path, parent: QWidget | None) -> UserSession | None:
    from ops_desktop.ui.dialogs.first_start_dialog import FirstStartDialog
    from ops_desktop.ui.dialogs.recovery_code_dialog import RecoveryCodeDialog

    def set_up(setup: OfficeSetUp) -> sign_in.SetUpResult:
        return sign_in.set_up_office(path, setup=setup, channel="gui")

    dialog = FirstStartDialog(set_up, existing_plain=file_kind(path) == "plain", parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    result: sign_in.SetUpResult = dialog.result_
    name = office.get_office(result.session.context).name
    RecoveryCodeDialog(result.recovery_code, office_name=name, database_name=path.name,
                       parent=parent).exec()
    return result.session


def _login(path: Path, parent: QWidget | None) -> UserSession | None:
    from ops_desktop.ui.dialogs.login_dialog import LoginDialog
    from ops_desktop.ui.dialogs.recover_access_dialog import RecoverAccessDialog
    from ops_desktop.ui.dialogs.recovery_dialog import open_with_recovery

    def authenticate(username: str, password: str) -> UserSession | None:
        return open_with_recovery(
            path, parent=parent,
            open_file=lambda: sign_in.sign_in(path, username=username, password=password),
            recovery_key=lambda: sign_in.unlock_key(path, username=username, password=password))

    def recover(owner: QWidget) -> UserSession | None:
        dialog = RecoverAccessDialog(lambda code, user, new, repeat: sign_in.recover_access(
            path, code=code, username=user, new_password=new, new_password_repeat=repeat),
            parent=owner)
        return dialog.result_ if dialog.exec() == QDialog.DialogCode.Accepted else None

    demo = sign_in.is_demo(path)
    dialog = LoginDialog(
        authenticate, username=os.environ.get(ENV_USER, ""),
        password=os.environ.get(ENV_PASSWORD, "") if demo else "",
        note=demo_note() if demo else "", recover=recover, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_


def demo_note() -> str:
    from ops_desktop.services.demo.accounts_demo import DEMO_ACCOUNTS, DEMO_PASSWORD

    names = ", ".join(username for username, _, _ in DEMO_ACCOUNTS)
    return _t("Baza demonstracyjna. Konta (jedno na rolę, opis w README): {names}; "
              "hasło każdego z nich: {password}").format(names=names, password=DEMO_PASSWORD)
