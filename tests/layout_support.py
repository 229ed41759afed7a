"""Finding clipped and elided text in a shown widget tree (the layout checks).

`layout_problems(root, where)` walks every visible widget under `root` and returns one
readable line per problem:
- a QLabel whose text (measured with its own font metrics) is wider than its contents, or, when
  it wraps, taller than the height it got;
- a button (push, tool, check, radio) narrower than the size its text needs;
- a combo box whose current text does not fit its edit field (it is drawn elided);
- a table/tree header section narrower than its header text, a table scrolling sideways
  (at 100 %; a tile, which never scrolls down, never), and cells of the rows in view drawn
  elided (allowed only in the columns the view names in `elidedColumns`, with the full text
  in a tooltip) or wrapped taller than their row;
- chart category labels shortened, or wider or taller than the room the chart gives them;
- a tab whose text is elided;
- a widget reaching outside the window (inside a scroll area only the viewport counts; a page
  of the main window never scrolls sideways, so past its right edge counts too).
The caller collects the lines of every page and dialog into one assertion message."""

from __future__ import annotations

import re

import shutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QApplication, QComboBox, QHeaderView,
    QDialog, QLabel, QLineEdit, QScrollArea, QStyle, QStyleOptionComboBox, QStyleOptionFrame,
    QTabBar, QTableView, QWidget,
)

from sqlalchemy import select

from ops_desktop.db.models import Participation, Person, Project
from ops_desktop.db.models.activities import Activity
from ops_desktop.db.models.contracts import Contract
from ops_desktop.ui.common.fit import FullTextDelegate, header_metrics

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
    metrics = header_metrics(header)  # bold where selected cells highlight their sections
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


def _wrapped_height(metrics: QFontMetrics, text: str, width: int) -> int:
    return metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000),
                                int(Qt.TextFlag.TextWordWrap), text).height()


def _cell_problems(view: QTableView) -> list[str]:
    """Cells of the rows in view drawn elided. Only the columns a page names in the view's
    property `elidedColumns` (fit_columns' give_way: long free text, also in a detail place)
    may elide, and then only with the whole text in a tooltip; a word-wrapped cell must get
    the height its lines need."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return []
    allowed = set(view.property("elidedColumns") or [])
    tooltips = isinstance(view.itemDelegate(), FullTextDelegate)
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
            if needed <= width + SLACK and metrics.lineSpacing() * len(lines) <= view.rowHeight(
                    row) + SLACK:
                continue
            if view.wordWrap() and _wrapped_height(metrics, text, width) <= view.rowHeight(
                    row) + SLACK:
                continue  # wrapped over lines that the row's height shows
            tip = index.data(Qt.ItemDataRole.ToolTipRole)  # FullTextDelegate: when none
            whole_in_tip = (tooltips and not tip) or bool(
                tip and text.replace("\n", " ") in " ".join(str(tip).split()))
            if column in allowed and whole_in_tip:
                continue
            elided[column] = text
    header = view.horizontalHeader()
    return [f"column {model.headerData(c, Qt.Orientation.Horizontal)!r}: "
            f"{_short(t)!r} drawn elided in {header.sectionSize(c)} px"
            + ("" if c in allowed else " (a column that must show its text whole)")
            for c, t in sorted(elided.items())]


def _sideways_problem(view: QTableView) -> str | None:
    """A table scrolling sideways: some columns (and their headers) out of view."""
    bar = view.horizontalScrollBar()
    if not bar.isVisible() or bar.maximum() <= 0:
        return None
    header = view.horizontalHeader()
    hidden = [str(view.model().headerData(c, Qt.Orientation.Horizontal))
              for c in range(header.count()) if not header.isSectionHidden(c)
              and header.sectionViewportPosition(c) + header.sectionSize(c)
              > view.viewport().width() + SLACK]
    return (f"scrolls sideways ({bar.maximum()} px more than its {view.viewport().width()} px): "
            f"columns {', '.join(hidden) or '(scrolled)'} out of view")


def _rows_cut_problem(view: QTableView) -> str | None:
    """A table that never scrolls vertically (a tile) but cannot show all its rows."""
    model = view.model()
    if model is None or not model.rowCount():
        return None
    needed = sum(view.rowHeight(row) for row in range(model.rowCount()))
    if needed > view.viewport().height() + SLACK:
        return f"shows {view.viewport().height()} px of its {needed} px of rows, no scroll bar"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        text = bar.tabText(index).replace("&", "")
        if metrics.horizontalAdvance(text) + 8 > bar.tabRect(index).width() and bar.isTabVisible(
            index):
            problems.append(f"tab {text!r} is elided")
    return problems


def _label_lines(category: str) -> list[str]:
    """A QtCharts category label as lines of plain text (rich text: <br> breaks lines)."""
    import html

    if not _looks_rich(category):
        return [category]
    return [html.unescape(re.sub(r"<[^>]+>", "", line))
            for line in re.split(r"<br\s*/?>", category)]


def _chart_problems(view) -> list[str]:
    """Category labels of a chart shortened ("…", by the program or by QtCharts) or wider or
    taller than the room the chart gives them (QtCharts would elide or overlap them)."""
    from PySide6.QtCharts import QBarCategoryAxis

    chart = view.chart()
    plot = chart.plotArea()
    name = chart.title() or view.objectName()
    problems = []
    for axis in chart.axes():
        if not isinstance(axis, QBarCategoryAxis) or not axis.count():
            continue
        metrics = QFontMetrics(axis.labelsFont())
        labels = [_label_lines(text) for text in axis.categories()]
        for lines in labels:
            if any("…" in line or "..." in line for line in lines):
                problems.append(f"chart {name!r}: category label {_short(' '.join(lines))!r} "
                                f"is shortened")
        widest = max(metrics.horizontalAdvance(line) for lines in labels for line in lines)
        if axis.alignment() == Qt.AlignmentFlag.AlignLeft:
            room = plot.left() - chart.margins().left() - 4
            tallest = max(len(lines) for lines in labels) * metrics.lineSpacing()
            if widest > room + SLACK:
                problems.append(f"chart {name!r}: a category label needs {widest} px left "
                                f"of the plot, has {room:.0f}")
            if tallest > plot.height() / axis.count() + SLACK:
                problems.append(f"chart {name!r}: a category label needs {tallest} px of "
                                f"height, each category has {plot.height() / axis.count():.0f}")
        elif axis.alignment() == Qt.AlignmentFlag.AlignBottom:
            room = plot.width() / axis.count()
            if widest > room + SLACK:
                problems.append(f"chart {name!r}: a category label needs {widest} px, each "
                                f"category has {room:.0f}")
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


def _page_holder(widget: QWidget, window: QWidget) -> QScrollArea | None:
    """The main window's scroll area holding a section's page (`section_<key>`), when
    `widget` lies on a page and not inside a scroll area of its own (a table, a chart area)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            is_page = isinstance(parent, QScrollArea) and parent.objectName().startswith(
                "section_")
            return parent if is_page else None
        parent = parent.parentWidget()
    return None


def _page_right(page: QScrollArea, window: QWidget) -> int:
    viewport = page.viewport()
    return viewport.mapTo(window, QPoint(0, 0)).x() + viewport.width() - 1


def page_scroll_problem(holder: QScrollArea, where: str) -> str | None:
    """A page wider than the room the main window gives it: it would scroll sideways."""
    page = holder.widget()
    needed = max(page.width(), page.minimumSizeHint().width())
    if holder.horizontalScrollBar().isVisible() or needed > holder.viewport().width() + SLACK:
        return (f"{where}: the page needs {needed} px, wider than its "
                f"{holder.viewport().width()} px: it scrolls sideways")
    return None


def _outside_problem(widget: QWidget, window: QWidget) -> str | None:
    if widget.isWindow():
        return None
    area = _clip_rect(widget, window)
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if area is not window.rect() and area != window.rect():
        page = _page_holder(widget, window)
        if page is not None and rect.right() > _page_right(page, window) + SLACK:
            return (f"reaches {rect.right() + 1 - _page_right(page, window)} px past the right "
                    f"edge of its page (a page never scrolls sideways)")
        return None  # inside a scroll area: it can be scrolled to
    if rect.right() > area.right() + SLACK or rect.bottom() > area.bottom() + SLACK:
        return (f"reaches outside the window ({rect.right() + 1}×{rect.bottom() + 1} "
                f"in a {area.width()}×{area.height()} window)")
    return None


def layout_problems(root: QWidget, where: str, *, cells: bool = True,
                    sideways: bool = False) -> list[str]:
    """Problems of every visible widget under `root` (shown, laid out), one line each.
    `sideways`: a table may scroll sideways (large text); a tile (a table that never scrolls
    down) never may."""
    QApplication.processEvents()  # the test's own drawing pass (layouts settle)
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
        elif type(widget).__name__ in ("QChartView",) or hasattr(widget, "chart") and callable(
                widget.chart) and hasattr(widget, "rubberBand"):
            for problem in _chart_problems(widget):
                add(widget, problem)
        elif isinstance(widget, QTableView):
            header = widget.horizontalHeader()
            if header.isVisible():
                for problem in _header_problems(widget, header):
                    add(widget, problem)
            tile = widget.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if tile:
                add(widget, _rows_cut_problem(widget))
            if tile or not (sideways or widget.property("scrollsSideways")):
                add(widget, _sideways_problem(widget))
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


@pytest.fixture(scope="module")
def layout_demo(demo_template, tmp_path_factory) -> Iterator:
    """One copy of the session's demo for the whole module (the pages only read)."""
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    path = tmp_path_factory.mktemp("layout") / "demo.db"
    shutil.copy2(demo_template, path)
    opened = open_database(path, actor=SYSTEM_ACTOR)
    yield opened.context
    opened.engine.dispose()


def _ids(ctx) -> dict[str, int]:
    with ctx.reading() as session:
        project = session.execute(select(Project.id).order_by(Project.id)).scalars().first()
        activity = session.execute(select(Activity.id).order_by(Activity.id)).scalars().first()
        contract = session.execute(select(Contract.id).order_by(Contract.id)).scalars().first()
        person = session.execute(
            select(Participation.person_id).order_by(Participation.id)).scalars().first()
        any_person = session.execute(select(Person.id).order_by(Person.id)).scalars().first()
    return {"project": project, "activity": activity, "contract": contract,
            "person": person or any_person}


def dialogs(ctx) -> list[tuple[str, Callable[[], QDialog]]]:
    """(name, factory) of every dialog the layout tests open, on the demo's first records."""
    ids = _ids(ctx)
    return _dialog_list(ctx, ids)


def _dialog_list(ctx, ids) -> list[tuple[str, Callable[[], QDialog]]]:
    from ops_desktop.ui.accounts import accounts_dialog
    from ops_desktop.ui.activities import (
        activity_dialog, certificates_dialog, enrol_people_dialog, schedule_dialog,
        session_dialog,
    )
    from ops_desktop.ui.contracts import (
        choose_participation_dialog, contract_dialog, document_texts_dialog,
    )
    from ops_desktop.ui.accounts import login_dialog
    from ops_desktop.ui.backups import restore_dialog
    from ops_desktop.ui.projects import project_dialog, retention_dialog
    from ops_desktop.ui.exports import monitoring_export_dialog, usb_export_dialog
    from ops_desktop.ui.participants import intake_dialog, intake_documents_dialog

    return [
        ("login", lambda: login_dialog.LoginDialog(lambda u, p: None, username="koordynator")),
        ("new person", lambda: intake_dialog.IntakeDialog(ctx)),
        ("person", lambda: intake_dialog.IntakeDialog(ctx, person_id=ids["person"])),
        ("person documents", lambda: intake_documents_dialog.IntakeDocumentsDialog(
            ctx, person_id=ids["person"])),
        ("new project", lambda: project_dialog.ProjectDialog(ctx)),
        ("project", lambda: project_dialog.ProjectDialog(ctx, project_id=ids["project"])),
        ("contract", lambda: contract_dialog.ContractDialog(ctx, contract_id=ids["contract"])),
        ("choose participant", lambda: choose_participation_dialog.ChooseParticipationDialog(ctx)),
        ("new activity", lambda: activity_dialog.ActivityDialog(ctx, project_id=ids["project"])),
        ("activity", lambda: activity_dialog.ActivityDialog(
            ctx, project_id=ids["project"], activity_id=ids["activity"])),
        ("schedule", lambda: schedule_dialog.ScheduleDialog(ctx, activity_id=ids["activity"])),
        ("session", lambda: session_dialog.SessionDialog(ctx, activity_id=ids["activity"])),
        ("enrol people", lambda: enrol_people_dialog.EnrolPeopleDialog(
            ctx, activity_id=ids["activity"])),
        ("certificates", lambda: certificates_dialog.CertificatesDialog(
            ctx, activity_id=ids["activity"])),
        ("document texts", lambda: document_texts_dialog.DocumentTextsDialog(ctx)),
        ("accounts", lambda: accounts_dialog.AccountsDialog(ctx)),
        ("backups", lambda: restore_dialog.BackupsDialog(ctx)),
        ("retention", lambda: retention_dialog.RetentionDialog(ctx)),
        ("monitoring export", lambda: monitoring_export_dialog.MonitoringExportDialog(
            ctx, project_id=ids["project"], review_only=True)),
        ("USB export", lambda: usb_export_dialog.UsbExportDialog(
            ctx, project_id=ids["project"], drives=list)),
    ]


class _ReportsShown(QObject):
    """Relays the reports page's `summary_shown` (the page exists only once opened)."""

    shown = Signal()

    def __init__(self, window: MainWindow):  # noqa: F821
        super().__init__(window)
        window._stack.currentChanged.connect(self._changed)
        self._window = window

    def _changed(self, _row: int) -> None:
        page = self._window.page("reports")
        if page is not None and not getattr(self, "_connected", False):
            self._connected = True
            page.summary_shown.connect(self.shown)


def report(problems: list[str]) -> str:
    return f"{len(problems)} layout problem(s) at {SCREEN_WIDTH}×{SCREEN_HEIGHT}:\n" + "\n".join(
        problems)


def _show(qtbot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()


@pytest.fixture
def office_screen(qapp, monkeypatch):
    """Dialogs fitted to a 1366×768 screen less a 30 px taskbar, as run_gui installs it (the
    offscreen platform's own screen is 800×800), and the focus frame's style as run_gui sets
    it (its tables' frames are a pixel wider)."""
    from PySide6.QtCore import QSize

    from ops_desktop.ui.common import screen_fit
    from ops_desktop.ui.settings.focus_frame import install_focus_frame, uninstall_focus_frame

    install_focus_frame(qapp)

    monkeypatch.setattr(screen_fit, "available_size",
                        lambda _widget: QSize(SCREEN_WIDTH, SCREEN_HEIGHT - 30))
    filter_ = screen_fit._ScreenFit(qapp)
    qapp.installEventFilter(filter_)
    yield
    qapp.removeEventFilter(filter_)
    filter_.deleteLater()
    uninstall_focus_frame(qapp)


NAV_AIR = 40  # the section list may be this much wider than its longest name, no more


def section_list_problem(window, where: str) -> str | None:
    """The section list wider than its longest section name needs: the pages lose the rest."""
    from PySide6.QtWidgets import QListWidget

    nav = window.findChild(QListWidget, "sectionList")
    metrics = QFontMetrics(nav.font())
    items = [nav.item(row) for row in range(nav.count())]
    needed = max(metrics.horizontalAdvance(item.text()) for item in items if not item.isHidden())
    if nav.width() > needed + NAV_AIR:
        return (f"{where}: the section list is {nav.width()} px wide for names of {needed} px "
                f"(more than {NAV_AIR} px of margin)")
    if nav.width() < needed + 2 * nav.frameWidth() + 4:
        return f"{where}: the section list is {nav.width()} px wide for names of {needed} px"
    return None


def main_window_problems(qtbot, ctx, tag: str, *, may_scroll: bool = False) -> list[str]:
    """Every section of the main window at 1366×768 (less a 30 px taskbar); `may_scroll`:
    a table may scroll sideways (large text). A page never scrolls sideways: its bars wrap
    and its side-by-side splitters turn vertical instead."""
    from ops_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _show(qtbot, window)
    frame = window.frameGeometry().size() - window.size()  # the taskbar takes 30 px
    window.resize(SCREEN_WIDTH - frame.width(), SCREEN_HEIGHT - 30 - frame.height())
    QApplication.processEvents()
    problems: list[str] = []
    nav = section_list_problem(window, tag)
    if nav:
        problems.append(nav)
    first_size = None
    for key in window.section_keys():
        if key == "reports":  # the summary is computed in the background: wait for it
            with qtbot.waitSignal(_ReportsShown(window).shown, timeout=30000):
                window.open_section(key)
        else:
            window.open_section(key)
        QApplication.processEvents()
        where = f"{tag} section {key}"
        size = window.size()
        if first_size is None:
            first_size = size
        elif size != first_size:
            problems.append(f"{where}: the window changed size from {first_size.width()}×"
                            f"{first_size.height()} to {size.width()}×{size.height()}")
        problems += window_problems(window, where)
        problems += layout_problems(window, where, sideways=may_scroll)
        holder = window.findChild(QScrollArea, f"section_{key}")
        scrolls = page_scroll_problem(holder, where) if holder is not None else None
        if scrolls:  # at every text size: the page reflows, only its tables scroll sideways
            problems.append(scrolls)
    window.close()
    return problems


def dialog_problems(qtbot, ctx, tag: str, *, may_scroll: bool = False) -> list[str]:
    """Every dialog of `dialogs`; `may_scroll`: a table may scroll sideways (large text)."""
    problems: list[str] = []
    for name, make in dialogs(ctx):
        dialog = make()
        qtbot.addWidget(dialog)
        _show(qtbot, dialog)
        where = f"{tag} dialog {name}"
        problems += window_problems(dialog, where)
        problems += layout_problems(dialog, where, sideways=may_scroll)
        dialog.reject()
        dialog.close()
    return problems
