"""Konta użytkowników (administrator): the list of accounts with their roles and whether each
can sign in, and the actions on them — add, edit name and roles, set a new password,
deactivate, replace the recovery code. Reached from the Konto menu (ui/accounts/account_menu.py).
Every action is a service call (services/accounts), checked and audited there."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ops_desktop.domain.accounts import AccountView
from ops_desktop.services import accounts, office
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.accounts.account_dialog import AccountDialog, role_label
from ops_desktop.ui.accounts.account_parts import REFUSALS, refusal_text
from ops_desktop.ui.accounts.password_dialog import PasswordDialog
from ops_desktop.ui.common.roles import ROW_ROLE, SORT_ROLE
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.widgets.fit import fit_columns


class AccountsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Konta użytkowników"))
        self.resize(900, 480)
        yes, no = self.tr("tak"), self.tr("nie")
        self.model = RowsModel([
            Column(self.tr("Użytkownik"), lambda a: a.username),
            Column(self.tr("Imię i nazwisko"), lambda a: a.full_name),
            Column(self.tr("Role"), lambda a: ", ".join(role_label(r) for r in sorted(a.roles))),
            Column(self.tr("Aktywne"), lambda a: yes if a.active else no),
            Column(self.tr("Może się zalogować"), lambda a: yes if a.has_key_slot else no),
            Column(self.tr("Błędne hasła"), lambda a: str(a.failed_attempts),
                   sort=lambda a: a.failed_attempts, numeric=True),
        ], self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("add", self.tr("Dodaj konto…"), self.add),
            ("edit", self.tr("Imię i role…"), self.edit),
            ("password", self.tr("Ustaw nowe hasło…"), self.set_password),
            ("deactivate", self.tr("Dezaktywuj"), self.deactivate),
            ("recovery", self.tr("Nowy kod odzyskiwania…"), self.new_recovery_code),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        close = QPushButton(self.tr("Zamknij"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        self.buttons["recovery"].setEnabled(ctx.keyring is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(accounts.list_accounts(self._ctx))
        fit_columns(self.table)  # sample of rows, not ResizeToContents (docs/STACK.md trap 6)

    def selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, username: str) -> None:
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ROW_ROLE).username == username:
                self.table.selectRow(row)
                return

    def add(self) -> None:
        dialog = AccountDialog(self._ctx, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload()
            self.select(dialog.saved.username)
            self.message.setText(self.tr("Dodano konto {name}.").format(name=dialog.saved.username))

    def edit(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = AccountDialog(self._ctx, account=account, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.select(account.username)

    def set_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = PasswordDialog(
            lambda _old, new, repeat: accounts.reset_password(
                self._ctx, user_id=account.id, password=new, password_repeat=repeat),
            ask_old_password=False,
            title=self.tr("Nowe hasło dla {name}").format(name=account.username),
            note=self.tr("Przekaż hasło osobiście. Nowe hasło uaktywnia też wyłączone konto."),
            parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.select(account.username)

    def deactivate(self) -> None:
        account = self.selected()
        if account is None or not account.active:
            return
        answer = QMessageBox.question(
            self, self.tr("Dezaktywacja konta"),
            self.tr("Konto {name} nie będzie mogło się zalogować, a jego klucz zostanie usunięty. "
                    "Jego wpisy w dzienniku zdarzeń zostają. Dezaktywować?"
                    ).format(name=account.username))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: accounts.deactivate_account(self._ctx, user_id=account.id))
        self.reload()

    def new_recovery_code(self) -> None:
        from ops_desktop.ui.accounts.recovery_code_dialog import RecoveryCodeDialog

        answer = QMessageBox.question(
            self, self.tr("Nowy kod odzyskiwania"),
            self.tr("Dotychczasowy kod przestanie działać. Wygenerować nowy?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        code = self._run(lambda: accounts.new_recovery_code(self._ctx))
        if code:
            path = self._ctx.db_path
            RecoveryCodeDialog(code, office_name=office.get_office(self._ctx).name,
                               database_name=path.name if path else "", parent=self).exec()

    def _run(self, action):
        try:
            return action()
        except REFUSALS as exc:
            self.message.setText(refusal_text(exc))
        return None
