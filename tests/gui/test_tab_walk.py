"""The Tab walk of every dialog and every main-window page (tests/accessibility_support.py):
every enabled input, table, chart and button is reached by Tab and has an accessible name."""

from __future__ import annotations

from tests.accessibility_support import walk_problems
from tests.dialog_support import all_dialogs
from tests.keyboard_support import app_helpers  # noqa: F401 (fixture)
from tests.layout_support import layout_demo  # noqa: F401 (fixture)


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\\n" + "\\n".join(problems)


def test_every_dialog_walks_with_tab(qtbot, layout_demo, tmp_path,  # noqa: F811
                                     app_helpers):  # noqa: F811
    problems: list[str] = []
    for name, make in all_dialogs(layout_demo, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        problems += walk_problems(qtbot, dialog, f"dialog {name}")
        dialog.hide()
    assert not problems, _report(problems)


def test_every_page_of_the_main_window_walks_with_tab(qtbot, layout_demo,  # noqa: F811
                                                      app_helpers):  # noqa: F811
    from ops_desktop.ui.main_window import MainWindow
    from tests.layout_support import _ReportsShown

    window = MainWindow(layout_demo)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    problems: list[str] = []
    for key in window.section_keys():
        if key == "reports":  # the summary is computed in the background: wait for it
            with qtbot.waitSignal(_ReportsShown(window).shown, timeout=30000):
                window.open_section(key)
        else:
            window.open_section(key)
        problems += walk_problems(qtbot, window, f"section {key}")
    assert not problems, _report(problems)


def test_a_validation_message_is_announced_on_its_field(qtbot, ctx, typer):
    """The message under a field is the field's accessible description (what a screen reader
    reads with it), and goes away with the message."""
    import datetime as dt

    from PySide6.QtGui import QAccessible

    from ops_desktop.domain.enums import Sex
    from ops_desktop.domain.pesel import make_pesel
    from ops_desktop.ui.participants.intake_dialog import IntakeDialog

    dialog = IntakeDialog(ctx)
    qtbot.addWidget(dialog)
    good = make_pesel(dt.date(1984, 7, 9), 31, Sex.MALE)
    field = dialog.edits["pesel"]
    typer(field, good[:-1] + str((int(good[-1]) + 3) % 10))
    message = dialog.errors["pesel"].text()
    assert "cyfra kontrolna" in message
    described = QAccessible.queryAccessibleInterface(field).text(QAccessible.Text.Description)
    assert field.accessibleDescription() == described == message
    field.clear()
    typer(field, good)
    assert field.accessibleDescription() == "" and dialog.errors["pesel"].isHidden()


def test_every_chart_has_its_figures_in_a_named_table(qtbot, layout_demo,  # noqa: F811
                                                      app_helpers):  # noqa: F811
    from PySide6.QtCharts import QChartView

    from ops_desktop.ui.reports.reports_page import ReportsPage
    from tests.accessibility_support import accessible_name

    page = ReportsPage(layout_demo)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.summary is not None, timeout=20_000)
    charts = page.findChildren(QChartView)
    assert charts and len(charts) == len(page.charts)
    for key, chart in page.charts.items():
        table = page.tables[key]
        assert table.parentWidget() is chart.parentWidget(), key   # beside it, same box
        assert table.model().rowCount() > 0, key
        assert accessible_name(chart) and accessible_name(chart) in accessible_name(table), key
        assert chart.accessibleDescription(), key
