"""A layout that wraps its items into rows, for the filter bars and button rows of the pages.

At 100 % text a bar is one row as before; at large text (150–200 %) or in a narrow window the
items that no longer fit go onto the next row, so the page never needs to scroll sideways.
Items keep the order they were added in (= their Tab order, which the layout never touches).
`add_group(label, control)` keeps a label on the same row as its control; `stretch` gives an
item (the search field, a project combo) a share of the room left in its row; `align_right`
puts a row's items at its right edge (a button row that used to begin with a stretch)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget,
)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, align_right: bool = False,
                 spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # id(item) -> share of a row's leftover room
        self._align_right = align_right
        self._spacing = spacing
        self._laid_height = 0  # the height of the rows at the width last laid out
        self.setContentsMargins(0, 0, 0, 0)

    # -- building ---------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self.addWidget(widget)
        if stretch:
            self._stretch[id(self._items[-1])] = stretch

    def add_stretch(self, stretch: int = 1) -> None:
        """Room that pushes the next items to the right edge of their row."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self._stretch[id(self._items[-1])] = stretch

    def add_group(self, *widgets: QWidget, stretch: int = 0) -> QHBoxLayout:
        """Widgets that stay together on one row (a label and its combo)."""
        group = QHBoxLayout()
        group.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            group.addWidget(widget, 1 if widget is widgets[-1] else 0)
        self.addChildLayout(group)
        self.addItem(group)
        if stretch:
            self._stretch[id(group)] = stretch
        return group

    def _alive(self) -> list[QLayoutItem]:
        """The items, less any Qt deleted behind the layout's back (a widget destroyed while
        its window is torn down): a Python layout must never touch a deleted item."""
        if not all(shiboken6.isValid(item) for item in self._items):
            self._items = [item for item in self._items if shiboken6.isValid(item)]
        return self._items

    def count(self) -> int:
        return len(self._alive())

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._alive()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._alive()):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        self.invalidate()
        return item

    # -- sizes ------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """No: a page holding one would be sized by its height-for-width (the sum of its
        items' size hints) and scroll down without need; the rows' height reaches the parent
        through minimumSize instead."""
        return False

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        """All items on one row (as high as the rows last laid out)."""
        items = self._shown()
        width = sum(item.sizeHint().width() for item in items)
        width += self._gap() * max(len(items) - 1, 0)
        height = max((item.sizeHint().height() for item in items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),  # the rows as last laid out
                     self._laid_height or height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """As wide as the widest item: every item on a row of its own."""
        items = self._shown()
        width = max((item.minimumSize().width() for item in items), default=0)
        height = max((item.minimumSize().height() for item in items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     max(height + margins.top() + margins.bottom(), self._laid_height))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # -- arranging --------------------------------------------------------------------------
    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        gap = parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None,
                                         parent)
        return gap if gap >= 0 else 6

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._alive()
                if not item.isEmpty() or item.spacerItem() is not None]

    def rows(self, width: int) -> list[list[QLayoutItem]]:
        """The items row by row at `width` (a row takes items while their size hints fit)."""
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right()
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            need = item.sizeHint().width()
            if rows and used + self._gap() + need <= room:
                rows[-1].append(item)
                used += self._gap() + need
            else:
                rows.append([item])
                used = need
        return rows

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Lays the rows out in `rect` (when `apply`); returns the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for index, row in enumerate(self.rows(rect.width())):
            if index:
                y += self._gap()
            widths, left = self._row_widths(row, area.width())
            height = max(item.heightForWidth(width) if item.hasHeightForWidth()
                         else item.sizeHint().height()
                         for item, width in zip(row, widths, strict=True))
            if apply:
                self._place_row(row, widths, left, area, y, height)
            y += height
        height = y - rect.y() + margins.bottom()
        if apply and height != self._laid_height:
            # a parent that does not ask heightForWidth (a splitter, a tab) learns the height
            # of the rows from minimumSize: the next pass gives it
            self._laid_height = height
            self.invalidate()
        return height

    def _row_widths(self, row: list[QLayoutItem], room: int) -> tuple[list[int], int]:
        """Each item's width in a row of `room` px, and the room left over."""
        gap = self._gap()
        widths = [max(min(item.sizeHint().width(), room), min(item.minimumSize().width(), room))
                  for item in row]
        left = room - sum(widths) - gap * (len(row) - 1)
        shares = [self._stretch.get(id(item), 0) for item in row]
        if left > 0 and not any(shares):
            shares = [1 if _grows(item) else 0 for item in row]
        if left > 0 and any(shares):
            total = sum(shares)
            given = [left * share // total for share in shares]
            given[max(range(len(row)), key=lambda i: shares[i])] += left - sum(given)
            widths = [w + g for w, g in zip(widths, given, strict=True)]
            left = 0
        return widths, max(left, 0)

    def _place_row(self, row: list[QLayoutItem], widths: list[int], left: int, area: QRect,
                   y: int, height: int) -> None:
        x = area.x() + (left if self._align_right else 0)
        for item, width in zip(row, widths, strict=True):
            item_height = height
            if not item.hasHeightForWidth() and not (
                    item.expandingDirections() & Qt.Orientation.Vertical):
                item_height = min(height, max(item.sizeHint().height(),
                                              item.minimumSize().height()))
            top = y + (height - item_height) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
            x += width + self._gap()


def _grows(item: QLayoutItem) -> bool:
    """A widget whose size policy expands sideways (a line edit), or a stretch."""
    if item.spacerItem() is not None:
        return bool(item.expandingDirections() & Qt.Orientation.Horizontal)
    widget = item.widget()
    if widget is None:
        return False
    flags = widget.sizePolicy().horizontalPolicy().value
    return bool(flags & QSizePolicy.PolicyFlag.ExpandFlag.value)


class _WrappedHeight(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            needed = watched.heightForWidth(watched.width())
            if needed > 0 and needed != watched.minimumHeight():
                watched.setMinimumHeight(needed)
        return False


def hold_wrapped_height(label: QLabel) -> None:
    """A word-wrapped label at least as tall as its lines at its width, where its parent
    (a splitter, a tab) does not ask height-for-width and would squeeze it."""
    label.installEventFilter(_WrappedHeight(label))
