"""The audit viewer: real widgets on a real database, driven with qtbot."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from ops_desktop.domain.enums import Role
from ops_desktop.services.context import Actor
from ops_desktop.ui.audit.audit_model import AuditModel
from ops_desktop.ui.audit.audit_page import AuditPage
from tests import factories

DPO = Actor(user_id=None, username="iod", roles=frozenset({Role.DPO}))


def _seed(ctx):
    project = factories.project(ctx)
    anna = factories.person(ctx, "Anna", "Nowak")
    jan = factories.person(ctx, "Jan", "Kowalski")
    factories.enrol(ctx, anna.id, project)
    return anna, jan


def test_viewer_lists_and_filters(qtbot, ctx, typer):
    anna, jan = _seed(ctx)
    page = AuditPage(ctx.as_actor(DPO))
    qtbot.addWidget(page)
    page.show()
    model = page.model
    total = audit_count(ctx)
    assert model is not None and model.total() == total == 4 and model.rowCount() == total
    assert model.index(0, AuditModel.ID).data() == str(total)     # newest first
    assert model.index(0, AuditModel.ACTION).data() == "utworzenie"
    assert page.count.text() == f"Wpisów: {total}"

    typer(page.person, str(anna.id))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert model.total() == 2
    assert {model.entry(r).entity for r in range(model.rowCount())} == {"person", "participation"}

    page.person.clear()
    page.action.setCurrentIndex(page.action.findData("create"))
    page.user.setCurrentIndex(page.user.findData("system"))
    page.apply_filter()
    assert model.total() == total

    yesterday = QDate.currentDate().addDays(-1)
    page.date_to.setDate(yesterday)
    page.apply_filter()
    assert model.total() == 0 and page.count.text() == "Wpisów: 0"
    page.clear_filter()
    assert model.total() == total and page.current_filter().date_to is None

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.chain.text().startswith(f"Łańcuch nienaruszony ({total} wpisów)")
    del jan


def test_model_passes_qt_model_checks_and_pages_lazily(qtmodeltester, ctx):
    _seed(ctx)
    model = AuditModel(ctx.as_actor(DPO), page_size=3)
    model.reload()
    assert model.total() == 4 and model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_viewer_refuses_roles_without_audit_read(qtbot, ctx):
    _seed(ctx)
    for role in (Role.CASEWORKER, Role.COORDINATOR, Role.ADMIN):
        page = AuditPage(ctx.as_actor(Actor(None, "x", frozenset({role}))))
        qtbot.addWidget(page)
        assert page.model is None
        assert page.findChild(QLabel, "auditDenied") is not None


def test_main_window_has_the_audit_section(qtbot, ctx):
    from ops_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx.as_actor(Actor(None, "kier", frozenset({Role.HEAD}))))
    qtbot.addWidget(window)
    assert "audit" in window.section_keys()
    page = window.open_section("audit")
    assert isinstance(page, AuditPage) and page.model is not None
    assert page.model.total() == audit_count(ctx)


def audit_count(ctx) -> int:
    from ops_desktop.services import audit_log

    return audit_log.count_entries(ctx)


def test_filter_dates_are_inclusive(qtbot, ctx):
    _seed(ctx)
    page = AuditPage(ctx.as_actor(DPO))
    qtbot.addWidget(page)
    today = QDate.currentDate()
    page.date_from.setDate(today)
    page.date_to.setDate(today)
    page.apply_filter()
    assert page.current_filter().date_from == dt.date.today()
    assert page.model.total() == audit_count(ctx)
