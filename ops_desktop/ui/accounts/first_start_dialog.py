"""First start: the office's name and its administrator's account.

    dialog = FirstStartDialog(lambda setup: sign_in.set_up_office(path, setup=setup))
    if dialog.exec() == QDialog.DialogCode.Accepted: result = dialog.result_

The dialog collects an `OfficeSetUp` and hands it to `set_up`, which creates the encrypted
database (or encrypts the existing plain one); each field problem is shown beside its field.
The recovery code comes back in the result and is shown next (RecoveryCodeDialog)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ops_desktop import APP_NAME
from ops_desktop.domain.storage_errors import StorageError
from ops_desktop.domain.accounts import MIN_PASSWORD_LENGTH, AccountDraft, OfficeSetUp
from ops_desktop.domain.errors import ValidationFailed
from ops_desktop.ui.accounts.account_parts import problem_text
from ops_desktop.ui.common.messages import storage_error_text

_FIELDS = ("office_name", "full_name", "username", "password", "password_repeat")


class FirstStartDialog(QDialog):
    def __init__(self, set_up: Callable[[OfficeSetUp], Any], *, office_name: str = "",
                 existing_plain: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._set_up = set_up
        self.result_: Any = None
        self.setWindowTitle(self.tr("{app} — pierwsze uruchomienie").format(app=APP_NAME))
        self.setMinimumWidth(520)
        intro = self.tr(
            "Podaj nazwę ośrodka i załóż konto administratora. Administrator zakłada konta "
            "pracowników i nadaje im role; sam nie widzi danych podopiecznych.\n\n"
            "Baza danych będzie zaszyfrowana. Hasło musi mieć co najmniej {n} znaków. "
            "Po utworzeniu konta program pokaże jeden raz kod odzyskiwania do wydrukowania "
            "i przechowania w sejfie.").format(n=MIN_PASSWORD_LENGTH)
        if existing_plain:
            intro += "\n\n" + self.tr(
                "Istniejąca baza z wcześniejszej wersji programu zostanie zaszyfrowana. "
                "Niezaszyfrowany plik zostanie usunięty dopiero po sprawdzeniu, że "
                "zaszyfrowana kopia zawiera wszystkie dane.")
        label = QLabel(intro)
        label.setWordWrap(True)
        label.setMinimumWidth(500)
        label.setMinimumHeight(label.heightForWidth(500))  # top-level windows ignore it
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        captions = {
            "office_name": self.tr("Nazwa ośrodka:"),
            "full_name": self.tr("Imię i nazwisko administratora:"),
            "username": self.tr("Nazwa użytkownika:"),
            "password": self.tr("Hasło:"),
            "password_repeat": self.tr("Powtórz hasło:"),
        }
        form = QFormLayout()
        for name in _FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            if name.startswith("password"):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            error = QLabel()
            error.setObjectName(f"{name}Error")
            error.setStyleSheet("color: #a00000;")
            error.setWordWrap(True)
            error.hide()
            form.addRow(captions[name], edit)
            form.addRow("", error)
            self.inputs[name], self.errors[name] = edit, error
        self.inputs["office_name"].setText(office_name)
        self.inputs["username"].setText("admin")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Utwórz konto i bazę"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("createButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def draft(self) -> OfficeSetUp:
        text = {name: edit.text() for name, edit in self.inputs.items()}
        return OfficeSetUp(
            office_name=text["office_name"].strip(),
            admin=AccountDraft(text["username"].strip(), text["full_name"].strip()),
            password=text["password"], password_repeat=text["password_repeat"])

    def _create(self) -> None:
        for error in self.errors.values():
            error.hide()
        self.message.setText(self.tr("Tworzenie zaszyfrowanej bazy…"))
        self.repaint()
        try:
            self.result_ = self._set_up(self.draft())
        except ValidationFailed as exc:
            self.message.clear()
            for problem in exc.problems:
                target = self.errors.get(problem.field)
                if target is None:
                    self.message.setText(problem_text(problem))
                    continue
                target.setText(problem_text(problem))
                target.show()
            return
        except StorageError as exc:
            self.message.setText(storage_error_text(exc))
            return
        for name in ("password", "password_repeat"):
            self.inputs[name].clear()
        self.accept()
