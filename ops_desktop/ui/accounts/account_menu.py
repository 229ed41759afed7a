"""The Konto menu of the main window: one's own password, and for an administrator the
accounts list and the emergency ("break-glass") read. Installed by one line in
MainWindow._build_menu; the idle lock adds "Zablokuj teraz" here (ui/idle_lock.py).

Only what the signed-in person may do is shown; the services check again on every call."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from ops_desktop import APP_NAME
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import accounts
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.translation import translator


_t = translator("account_menu")


def install_account_menu(window: QMainWindow, ctx: ServiceContext) -> QMenu:
    menu = window.menuBar().addMenu(_t("&Konto"))
    menu.setObjectName("accountMenu")
    who = ctx.actor.full_name or ctx.actor.username
    title = menu.addAction(_t("Zalogowano: {who}").format(who=who))
    title.setEnabled(False)
    if ctx.actor.user_id is not None:
        change = menu.addAction(_t("&Zmień hasło…"))
        change.setObjectName("changePasswordAction")
        change.triggered.connect(lambda: change_password(window, ctx))
    if ctx.can(Permission.ACCOUNTS_MANAGE):
        manage = menu.addAction(_t("&Konta użytkowników…"))
        manage.setObjectName("accountsAction")
        manage.triggered.connect(lambda: open_accounts(window, ctx))
    if ctx.can(Permission.BREAK_GLASS) and not ctx.can(Permission.PARTICIPANT_READ_ALL):
        glass = menu.addAction(_t("&Dostęp awaryjny do danych…"))
        glass.setObjectName("breakGlassAction")
        glass.triggered.connect(lambda: break_glass(window, ctx))
    menu.addSeparator()
    return menu


def change_password(window: QMainWindow, ctx: ServiceContext) -> None:
    from ops_desktop.ui.accounts.password_dialog import PasswordDialog

    PasswordDialog(
        lambda old, new, repeat: accounts.change_own_password(
            ctx, old_password=old, new_password=new, new_password_repeat=repeat),
        ask_old_password=True, title=_t("Zmiana hasła"), parent=window).exec()


def open_accounts(window: QMainWindow, ctx: ServiceContext) -> None:
    from ops_desktop.ui.accounts.accounts_dialog import AccountsDialog

    AccountsDialog(ctx, parent=window).exec()


def break_glass(window: QMainWindow, ctx: ServiceContext) -> QMainWindow | None:
    """A second main window over the time-boxed context; it closes itself when time is up."""
    from ops_desktop.ui.accounts.break_glass_dialog import BreakGlassDialog
    from ops_desktop.ui.main_window import MainWindow

    dialog = BreakGlassDialog(ctx, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.granted is None:
        return None
    granted = dialog.granted
    until = granted.actor.extra_until
    emergency = MainWindow(granted, parent=window)
    emergency.setWindowTitle(_t("{app} — DOSTĘP AWARYJNY do {time} (zapisany w dzienniku)")
                             .format(app=APP_NAME, time=f"{until:%H:%M}" if until else ""))
    if until is not None:
        import datetime as dt

        remaining = max(0, int((until - dt.datetime.now()).total_seconds() * 1000))
        QTimer.singleShot(remaining, emergency, emergency.close)
    emergency.show()
    return emergency
