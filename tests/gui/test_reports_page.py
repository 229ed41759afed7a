"""The Raporty dashboard, driven by pytest-qt on real databases (its import dialog:
test_import_dialog.py)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ops_desktop.domain.enums import Role, Sex
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import projects
from ops_desktop.services.context import Actor
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.demo.builder import build_demo, seed_project
from ops_desktop.ui.common.roles import FIGURE_ROLE
from ops_desktop.ui.reports.reports_page import ReportsPage

D = dt.date


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports") / "demo.db"
    opened = open_database(path, actor=SYSTEM_ACTOR)
    build_demo(opened.context, seed=2011)
    yield opened.context
    opened.engine.dispose()


def _page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitUntil(lambda: page.summary is not None, timeout=20_000)
    return page


def _choose(qtbot, page: ReportsPage, project_id: int, year: int | None = None) -> None:
    with qtbot.waitSignal(page.summary_shown, timeout=20_000):
        page.select(project_id, year)
    qtbot.waitUntil(lambda: page.summary.project_id == project_id and page.summary.year == year,
                    timeout=20_000)


def test_dashboard_shows_charts_and_tables_for_the_demo(qtbot, demo_ctx, tmp_path):
    page = _page(qtbot, demo_ctx)
    rybnik = projects.find_project_id(demo_ctx, title=seed_project("rybnik").title)
    _choose(qtbot, page, rybnik)
    assert "908" in page.headline.text() and "639" in page.headline.text()
    years = page.charts["years"]
    assert years.categories() == [str(y) for y in range(2008, 2016)]
    women, men = years.bar_values()
    assert sum(women) > 0 and sum(men) > 0
    groups = page.charts["groups"]
    group_rows = page.summary.breakdown("groups").rows
    assert len(groups.categories()) == len(group_rows)
    assert sorted(groups.bar_values()[0]) == sorted(r.count.total for r in group_rows)
    assert page.charts["money"].bar_values()[0][-1] == pytest.approx(7_502_449.00)
    for key in ("years", "groups", "instruments", "money", "age", "target_groups"):
        assert page.tables[key].model().rowCount() > 0, key
    page.grab().save(str(tmp_path / "dashboard.png"))

    _choose(qtbot, page, rybnik, 2010)
    assert page.charts["years"].categories() == ["2010"]
    assert "01.01.2010" in page.headline.text()


def test_a_number_opens_the_people_behind_it(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    twoja = projects.find_project_id(demo_ctx, title=seed_project("bartoszyce").title)
    _choose(qtbot, page, twoja)
    view = page.tables["years"]
    model = view.model()
    index = model.index(0, 2)                      # first year, women
    assert model.data(index, FIGURE_ROLE).startswith("year:")
    expected = model.table().rows[0][2]
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # Qt 6: a press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # comes first
    qtbot.waitUntil(lambda: page.people_dialog is not None)
    dialog = page.people_dialog
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == expected
    assert str(expected) in dialog.count.text()


def test_people_lists_are_closed_to_those_not_allowed(qtbot, demo_ctx):
    reader = Actor(None, "statystyk", frozenset(),
                   extra=frozenset({Permission.REPORT_READ, Permission.PROJECT_READ,
                                   Permission.PROJECT_ALL}))
    page = _page(qtbot, demo_ctx.as_actor(reader))
    assert page.open_people("participants::") is None
    assert "uprawnion" in page.message.text()


def test_the_page_tells_who_may_see_reports(qtbot, ctx):
    page = ReportsPage(ctx.as_actor(Actor(1, "kasia", frozenset({Role.CASEWORKER}))))
    qtbot.addWidget(page)
    assert page.findChild(QLabel, "reportsDenied") is not None


def test_saving_xlsx_writes_real_numbers(qtbot, demo_ctx, tmp_path):
    page = _page(qtbot, demo_ctx)
    target = tmp_path / "zestawienie.xlsx"
    runner = page.save_to(target, "xlsx")
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        pass
    book = load_workbook(io.BytesIO(target.read_bytes()))
    assert isinstance(book["Podsumowanie"]["B5"].value, int)
    book.close()
    assert "Zapisano" in page.message.text()


def test_coming_back_to_the_page_shows_current_figures(qtbot, ctx):
    from tests import factories

    project = factories.project(ctx, "Powrót", start=D(2011, 1, 1), end=D(2011, 12, 31))
    page = _page(qtbot, ctx)
    assert page.summary.participants.total == 0
    person = factories.person(ctx, "Zofia", "Nowa", born=D(1980, 3, 3), sex=Sex.FEMALE)
    factories.enrol(ctx, person.id, project, start=D(2011, 5, 1))
    page.hide()
    with qtbot.waitSignal(page.summary_shown, timeout=20_000):
        page.show()
    assert (page.summary.participants.total, page.summary.participants.women) == (1, 1)


def test_a_csv_name_for_an_xlsx_summary_is_saved_as_xlsx(qtbot, demo_ctx, tmp_path):
    page = _page(qtbot, demo_ctx)
    runner = page.save_to(tmp_path / "zestawienie.csv", "xlsx")
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        pass
    assert not (tmp_path / "zestawienie.csv").exists()
    load_workbook(tmp_path / "zestawienie.xlsx").close()  # real XLSX under its own name
