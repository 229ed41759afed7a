"""The Start page as a home page and what empty or read-only views say: with
nothing due, Start offers the three commonest next steps and each button opens its section;
due evaluations show as lists with a button, never as "0"; an empty table draws a sentence
saying what to do; a role's unusable sections are hidden; a read-only Settings says why at
the top, draws its fields read-only and has no dead Save button; a missing budget reads
"nie podano", not "0,00 zł"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from ops_desktop.domain.enums import Role
from ops_desktop.services.context import Actor
from ops_desktop.ui.main_window import MainWindow
from ops_desktop.ui.participants.participants_page import ParticipantsPage
from ops_desktop.ui.settings.settings_page import SettingsPage
from ops_desktop.ui.home.start_page import StartPage
from ops_desktop.ui.common.empty_state import empty_text
from tests.factories import contracts as cf


def _grab_has_text_colour(widget) -> bool:
    """The viewport drew something besides its background (the sentence)."""
    image = widget.grab().toImage()
    background = image.pixel(2, 2)
    return any(image.pixel(x, y) != background for y in range(0, image.height(), 3)
               for x in range(0, image.width(), 3))


def test_nothing_due_offers_three_next_steps_that_open_their_sections(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    start = window.page("start")
    assert isinstance(start, StartPage)
    assert start.nothing_due.isVisible()
    assert set(start.step_buttons) == {"participants", "activities", "reports"}
    assert not start.overdue_view.isVisible() and not start.soon_view.isVisible()
    start.step_buttons["participants"].click()
    assert window._stack.currentIndex() == window.section_keys().index("participants")
    assert isinstance(window.page("participants"), ParticipantsPage)


def test_due_evaluations_show_as_lists_with_a_button(qtbot, ctx):
    project, person = cf.setup(ctx)
    cf.signed(ctx, project, person)  # evaluations planned 31.05.2011 and 31.08.2011
    page = StartPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh(today=dt.date(2011, 8, 28))
    assert not page.nothing_due.isVisible()
    assert page.overdue_view.isVisible() and page.soon_view.isVisible()
    page.refresh(today=dt.date(2011, 9, 30))   # the 31.08 evaluation is overdue too
    assert page.overdue.rowCount() == 2 and not page.soon_view.isVisible()


def test_an_empty_table_says_what_to_do(qtbot, ctx):
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.table.model().rowCount() == 0
    assert "Nowa osoba" in empty_text(page.table)
    assert _grab_has_text_colour(page.table.viewport())


def test_a_role_sees_only_the_sections_it_can_use(qtbot, ctx):
    iod = ctx.as_actor(Actor(user_id=None, username="iod", roles=frozenset({Role.DPO})))
    caseworker = ctx.as_actor(Actor(user_id=None, username="pracownik",
                                    roles=frozenset({Role.CASEWORKER})))
    shown = {}
    for name, actor in (("iod", iod), ("caseworker", caseworker)):
        window = MainWindow(actor)
        qtbot.addWidget(window)
        nav = window._nav
        shown[name] = {window.section_keys()[row] for row in range(nav.count())
                       if not nav.item(row).isHidden()}
    assert "audit" in shown["iod"]
    assert "audit" not in shown["caseworker"]
    assert {"start", "settings", "participants"} <= shown["caseworker"]


def test_read_only_settings_say_why_at_the_top(qtbot, ctx):
    caseworker = ctx.as_actor(Actor(user_id=None, username="pracownik1",
                                    roles=frozenset({Role.CASEWORKER})))
    page = SettingsPage(caseworker)
    qtbot.addWidget(page)
    page.show()
    banner = page.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and "Tylko do odczytu" in banner.text()
    assert page.layout().itemAt(0).widget() is banner
    assert not page.save_button.isVisible()
    edit = page.edits["name"]
    assert edit.palette().color(QPalette.ColorRole.Base) == edit.palette().color(
        QPalette.ColorRole.Window)
    writer = SettingsPage(ctx)
    qtbot.addWidget(writer)
    assert writer.findChild(QLabel, "readOnlyBanner") is None


def test_a_missing_budget_is_not_given_rather_than_zero(qtbot, demo_ctx):
    from ops_desktop.services import projects, summary
    from ops_desktop.ui.reports.summary_charts import BudgetChart

    listed = projects.list_projects(demo_ctx)
    missing = next(p for p in listed if not p.budget_total)
    result = summary.compute_summary(demo_ctx, project_id=missing.id)
    chart = BudgetChart()
    qtbot.addWidget(chart)
    chart.show_summary(result)
    labels = " ".join(chart.categories())
    assert "Budżet ogółem: nie podano" in labels
    assert "Budżet ogółem: 0,00" not in labels
