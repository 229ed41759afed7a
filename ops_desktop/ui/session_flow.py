"""Before the main window: first start or sign-in, and what the GUI keeps while it runs.

`start_session(path)` returns the signed-in `UserSession` or None (the person closed):
- no accounts yet (a new file, or an earlier version's plain database): the first-start
  dialog, then the recovery code shown once;
- otherwise the login dialog. A database that turns out damaged after the password was
  accepted goes through the recovery dialog (restore the newest good backup) and is opened
  again. A demo database (its key file says so) opens with the demo coordinator and the demo
  password filled in, so Enter signs in, and the dialog lists the demo accounts;
  OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD choose another. Any other database opens with at
  most OPS_DESKTOP_USER's username, never a password.

The login dialog is the first window the person sees, so this module and the dialog import
only Qt and light modules (services/start_state.py: no SQLAlchemy). The database layers are
imported on a worker thread while the person types (`preload`; only modules without Qt,
imported, nothing run); the password waits for that thread before it signs in.

`guard(session, window)` starts the idle lock over the window."""

from __future__ import annotations

import importlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from ops_desktop.domain.accounts import StartState
from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.services import start_state
from ops_desktop.ui.common.translation import translator

if TYPE_CHECKING:
    from ops_desktop.domain.accounts import OfficeSetUp
    from ops_desktop.services.sign_in import UserSession
    from ops_desktop.ui.idle_lock import IdleLock

ENV_USER = "OPS_DESKTOP_USER"
ENV_PASSWORD = "OPS_DESKTOP_PASSWORD"
# What signing in and the main window's first section need, without Qt (SQLAlchemy, the
# models, the services): ≈0.5 s that would otherwise come before the first window.
PRELOAD = ("ops_desktop.services.sign_in", "ops_desktop.services.office",
           "ops_desktop.services.restore", "ops_desktop.services.contract_lists")


_preloading: threading.Thread | None = None


def preload() -> None:
    """Start importing PRELOAD on a worker thread (once per process)."""
    global _preloading
    if _preloading is None:
        _preloading = threading.Thread(target=_import_preload, name="ops-preload", daemon=True)
        _preloading.start()


def wait_for_preload() -> None:
    """Before the GUI thread imports what the worker may be importing (a module half
    imported by another thread must not be used)."""
    if _preloading is not None:
        _preloading.join()


def _import_preload() -> None:
    for name in PRELOAD:
        importlib.import_module(name)


_t = translator("session_flow")


def start_session(path: Path | ServerAddress, *,
                  parent: QWidget | None = None) -> UserSession | None:
    """May raise KeyFileMissing / StorageError for the caller's message box. `path` may be
    the office server (no key file, no recovery code there)."""
    if not isinstance(path, ServerAddress):
        path = Path(path).resolve()
    if start_state.start_state(path) is StartState.FIRST_START:
        preload()
        wait_for_preload()
        return _first_start(path, parent)
    return _login(path, parent)


def guard(session: UserSession, window: QMainWindow) -> IdleLock:
    from ops_desktop.ui.idle_lock import IdleLock

    lock = IdleLock(session, parent=window)
    lock.add_lock_action(window)
    return lock


def _first_start(path: Path, parent: QWidget | None) -> UserSession | None:
    from ops_desktop.services import office, sign_in, start_state
    from ops_desktop.ui.accounts.first_start_dialog import FirstStartDialog
    from ops_desktop.ui.accounts.recovery_code_dialog import RecoveryCodeDialog

    def set_up(setup: OfficeSetUp) -> sign_in.SetUpResult:
        return sign_in.set_up_office(path, setup=setup, channel="gui")

    dialog = FirstStartDialog(set_up, existing_plain=start_state.is_plain_file(path), parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    result: sign_in.SetUpResult = dialog.result_
    if result.recovery_code is None:  # the office server
        return result.session
    name = office.get_office(result.session.context).name
    RecoveryCodeDialog(result.recovery_code, office_name=name, database_name=path.name,
                       parent=parent).exec()
    return result.session


def _login(path: Path, parent: QWidget | None) -> UserSession | None:
    from ops_desktop.ui.accounts.login_dialog import LoginDialog

    def authenticate(username: str, password: str) -> UserSession | None:
        wait_for_preload()
        from ops_desktop.services import sign_in
        from ops_desktop.services.context import SYSTEM_ACTOR
        from ops_desktop.ui.backups.recovery_dialog import open_with_recovery

        return open_with_recovery(
            path, parent=parent, actor=SYSTEM_ACTOR,  # no one is signed in yet
            open_file=lambda: sign_in.sign_in(path, username=username, password=password,
                                              check_later=True),
            recovery_key=lambda: sign_in.unlock_key(path, username=username, password=password))

    def recover(owner: QWidget) -> UserSession | None:
        wait_for_preload()
        from ops_desktop.services import sign_in
        from ops_desktop.ui.accounts.recover_access_dialog import RecoverAccessDialog

        dialog = RecoverAccessDialog(lambda code, user, new, repeat: sign_in.recover_access(
            path, code=code, username=user, new_password=new, new_password_repeat=repeat),
            parent=owner)
        return dialog.result_ if dialog.exec() == QDialog.DialogCode.Accepted else None

    demo = start_state.demo_sign_in(path)  # None but on a demo database
    username, password = login_prefill(demo)
    dialog = LoginDialog(authenticate, username=username, password=password,
                         note=demo_note() if demo else "", recover=recover, parent=parent)
    QTimer.singleShot(0, preload)  # runs once the dialog is up: import the rest meanwhile
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_


def login_prefill(demo: tuple[str, str] | None) -> tuple[str, str]:
    """(username, password) the login dialog opens with, `demo` the demo database's own
    sign-in (start_state.demo_sign_in): a password only on a demo database."""
    if demo is None:
        return os.environ.get(ENV_USER, ""), ""
    return os.environ.get(ENV_USER) or demo[0], os.environ.get(ENV_PASSWORD) or demo[1]


def demo_note() -> str:
    from ops_desktop.domain.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

    names = ", ".join(username for username, _, _ in DEMO_ACCOUNTS)
    return _t("Baza demonstracyjna. Konta (jedno na rolę, opis w README): {names}; "
              "hasło każdego z nich: {password}").format(names=names, password=DEMO_PASSWORD)
