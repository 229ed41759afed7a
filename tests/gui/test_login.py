"""pytest-qt: the login dialog (good and bad password, the pause after five), the first-start
dialog, the recovery code shown once and printed, the recovery-code sign-in, and the account
screens of the administrator — all against real encrypted files."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QPushButton

from ops_desktop.db.encryption import file_kind
from ops_desktop.domain.enums import Role
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import accounts, sign_in
from ops_desktop.ui.accounts.account_dialog import AccountDialog
from ops_desktop.ui.accounts.accounts_dialog import AccountsDialog
from ops_desktop.ui.accounts.break_glass_dialog import BreakGlassDialog
from ops_desktop.ui.accounts.first_start_dialog import FirstStartDialog
from ops_desktop.ui.accounts.login_dialog import LoginDialog
from ops_desktop.ui.accounts.password_dialog import PasswordDialog
from ops_desktop.ui.accounts.recover_access_dialog import RecoverAccessDialog
from ops_desktop.ui.accounts.recovery_code_dialog import RecoveryCodeDialog
from tests.security_support import PASSWORD, secured_office


@pytest.fixture
def office(tmp_path):
    office = secured_office(tmp_path / "ops.db", roles={"koordynator": Role.COORDINATOR})
    yield office
    office.close()


def _login(qtbot, office, **kwargs) -> LoginDialog:
    dialog = LoginDialog(lambda u, p: sign_in.sign_in(office.db_path, username=u, password=p),
                         **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _sign_in(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_good_password_signs_in(qtbot, office):
    dialog = _login(qtbot, office)
    _sign_in(qtbot, dialog, "koordynator", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_.actor.roles == {Role.COORDINATOR}
    assert dialog.password.text() == ""
    dialog.result_.close()


def test_wrong_password_is_said_calmly_and_the_dialog_stays(qtbot, office):
    dialog = _login(qtbot, office, username="koordynator")
    _sign_in(qtbot, dialog, "koordynator", "zle-haslo-123")
    assert dialog.isVisible() and dialog.result_ is None
    assert dialog.message.text() == "Nieprawidłowa nazwa użytkownika lub hasło."
    _sign_in(qtbot, dialog, "nikt-taki", PASSWORD)  # unknown user: the very same sentence
    assert dialog.message.text() == "Nieprawidłowa nazwa użytkownika lub hasło."


def test_five_wrong_passwords_pause_the_login(qtbot, office):
    dialog = _login(qtbot, office)
    for _ in range(5):
        _sign_in(qtbot, dialog, "koordynator", "zle-haslo-123")
    assert "wstrzymano" in dialog.message.text()
    assert not dialog.sign_in_button.isEnabled()
    with pytest.raises(sign_in.SignInPaused):  # the service refuses even the right password
        sign_in.sign_in(office.db_path, username="koordynator", password=PASSWORD)
    dialog.grab().save(str(office.db_path.parent / "login-paused.png"))


def test_first_start_dialog_creates_the_office_and_shows_problems_by_their_fields(qtbot,
                                                                                  tmp_path):
    path = tmp_path / "nowy.db"
    dialog = FirstStartDialog(lambda setup: sign_in.set_up_office(path, setup=setup))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.inputs["office_name"].setText("MOPR Włocławek")
    dialog.inputs["username"].setText("admin")
    dialog.inputs["password"].setText("krotkie")
    dialog.inputs["password_repeat"].setText("inne")
    dialog.findChild(QPushButton, "createButton").click()
    assert dialog.errors["password"].isVisibleTo(dialog)
    assert dialog.errors["password"].text() == "Hasło musi mieć co najmniej 12 znaków."
    assert dialog.errors["password_repeat"].isVisibleTo(dialog)
    assert not path.exists()
    dialog.inputs["password"].setText(PASSWORD)
    dialog.inputs["password_repeat"].setText(PASSWORD)
    dialog.findChild(QPushButton, "createButton").click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert file_kind(path) == "encrypted"
    assert dialog.result_.session.actor.roles == {Role.ADMIN}
    dialog.result_.session.close()


def test_recovery_code_is_shown_once_and_printed_on_its_sheet(qtbot):
    dialog = RecoveryCodeDialog("ABCDE-FGHJK-MNPQR-STVWX-YZ012", office_name="MOPR Włocławek",
                                database_name="ops.db")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.done_button.isEnabled()
    dialog.reject()  # Esc does not close it before the code is safe
    assert dialog.isVisible()
    dialog.confirm.setChecked(True)
    assert dialog.done_button.isEnabled()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.sheet())).pages)
    assert "ABCDE-FGHJK-MNPQR-STVWX-YZ012" in text and "MOPR Włocławek" in text
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_recovery_code_dialog_signs_the_administrator_in(qtbot, office):
    dialog = RecoverAccessDialog(lambda code, user, new, repeat: sign_in.recover_access(
        office.db_path, code=code, username=user, new_password=new, new_password_repeat=repeat))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("0000-0000")
    dialog.password.setText("haslo-po-odzyskaniu")
    dialog.repeat.setText("haslo-po-odzyskaniu")
    dialog.findChild(QPushButton, "recoverButton").click()
    assert dialog.message.text() == "Nieprawidłowa nazwa użytkownika lub hasło."
    dialog.code.setText(office.recovery_code.lower())
    dialog.findChild(QPushButton, "recoverButton").click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_.actor.username == "admin"
    dialog.result_.close()


def test_administrator_adds_an_account_who_then_signs_in(qtbot, office):
    admin = office.session("admin").context
    listing = AccountsDialog(admin)
    qtbot.addWidget(listing)
    assert listing.model.rowCount() == 2
    dialog = AccountDialog(admin, parent=listing)
    dialog.username.setText("a.nowak")
    dialog.full_name.setText("Anna Nowak")
    dialog.role_boxes[Role.CASEWORKER].setChecked(True)
    dialog.password.setText("haslo-anny-nowak")
    dialog.repeat.setText("haslo-anny-nowak")
    dialog.findChild(QPushButton, "saveButton").click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    listing.reload()
    listing.select("a.nowak")
    assert listing.selected().roles == {Role.CASEWORKER} and listing.selected().has_key_slot
    office.session("a.nowak", "haslo-anny-nowak")
    reset = PasswordDialog(lambda _o, new, rep: accounts.reset_password(
        admin, user_id=listing.selected().id, password=new, password_repeat=rep),
        ask_old_password=False, title="x")
    qtbot.addWidget(reset)
    reset.new.setText("krotkie")
    reset.repeat.setText("krotkie")
    reset.findChild(QPushButton, "saveButton").click()
    assert reset.message.text() == "Hasło musi mieć co najmniej 12 znaków."
    listing.grab().save(str(office.db_path.parent / "accounts.png"))


def test_break_glass_dialog_grants_a_time_boxed_read(qtbot, office):
    admin = office.session("admin").context
    dialog = BreakGlassDialog(admin)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("krótko")
    dialog.password.setText(PASSWORD)
    dialog.findChild(QPushButton, "openButton").click()
    assert "co najmniej 10" in dialog.message.text()
    dialog.reason.setPlainText("wniosek IOD nr 4/2024")
    dialog.password.setText(PASSWORD)
    dialog.findChild(QPushButton, "openButton").click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.granted.can(Permission.PARTICIPANT_READ_ALL)
    assert dialog.granted.actor.extra_until is not None


def test_main_window_shows_the_administrator_no_case_content_and_the_account_menu(qtbot,
                                                                                   office):
    from ops_desktop.ui.main_window import MainWindow

    window = MainWindow(office.session("admin").context)
    qtbot.addWidget(window)
    page = window.open_section("participants")
    assert isinstance(page, QLabel) and "nie daje dostępu" in page.text()
    menu = window.findChild(QMenu, "accountMenu")
    names = {action.objectName() for action in menu.actions()}
    assert {"changePasswordAction", "accountsAction", "breakGlassAction"} <= names
    coordinator = MainWindow(office.session("koordynator").context)
    qtbot.addWidget(coordinator)
    names = {a.objectName() for a in coordinator.findChild(QMenu, "accountMenu").actions()}
    assert "accountsAction" not in names and "changePasswordAction" in names
