"""PEFS 2007 through both front ends: `ops-desktop export participants` (the project's own
format by default, problems by person id only, the empty columns with their reasons) and the
Eksport dialog (a 2008 project opens on PEFS 2007; a missing area is fixed through "jump to the
person"); a coordinator gets no list of someone else's project."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from ops_desktop.cli.main import main
from ops_desktop.db.models import Person
from ops_desktop.domain.enums import AreaType, Role
from ops_desktop.domain.errors import OutsideProjects
from ops_desktop.domain.monitoring_pefs2007 import PEFS2007_COLUMNS
from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.services import monitoring
from ops_desktop.services.context import Actor
from ops_desktop.ui.exports.monitoring_export_dialog import MonitoringExportDialog
from tests import factories
from tests.export_support import participant
from tests.security_support import add_account, cli_sign_in


def _po_kl_project(ctx, title="Aktywni 2008"):
    return factories.project(ctx, title, start=dt.date(2008, 3, 1), end=dt.date(2009, 12, 31),
                             groups=(("Moduł zawodowy", 0),), funder_contract_no="POKL.07.01.01-1")


def _with_area(ctx, person, area: AreaType | None = AreaType.RURAL):
    with ctx.transaction() as session:
        session.execute(update(Person).where(Person.id == person.id)
                        .values(area_type=area.value if area else None))


def test_cli_writes_pefs2007_by_default_for_a_po_kl_project(ctx, db_path, tmp_path,
                                                            monkeypatch, capsys):
    project = _po_kl_project(ctx)
    person = participant(ctx, project, start=dt.date(2008, 4, 1))
    other = participant(ctx, project, last="Bezobszarowa", start=dt.date(2008, 4, 2))
    _with_area(ctx, person)
    _with_area(ctx, other, None)
    add_account(ctx, "koordynator", Role.COORDINATOR, projects=(project,))
    cli_sign_in(monkeypatch, "koordynator")
    out = tmp_path / "pefs.xlsx"
    assert main(["export", "participants", "--db", str(db_path), "--project",
                 project.draft.title, "--out", str(out)]) == 0
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]] == [c.header for c in PEFS2007_COLUMNS]
    assert sheet.cell(row=2, column=1).value == 1
    printed = capsys.readouterr()
    assert f"osoba {other.id} · Obszar: required" in printed.err
    assert "Rodzaj przyznanego wsparcia" not in printed.err   # filled: no empty column
    assert "Bezobszarowa" not in printed.out + printed.err
    assert person.draft.pesel not in printed.out + printed.err


def test_cli_explicit_format_still_wins(ctx, db_path, tmp_path, monkeypatch):
    project = _po_kl_project(ctx)
    participant(ctx, project, start=dt.date(2008, 4, 1))
    add_account(ctx, "koordynator", Role.COORDINATOR, projects=(project,))
    cli_sign_in(monkeypatch, "koordynator")
    out = tmp_path / "sl.xlsx"
    assert main(["export", "participants", "--db", str(db_path), "--project",
                 project.draft.title, "--format", "sl2014", "--out", str(out)]) == 0
    assert load_workbook(out).active.cell(row=1, column=1).value == "Kraj"


def test_no_list_of_a_project_outside_the_readers_reach(ctx):
    mine = _po_kl_project(ctx, "Mój")
    theirs = _po_kl_project(ctx, "Cudzy")
    participant(ctx, theirs, start=dt.date(2008, 4, 1))
    user_id = add_account(ctx, "kasia", Role.COORDINATOR, projects=(mine,))
    coordinator = ctx.as_actor(Actor(user_id, "kasia", frozenset({Role.COORDINATOR})))
    assert monitoring.monitoring_data(coordinator, project_id=mine.id,
                                      fmt=MonitoringFormat.PEFS2007).rows == []
    with pytest.raises(OutsideProjects):
        monitoring.monitoring_data(coordinator, project_id=theirs.id,
                                   fmt=MonitoringFormat.PEFS2007)


def test_dialog_opens_on_the_projects_format_and_jumps_to_fix_the_area(qtbot, ctx, tmp_path):
    project = _po_kl_project(ctx)
    person = participant(ctx, project, start=dt.date(2008, 4, 1))
    _with_area(ctx, person, None)
    dialog = MonitoringExportDialog(ctx, project_id=project.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fmt is MonitoringFormat.PEFS2007
    assert dialog.model.rowCount() == 1
    assert [dialog.model.index(0, c).data() for c in (1, 2)] == [str(person.id), "Obszar"]
    assert "miejski / wiejski" in dialog.model.index(0, 3).data()
    assert "Rodzaj przyznanego wsparcia" not in dialog.empty_note.text()
    dialog.select_problem(0)
    dialog.jump_to_selected()
    form = dialog.person_dialog
    form.area_type.setCurrentIndex(form.area_type.findData(AreaType.URBAN.value))
    form.save()
    assert dialog.model.rowCount() == 0
    out = tmp_path / "pefs.xlsx"
    with qtbot.waitSignal(dialog.save_to(out).finished, timeout=60_000):
        pass
    row = [c.value for c in load_workbook(out).active[2]]
    assert row[[c.key for c in PEFS2007_COLUMNS].index("area")] == "Miejski"


def test_project_dialog_keeps_the_chosen_format(qtbot, ctx):
    from ops_desktop.services import projects
    from ops_desktop.ui.dialogs.project_dialog import ProjectDialog

    project = _po_kl_project(ctx)
    dialog = ProjectDialog(ctx, project_id=project.id)
    qtbot.addWidget(dialog)
    assert dialog.monitoring_format.currentData() is None          # by start year
    dialog.monitoring_format.setCurrentIndex(
        dialog.monitoring_format.findData(MonitoringFormat.SL2014.value))
    projects.update_project(ctx, project_id=project.id, draft=dialog.draft())
    assert monitoring.project_format(ctx, project_id=project.id) is MonitoringFormat.SL2014
    again = ProjectDialog(ctx, project_id=project.id)
    qtbot.addWidget(again)
    assert again.monitoring_format.currentData() == MonitoringFormat.SL2014.value


def test_every_demo_project_exports_pefs2007(demo_ctx):
    from io import BytesIO

    from ops_desktop.domain.monitoring_pefs2007 import SUPPORT_SEPARATOR, VOCABULARIES
    from ops_desktop.services.monitoring_file import monitoring_file
    from ops_desktop.services.projects import list_projects

    seen = []
    for row in list_projects(demo_ctx):
        fmt = monitoring.project_format(demo_ctx, project_id=row.id)
        assert fmt is MonitoringFormat.PEFS2007, row.title      # all ran 2008–2015 under PO KL
        item, check = monitoring_file(demo_ctx, project_id=row.id, fmt=fmt)
        sheet = load_workbook(BytesIO(item.data)).active
        table = list(sheet.iter_rows(values_only=True))
        assert list(table[0]) == [c.header for c in PEFS2007_COLUMNS]
        assert len(table) - 1 >= check.people > 0
        keys = [c.key for c in PEFS2007_COLUMNS]
        for values in table[1:]:
            for key, value in zip(keys, values, strict=True):
                if key in VOCABULARIES and value is not None:
                    parts = value.split(SUPPORT_SEPARATOR) if key == "support_type" else [value]
                    assert set(parts) <= VOCABULARIES[key], (row.title, key, value)
        support = [v for v in (r[keys.index("support_type")] for r in table[1:]) if v]
        assert support, row.title               # the demo's contracts and activities show
        assert not [p for p in check.problems if p.key == "area"]
        seen.append(row.title)
    assert len(seen) == 5


def test_ending_a_participation_in_the_person_dialog_reaches_the_list(qtbot, ctx):
    from ops_desktop.domain.enums import EndReason, ExitSituation, RecruitmentStatus
    from ops_desktop.services import enrolment
    from ops_desktop.ui.participants.intake_dialog import IntakeDialog

    project = _po_kl_project(ctx)
    person = participant(ctx, project, start=dt.date(2008, 4, 1))
    _with_area(ctx, person)
    form = IntakeDialog(ctx, person_id=person.id)
    qtbot.addWidget(form)
    panel = form.enrolment
    box = panel.status_box
    assert not box.apply.isEnabled()                   # nothing chosen yet
    panel.list.setCurrentRow(0)
    statuses = [box.status.itemData(i) for i in range(box.status.count())]
    assert statuses == [RecruitmentStatus.COMPLETED.value, RecruitmentStatus.DROPPED_OUT.value]
    box.status.setCurrentIndex(box.status.findData(RecruitmentStatus.DROPPED_OUT.value))
    assert box.end_reason.currentData() == EndReason.DROPPED_OUT.value
    box.day.setDate(box.day.date().fromString("15.05.2009", "dd.MM.yyyy"))
    box.exit_situation.setCurrentIndex(box.exit_situation.findData(
        ExitSituation.SEEKING_WORK.value))
    box.apply_change()
    assert "Status zmieniony" in box.message.text()
    view = enrolment.participations_of(ctx, person_id=person.id)[0]
    assert (view.status, view.end_date, view.end_reason, view.exit_situation) == (
        RecruitmentStatus.DROPPED_OUT, dt.date(2009, 5, 15), EndReason.DROPPED_OUT,
        ExitSituation.SEEKING_WORK)
    assert "Przerwał udział" in panel.list.item(0).text()
    row = monitoring.monitoring_data(ctx, project_id=project.id,
                                     fmt=MonitoringFormat.PEFS2007).rows[0].values
    assert (row["end_date"], row["completed_path"]) == ("15.05.2009", "Nie")


def test_usb_export_offers_the_projects_list(qtbot, ctx):
    from ops_desktop.ui.exports.usb_export_dialog import UsbExportDialog

    old = _po_kl_project(ctx)
    from ops_desktop.db.models import Project

    new = factories.project(ctx, "RPO 2016", start=dt.date(2016, 1, 1), end=dt.date(2017, 12, 31))
    with ctx.transaction() as session:
        session.execute(update(Project).where(Project.id == new.id)
                        .values(programme="RPO WSL 2014-2020, Działanie 9.1"))
    dialog = UsbExportDialog(ctx, project_id=old.id, drives=lambda: [])
    qtbot.addWidget(dialog)
    assert dialog.format.currentData() == MonitoringFormat.PEFS2007.value
    dialog.project.setCurrentIndex(dialog.project.findData(new.id))
    assert dialog.format.currentData() == MonitoringFormat.SL2014.value
