"""The monitoring dialog: the validator's list first (each problem with its person and column),
"jump to the person" opening the intake form, saving only once the list has been seen."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import update

from ops_desktop.db.models import Person
from ops_desktop.domain.enums import Role
from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.services.context import Actor
from ops_desktop.ui.participants.intake_dialog import IntakeDialog
from ops_desktop.ui.exports.monitoring_export_dialog import MonitoringExportDialog
from tests.export_support import monitoring_project, participant


def _project_with_a_problem(ctx):
    project = monitoring_project(ctx)
    participant(ctx, project, last="Poprawna", start=dt.date(2015, 3, 2))
    wrong = participant(ctx, project, last="Bezkodowa", start=dt.date(2015, 3, 3))
    with ctx.transaction() as session:
        session.execute(update(Person).where(Person.id == wrong.id).values(postal_code="58500"))
    return project, wrong


def test_the_list_names_the_problem_and_saving_waits_until_it_is_seen(qtbot, ctx, tmp_path):
    project, wrong = _project_with_a_problem(ctx)
    dialog = MonitoringExportDialog(ctx, project_id=project.id, fmt=MonitoringFormat.SL2014)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    texts = [dialog.model.index(0, c).data() for c in range(4)]
    assert texts[0].startswith("Bezkodowa") and texts[1] == str(wrong.id)
    assert texts[2] == "Kod pocztowy" and "NN-NNN" in texts[3]
    assert "Problemów: 1 u 1 osób" in dialog.summary.text()
    assert "Wykonywany zawód" in dialog.empty_note.text()
    assert dialog.seen.isVisible() and not dialog.proceed.isEnabled()
    dialog.seen.setChecked(True)
    assert dialog.proceed.isEnabled()
    out = tmp_path / "lista.xlsx"
    with qtbot.waitSignal(dialog.save_to(out).finished, timeout=60_000):
        pass
    assert dialog.saved_path == out and "Zapisano" in dialog.status.text()
    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert sorted(r[4] for r in rows) == ["Bezkodowa", "Poprawna"]
    assert "58500" in [r[17] for r in rows]           # written as stored, not "fixed"


def test_jump_to_the_person_opens_their_form_and_rechecks_after(qtbot, ctx):
    project, wrong = _project_with_a_problem(ctx)
    dialog = MonitoringExportDialog(ctx, project_id=project.id, fmt=MonitoringFormat.CST2021)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.jump.isEnabled()
    dialog.select_problem(0)
    assert dialog.jump.isEnabled()
    qtbot.mouseClick(dialog.jump, Qt.MouseButton.LeftButton)
    form = dialog.person_dialog
    assert isinstance(form, IntakeDialog) and form.person_id == wrong.id and form.isVisible()
    form.edits["postal_code"].setText("58-500")
    form.save()
    assert dialog.model.rowCount() == 0
    assert "nie znalazł problemów" in dialog.summary.text()
    assert dialog.proceed.isEnabled() and not dialog.seen.isVisible()


def test_review_mode_proceeds_instead_of_saving(qtbot, ctx):
    project, _ = _project_with_a_problem(ctx)
    dialog = MonitoringExportDialog(ctx, project_id=project.id, fmt=MonitoringFormat.SL2014,
                                    review_only=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.proceed.text() == "Dalej" and not dialog.proceed.isEnabled()
    dialog.seen.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.proceed, Qt.MouseButton.LeftButton)


def test_without_the_permission_the_list_is_not_shown(qtbot, ctx):
    project, _ = _project_with_a_problem(ctx)
    caseworker = ctx.as_actor(Actor(None, "anna", frozenset({Role.CASEWORKER})))
    dialog = MonitoringExportDialog(caseworker, project_id=project.id)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "Nie masz uprawnień" in dialog.summary.text()
    assert not dialog.proceed.isEnabled()


def test_an_xlsx_list_typed_as_csv_is_saved_as_xlsx(qtbot, ctx, tmp_path):
    project, _wrong = _project_with_a_problem(ctx)
    dialog = MonitoringExportDialog(ctx, project_id=project.id, fmt=MonitoringFormat.SL2014)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.save_to(tmp_path / "lista.csv").finished, timeout=60_000):
        pass
    assert dialog.saved_path == tmp_path / "lista.xlsx" and not (tmp_path / "lista.csv").exists()
    load_workbook(tmp_path / "lista.xlsx").close()
