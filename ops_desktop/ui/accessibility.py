"""Accessible names and announced messages (what a screen reader reads).

Qt names a control from its own text (a button) or its buddy label. Forms here often put a
field in a small container with its error line (`widgets/forms.with_error`), so the label's
buddy is the container, and tables and charts have no label at all. `name_controls(root)`
gives every input, table, chart and button without a name the text a sighted user sees for
it: the form label of the field (or of its container), a label whose buddy it is, its
placeholder or tooltip, else the label just before it, the title of its group box or tab
page, or for the window's only table or text box the window's title.
`install_accessible_names(app)` runs it on every window and every page of a stacked widget
when shown (as `run_gui` does).

`announce(field, text)`: a validation message next to a field becomes the field's
accessible description and is announced (DescriptionChanged, and an Alert on the message)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QBoxLayout, QComboBox,
    QFormLayout, QGroupBox, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QStackedWidget,
    QTabWidget, QTextEdit, QWidget,
)

_log = logging.getLogger(__name__)
_CONTROLS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractButton,
             QAbstractItemView)
_UP = 3   # how many containers a field may sit in below its label's buddy


def clean(text: str) -> str:
    """Label text as a name: no accelerator ampersand, no trailing colon or asterisk."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = " ".join(text.split())
    return text.rstrip(" :*").strip()


def _chart_types() -> tuple[type, ...]:
    try:
        from PySide6.QtCharts import QChartView
    except ImportError:   # pragma: no cover
        return ()
    return (QChartView,)


def qt_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _buddies(root: QWidget) -> dict[int, QLabel]:
    return {id(label.buddy()): label for label in root.findChildren(QLabel)
            if label.buddy() is not None and label.text().strip()}


def _contains(layout, widget: QWidget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget or (item.layout() is not None
                                       and _contains(item.layout(), widget)):
            return True
    return False


def _row_label(form: QFormLayout, widget: QWidget) -> str:
    """The label of the form row holding `widget`, itself or inside the row's layout; a
    second field of the row ("Od: [date] do [date]") adds the word before it."""
    label = form.labelForField(widget)
    if isinstance(label, QLabel):
        return label.text()
    for row in range(form.rowCount()):
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if field is None or field.layout() is None or not _contains(field.layout(), widget):
            continue
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        text = label.widget().text() if label is not None and isinstance(
            label.widget(), QLabel) else ""
        before = _word_before(field.layout(), widget)
        return f"{clean(text)} {before}".strip() if before else text
    return ""


def _word_before(layout, widget: QWidget) -> str:
    previous = None
    for index in range(layout.count()):
        item = layout.itemAt(index).widget()
        if item is widget:
            text = previous.text() if isinstance(previous, QLabel) else ""
            return clean(text) if any(ch.isalpha() for ch in text) else ""
        if item is not None:
            previous = item
    return ""


def _form_label(widget: QWidget) -> str:
    parent = widget.parentWidget()
    layouts = [parent.layout()] if parent is not None and parent.layout() else []
    while layouts:
        layout = layouts.pop()
        if isinstance(layout, QFormLayout):
            text = _row_label(layout, widget)
            if text.strip():
                return text
        for index in range(layout.count()):
            child = layout.itemAt(index).layout()
            if child is not None:
                layouts.append(child)
    return ""


def _label_before(widget: QWidget) -> str:
    """The label just before the widget in the box layout that holds it."""
    parent = widget.parentWidget()
    layouts = [parent.layout()] if parent is not None and parent.layout() else []
    while layouts:
        layout = layouts.pop()
        if isinstance(layout, QBoxLayout) and any(
                layout.itemAt(i).widget() is widget for i in range(layout.count())):
            return _word_before(layout, widget)
        layouts += [layout.itemAt(i).layout() for i in range(layout.count())
                    if layout.itemAt(i).layout() is not None]
    return ""


def _only_one_in_window(widget: QWidget) -> str:
    """The window's title for its only list, table or text box."""
    kind = QAbstractItemView if isinstance(widget, QAbstractItemView) else (
        QPlainTextEdit, QTextEdit, QLineEdit)
    window = widget.window()
    same = [w for w in window.findChildren(QWidget) if isinstance(w, kind)
            and not isinstance(w, QHeaderView) and w.window() is window
            and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))]
    return window.windowTitle() if same == [widget] else ""


def _context_title(widget: QWidget) -> str:
    node = widget.parentWidget()
    while node is not None and not node.isWindow():
        if isinstance(node, QGroupBox) and node.title().strip():
            return node.title()
        parent = node.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            return tabs.tabText(tabs.indexOf(node))
        node = parent
    return ""


def _label_for(widget: QWidget, buddies: dict[int, QLabel]) -> str:
    node: QWidget | None = widget
    for _ in range(_UP + 1):
        if node is None or node.isWindow():
            break
        if id(node) in buddies:
            return buddies[id(node)].text()
        text = _form_label(node)
        if text:
            return text
        node = node.parentWidget()
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return widget.placeholderText()
    if widget.toolTip():
        return widget.toolTip()
    return _label_before(widget) or _context_title(widget) or _only_one_in_window(widget)


def name_controls(root: QWidget) -> None:
    """Name every unnamed control of `root` as a sighted user sees it (see the module)."""
    buddies = _buddies(root.window())
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, _CONTROLS + _chart_types()) or widget.accessibleName():
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            continue   # Qt reads the button's text
        text = clean(_label_for(widget, buddies))
        if text:
            widget.setAccessibleName(text)


def announce(field: QWidget, text: str | None, message: QWidget | None = None) -> None:
    """The validation message beside `field` (None or "" when it is gone)."""
    field.setAccessibleDescription(text or "")
    QAccessible.updateAccessibility(QAccessibleEvent(field, QAccessible.Event.DescriptionChanged))
    if text and message is not None:
        QAccessible.updateAccessibility(QAccessibleEvent(message, QAccessible.Event.Alert))


class _AccessibleNames(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and (
                watched.isWindow() or isinstance(watched.parentWidget(), QStackedWidget)):
            try:
                name_controls(watched)
            except Exception:   # a name missing is no reason to lose the window
                _log.exception("accessible names of %s", type(watched).__name__)
        return False


def install_accessible_names(app: QApplication) -> QObject:
    helper = _AccessibleNames(app)
    app.installEventFilter(helper)
    return helper
