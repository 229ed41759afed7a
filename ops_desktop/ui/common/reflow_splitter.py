"""A splitter that shows its panes side by side while they fit, one above the other when not.

A side-by-side splitter demands the sum of its panes' minimum widths; at large text (200 %)
that is wider than the window, and the page used to scroll sideways, the Zajęcia page's
attendance grid — the main work area — mostly off screen. `ReflowSplitter` asks only for the
widest pane's width and turns vertical when its width is less than the panes need side by
side (decided on every resize from the panes' minimum widths, so it never flips back and
forth), horizontal again when there is room. `remember_splitter` keeps the user's sizes per
orientation (`orientation_changed` restores the ones of the new orientation)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QWidget

VERTICAL_SHARES = (1, 3)  # list above, detail below: the detail gets the larger part


class ReflowSplitter(QSplitter):
    orientation_changed = Signal(Qt.Orientation)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)

    def _panes(self) -> list[QWidget]:
        return [self.widget(i) for i in range(self.count()) if not self.widget(i).isHidden()]

    def side_by_side_width(self) -> int:
        """The width the panes need side by side (their minimum widths and the handles)."""
        panes = self._panes()
        needed = sum(max(pane.minimumSizeHint().width(), pane.minimumWidth()) for pane in panes)
        return needed + self.handleWidth() * max(len(panes) - 1, 0)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest pane: below the side-by-side width the splitter turns."""
        hint = super().minimumSizeHint()
        widest = max((max(pane.minimumSizeHint().width(), pane.minimumWidth())
                      for pane in self._panes()), default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event) -> None:
        self.follow_width(event.size().width())
        super().resizeEvent(event)

    def follow_width(self, width: int) -> None:
        wanted = (Qt.Orientation.Horizontal if width >= self.side_by_side_width()
                  else Qt.Orientation.Vertical)
        if wanted == self.orientation():
            return
        self.setOrientation(wanted)
        QTimer.singleShot(0, self._turned)  # once laid out in the new orientation

    def _turned(self) -> None:
        if self.orientation() == Qt.Orientation.Vertical and self.count() == len(
                VERTICAL_SHARES):
            total = sum(self.sizes()) or self.height()
            self.setSizes([total * share // sum(VERTICAL_SHARES) for share in VERTICAL_SHARES])
        self.orientation_changed.emit(self.orientation())  # the user's sizes, if kept
