"""The idle lock (docs/RELIABILITY.md, R11): after a configurable time without input, personal data
is hidden, the key wiped and the login shown; the same person continues after signing in.

An application-wide event filter restarts a single-shot timer on every key press, click,
mouse move, wheel turn or touch. On timeout every visible top-level window is hidden — except
a dialog that is running modally (hiding it would end its `exec()` and lose what was typed):
that one is covered by an opaque panel instead. Then the session disposes the database
engine's connections and overwrites the master key (services/sign_in.UserSession.lock), and
the login dialog, fixed to the same username, is opened application-modal. Signing in puts
the key back into the same buffer, so the windows and their service context go on as before;
"Zamknij program" quits. The minutes are the office setting `idle_lock_minutes` (default 5)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

from ops_desktop.services import office
from ops_desktop.services.sign_in import UserSession
from ops_desktop.ui.accounts.login_dialog import LoginDialog

DEFAULT_MINUTES = 5
_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
}


def idle_minutes(session: UserSession) -> int:
    """The office's `idle_lock_minutes` (a whole number ≥ 1; anything else means 5)."""
    try:
        minutes = int(office.get_setting(session.context, "idle_lock_minutes"))
    except ValueError:
        return DEFAULT_MINUTES
    return minutes if minutes >= 1 else DEFAULT_MINUTES


class _Cover(QWidget):
    """An opaque panel over a modal dialog's contents while the program is locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("idleLockCover")
        self.setAutoFillBackground(True)
        label = QLabel(self.tr("Zablokowano"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, session: UserSession, *, interval_ms: int | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._hidden: list[QWidget] = []
        self._covers: list[_Cover] = []
        self.login: LoginDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may run 5% late
        self.timer.setInterval(interval_ms or idle_minutes(session) * 60_000)
        self.timer.timeout.connect(self.lock_now)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.login is not None

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def add_lock_action(self, window: QMainWindow) -> QAction:
        """"Zablokuj teraz" (Ctrl+L) in the window's Konto menu, or on the window itself."""
        action = QAction(self.tr("Zablokuj teraz"), window)
        action.setObjectName("lockNowAction")
        action.setShortcut(QKeySequence("Ctrl+L"))
        action.triggered.connect(self.lock_now)
        menu = window.findChild(QMenu, "accountMenu")
        (menu or window).addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.login is None and event.type() in _INPUT:
            self.timer.start()
        return False

    def lock_now(self) -> None:
        if self.login is not None:
            return
        self.timer.stop()
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or isinstance(widget, _Cover):
                continue
            if widget.windowModality() != Qt.WindowModality.NonModal:
                self._covers.append(_Cover(widget))
            else:
                widget.hide()
                self._hidden.append(widget)
        self._session.lock()
        self.login = LoginDialog(self._unlock, username=self._session.actor.username,
                                 fixed_username=True, title=self.tr("Program zablokowany"))
        self.login.setObjectName("idleLockLogin")
        self.login.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.login.accepted.connect(self._restore)
        self.login.rejected.connect(self._quit)
        self.locked.emit()
        self.login.open()

    def _unlock(self, _username: str, password: str) -> UserSession:
        self._session.unlock(password)
        return self._session

    def _restore(self) -> None:
        for cover in self._covers:
            cover.parentWidget().removeEventFilter(cover)
            cover.deleteLater()
        for widget in self._hidden:
            widget.show()
        self._covers, self._hidden = [], []
        self.login.deleteLater()
        self.login = None
        self.timer.start()
        self.unlocked.emit()

    def _quit(self) -> None:
        QApplication.instance().quit()
