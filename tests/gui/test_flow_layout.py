"""The reflowing pieces of the pages (ui/common/flow_layout.py, ui/common/reflow_splitter.py):
a flow layout wraps its items onto more rows as its width shrinks (heightForWidth grows),
keeps a label on the row of its control and the items in the order added — the Tab order
unchanged; a reflow splitter turns vertical when its panes no longer fit side by side, back
when they do, and keeps the user's sizes per orientation in the real INI file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ops_desktop.ui.common.flow_layout import FlowLayout
from ops_desktop.ui.common.reflow_splitter import ReflowSplitter
from ops_desktop.ui.common.ui_settings import remember_splitter


def _bar(qtbot, *, align_right: bool = False):
    window = QWidget()
    qtbot.addWidget(window)
    flow = FlowLayout(align_right=align_right)
    buttons = [QPushButton(f"Przycisk numer {n}") for n in range(5)]
    label, combo = QLabel("Projekt:"), QComboBox()
    combo.addItems(["Wszystkie projekty", "Aktywna integracja"])
    flow.add_widget(buttons[0], 1)
    flow.add_group(label, combo)
    for button in buttons[1:]:
        flow.add_widget(button)
    layout = QVBoxLayout(window)
    layout.addLayout(flow)
    layout.addStretch(1)
    window.show()
    qtbot.waitExposed(window)
    return window, flow, buttons, label, combo


def _rows_on_screen(widgets: list[QWidget]) -> int:
    return len({widget.y() for widget in widgets})


def test_the_items_wrap_onto_more_rows_as_the_width_shrinks(qtbot):
    window, flow, buttons, label, combo = _bar(qtbot)
    one_row = flow.sizeHint().width() + 40
    window.resize(one_row, 300)
    QApplication.processEvents()
    assert _rows_on_screen([*buttons, combo]) == 1
    assert len(flow.rows(one_row)) == 1
    heights = []
    for width in (one_row, one_row // 2, one_row // 4):
        window.resize(width, 600)
        QApplication.processEvents()
        heights.append(flow.heightForWidth(width))
        for widget in (*buttons, combo):  # nothing leaves the window at the right
            assert widget.geometry().right() < window.width()
    assert heights[0] < heights[1] < heights[2]
    assert _rows_on_screen([*buttons, combo]) >= 3
    assert label.y() == combo.y()  # the label stays on its control's row
    assert label.geometry().right() < combo.geometry().left()
    # the rows the layout needs are the height it got (no overlap with what follows)
    assert flow.geometry().height() >= flow.heightForWidth(flow.geometry().width())


def test_the_items_keep_their_order_and_the_tab_order(qtbot):
    window, flow, buttons, label, combo = _bar(qtbot)
    expected = [buttons[0], combo, *buttons[1:]]
    for width in (flow.sizeHint().width() + 40, 300):
        window.resize(width, 600)
        QApplication.processEvents()
        placed = sorted(expected, key=lambda w: (w.y(), w.x()))
        assert placed == expected  # read row by row: the order they were added in
        chain, widget = [], buttons[0]
        for _ in expected:
            chain.append(widget)
            widget = widget.nextInFocusChain()
            while widget not in expected and widget is not buttons[0]:
                widget = widget.nextInFocusChain()
        assert chain == expected


def test_a_right_aligned_row_ends_at_the_right_edge(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    flow = FlowLayout(align_right=True)
    first, second = QPushButton("Otwórz"), QPushButton("Nowy…")
    flow.add_widget(first)
    flow.add_widget(second)
    QVBoxLayout(window).addLayout(flow)
    window.resize(600, 100)
    window.show()
    qtbot.waitExposed(window)
    assert second.geometry().right() >= flow.geometry().right() - 1
    assert first.x() > 300


def test_a_stretch_pushes_the_next_items_right(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    flow = FlowLayout()
    left, right = QPushButton("Harmonogram…"), QPushButton("Listy obecności…")
    flow.add_widget(left)
    flow.add_stretch()
    flow.add_widget(right)
    QVBoxLayout(window).addLayout(flow)
    window.resize(700, 100)
    window.show()
    qtbot.waitExposed(window)
    assert left.x() < 50
    assert right.geometry().right() >= flow.geometry().right() - 1


def _splitter(qtbot, username: str) -> tuple[QWidget, ReflowSplitter]:
    window = QWidget()
    qtbot.addWidget(window)
    splitter = ReflowSplitter()
    for text in ("lista", "szczegóły"):
        pane = QLabel(text)
        pane.setMinimumWidth(300)
        splitter.addWidget(pane)
    remember_splitter(splitter, username, "reflow")
    QVBoxLayout(window).addWidget(splitter)
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    return window, splitter


def test_the_splitter_turns_vertical_when_its_panes_do_not_fit_side_by_side(qtbot):
    window, splitter = _splitter(qtbot, "ewa")
    assert splitter.orientation() == Qt.Orientation.Horizontal
    assert splitter.minimumSizeHint().width() < splitter.side_by_side_width()
    window.resize(450, 500)  # less than the 600 px the panes need side by side
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert splitter.width() <= window.width()
    assert splitter.widget(1).y() > splitter.widget(0).y()
    window.resize(900, 500)
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Horizontal


def test_the_splitter_keeps_the_users_sizes_per_orientation(qtbot):
    window, splitter = _splitter(qtbot, "ola")
    splitter.moveSplitter(500, 1)
    side_by_side = splitter.sizes()
    window.resize(450, 600)
    QApplication.processEvents()
    splitter.moveSplitter(150, 1)
    one_above_other = splitter.sizes()
    assert one_above_other[0] < one_above_other[1]
    window.resize(900, 500)
    QApplication.processEvents()
    assert splitter.sizes() == side_by_side  # the side-by-side sizes came back
    again_window, again = _splitter(qtbot, "ola")
    assert again.sizes() == side_by_side  # kept for the next time, too
    again_window.resize(450, 600)
    QApplication.processEvents()
    assert again.orientation() == Qt.Orientation.Vertical
    assert again.sizes() == one_above_other
