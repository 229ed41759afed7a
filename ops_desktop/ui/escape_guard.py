"""Esc closes every dialog, but never loses typed data silently: it asks first. So does the
window's close button (the title bar's X, Alt+F4, `close()`), through the same question.

Installed once on the application (`install_escape_guard`, as `run_gui` does), so every
dialog of the program gets it. When a dialog is shown, the values of its inputs are noted
(texts, choices, ticks, dates, the cells of editable tables). Esc in a dialog the user has
typed or clicked into whose values differ from those asks "Zamknąć bez zapisywania?" with
"Wróć do edycji" as the default (Enter and Esc keep editing); otherwise Esc closes at once,
as Qt does. A dialog that saves and stays open calls `mark_saved` so that what it has
stored counts as the new starting point; one with nothing to lose calls `never_ask`. Qt's
own dialogs (message boxes, file choosers) are left alone, and so is Esc inside a table cell
being edited (it cancels the edit).

The close button reaches a dialog as a Close event, which the guard watches on each dialog
itself (installed when it is shown), not on the application: Qt also sends a Close event
from accept() and reject(), but eats it with a filter of its own installed on the dialog
just then, so the dialog's filters see only a real close — the Save and Cancel buttons
never ask."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QDialog,
    QLineEdit, QListView, QMessageBox, QPlainTextEdit, QTabBar, QTextEdit, QWidget,
)

from ops_desktop.ui.common.translation import translator

_STATE = "_escape_guard_state"   # Python attribute on the dialog: (values, touched)
_NEVER = "_escape_guard_never"
_MAX_CELLS = 5000


_tr = translator("EscapeGuard")


def _own(dialog: QWidget) -> bool:
    return isinstance(dialog, QDialog) and type(dialog).__module__.startswith("ops_desktop.")


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return None   # the spin box or the combo itself is noted
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText() if widget.isEditable() else "")
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable() \
            and not isinstance(widget.parentWidget(), QTabBar):
        return widget.isChecked()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _cells(widget)
    return None


def _cells(view: QAbstractItemView) -> object:
    model = view.model()
    root = QModelIndex()
    rows = model.rowCount(root)
    columns = 1 if isinstance(view, QListView) else model.columnCount(root)
    if rows * columns > _MAX_CELLS:
        return None
    editable = view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    roles = [Qt.ItemDataRole.CheckStateRole] + ([Qt.ItemDataRole.EditRole] if editable else [])
    return (rows, tuple(str(model.index(r, c).data(role)) for r in range(rows)
                        for c in range(columns) for role in roles))


def _values(dialog: QDialog) -> dict[int, object]:
    found = {}
    for widget in dialog.findChildren(QWidget):
        if widget.window() is not dialog:
            continue   # a completer's or a combo's popup
        value = _value(widget)
        if value is not None:
            found[id(widget)] = value
    return found


def never_ask(dialog: QDialog) -> None:
    """For a dialog with nothing to lose (it shows a code once and closes on a tick)."""
    setattr(dialog, _NEVER, True)


def mark_saved(dialog: QDialog) -> None:
    """What the dialog shows now is stored: Esc closes without asking until it changes."""
    setattr(dialog, _STATE, (_values(dialog), False))


def has_unsaved_input(dialog: QDialog) -> bool:
    state = getattr(dialog, _STATE, None)
    if state is None or not state[1] or getattr(dialog, _NEVER, False):
        return False
    before, now = state[0], _values(dialog)
    return any(key in now and now[key] != value for key, value in before.items())


def keeps_editing(dialog: QDialog) -> bool:
    """Esc or the close button on `dialog`: True when it must stay open — typed data, and the
    user chose "Wróć do edycji". Without typed data it may close at once (False)."""
    return has_unsaved_input(dialog) and not ask_to_discard(dialog)


def ask_to_discard(dialog: QDialog) -> bool:
    """The question; True when the user chose to close without saving."""
    box = QMessageBox(QMessageBox.Icon.Question, dialog.windowTitle() or _tr("Zamknąć?"),
                      _tr("Wpisane dane nie zostały zapisane. Zamknąć okno bez zapisywania?"),
                      parent=dialog)
    box.setObjectName("escapeQuestion")
    keep = box.addButton(_tr("&Wróć do edycji"), QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(_tr("&Zamknij bez zapisywania"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep.setObjectName("keepEditing")
    discard.setObjectName("discardInput")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class _CloseGuard(QObject):
    """On each dialog: its close button asks like Esc (see the module's docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Close or not _own(watched):
            return False
        if keeps_editing(watched):
            event.ignore()
            return True
        return False   # Qt's own closeEvent: reject()


class _EscapeGuard(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._close_guard = _CloseGuard(self)   # removed with this guard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and _own(watched) and watched.isWindow():
            setattr(watched, _STATE, (_values(watched), False))
            watched.installEventFilter(self._close_guard)
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) \
                or not isinstance(watched, QWidget):
            return False
        dialog = watched.window()
        if not _own(dialog):
            return False
        state = getattr(dialog, _STATE, None)
        is_escape = (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                     and event.key() == Qt.Key.Key_Escape and not event.modifiers())
        if not is_escape:
            if state is not None and not state[1]:
                setattr(dialog, _STATE, (state[0], True))   # the user typed or clicked
            return False
        if _in_cell_editor(watched) or not has_unsaved_input(dialog):
            return False   # Qt's own Esc: cancel the cell edit, or close the dialog
        if not keeps_editing(dialog):
            dialog.reject()
        return True


def _in_cell_editor(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractItemView):
            return widget is not parent and widget is not parent.viewport()
        parent = parent.parentWidget()
    return False


def install_escape_guard(app: QApplication) -> QObject:
    guard = _EscapeGuard(app)
    app.installEventFilter(guard)
    return guard
