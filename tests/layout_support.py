"""Finding clipped and elided text in a shown widget tree (issue 14, the layout half).

`layout_problems(root, where)` walks every visible widget under `root` and returns one
readable line per problem:
- a QLabel whose text (measured with its own font metrics) is wider than its contents, or, when
  it wraps, taller than the height it got;
- a button (push, tool, check, radio) narrower than the size its text needs;
- a combo box whose current text does not fit its edit field (it is drawn elided);
- a table/tree header section narrower than its header text, and cells of the rows in view
  drawn elided without the full text in a tooltip;
- a tab whose text is elided;
- a widget reaching outside the window (inside a scroll area only the viewport counts).
The caller collects the lines of every page and dialog into one assertion message."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QApplication, QComboBox, QHeaderView,
    QLabel, QLineEdit, QStyle, QStyleOptionComboBox, QStyleOptionFrame, QTabBar, QTableView, QWidget,
)

from ops_desktop.ui.widgets.fit import FullTextDelegate  # noqa: E402

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
SLACK = 1  # rounding of font metrics


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''}"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible() and widget.width() > 0


def _looks_rich(text: str) -> bool:
    return bool(re.search(r"<[a-zA-Z/][^>]*>", text))


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    indent = max(label.indent(), 0) if label.indent() > 0 else 0
    room_width = room.width() - 2 * label.margin() - indent
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and _looks_rich(text))
    if label.wordWrap() or rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        if rich:
            document.setHtml(text)
        else:
            document.setPlainText(text)
        if label.wordWrap():
            document.setTextWidth(room_width)
            if document.size().height() > room.height() + SLACK + 1:
                return (f"wrapped text {_short(text)!r} needs {document.size().height():.0f} px "
                        f"of height, has {room.height()}")
            return None
        needed = document.idealWidth()
    else:
        metrics = QFontMetrics(label.font())
        lines = text.replace("&&", "&").split("\n")
        needed = max(metrics.horizontalAdvance(line.replace("&", "") if label.buddy()
                                               else line) for line in lines)
        if metrics.height() * len(lines) > room.height() + SLACK + 1:
            return f"text {_short(text)!r} is taller than the label ({room.height()} px)"
    if needed > room_width + SLACK:
        return f"text {_short(text)!r} needs {needed:.0f} px, has {room_width}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"text {_short(button.text())!r} needs {hint.width()} px, has {button.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option) if hasattr(combo, "initStyleOption") else option.initFrom(combo)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = QFontMetrics(combo.font()).horizontalAdvance(text)
    if combo.isEditable() and combo.lineEdit() is not None:
        needed += 4  # the line edit's own margins
    if needed > field.width() + SLACK:
        return f"current text {_short(text)!r} needs {needed} px, its field has {field.width()}"
    return None


def _placeholder_problem(edit: QLineEdit) -> str | None:
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    width = room.width() - margins.left() - margins.right() - 4
    needed = QFontMetrics(edit.font()).horizontalAdvance(text)
    if needed > width + SLACK:
        return f"placeholder {_short(text)!r} needs {needed} px, has {width}"
    return None


def _header_problems(view: QAbstractItemView, header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    problems = []
    metrics = QFontMetrics(header.font())
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    sorting = isinstance(view, QTableView) and view.isSortingEnabled()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        lines = str(text).split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
        if sorting and header.sortIndicatorSection() == section:
            needed += arrow + margin
        if header.sectionSize(section) + SLACK < needed:
            problems.append(f"column {str(text)!r} is {header.sectionSize(section)} px, "
                            f"its header needs {needed}")
    return problems


def _cell_problems(view: QTableView) -> list[str]:
    """Cells of the rows in view drawn elided (their full text not in a tooltip)."""
    model = view.model()
    if model is None or model.rowCount() == 0 or isinstance(view.itemDelegate(), FullTextDelegate):
        return []  # FullTextDelegate: an elided cell shows its whole text in a tooltip
    metrics = QFontMetrics(view.font())
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    first = max(view.rowAt(0), 0)
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    elided: dict[int, str] = {}
    for row in range(first, min(last, first + 60) + 1):
        for column in range(model.columnCount()):
            if view.isColumnHidden(column) or column in elided:
                continue
            index = model.index(row, column, QModelIndex())
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or text == "":
                continue
            text = str(text)
            width = view.columnWidth(column) - 2 * margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                width -= view.iconSize().width() or 16
            lines = text.split("\n")
            needed = max(metrics.horizontalAdvance(line) for line in lines)
            if needed <= width + SLACK:
                continue
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if view.wordWrap() and view.rowHeight(row) >= metrics.lineSpacing() * 2 + 2 * margin:
                continue  # wrapped over more lines
            if tip and text.replace("\n", " ") in " ".join(str(tip).split()):
                continue
            elided[column] = text
    header = view.horizontalHeader()
    return [f"column {model.headerData(c, Qt.Orientation.Horizontal)!r}: "
            f"{_short(t)!r} drawn elided in {header.sectionSize(c)} px (no tooltip)"
            for c, t in sorted(elided.items())]


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        text = bar.tabText(index).replace("&", "")
        if metrics.horizontalAdvance(text) + 8 > bar.tabRect(index).width() and bar.isTabVisible(index):
            problems.append(f"tab {text!r} is elided")
    return problems


def _clip_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of the window where `widget` can be seen: the window, or the viewport of the
    innermost scroll area holding it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and widget is not parent.viewport() and (
                parent.viewport().isAncestorOf(widget)):
            viewport = parent.viewport()
            return QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
        parent = parent.parentWidget()
    return window.rect()


def _outside_problem(widget: QWidget, window: QWidget) -> str | None:
    if widget.isWindow():
        return None
    area = _clip_rect(widget, window)
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if area is not window.rect() and area != window.rect():
        return None  # inside a scroll area: it can be scrolled to
    if rect.right() > area.right() + SLACK or rect.bottom() > area.bottom() + SLACK:
        return (f"reaches outside the window ({rect.right() + 1}×{rect.bottom() + 1} "
                f"in a {area.width()}×{area.height()} window)")
    return None


def layout_problems(root: QWidget, where: str, *, cells: bool = True) -> list[str]:
    """Problems of every visible widget under `root` (shown, laid out), one line each."""
    QApplication.processEvents()  # noqa: the test's own drawing pass (layouts settle)
    window = root.window()
    found: list[str] = []

    def add(widget: QWidget, problem: str | None) -> None:
        if problem:
            found.append(f"{where}: {_name(widget)}: {problem}")

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not _visible(widget, root):
            continue
        if isinstance(widget, QLabel):
            add(widget, _label_problem(widget))
        elif isinstance(widget, QAbstractButton) and not isinstance(
                widget.parentWidget(), (QTabBar, QHeaderView)):
            add(widget, _button_problem(widget))
        elif isinstance(widget, QComboBox):
            add(widget, _combo_problem(widget))
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox):
            add(widget, _placeholder_problem(widget))
        elif isinstance(widget, QTabBar):
            for problem in _tab_problems(widget):
                add(widget, problem)
        elif isinstance(widget, QTableView):
            header = widget.horizontalHeader()
            if header.isVisible():
                for problem in _header_problems(widget, header):
                    add(widget, problem)
            if cells:
                for problem in _cell_problems(widget):
                    add(widget, problem)
        if widget is not root and widget.parentWidget() is not None and (
                widget.parentWidget().isVisible()):
            add(widget, _outside_problem(widget, window))
    return found


def window_problems(window: QWidget, where: str) -> list[str]:
    """The window itself larger than the office screen."""
    size = window.frameGeometry().size() if window.isWindow() else window.size()
    if size.width() > SCREEN_WIDTH or size.height() > SCREEN_HEIGHT:
        return [f"{where}: the window is {size.width()}×{size.height()}, larger than the "
                f"{SCREEN_WIDTH}×{SCREEN_HEIGHT} screen"]
    return []
