"""The Kontrakty page and the Start page on the demo database: the list model checked by
qtmodeltester, filters and folded search, the Start page's evaluations for a caseworker, the
main window's first section."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ops_desktop.domain.contract_views import ContractFilter
from ops_desktop.domain.contracts import ContractStatus
from ops_desktop.domain.enums import Role
from ops_desktop.services import contract_lists, projects
from ops_desktop.services.demo.seed_projects import OTWARCI
from ops_desktop.ui.common.roles import ROW_ROLE
from ops_desktop.ui.contracts.contracts_model import ContractsModel
from ops_desktop.ui.contracts.contracts_page import ContractsPage
from ops_desktop.ui.pages.start_page import StartPage
from tests import factories
from tests.factories import contracts as cf


def test_contracts_model_passes_the_model_tester(qtmodeltester, demo_ctx):
    model = ContractsModel()
    model.set_rows(contract_lists.list_contracts(demo_ctx)[:300])
    qtmodeltester.check(model)


def test_filters_and_search(qtbot, typer, demo_ctx):
    page = ContractsPage(demo_ctx)
    qtbot.addWidget(page)
    assert page.proxy.rowCount() == len(contract_lists.list_contracts(demo_ctx))
    project_id = projects.find_project_id(demo_ctx, title=OTWARCI.title)
    page.project.setCurrentIndex(page.project.findData(project_id))
    page.year.setCurrentIndex(page.year.findData(2009))
    assert page.proxy.rowCount() == 60 and page.count.text() == "Kontraktów: 60"
    page.status.setCurrentIndex(page.status.findData(ContractStatus.TERMINATED.value))
    terminated = contract_lists.list_contracts(demo_ctx, flt=ContractFilter(
        project_id=project_id, year=2009, status=ContractStatus.TERMINATED))
    assert page.proxy.rowCount() == len(terminated) > 0
    page.status.setCurrentIndex(0)
    first = page.proxy.index(0, 0).data(ROW_ROLE)
    surname = first.person_name.split()[0]
    typer(page.search, surname.upper().replace("Ł", "L"))  # case and ł folded
    rows = [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]
    assert first in rows and all(r.person_name.startswith(surname) for r in rows)
    page.search.clear()
    page.project.setCurrentIndex(0)
    page.year.setCurrentIndex(0)
    name = page.caseworker.itemData(1)
    page.caseworker.setCurrentIndex(1)
    assert page.proxy.rowCount() > 0
    assert {page.proxy.index(r, 0).data(ROW_ROLE).caseworker_name
            for r in range(page.proxy.rowCount())} == {name}


def test_sorting_by_number_uses_year_then_number(qtbot, demo_ctx):
    page = ContractsPage(demo_ctx)
    qtbot.addWidget(page)
    page.table.sortByColumn(ContractsModel.NUMBER, Qt.SortOrder.AscendingOrder)
    numbers = [page.proxy.index(r, 0).data() for r in range(3)]
    assert numbers == ["KS/1/2008", "KS/2/2008", "KS/3/2008"]


def test_start_page_lists_the_caseworkers_overdue_and_coming_evaluations(qtbot, ctx):
    project, person = cf.setup(ctx)
    anna = cf.user(ctx, 5, "anna", Role.CASEWORKER, full_name="Anna Nowak")
    with ctx.transaction() as session:
        from ops_desktop.db.models import Person

        session.get(Person, person.id).caseworker_id = 5
    cf.signed(ctx, project, person)  # evaluations planned 31.05.2011 and 31.08.2011
    other = factories.person(ctx, "Ewa", "Kot")
    factories.enrol(ctx, other.id, project, start=dt.date(2011, 2, 1))
    cf.signed(ctx, project, other, caseworker_name="Ktoś Inny",
              period_from=dt.date(2011, 3, 2), period_to=dt.date(2011, 8, 30))
    page = StartPage(anna)
    qtbot.addWidget(page)
    page.refresh(today=dt.date(2011, 8, 28))
    assert page.overdue.rowCount() == 1 and page.soon.rowCount() == 1
    assert page.overdue.row(0).planned_on == dt.date(2011, 5, 31)
    assert page.soon.row(0).number == "KS/1/2011"
    assert "Zaległe oceny kontraktów: 1" in page.overdue_label.text()
    everyone = StartPage(ctx)  # the application itself sees every contract's
    qtbot.addWidget(everyone)
    everyone.refresh(today=dt.date(2011, 8, 28))
    assert everyone.overdue.rowCount() == 2 and everyone.soon.rowCount() == 2


def test_start_is_the_first_section_and_contracts_replace_the_placeholder(qtbot, demo_ctx):
    from ops_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    keys = window.section_keys()
    assert keys[0] == "start"
    assert isinstance(window.page("start"), StartPage)
    assert isinstance(window.open_section("contracts"), ContractsPage)
