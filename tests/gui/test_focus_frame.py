"""Focus always visible (WCAG 2.4.7, 1.4.11): with the application's style
(ui/settings/focus_frame.py), a button, a field, a combo box, a date field, a table, a check
box and a tab bar each grabbed without and with the keyboard focus differ by a frame round
the focused control: a closed ring whose every pixel is at least 3:1 against what was there
before, in the standard and in the high-contrast theme. Without the style (Fusion alone) most
of them show no focus at all, which the first test keeps in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QImage, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QLineEdit, QPushButton, QTabBar, QTableView, QVBoxLayout,
    QWidget,
)

from ops_desktop.ui.settings import appearance
from ops_desktop.ui.settings.focus_frame import (
    FOCUS_STANDARD, focus_colour, install_focus_frame, uninstall_focus_frame,
)

KINDS = ("button", "field", "combo", "date", "table", "check box", "tab bar")
MIN_CONTRAST = 3.0
SIDE_COVERED = 0.9  # of each side of the ring's bounding box


def _controls() -> dict[str, QWidget]:
    combo = QComboBox()
    combo.addItems(["bezrobotny", "bierny zawodowo"])
    table = QTableView()
    table.setModel(QStandardItemModel(3, 2, table))
    tabs = QTabBar()
    tabs.addTab("Dane osobowe")
    tabs.addTab("Adres")
    return {"button": QPushButton("Zapisz"), "field": QLineEdit("Kowalska"), "combo": combo,
            "date": QDateEdit(QDate(2026, 12, 4)), "table": table,
            "check box": QCheckBox("Zgoda na przetwarzanie danych"), "tab bar": tabs}


@pytest.fixture
def form(qtbot, qapp):
    built = []

    def build():
        window = QWidget()
        layout = QVBoxLayout(window)
        controls = _controls()
        for control in controls.values():
            layout.addWidget(control)
        elsewhere = QLineEdit()  # the focus waits here between the grabs
        layout.addWidget(elsewhere)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        built.append(window)  # kept alive for the test
        return controls, elsewhere

    yield build
    uninstall_focus_frame(qapp)
    appearance.apply_theme(qapp, high_contrast=False)


def _grab(qtbot, control: QWidget, focus: QWidget) -> QImage:
    focus.setFocus()
    qtbot.waitUntil(focus.hasFocus)
    return control.grab().toImage()


def _ring_problem(before: QImage, after: QImage) -> str | None:
    """None when the pixels that changed by ≥ 3:1 form a closed frame (each side of their
    bounding box covered); else what is missing."""
    changed = set()
    for y in range(before.height()):
        for x in range(before.width()):
            old, new = before.pixelColor(x, y), after.pixelColor(x, y)
            if old != new and appearance.contrast_ratio(new.name(), old.name()) >= MIN_CONTRAST:
                changed.add((x, y))
    if not changed:
        return "no pixel changed by 3:1"
    xs, ys = [x for x, _ in changed], [y for _, y in changed]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    if right - left < 8 or bottom - top < 8:
        return f"changed area {right - left + 1}×{bottom - top + 1} px, no frame"
    sides = {"top": [(x, top) for x in range(left, right + 1)],
             "bottom": [(x, bottom) for x in range(left, right + 1)],
             "left": [(left, y) for y in range(top, bottom + 1)],
             "right": [(right, y) for y in range(top, bottom + 1)]}
    for side, pixels in sides.items():
        covered = sum(p in changed for p in pixels) / len(pixels)
        if covered < SIDE_COVERED:
            return f"{side} side {covered:.0%} covered"
    return None


def _problems(qtbot, controls, elsewhere) -> dict[str, str]:
    problems = {}
    for kind, control in controls.items():
        before = _grab(qtbot, control, elsewhere)
        after = _grab(qtbot, control, control)
        problem = _ring_problem(before, after)
        if problem:
            problems[kind] = problem
    return problems


def test_without_the_style_most_controls_show_no_visible_focus(qtbot, qapp, form):
    uninstall_focus_frame(qapp)
    controls, elsewhere = form()
    assert len(_problems(qtbot, controls, elsewhere)) >= 3  # what the style is there for


@pytest.mark.parametrize("contrast", [False, True], ids=["standard", "high contrast"])
def test_every_kind_of_control_shows_a_3_to_1_frame_when_focused(qtbot, qapp, form, contrast):
    install_focus_frame(qapp)
    appearance.apply_theme(qapp, high_contrast=contrast)
    controls, elsewhere = form()
    assert set(controls) == set(KINDS)
    assert _problems(qtbot, controls, elsewhere) == {}


def test_the_frame_colour_stands_out_in_both_palettes(qapp):
    standard = qapp.palette()
    assert focus_colour(standard) == QColor(FOCUS_STANDARD)
    high = appearance.high_contrast_palette()
    assert focus_colour(high) == QColor(appearance.FOCUS)
    for palette in (standard, high):
        colour = focus_colour(palette).name()
        for role in (palette.ColorRole.Window, palette.ColorRole.Base, palette.ColorRole.Button):
            assert appearance.contrast_ratio(colour, palette.color(role).name()) >= 4.5


def test_installing_twice_keeps_one_style_over_the_platform_one(qapp):
    try:
        first = install_focus_frame(qapp)
        assert install_focus_frame(qapp) is first
        assert qapp.style() is first and first.baseStyle().name() == "fusion"
        appearance.apply_theme(qapp, high_contrast=True)  # a style sheet over it
        uninstall_focus_frame(qapp)
        assert qapp.styleSheet() == appearance.HIGH_CONTRAST_STYLE
        appearance.apply_theme(qapp, high_contrast=False)
        assert qapp.style().name() == "fusion" and not isinstance(qapp.style(), type(first))
    finally:
        uninstall_focus_frame(qapp)
        appearance.apply_theme(qapp, high_contrast=False)
