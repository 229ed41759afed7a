"""Small form helpers shared by dialogs: an error label under a field, optional dates."""

from __future__ import annotations

import datetime as dt

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ops_desktop.ui.accessibility import announce

NO_DATE = QDate(1900, 1, 1)
_FIELD = "errorForField"


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    error.setProperty(_FIELD, widget)   # show_error announces the message on the field
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


def line_with_error(name: str, edits: dict[str, QLineEdit], errors: dict[str, QLabel],
                    placeholder: str = "") -> QWidget:
    """A line edit named `name` above its error label, kept in `edits` and `errors` by that
    name (the field of a form validated as it is typed)."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edits[name] = edit
    errors[name] = error_label(name)
    return with_error(edit, errors[name])


def optional_date_edit(name: str) -> QDateEdit:
    """A date field whose lowest value means 'not given' (shown as —)."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def get_date(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    if value == NO_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def show_error(label: QLabel, text: str | None) -> None:
    """The message under a field, also its accessible description, announced."""
    changed = label.text() != (text or "")
    label.setText(text or "")
    label.setVisible(bool(text))
    field = label.property(_FIELD)
    if changed and isinstance(field, QWidget):
        announce(field, text, label)


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """The dialogs' "Zapisz" / "Anuluj" pair: Save runs `on_save` (which validates and accepts
    when it may), Cancel rejects."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("forms", "Zapisz"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("forms", "Anuluj"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons
