"""Sizing widgets to their text, cheaply (no clipped or elided text at 1366×768).

- `fit_columns(view)`: column widths from the header text and a sample of rows measured with
  the font metrics (never `ResizeToContents`, which costs up to a second on a large Python
  model, docs/STACK.md trap 6). When the columns do not fit the view, the columns named in
  `give_way` (the long free texts: a project's title, a group's name) give way, the widest
  of them first, never below their header text, and the others keep their text whole (the
  view scrolls sideways when that is still too wide); a view naming none lets its widest
  columns give way. A cell drawn elided shows its full text in a tooltip
  (`FullTextDelegate`); the view's property `elidedColumns` names the columns that may be
  drawn so (the layout test holds every other column to its text). Widths are fitted again
  when the model is reset or the view resized, until the user drags a column themselves.
- `size_to_columns(view, caps)`: the other way round, for a short list beside a large panel
  (the activities beside their attendance grid): each column as wide as its text, a capped
  one wrapping its text over more lines, and the view at least as wide as its columns, so a
  splitter never squeezes it.
- `fit_placeholder(edit)`: a line edit at least as wide as its placeholder text.
- `fit_combo(combo)`: a filter combo box never eliding its "all" choice (or, `whole`, its
  current one), its list as wide as its longest item.
Both follow a change of the text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
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


def header_metrics(header: QHeaderView) -> QFontMetrics:
    """The metrics a header's text is drawn with: bold where the header highlights the
    sections of selected cells (a table's: a whole row selected makes every section bold)."""
    font = QFont(header.font())
    if header.highlightSections():
        font.setBold(True)
    return QFontMetrics(font)


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
    def __init__(self, view: QTableView, stretch: int | None, give_way: tuple[int, ...],
                 shrink: bool):
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self.give_way = give_way
        self.shrink = shrink
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
                policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and (
                    bar.isVisible() or rows.length() > view.height()
                    - view.horizontalHeader().sizeHint().height()
                    or view.model().rowCount() * max(rows.defaultSectionSize(), 1)
                    > view.height() - view.horizontalHeader().sizeHint().height())):
            width -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
        return max(width - 2, 0)

    def _give_way(self, columns: list[int], wanted: list[int], floors: list[int],
                  room: int) -> list[int]:
        """Widths within `room`: without give-way columns the widest give way; with them
        only they do, and the others keep their text whole (the view scrolls sideways when
        even that is too wide: large text)."""
        giving = [n for n, c in enumerate(columns) if c in self.give_way]
        if not giving:
            return _water_fill(wanted, floors, room)
        kept = sum(w for n, w in enumerate(wanted) if n not in giving)
        fitted = _water_fill([wanted[n] for n in giving], [floors[n] for n in giving],
                             max(room - kept, 0))
        widths = list(wanted)
        for n, width in zip(giving, fitted, strict=True):
            widths[n] = width
        return widths

    def fit(self) -> None:
        view, model = self._view, self._view.model()
        if self.user_sized or model is None or self._fitting:
            return
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        if not columns:
            return
        metrics_of_header = header_metrics(view.horizontalHeader())
        metrics = QFontMetrics(view.font())
        room = self.room()
        least = view.horizontalHeader().minimumSectionSize()  # Qt never goes below it
        floors = [max(_header_need(view, c, metrics_of_header), least) for c in columns]
        cap = max(int(room * MAX_SHARE), 1)
        wanted = [max(f, min(_content_need(view, c, metrics), cap))
                  for c, f in zip(columns, floors, strict=True)]
        widths = self._give_way(columns, wanted, floors, room) if self.shrink else wanted
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


def fit_columns(view: QTableView, *, stretch: int | None = None,
                give_way: tuple[int, ...] = (), shrink: bool = True) -> None:
    """Size the columns of `view` to their text now and whenever its model or size changes.
    `stretch`: the column that takes the spare room (default: the widest one); `give_way`:
    the columns narrowed first when the room is short (drawn elided, whole in a tooltip);
    `shrink=False`: a column is never narrower than its text, the view scrolls sideways
    instead (a grid of many sessions; the view's property `scrollsSideways` says so)."""
    if type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(FullTextDelegate(view))
    view.setProperty("elidedColumns", list(give_way))
    view.setProperty("scrollsSideways", not shrink)
    fitter = view.findChild(_ColumnFitter)
    if fitter is None:
        fitter = _ColumnFitter(view, stretch, give_way, shrink)
    else:
        fitter.give_way, fitter.shrink = give_way, shrink
    fitter.fit()


class _ColumnSizer(QObject):
    def __init__(self, view: QTableView, caps: dict[int, int]):
        super().__init__(view)
        self._view = view
        self.caps = caps
        view.installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.rowsInserted.connect(lambda *_: self.fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.fit()
        return False

    def fit(self) -> None:
        view, model = self._view, self._view.model()
        metrics_of_header = header_metrics(view.horizontalHeader())
        metrics = QFontMetrics(view.font())
        scale = metrics.height() / 16  # the caps are for 100 % text (DejaVu Sans 10: 16 px)
        total = 0
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            width = max(_header_need(view, column, metrics_of_header),
                        _content_need(view, column, metrics))
            if column in self.caps:
                width = min(width, max(int(self.caps[column] * scale),
                                       _header_need(view, column, metrics_of_header)))
            view.setColumnWidth(column, width)
            total += width
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None,
                                       view.verticalScrollBar())
        view.setMinimumWidth(total + 2 * view.frameWidth() + bar + 2)
        view.resizeRowsToContents()  # a short list: the wrapped lines get their height


def size_to_columns(view: QTableView, *, caps: dict[int, int] | None = None) -> None:
    """Columns as wide as their text (a column in `caps` at most that many px at 100 % text,
    its text wrapped), the view at least as wide as its columns; again on a model reset and
    a text-size change. For short lists only: every row is measured."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(True)
    if type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(FullTextDelegate(view))
    sizer = view.findChild(_ColumnSizer)
    if sizer is None:
        sizer = _ColumnSizer(view, dict(caps or {}))
    sizer.fit()


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
