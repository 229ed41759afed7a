"""Time-to-task by keyboard: a key counter for pytest-qt tests.

Every key goes to the widget that has the focus (`QApplication.focusWidget()`), as it would
for a person at the keyboard; a test never picks the target itself. `type` sends the text a
person copies from paper (a name, a PESEL, an address) and counts 0 keys, but only into a
text field: letters typed into a list or a combo box choose something and count one key each
(`choose`). Every other key (Tab, Enter, an arrow, a shortcut, Esc) counts 1 (`press`).
`expect` names where the focus must be before the next keys, so a wrong Tab order fails at
the step that went wrong.

Dialogs opened with `exec()` run their own event loop; `while_modal` runs the keys of such a
dialog from inside it and closes the dialog if the keys fail, so a failing test never hangs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit, QPlainTextEdit, QTextEdit,
    QWidget,
)

_TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


class KeyCounter:
    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.keys = 0            # keys beyond the typed data
        self.typed = 0           # characters of typed data
        self.steps: list[str] = []   # what the user pressed, for docs/USABILITY.md

    # --- where the keys go ---------------------------------------------------------------
    def focused(self) -> QWidget:
        """The focus widget; after a window closes, the focus comes back a little later."""
        if QApplication.focusWidget() is None:
            self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def expect(self, name: str) -> QWidget:
        """The focused widget (or the field whose line edit has the focus) is `name`."""
        widget = self.focused()
        names = []
        probe: QWidget | None = widget
        while probe is not None and len(names) < 3:
            names.append(probe.objectName())
            probe = probe.parentWidget()
        assert name in names, f"focus on {names[0] or type(widget).__name__!r}, not {name!r}"
        return widget

    # --- keys ------------------------------------------------------------------------------
    def type(self, text: str) -> None:
        """Typed data into the focused text field: counts 0 keys."""
        widget = self.focused()
        assert isinstance(widget, _TEXT_INPUTS), f"typing into {type(widget).__name__}"
        for ch in text:   # one event per character: keyClicks aborts on Polish letters
            QTest.sendKeyEvent(QTest.KeyAction.Click, self.focused(), Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)
        self.typed += len(text)

    def choose(self, letters: str) -> None:
        """Letters typed into a combo box or a list to pick an item: one key each."""
        widget = self.focused()
        assert not isinstance(widget, _TEXT_INPUTS) or isinstance(widget.parentWidget(),
                                                                 QComboBox)
        for ch in letters:
            QTest.sendKeyEvent(QTest.KeyAction.Click, self.focused(), Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)
            self.keys += 1
        self.steps.append(f"“{letters}”")

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              times: int = 1, label: str = "") -> None:
        """A key that is not data (Tab, Enter, an arrow, a shortcut): one key each."""
        name = label or _key_name(key, modifiers)
        self.steps.append(name if times == 1 else f"{name} ×{times}")   # before: it may block
        for _ in range(times):
            self.keys += 1
            QTest.keyClick(self.focused(), key, modifiers)

    def while_modal(self, opening_key: Callable[[], None],
                    keys_inside: Callable[[QWidget], None]) -> None:
        """Press `opening_key` (which opens a modal dialog with exec()) and run `keys_inside`
        with that dialog from inside its event loop. If the keys fail, the dialog is closed
        and the failure raised here."""
        failures: list[BaseException] = []
        tries = [0]

        def inside() -> None:
            dialog = QApplication.activeModalWidget()
            focus = QApplication.focusWidget()
            ready = dialog is not None and focus is not None and (
                focus is dialog or dialog.isAncestorOf(focus))
            if not ready and tries[0] < 500:   # the dialog is shown, not yet active
                tries[0] += 1
                QTimer.singleShot(10, inside)
                return
            try:
                keys_inside(dialog)
            except BaseException as exc:   # re-raised below, outside the loop
                failures.append(exc)
                for widget in reversed(QApplication.topLevelWidgets()):
                    if widget.isModal() and widget.isVisible():
                        # reject(), not close(): the close button of a dialog with typed
                        # data asks (ui/escape_guard.py), a question nobody would answer
                        (widget.reject if isinstance(widget, QDialog) else widget.close)()

        before = QApplication.activeWindow()
        QTimer.singleShot(0, inside)
        opening_key()
        if failures:
            raise failures[0]
        if before is not None and before.isVisible() and QApplication.focusWidget() is None:
            # The window manager's part: the window under a closed modal one is active again
            # (the offscreen platform leaves it to the program).
            before.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)


def _key_name(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> str:
    from PySide6.QtGui import QKeySequence

    return QKeySequence(int(modifiers.value) | int(key.value)).toString()


@pytest.fixture
def app_helpers(qapp):
    """The event filters run_gui installs on the application: the Esc guard, accessible
    names, and Tab leaving date fields, text boxes and tables."""
    from ops_desktop.ui.accessibility import install_accessible_names
    from ops_desktop.ui.escape_guard import install_escape_guard
    from ops_desktop.ui.keyboard import install_tab_leaves_fields

    helpers = [install_escape_guard(qapp), install_accessible_names(qapp),
               install_tab_leaves_fields(qapp)]
    yield
    for helper in helpers:
        qapp.removeEventFilter(helper)
        helper.deleteLater()
