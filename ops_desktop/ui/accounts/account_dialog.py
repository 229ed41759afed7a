"""One account: a new one (username, name, roles, first password) or an existing one's name
and roles, and for a coordinator the projects they run. Saving goes through services/accounts
and services/project_coordinators (administrator only); problems are shown in the dialog,
which stays open until the save succeeds."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.accounts import AccountDraft, AccountView
from ops_desktop.domain.enums import Role
from ops_desktop.services import accounts, project_coordinators, projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.roles import ID_ROLE
from ops_desktop.ui.accounts.account_parts import (
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
    Role.COORDINATOR: QT_TRANSLATE_NOOP("AccountDialog", "swoje projekty, raporty, eksporty"),
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
        self.setMinimumWidth(680)
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
        self.projects = self._projects_list(account)
        form.addRow(self.tr("Koordynuje projekty:"), self.projects)
        self.role_boxes[Role.COORDINATOR].toggled.connect(self._coordinator_toggled)
        self._coordinator_toggled(self.role_boxes[Role.COORDINATOR].isChecked())
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

    def project_ids(self) -> list[int]:
        """The ticked projects (what a coordinator runs)."""
        return [self.projects.item(n).data(ID_ROLE)
                for n in range(self.projects.count())
                if self.projects.item(n).checkState() == Qt.CheckState.Checked]

    def _projects_list(self, account: AccountView | None) -> QListWidget:
        assigned = set(project_coordinators.coordinated_projects(
            self._ctx, user_id=account.id)) if account is not None else set()
        widget = QListWidget()
        widget.setObjectName("coordinatedProjects")
        widget.setMaximumHeight(130)
        for row in projects.list_projects(self._ctx):
            item = QListWidgetItem(f"{row.title} ({row.start_date.year}–{row.end_date.year})")
            item.setData(ID_ROLE, row.id)
            item.setCheckState(Qt.CheckState.Checked if row.id in assigned
                               else Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    def _coordinator_toggled(self, on: bool) -> None:
        self.projects.setEnabled(on)
        self.projects.setToolTip("" if on else self.tr(
            "Projekty przypisuje się kontom z rolą koordynatora projektu. Kierownik i "
            "inspektor ochrony danych widzą wszystkie projekty."))

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
            self._account = self.saved  # saved: a second try changes it, never adds it again
            wanted = self.project_ids() if Role.COORDINATOR in self.roles() else []
            project_coordinators.set_coordinated_projects(
                self._ctx, user_id=self.saved.id, project_ids=wanted)
        except REFUSALS as exc:
            self.message.setText(refusal_text(exc))
            return
        self.password.clear()
        self.repeat.clear()
        self.accept()
