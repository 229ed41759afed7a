"""Keyboard helpers for forms that are typed from paper.

`FormOrder`: the Tab order of a form spread over the pages of a QTabWidget, as the paper
form has it: Tab from the last field of a page goes on to the first field of the next page
(the page is shown), Shift+Tab back; disabled or hidden fields are passed over. Ctrl+Tab
(QTabWidget's own key) still jumps to the next page; `FormOrder` puts the focus on that
page's first field. A dialog hands its `focusNextPrevChild` to `move`.

`answer_by_letter`: a combo box of short answers (Tak / Nie / Odmowa…) answered with the
first letter of the answer, after which the focus goes on to the next field.

`install_tab_leaves_fields(app)` (as `run_gui` does): Tab always leaves a field, so no field
traps the keyboard: a date or time field (Qt's Tab walks its day, month and year, and stays
put on an empty "—" date; typing fills the sections one after another anyway) and a text
box (Qt's Tab would type a tab character), and a list or table (Qt's Tab walks its cells
and wraps round; the arrows move between cells, and Tab in a cell being edited still goes
on to the next cell)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDateTimeEdit, QPlainTextEdit,
    QTabWidget,
    QTextEdit, QWidget,
)

_log = logging.getLogger(__name__)


class FormOrder(QObject):
    def __init__(self, tabs: QTabWidget, widgets: list[QWidget]):
        super().__init__(tabs)
        self._tabs = tabs
        self._widgets = widgets
        self._moving = False
        tabs.currentChanged.connect(self._page_shown)

    def _page_of(self, widget: QWidget) -> int:
        for index in range(self._tabs.count()):
            if self._tabs.widget(index).isAncestorOf(widget):
                return index
        return -1

    def _reachable(self, widget: QWidget) -> bool:
        page = self._tabs.widget(self._page_of(widget))
        return widget.isEnabled() and page is not None and widget.isVisibleTo(page)

    def _current(self) -> int:
        focus = QApplication.focusWidget()
        for position, widget in enumerate(self._widgets):
            if focus is widget or (focus is not None and widget.isAncestorOf(focus)):
                return position
        return -1

    def move(self, forward: bool) -> bool:
        """Focus the next (previous) field of the form; False when the focus is not in it,
        or at its end (then Qt's own order goes on, to the dialog's buttons)."""
        position = self._current()
        if position < 0:
            return False
        step = 1 if forward else -1
        position += step
        while 0 <= position < len(self._widgets):
            widget = self._widgets[position]
            if self._reachable(widget):
                self._moving = True
                try:
                    self._tabs.setCurrentIndex(self._page_of(widget))
                finally:
                    self._moving = False
                widget.setFocus(Qt.FocusReason.TabFocusReason if forward
                                else Qt.FocusReason.BacktabFocusReason)
                return True
            position += step
        return False

    def _page_shown(self, index: int) -> None:
        """A page chosen with Ctrl+Tab (or the mouse) starts at its first field."""
        if self._moving:
            return
        first = next((w for w in self._widgets
                      if self._page_of(w) == index and self._reachable(w)), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)


class _AnswerByLetter(QObject):
    def __init__(self, combo: QComboBox, advance: Callable[[], object]):
        super().__init__(combo)
        self._combo, self._advance = combo, advance

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                 | Qt.KeyboardModifier.KeypadModifier):
            return False
        letter = event.text().strip().lower()
        if len(letter) != 1 or not letter.isalpha():
            return False
        combo = self._combo
        matches = [i for i in range(combo.count()) if combo.itemData(i) is not None
                   and combo.itemText(i).lower().startswith(letter)]
        if len(matches) != 1:
            return False   # no answer starts so, or several: the combo's own search
        combo.setCurrentIndex(matches[0])
        combo.activated.emit(matches[0])   # a choice of the user, as the combo's own keys
        self._advance()
        return True


def answer_by_letter(combo: QComboBox, advance: Callable[[], object]) -> None:
    """The first letter of an answer chooses it and calls `advance` (to the next field)."""
    combo.installEventFilter(_AnswerByLetter(combo, advance))


class _TabLeavesFields(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            return self._filter(watched, event)
        except Exception:   # a helper's slip must not take the window down
            _log.exception("Tab handling of %s", type(watched).__name__)
            return False

    def _filter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, (QPlainTextEdit, QTextEdit)):
            watched.setTabChangesFocus(True)
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QAbstractItemView):
            # Qt's Tab walks the cells and wraps round at the last one: a trap. The arrows
            # move between cells; in a cell being edited Tab still goes on to the next.
            watched.setTabKeyNavigation(False)
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(watched, QDateTimeEdit) \
                or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Tab and not modifiers:
            forward = True
        elif event.key() == Qt.Key.Key_Backtab or (
                event.key() == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.ShiftModifier):
            forward = False
        else:
            return False
        QWidget.focusNextPrevChild(watched, forward)   # the widget's, not the sections'
        return True


def install_tab_leaves_fields(app: QApplication) -> QObject:
    helper = _TabLeavesFields(app)
    app.installEventFilter(helper)
    return helper
