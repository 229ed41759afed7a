"""Sizing to text (ui/common/fit.py) and the user's remembered UI state (ui/common/ui_settings.py):
columns fitted from the header and a sample of rows without a horizontal scroll bar, an elided
cell's whole text in its tooltip, splitter sizes and the main window's size kept per user in a
real INI file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QToolTip

from ops_desktop import paths
from ops_desktop.ui.main_window import MainWindow
from ops_desktop.ui.common.ui_settings import remember_splitter, ui_settings
from ops_desktop.ui.common.fit import FullTextDelegate, _water_fill, fit_columns

LONG = "Warsztaty aktywizacji zawodowej dla osób długotrwale bezrobotnych (40 godzin)"


def _model(rows: int) -> QStandardItemModel:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Nr", "Zajęcia", "Pracownik socjalny"])
    for row in range(rows):
        model.appendRow([QStandardItem(str(row)), QStandardItem(LONG),
                         QStandardItem("Wiesława Wojciechowska")])
    return model


def test_water_fill_lowers_the_widest_first_never_below_the_floor():
    assert _water_fill([50, 400, 160], [40, 80, 150], 500) == [50, 290, 160]
    assert _water_fill([50, 100], [40, 80], 500) == [50, 100]
    assert _water_fill([300, 300], [200, 250], 100) == [200, 250]


def test_columns_fit_the_view_and_elided_cells_tell_their_text(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(_model(200))
    view.resize(600, 300)
    fit_columns(view)
    view.show()
    qtbot.waitExposed(view)
    metrics = QFontMetrics(view.horizontalHeader().font())
    assert view.columnWidth(2) >= metrics.horizontalAdvance("Pracownik socjalny")
    assert view.columnWidth(0) < 100  # short numbers stay narrow
    total = sum(view.columnWidth(c) for c in range(3))
    assert total <= view.viewport().width() + 1
    assert not view.horizontalScrollBar().isVisible()
    assert isinstance(view.itemDelegate(), FullTextDelegate)
    rect = view.visualRect(view.model().index(0, 1))
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(
        rect.center()))
    assert view.itemDelegate().helpEvent(event, view, view.viewOptions()
                                         if hasattr(view, "viewOptions") else _option(view, rect),
                                         view.model().index(0, 1))
    assert QToolTip.text() == LONG
    QToolTip.hideText()


def _option(view, rect):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = rect
    return option


def test_a_wider_view_gives_the_room_to_the_stretch_column(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(_model(3))
    fit_columns(view, stretch=1)
    view.resize(1800, 300)
    view.show()
    qtbot.waitExposed(view)
    assert view.columnWidth(1) > QFontMetrics(view.font()).horizontalAdvance(LONG)


def test_splitter_sizes_are_kept_per_user(qtbot):
    def splitter() -> QSplitter:
        made = QSplitter(Qt.Orientation.Horizontal)
        made.addWidget(QLabel("a"))
        made.addWidget(QLabel("b"))
        made.resize(600, 200)
        qtbot.addWidget(made)
        made.show()
        return made

    first = splitter()
    remember_splitter(first, "anna", "activities")
    first.moveSplitter(150, 1)
    assert first.sizes()[0] == 150
    again = splitter()
    remember_splitter(again, "anna", "activities")
    assert again.sizes()[0] == 150
    other = splitter()
    remember_splitter(other, "jan", "activities")
    assert other.sizes()[0] != 150
    assert (paths.data_home() / "ui-settings.ini").exists()


def test_main_window_opens_maximised_then_at_the_size_left(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_restored()
    qtbot.waitExposed(window)
    assert window.isMaximized()
    window.showNormal()
    window.resize(1100, 700)
    window.close()
    settings = ui_settings()
    key = f"users/{ctx.actor.username or 'default'}/main_window"
    assert settings.value(key + "/maximised") == "false"
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show_restored()
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    assert (again.width(), again.height()) == (1100, 700)
    sizes = set()
    for key in again.section_keys():  # a section change never resizes the window
        again.open_section(key)
        sizes.add((again.width(), again.height()))
    assert sizes == {(1100, 700)}
