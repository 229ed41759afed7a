"""The real project editor and the Projects page: a new project with two groups is saved
through the dialog's own fields and cell editors; a budget whose parts do not add up shows
its message and saves nothing; an edit changes the same project and keeps its groups."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from sqlalchemy import func, select

from ops_desktop.db.models import Project
from ops_desktop.domain.enums import GroupKind
from ops_desktop.services import projects
from ops_desktop.ui.projects.project_dialog import ProjectDialog
from ops_desktop.ui.projects.editions_model import EditionsModel
from ops_desktop.ui.projects.project_groups_model import ProjectGroupsModel
from ops_desktop.ui.projects.projects_model import ProjectsModel
from ops_desktop.ui.projects.projects_page import ProjectsPage
from tests import factories


def _project_count(ctx) -> int:
    with ctx.reading() as session:
        return session.execute(select(func.count(Project.id))).scalar_one()


def _editor(view, kind):
    editors = [w for w in view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def _commit(qtbot, view, row: int, column: int, editor) -> None:
    """Enter in a cell editor: the delegate commits on the next turn of the event loop."""
    QTest.keyClick(editor, Qt.Key.Key_Return)
    index = view.model().index(row, column)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=2000)


def _edit_cell(view, row: int, column: int, kind):
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    return _editor(view, kind)


def _type_number(qtbot, typer, view, row: int, column: int, value: int) -> None:
    spin = _edit_cell(view, row, column, QSpinBox)
    spin.lineEdit().selectAll()
    typer(spin.lineEdit(), str(value))
    _commit(qtbot, view, row, column, spin)


def _add_group(qtbot, typer, dialog, name: str, kind: GroupKind, size: int) -> None:
    view = dialog.groups_view
    qtbot.mouseClick(dialog.add_group_button, Qt.MouseButton.LeftButton)
    row = dialog.groups.rowCount() - 1
    name_editor = _editor(view, QLineEdit)  # "Dodaj grupę" opens the name for typing
    typer(name_editor, name)
    _commit(qtbot, view, row, ProjectGroupsModel.NAME, name_editor)
    combo = _edit_cell(view, row, ProjectGroupsModel.KIND, QComboBox)
    combo.setCurrentIndex(combo.findData(kind.value))
    _commit(qtbot, view, row, ProjectGroupsModel.KIND, combo)
    _type_number(qtbot, typer, view, row, ProjectGroupsModel.PLANNED, size)


def test_new_project_with_two_groups_is_saved(qtbot, ctx, typer):
    dialog = ProjectDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    typer(dialog.edits["title"], "Aktywna Integracja — Włocławek")
    typer(dialog.edits["programme"], "PO KL, Poddziałanie 7.1.1")
    dialog.start_date.setDate(QDate(2011, 1, 1))
    dialog.end_date.setDate(QDate(2011, 12, 31))
    typer(dialog.edits["budget_total"], "2 177 857,15")
    typer(dialog.edits["budget_eu"], "1949182.15")
    typer(dialog.edits["budget_own"], "228 675")
    assert all(dialog.errors[name].isHidden() for name in dialog.errors)
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.add_edition_button, Qt.MouseButton.LeftButton)
    _type_number(qtbot, typer, dialog.editions_view, 0, EditionsModel.TARGET_PARTICIPANTS, 521)
    _add_group(qtbot, typer, dialog, "Moduł zawodowy", GroupKind.VOCATIONAL_MODULE, 118)
    _add_group(qtbot, typer, dialog, "Grupa socjalizacyjna", GroupKind.SOCIALISATION_GROUP, 12)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.saved_id is not None and dialog.result() == 1
    view = projects.get_project(ctx, project_id=dialog.saved_id)
    assert view.draft.title == "Aktywna Integracja — Włocławek"
    assert (view.draft.budget_total, view.draft.budget_eu, view.draft.budget_own) == (
        217_785_715, 194_918_215, 22_867_500)
    assert (view.draft.start_date, view.draft.end_date) == (dt.date(2011, 1, 1),
                                                            dt.date(2011, 12, 31))
    assert [(e.year, e.target_participants) for e in view.draft.editions] == [(2011, 521)]
    assert [(g.name, g.kind, g.planned_size) for g in view.groups] == [
        ("Moduł zawodowy", GroupKind.VOCATIONAL_MODULE, 118),
        ("Grupa socjalizacyjna", GroupKind.SOCIALISATION_GROUP, 12)]


def test_budget_mismatch_shows_its_message_and_saves_nothing(qtbot, ctx, typer):
    dialog = ProjectDialog(ctx)
    qtbot.addWidget(dialog)
    typer(dialog.edits["title"], "Twoja Szansa")
    typer(dialog.edits["budget_total"], "349 773,80")
    typer(dialog.edits["budget_eu"], "310 503,80")
    typer(dialog.edits["budget_own"], "39 207,00")  # digits swapped: 39 270,00 in the seed
    error = dialog.errors["budget_total"]
    assert not error.isHidden()
    assert "sumą dofinansowania UE i wkładu własnego" in error.text()
    assert "349\u00a0710,80" in error.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None and dialog.result() == 0
    assert _project_count(ctx) == 0
    dialog.edits["budget_own"].clear()
    typer(dialog.edits["budget_own"], "39 270,00")
    assert error.isHidden()


def test_unreadable_amount_and_missing_title_are_shown_beside_their_fields(qtbot, ctx, typer):
    dialog = ProjectDialog(ctx)
    qtbot.addWidget(dialog)
    typer(dialog.edits["budget_eu"], "dużo")
    assert "1 234,56" in dialog.errors["budget_eu"].text()
    assert dialog.errors["title"].isHidden()  # "required" waits for a save attempt
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.errors["title"].isHidden()
    assert _project_count(ctx) == 0


def test_edit_changes_the_same_project_and_keeps_its_groups(qtbot, ctx, typer):
    made = factories.project(ctx, "Postaw na siebie", start=dt.date(2014, 1, 1),
                             end=dt.date(2014, 12, 31), groups=(("KIS", 20), ("Młodzież", 30)))
    dialog = ProjectDialog(ctx, project_id=made.id)
    qtbot.addWidget(dialog)
    assert dialog.edits["title"].text() == "Postaw na siebie"
    assert dialog.groups.rowCount() == 2
    dialog.edits["funder_contract_no"].clear()
    typer(dialog.edits["funder_contract_no"], "UDA-POKL.07.01.01-02-001/14")
    typer(dialog.edits["budget_eu"], "2 084 718,50")
    dialog.threshold.setValue(75)
    dialog.save()
    assert dialog.saved_id == made.id
    view = projects.get_project(ctx, project_id=made.id)
    assert view.draft.funder_contract_no == "UDA-POKL.07.01.01-02-001/14"
    assert view.draft.budget_eu == 208_471_850 and view.draft.completion_threshold_pct == 75
    assert [g.id for g in view.groups] == [g.id for g in made.groups]
    assert _project_count(ctx) == 1


def test_projects_page_lists_projects_and_the_selected_groups(qtbot, ctx, qtmodeltester):
    factories.project(ctx, "Twoja Szansa", start=dt.date(2009, 1, 1), end=dt.date(2009, 12, 31),
                      groups=(("KIS — edycja I", 14), ("KIS — edycja II", 14)),
                      budget_total=34_977_380, budget_eu=31_050_380, budget_own=3_927_000)
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    assert page.model.data(
        page.model.index(0, ProjectsModel.BUDGET_TOTAL)) == "349\u00a0773,80\u00a0zł"
    assert page.groups.rowCount() == 2 and "Twoja Szansa" in page.groups_title.text()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.groups)


def test_editable_models_pass_the_model_tester(qtmodeltester):
    editions = EditionsModel()
    editions.add_edition(2009)
    editions.add_edition(2010)
    groups = ProjectGroupsModel(editable=True)
    groups.add_group(2009)
    qtmodeltester.check(editions)
    qtmodeltester.check(groups)
