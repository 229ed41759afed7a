"""Sizing widgets to their text, cheaply (no clipped or elided text at 1366×768).

- `fit_columns(view)`: column widths from the header text and a sample of rows measured with
  the font metrics (never `ResizeToContents`, which costs up to a second on a large Python
  model, docs/STACK.md trap 6). When the columns do not fit the view, the widest ones give way
  first, never below their header text; a cell drawn elided shows its full text in a tooltip
  (`FullTextDelegate`). Widths are fitted again when the model is reset or the view resized,
  until the user drags a column themselves.
- `fit_placeholder(edit)`: a line edit at least as wide as its placeholder text.
- `fit_combo(combo)`: a filter combo box never eliding its "all" choice (or, `whole`, its
  current one), its list as wide as its longest item.
Both follow a change of the text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QStyle, QStyledItemDelegate,
    QStyleOptionComboBox, QStyleOptionViewItem, QTableView, QToolTip,
)

SAMPLE_ROWS = 50
CELL_PADDING = 12      # the style's item margins on both sides, and a little air
MAX_SHARE = 0.6        # no single column takes more than this share of the view


def _display(index: QModelIndex) -> str:
    value = index.data(Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def text_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


class FullTextDelegate(QStyledItemDelegate):
    """Draws like the standard delegate; hovering a cell drawn elided shows its whole text."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid() and not index.data(
                Qt.ItemDataRole.ToolTipRole):
            text = _display(index)
            if text and text_width(option.fontMetrics, text) + CELL_PADDING > option.rect.width():
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


def _header_need(view: QTableView, column: int, metrics: QFontMetrics) -> int:
    header = view.horizontalHeader()
    text = view.model().headerData(column, Qt.Orientation.Horizontal,
                                   Qt.ItemDataRole.DisplayRole)
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    extra = arrow + margin if view.isSortingEnabled() else 0
    return text_width(metrics, str(text or "")) + 2 * margin + extra + 4


def _content_need(view: QTableView, column: int, metrics: QFontMetrics) -> int:
    model = view.model()
    rows = min(model.rowCount(), SAMPLE_ROWS)
    widest = 0
    for row in range(rows):
        index = model.index(row, column)
        width = text_width(metrics, _display(index))
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width += view.iconSize().width() or 16
        widest = max(widest, width)
    return widest + CELL_PADDING if widest else 0


def _water_fill(wanted: list[int], floors: list[int], room: int) -> list[int]:
    """Lower the widest columns to a common cap until they fit `room` (never below a floor)."""
    if sum(wanted) <= room:
        return wanted
    low, high = 0, max(wanted)
    while low < high:
        cap = (low + high + 1) // 2
        if sum(max(min(w, cap), f) for w, f in zip(wanted, floors, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(min(w, low), f) for w, f in zip(wanted, floors, strict=True)]


class _ColumnFitter(QObject):
    def __init__(self, view: QTableView, stretch: int | None):
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._fitting = False
        self.user_sized = False
        view.horizontalHeader().sectionResized.connect(self._resized_by_user)
        view.installEventFilter(self)
        self._watch_model()

    def _watch_model(self) -> None:
        model = self._view.model()
        if model is None:
            return
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.rowsInserted.connect(self._rows_inserted)

    def _rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first < SAMPLE_ROWS:
            self.fit()

    def _resized_by_user(self, *_args: int) -> None:
        if not self._fitting and self._view.horizontalHeader().underMouse():
            self.user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self.fit()
        return False

    def room(self) -> int:
        view = self._view
        width = view.width() - 2 * view.frameWidth()
        rows = view.verticalHeader()
        if not rows.isHidden():
            width -= max(rows.width(), rows.sizeHint().width())
        bar = view.verticalScrollBar()
        policy = view.verticalScrollBarPolicy()
        if policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOn or (
                policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and view.model().rowCount() * max(rows.defaultSectionSize(), 1)
                > view.height() - view.horizontalHeader().sizeHint().height()):
            width -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
        return max(width - 2, 0)

    def fit(self) -> None:
        view, model = self._view, self._view.model()
        if self.user_sized or model is None or self._fitting:
            return
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        if not columns:
            return
        header_metrics = QFontMetrics(view.horizontalHeader().font())
        metrics = QFontMetrics(view.font())
        room = self.room()
        floors = [_header_need(view, c, header_metrics) for c in columns]
        cap = max(int(room * MAX_SHARE), 1)
        wanted = [max(f, min(_content_need(view, c, metrics), cap))
                  for c, f in zip(columns, floors, strict=True)]
        widths = _water_fill(wanted, floors, room)
        spare = room - sum(widths)
        if spare > 0:
            target = columns.index(self._stretch) if self._stretch in columns else (
                widths.index(max(widths)))
            widths[target] += spare
        self._fitting = True
        try:
            header = view.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in zip(columns, widths, strict=True):
                view.setColumnWidth(column, width)
        finally:
            self._fitting = False


def fit_columns(view: QTableView, *, stretch: int | None = None) -> None:
    """Size the columns of `view` to their text now and whenever its model or size changes.
    `stretch`: the column that takes the spare room (default: the widest one)."""
    if type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(FullTextDelegate(view))
    fitter = view.findChild(_ColumnFitter)
    if fitter is None:
        fitter = _ColumnFitter(view, stretch)
    fitter.fit()


class _OnFontChange(QObject):
    """Calls `again` when the widget's font changes (the text size was changed)."""

    def __init__(self, widget, again):
        super().__init__(widget)
        self._again = again
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self._again()
        return False


def fit_placeholder(edit: QLineEdit) -> None:
    """A line edit at least as wide as its placeholder, at any text size."""
    floor = edit.minimumWidth()

    def update() -> None:
        needed = QFontMetrics(edit.font()).horizontalAdvance(edit.placeholderText()) + 24
        edit.setMinimumWidth(max(floor, needed))
        if edit.maximumWidth() < edit.minimumWidth():
            edit.setMaximumWidth(edit.minimumWidth())

    update()
    _OnFontChange(edit, update)


def combo_width_for(combo: QComboBox, text: str) -> int:
    """The width a combo box needs to show `text` whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = QFontMetrics(combo.font())
    contents = QSize(metrics.horizontalAdvance(text) + 8, metrics.height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents,
                                          combo).width()


def fit_combo(combo: QComboBox, *, at_least: str = "", whole: bool = False) -> None:
    """A filter combo that never elides its short choices ("Wszystkie projekty") however the
    row is squeezed; a long choice shows whole in the list and in the tooltip. `whole`: the
    current choice is always shown whole (the combo grows with it)."""

    def update(_index: int = 0) -> None:
        texts = [combo.itemText(i) for i in range(combo.count())]
        first = texts[:1] + [at_least]   # the "all" choice a filter starts with
        if whole or combo.currentIndex() <= 0:
            first.append(combo.currentText())
        widest = max(first, key=lambda t: QFontMetrics(combo.font()).horizontalAdvance(t))
        combo.setMinimumWidth(combo_width_for(combo, widest))
        combo.setToolTip(combo.currentText())
        longest = max((QFontMetrics(combo.font()).horizontalAdvance(t) for t in texts), default=0)
        combo.view().setMinimumWidth(longest + 40)

    combo.currentIndexChanged.connect(update)
    model = combo.model()
    model.rowsInserted.connect(lambda *_: update())
    model.modelReset.connect(update)
    update()
    _OnFontChange(combo, update)
