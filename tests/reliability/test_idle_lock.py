"""R11: the idle lock. After the timeout every window with personal data is hidden (a modal
dialog covered, not closed), the engine's connections are gone and the key bytes are zero,
and the login is shown for the same person; input before the timeout restarts the timer.
Short timeouts here; the office setting gives the real one (default 5 minutes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

from ops_desktop.domain.enums import Role
from ops_desktop.services import office as office_settings, participants
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.ui.idle_lock import IdleLock, idle_minutes
from tests import factories
from tests.security_support import PASSWORD, secured_office


def _person_window(ctx) -> QDialog:
    """A window that shows a person's name, read through the services."""
    view = participants.get_person(ctx, person_id=factories.person(ctx, "Żaneta", "Wróbel").id)
    dialog = QDialog()
    dialog.setWindowTitle("Osoba")
    QVBoxLayout(dialog).addWidget(QLabel(f"{view.draft.first_name} {view.draft.last_name}"))
    return dialog


def _office(tmp_path):
    return secured_office(tmp_path / "ops.db", roles={"koordynator": Role.COORDINATOR})


def test_timeout_hides_windows_wipes_the_key_and_the_same_person_continues(qtbot, tmp_path):
    from ops_desktop.ui.main_window import MainWindow

    office = _office(tmp_path)
    session = office.session("koordynator")
    window = MainWindow(session.context)
    qtbot.addWidget(window)
    window.show()
    person = _person_window(session.context)
    qtbot.addWidget(person)
    person.show()
    lock = IdleLock(session, interval_ms=300, parent=window)
    lock.add_lock_action(window)
    key = session.context.keyring.master
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    assert not window.isVisible() and not person.isVisible()
    assert key == bytearray(32) and session.context.keyring.wiped
    pool = session.context.engine.pool
    assert pool.checkedin() == 0 and pool.checkedout() == 0  # no connection left open
    login = lock.login
    assert login.isVisible() and login.username.text() == "koordynator"
    assert login.username.isReadOnly()
    login.password.setText("zle-haslo-123")
    qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and key == bytearray(32)
    qtbot.keyClicks(login.password, PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and person.isVisible() and key != bytearray(32)
    assert session.actor.username == "koordynator"
    assert participants.search_ids(session.context, flt=factories_filter())  # reads again
    lock.stop()
    office.close()


def factories_filter():
    from ops_desktop.domain.participants import PeopleFilter

    return PeopleFilter()


def test_modal_dialog_is_covered_not_closed(qtbot, tmp_path):
    office = _office(tmp_path)
    session = office.session("koordynator")
    dialog = _person_window(session.context)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    finished = []
    dialog.finished.connect(finished.append)
    dialog.open()
    lock = IdleLock(session, interval_ms=60_000, parent=dialog)
    lock.lock_now()
    covers = [w for w in dialog.children() if w.objectName() == "idleLockCover"]
    assert covers and covers[0].isVisible() and covers[0].geometry() == dialog.rect()
    assert dialog.isVisible() and finished == []  # what was typed there is not lost
    assert session.context.keyring.wiped
    lock.login.password.setText(PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        lock.login.sign_in_button.click()
    qtbot.waitUntil(lambda: not [w for w in dialog.children()
                                 if w.objectName() == "idleLockCover"])
    assert dialog.isVisible() and finished == []
    lock.stop()
    office.close()


def test_input_before_the_timeout_restarts_the_timer(qtbot, tmp_path):
    office = _office(tmp_path)
    session = office.session("koordynator")
    window = _person_window(session.context)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(session, interval_ms=10_000, parent=window)
    start = lock.timer.remainingTime()
    qtbot.waitUntil(lambda: lock.timer.remainingTime() < start - 150, timeout=5000)
    elapsed = lock.timer.remainingTime()
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                             Qt.KeyboardModifier.NoModifier, "a"))
    assert lock.timer.remainingTime() > elapsed
    qtbot.waitUntil(lambda: lock.timer.remainingTime() < start - 150, timeout=5000)
    before_click = lock.timer.remainingTime()
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert lock.timer.remainingTime() > before_click
    assert not lock.is_locked and window.isVisible() and not session.context.keyring.wiped
    print(f"\nR11: timer {lock.timer.interval()} ms restarted by a key press "
          f"(remaining {elapsed} → ~{lock.timer.interval()} ms) and by a click")
    lock.stop()
    office.close()


def test_timeout_comes_from_the_office_setting(tmp_path):
    office = _office(tmp_path)
    session = office.session("koordynator")
    assert idle_minutes(session) == 5
    office_settings.set_setting(session.context.as_actor(SYSTEM_ACTOR),
                                key="idle_lock_minutes", value="12")
    assert idle_minutes(session) == 12
    office_settings.set_setting(session.context.as_actor(SYSTEM_ACTOR),
                                key="idle_lock_minutes", value="nie wiem")
    assert idle_minutes(session) == 5
    office.close()
