"""The Raporty dashboard and the import dialog, driven by pytest-qt on real databases."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ops_desktop.domain.enums import Role, Sex
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.services import projects
from ops_desktop.services.context import Actor
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.demo.builder import build_demo, seed_project
from ops_desktop.ui.dialogs.import_dialog import ImportDialog
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


def test_import_preview_lists_a_bad_rows_problem(qtbot, ctx, tmp_path):
    from tests import factories

    project = factories.project(ctx, "Import", start=D(2011, 1, 1), end=D(2011, 12, 31))
    book = Workbook()
    sheet = book.active
    sheet.append(["Imię", "Nazwisko", "PESEL", "Płeć", "Data rozpoczęcia udziału w projekcie",
                  "Grupa"])
    good = make_pesel(D(1980, 1, 1), 901, Sex.FEMALE)
    sheet.append(["Anna", "Nowak", good, "Kobieta", D(2011, 3, 1), "Klub KIS"])
    sheet.append(["Jan", "Zły", "12345678901", "Mężczyzna", D(2011, 3, 1), ""])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    dialog = ImportDialog(ctx, project_id=project.id, project_title="Import")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.load(path).finished, timeout=20_000):
        pass
    rows = dialog.model.rows()
    assert [r.line for r in rows] == [2, 3]
    problems = dialog.model.index(1, 8).data()
    assert "PESEL" in problems and "kontrolna" in problems
    assert "nowa grupa" in dialog.model.index(0, 4).data()
    assert "Klub KIS" in dialog.status.text() and "odrzuconych 1" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "import.png"))
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert dialog.result.people_created == 1 and dialog.result.rejected == 1
    assert (tmp_path / "lista_odrzucone.xlsx").exists()


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


def test_import_shows_progress_and_anuluj_leaves_the_database_unchanged(qtbot, ctx, tmp_path):
    """Issue 17, defect 2: the import dialog's progress window has Anuluj, and a cancelled
    import (rows already written inside its transaction) leaves nothing behind."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from tests import factories
    from tests.unit.services.test_importing import _checksum

    project = factories.project(ctx, "Import", start=D(2011, 1, 1), end=D(2011, 12, 31))
    book = Workbook()
    sheet = book.active
    sheet.append(["Imię", "Nazwisko", "PESEL", "Płeć", "Data rozpoczęcia udziału w projekcie"])
    for n in range(1500):
        sheet.append(["Anna", "Nowak", make_pesel(D(1960, 1, 1) + dt.timedelta(days=n), 11,
                                                  Sex.FEMALE), "Kobieta", D(2011, 3, 1)])
    sheet.append(["Jan", "Zły", "12345678901", "Mężczyzna", D(2011, 3, 1)])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    dialog = ImportDialog(ctx, project_id=project.id, project_title="Import")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.load(path).finished, timeout=60_000):
        pass
    before = _checksum(ctx.db_path)
    pressed = threading.Event()
    runner = dialog.run_import()

    def hold(done: int, total: int, _text: str) -> None:      # on the worker thread
        if done > total // 2:                                  # people already written
            pressed.wait(30)

    runner.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    progress = None

    def progress_window_shown():
        nonlocal progress
        progress = dialog.findChild(QProgressDialog)
        assert progress is not None and progress.isVisible()

    qtbot.waitUntil(progress_window_shown, timeout=30_000)
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Anuluj")
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        pressed.set()
    assert runner.cancelled and dialog.result is None
    assert "nic nie zapisano" in dialog.status.text()
    assert _checksum(ctx.db_path) == before
    assert not list(tmp_path.glob("*odrzucone*"))


def test_a_csv_name_for_an_xlsx_summary_is_saved_as_xlsx(qtbot, demo_ctx, tmp_path):
    page = _page(qtbot, demo_ctx)
    runner = page.save_to(tmp_path / "zestawienie.csv", "xlsx")
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        pass
    assert not (tmp_path / "zestawienie.csv").exists()
    load_workbook(tmp_path / "zestawienie.xlsx").close()  # real XLSX under its own name
