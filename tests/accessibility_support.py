"""The Tab walk: what a keyboard-only or screen-reader user can reach and hear in a window.

`tab_walk(window)` presses Tab (as `QTest.keyClick` on the focused widget) until the focus
comes back to where it started, on every page of every tab widget (a page is chosen as the
user would: its tab), and returns the widgets that got the focus. `walk_problems` then
lists, among the window's visible widgets: an enabled input, table, chart or button that
the walk never reached, and one that Qt's accessibility gives no name (the name a screen
reader reads: `accessibleName()`, else the buddy label's or the button's text)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QLineEdit,
    QHeaderView, QPlainTextEdit, QRadioButton, QTabBar, QTabWidget, QTextEdit, QWidget,
)

_INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractButton,
           QAbstractItemView)
MAX_STEPS = 600


def _chart_types() -> tuple[type, ...]:
    try:
        from PySide6.QtCharts import QChartView
    except ImportError:   # pragma: no cover (QtCharts ships with the wheels)
        return ()
    return (QChartView,)


def _owner(widget: QWidget) -> QWidget:
    """The control a focused inner widget belongs to (a combo's or spin box's line edit)."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return widget


def controls(window: QWidget) -> list[QWidget]:
    """The visible, enabled controls of the window that a user should reach."""
    found = []
    kinds = _INPUTS + _chart_types()
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not isinstance(widget, kinds):
            continue
        if isinstance(widget, QLineEdit) and _owner(widget) is not widget:
            continue
        if isinstance(widget.parentWidget(), QTabBar) or isinstance(widget, QHeaderView) \
                or widget.objectName() == "qt_tableview_cornerbutton":
            continue   # parts of a tab bar or a table, reached through it
        if widget.isVisibleTo(window) and widget.isEnabled():
            found.append(widget)
    return found


def _walk_once(qtbot, window: QWidget, seen: set[int]) -> None:
    if not window.isActiveWindow():   # a progress window came and went
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    if QApplication.focusWidget() is None:
        QWidget.focusNextPrevChild(window, True)   # as the first Tab in a window does
    start = QApplication.focusWidget()
    assert start is not None, "nothing in the window takes the focus"
    for _ in range(MAX_STEPS):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        seen.add(id(_owner(focus)))
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break


def tab_walk(qtbot, window: QWidget) -> tuple[set[int], dict[int, QWidget]]:
    """ids of the widgets the Tab key reached, and every control that was visible, on every
    page of every tab widget."""
    seen: set[int] = set()
    shown: dict[int, QWidget] = {}

    def walk() -> None:
        shown.update((id(w), w) for w in controls(window))
        _walk_once(qtbot, window, seen)

    walk()
    for tabs in window.findChildren(QTabWidget):
        if tabs.window() is not window or not tabs.isVisibleTo(window):
            continue
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index) \
                    and index != tabs.currentIndex():
                tabs.setCurrentIndex(index)     # what Ctrl+Tab or the arrows on the tab do
                QApplication.processEvents()
                walk()
    return seen, shown


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    return f"{type(widget).__name__} {widget.objectName() or '(no objectName)'} {text!r}"


def _radio_group(button: QRadioButton) -> list[QWidget]:
    group = button.group()
    if group is not None:
        return list(group.buttons())
    parent = button.parentWidget()
    return [w for w in parent.findChildren(QRadioButton) if w.parentWidget() is parent]


def walk_problems(qtbot, window: QWidget, where: str) -> list[str]:
    reached, shown = tab_walk(qtbot, window)
    problems = []
    for key, widget in shown.items():
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and any(
                id(other) in reached for other in _radio_group(widget)):
            pass   # Tab reaches the group, the arrows its buttons (Qt's rule)
        elif key not in reached:
            how = ("cannot get the focus by Tab" if not widget.focusPolicy()
                   & Qt.FocusPolicy.TabFocus else "is never reached by Tab")
            problems.append(f"{where}: {_describe(widget)} {how}")
        if not accessible_name(widget):
            problems.append(f"{where}: {_describe(widget)} has no accessible name")
    return problems
