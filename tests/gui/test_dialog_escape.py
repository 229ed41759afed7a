"""Esc in every dialog of the program (tests/dialog_support.py): without typed data it closes
at once; after typing into a field it asks in Polish, "Wróć do edycji" being the default, and
closes only on "Zamknij bez zapisywania". The window's close button (the title bar's X, which
reaches the dialog through its window, and `close()`) does the same through the same
question, while accept() and reject() — the dialog's own Save and Cancel — never ask. The
guard is the one `run_gui` installs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit, QMessageBox, QPlainTextEdit,
    QTextEdit, QWidget,
)

from tests.dialog_support import all_dialogs, dialog_classes
from tests.keyboard_support import KeyCounter, app_helpers  # noqa: F401 (fixture)
from tests.layout_support import layout_demo  # noqa: F401 (fixture)

K = Qt.Key


# Dialogs that refuse Esc on purpose, and what lets them close.
ESC_REFUSED = {
    "passphrase": ("shown once: closes only after the tick that it was written down",
                   lambda dialog: dialog.written_down.setChecked(True)),
    "recovery code": ("shown once: closes only after the tick that it is printed or noted",
                      lambda dialog: dialog.confirm.setChecked(True)),
}


def _open(qtbot, make) -> QDialog:
    dialog = make()
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _typeable(dialog: QDialog):
    """The first field a person can type into (line edit or text box), if any."""
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) \
                or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        if widget.isVisible() and widget.isEnabled() and not widget.isReadOnly() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
    return None


def test_every_dialog_is_listed(qtbot, layout_demo, tmp_path):  # noqa: F811
    listed = set()
    for _, make in all_dialogs(layout_demo, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        listed.add(type(dialog))
    missing = dialog_classes() - listed
    assert not missing, sorted(cls.__qualname__ for cls in missing)


def _text(field) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _title_bar_close(dialog: QDialog) -> None:
    """The title bar's X: the platform asks the dialog's window to close."""
    dialog.windowHandle().close()


def _escape(dialog: QDialog) -> None:
    QTest.keyClick(QApplication.focusWidget() or dialog, K.Key_Escape)


# Each way of closing a dialog the guard covers: (first try, second try).
CLOSERS = {"escape": (_escape, _escape), "close button": (_title_bar_close, QDialog.close)}


@pytest.mark.parametrize("how", CLOSERS)
def test_without_typed_data_it_closes_at_once(qtbot, layout_demo, tmp_path,  # noqa: F811
                                              app_helpers, how):  # noqa: F811
    first, _ = CLOSERS[how]
    for name, make in all_dialogs(layout_demo, tmp_path):
        dialog = _open(qtbot, make)
        if name in ESC_REFUSED:
            first(dialog)
            assert dialog.isVisible(), name
            ESC_REFUSED[name][1](dialog)
        first(dialog)
        assert not dialog.isVisible(), name
        assert QDialog.result(dialog) == QDialog.DialogCode.Rejected, name


@pytest.mark.parametrize("how", CLOSERS)
def test_after_typing_it_asks_first(qtbot, layout_demo, tmp_path,  # noqa: F811
                                    app_helpers, how):  # noqa: F811
    first, second = CLOSERS[how]
    asked: list[str] = []
    for name, make in all_dialogs(layout_demo, tmp_path):
        dialog = _open(qtbot, make)
        field = _typeable(dialog)
        if field is None:
            continue   # nothing to type into (a list, a preview, a code to write down)
        field.setFocus()
        keys = KeyCounter(qtbot)
        keys.type("x")
        typed = _text(field)

        def keep_editing(box, name=name) -> None:
            assert isinstance(box, QMessageBox) and box.objectName() == "escapeQuestion", name
            assert "bez zapisywania" in box.text(), name
            assert box.defaultButton().objectName() == "keepEditing", name
            QTest.keyClick(box, K.Key_Return)      # the default: back to the form

        for closing in (first, second):
            keys.while_modal(lambda dialog=dialog, closing=closing: closing(dialog),
                             keep_editing)
            assert dialog.isVisible(), f"{name}: closed although the user chose to keep editing"
            assert _text(field) == typed and "x" in typed, name

        def discard(box) -> None:
            QTest.keyClick(box, K.Key_Z, Qt.KeyboardModifier.AltModifier)  # &Zamknij bez…

        keys.while_modal(lambda dialog=dialog: second(dialog), discard)
        assert not dialog.isVisible(), name
        assert QDialog.result(dialog) == QDialog.DialogCode.Rejected, name
        asked.append(name)
    # the forms people type into all asked (the list is long: a dialog lost from it fails)
    assert {"new person", "new project", "new activity", "account", "password",
            "instrument", "amendment", "contract ending", "support entry"} <= set(asked), asked


def test_the_dialogs_own_accept_and_reject_never_ask(qtbot, layout_demo, tmp_path,  # noqa: F811
                                                     app_helpers):  # noqa: F811
    questions: list[str] = []

    def no_question() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):   # would block: record it and answer
            questions.append(box.objectName())
            box.reject()

    tried = 0
    for name, make in all_dialogs(layout_demo, tmp_path):
        if name in ESC_REFUSED:
            continue
        for finish in (QDialog.reject, QDialog.accept):
            dialog = _open(qtbot, make)
            field = _typeable(dialog)
            if field is None:
                break
            field.setFocus()
            KeyCounter(qtbot).type("x")
            QTimer.singleShot(0, no_question)
            finish(dialog)
            assert not dialog.isVisible(), name
            tried += 1
    assert not questions and tried >= 18, (questions, tried)
