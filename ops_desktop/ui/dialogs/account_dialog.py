"""One account: a new one (username, name, roles, first password) or an existing one's name
and roles. Saving goes through services/accounts (administrator only); problems are shown
in the dialog, which stays open until the save succeeds."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ops_desktop.domain.accounts import AccountDraft, AccountView
from ops_desktop.domain.enums import Role
from ops_desktop.services import accounts
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.dialogs.account_parts import (
    REFUSALS, message_label, ok_cancel, password_edit, refusal_text,
)

_ROLE_NAMES = {
    Role.CASEWORKER: QT_TRANSLATE_NOOP("AccountDialog", "Pracownik socjalny"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("AccountDialog", "Koordynator projektu"),
    Role.HEAD: QT_TRANSLATE_NOOP("AccountDialog", "Kierownik ośrodka"),
    Role.DPO: QT_TRANSLATE_NOOP("AccountDialog", "Inspektor ochrony danych"),
    Role.ADMIN: QT_TRANSLATE_NOOP("AccountDialog", "Administrator"),
}
_ROLE_SCOPES = {
    Role.CASEWORKER: QT_TRANSLATE_NOOP("AccountDialog", "własni podopieczni"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("AccountDialog", "projekty, raporty, eksporty"),
    Role.HEAD: QT_TRANSLATE_NOOP("AccountDialog", "wszystko, dziennik zdarzeń"),
    Role.DPO: QT_TRANSLATE_NOOP("AccountDialog", "odczyt, dziennik zdarzeń, raport dla osoby"),
    Role.ADMIN:
        QT_TRANSLATE_NOOP("AccountDialog", "konta, kopie, ustawienia; bez danych podopiecznych"),
}


def role_label(role: Role) -> str:
    return QCoreApplication.translate("AccountDialog", _ROLE_NAMES[role])


class AccountDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, account: AccountView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._account = account
        self.saved: AccountView | None = None
        self.setWindowTitle(self.tr("Nowe konto") if account is None
                            else self.tr("Konto {name}").format(name=account.username))
        self.setMinimumWidth(520)
        self.username = QLineEdit(account.username if account else "")
        self.username.setObjectName("username")
        self.username.setReadOnly(account is not None)
        self.full_name = QLineEdit(account.full_name if account else "")
        self.full_name.setObjectName("full_name")
        self.password = password_edit("password")
        self.repeat = password_edit("password_repeat")
        self.role_boxes: dict[Role, QCheckBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Nazwa użytkownika:"), self.username)
        form.addRow(self.tr("Imię i nazwisko:"), self.full_name)
        for role in Role:
            box = QCheckBox(f"{role_label(role)} ({self.tr(_ROLE_SCOPES[role])})")
            box.setObjectName(f"role_{role.value}")
            box.setChecked(account is not None and role in account.roles)
            self.role_boxes[role] = box
            form.addRow(self.tr("Rola:") if role is Role.CASEWORKER else "", box)
        if account is None:
            form.addRow(self.tr("Hasło:"), self.password)
            form.addRow(self.tr("Powtórz hasło:"), self.repeat)
        self.message = message_label()
        buttons = ok_cancel(self, self.tr("Zapisz"), "saveButton", self._save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def roles(self) -> set[Role]:
        return {role for role, box in self.role_boxes.items() if box.isChecked()}

    def _save(self) -> None:
        try:
            if self._account is None:
                self.saved = accounts.create_account(
                    self._ctx, draft=AccountDraft(self.username.text(), self.full_name.text(),
                                                  self.roles()),
                    password=self.password.text(), password_repeat=self.repeat.text())
            else:
                self.saved = accounts.update_account(
                    self._ctx, user_id=self._account.id, full_name=self.full_name.text(),
                    roles=self.roles())
        except REFUSALS as exc:
            self.message.setText(refusal_text(exc))
            return
        self.password.clear()
        self.repeat.clear()
        self.accept()
