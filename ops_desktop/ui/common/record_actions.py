"""New and Open on a list page whose records open in one dialog (the participants, the
projects): New opens the dialog empty when the user may create, Open the selected record;
the buttons, a double click, Ctrl+N and Enter on the table go to the same two. `add_shortcut`
is every page's keyboard shortcut (also the contracts' and activities' pages and the
attendance grid)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QTableView, QWidget


def add_shortcut(widget: QWidget, keys: str, slot: Callable[[], object]) -> None:
    """`keys` call `slot` while the focus is in `widget` or one of its children."""
    action = QAction(widget)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)


class RecordActions:
    def __init__(self, *, may_create: Callable[[], bool],
                 selected_id: Callable[[], int | None],
                 open_record: Callable[[int | None], None]):
        self._may_create = may_create
        self._selected_id = selected_id
        self._open_record = open_record

    def new(self) -> None:
        if self._may_create():
            self._open_record(None)

    def open_selected(self) -> None:
        record_id = self._selected_id()
        if record_id is not None:
            self._open_record(record_id)

    def connect(self, page: QWidget, table: QTableView, *, new_button: QAbstractButton,
                open_button: QAbstractButton, open_keys: Sequence[str] = ("Return",)) -> None:
        new_button.clicked.connect(self.new)
        open_button.clicked.connect(self.open_selected)
        table.doubleClicked.connect(lambda _index: self.open_selected())
        add_shortcut(page, "Ctrl+N", self.new)
        for keys in open_keys:
            add_shortcut(table, keys, self.open_selected)
