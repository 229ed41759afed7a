"""The Zajęcia screens driven like a coordinator would: a new activity in its dialog, a
schedule generated and trimmed in the preview, a whole group put on the list, the grid shown
on the page, blank lists previewed, a consultation on the support card; refusals in Polish."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from ops_desktop.domain.activities import ActivityForm
from ops_desktop.domain.enums import ParticipationRole, RecruitmentStatus, Sex
from ops_desktop.services import activities, support_card
from ops_desktop.ui.activities.activity_dialog import ActivityDialog
from ops_desktop.ui.activities.enrol_people_dialog import EnrolPeopleDialog
from ops_desktop.ui.activities.schedule_dialog import ScheduleDialog
from ops_desktop.ui.participants.support_entry_dialog import SupportEntryDialog
from ops_desktop.ui.activities.activities_page import ActivitiesPage
from tests import factories


def _project(ctx):
    project = factories.project(ctx, "Twoja Szansa", start=dt.date(2009, 1, 1),
                                end=dt.date(2009, 12, 31), groups=(("KIS edycja I", 14),))
    parts = []
    for first, last in (("Bożena", "Łazarczyk"), ("Zdzisław", "Gęsiński"), ("Jadwiga", "Świątek")):
        person = factories.person(ctx, first, last,
                                  sex=Sex.FEMALE if first[-1] == "a" else Sex.MALE)
        parts.append(factories.enrol(ctx, person.id, project, start=dt.date(2009, 7, 1))[0].id)
    child = factories.person(ctx, "Kacper", "Łazarczyk", born=dt.date(2004, 1, 1))
    parts.append(factories.enrol(ctx, child.id, project, start=dt.date(2009, 7, 1),
                                 role=ParticipationRole.SURROUNDINGS)[0].id)
    applicant = factories.person(ctx, "Nowa", "Zgłoszona", sex=Sex.FEMALE)
    factories.enrol(ctx, applicant.id, project, status=RecruitmentStatus.APPLIED)
    return project, parts


def test_activity_schedule_list_and_grid_through_the_screens(qtbot, ctx, typer):
    project, parts = _project(ctx)
    dialog = ActivityDialog(ctx, project_id=project.id)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "Podaj nazwę zajęć" in dialog.errors["name"].text()
    typer(dialog.name, "Klub Integracji Społecznej — edycja I")
    dialog.form.setCurrentIndex(dialog.form.findData(ActivityForm.KIS_EDITION.value))
    dialog.group.setCurrentIndex(1)
    typer(dialog.trainer, "mgr Ewa Żurańska")
    typer(dialog.planned, "cztery")
    dialog.save()
    assert "np. 40" in dialog.errors["planned_hours"].text() and dialog.saved_id is None
    dialog.planned.clear()
    typer(dialog.planned, "36")
    assert dialog.threshold.value() == 80
    dialog.save()
    activity_id = dialog.saved_id
    view = activities.get_activity(ctx, activity_id=activity_id)
    assert (view.name, view.draft.form, view.draft.planned_hours, view.draft.trainer) == (
        "Klub Integracji Społecznej — edycja I", ActivityForm.KIS_EDITION, 3600, "mgr Ewa Żurańska")

    schedule = ScheduleDialog(ctx, activity_id=activity_id)
    qtbot.addWidget(schedule)
    schedule.first_day.setDate(QDate(2009, 7, 1))
    schedule.last_day.setDate(QDate(2009, 7, 31))
    assert schedule.hours.text() == "4"
    assert [s.day.day for s in schedule.sessions()] == [2, 7, 9, 14, 16, 21, 23, 28, 30]
    schedule.preview.selectRow(0)
    qtbot.mouseClick(schedule.drop_button, Qt.MouseButton.LeftButton)
    assert "Spotkań: 8, razem 32 godz." == schedule.summary.text()
    schedule.hours.setText("0")
    schedule.hours.textEdited.emit("0")
    schedule.save()
    assert "większa od zera" in schedule.error.text()
    assert activities.list_sessions(ctx, activity_id=activity_id) == []
    schedule.hours.setText("4")
    schedule.hours.textEdited.emit("4")
    schedule.preview.selectRow(0)
    qtbot.mouseClick(schedule.drop_button, Qt.MouseButton.LeftButton)
    schedule.save()
    assert schedule.result() and len(activities.list_sessions(ctx, activity_id=activity_id)) == 8

    enrol = EnrolPeopleDialog(ctx, activity_id=activity_id)
    qtbot.addWidget(enrol)
    qtbot.mouseClick(enrol.group_button, Qt.MouseButton.LeftButton)
    assert enrol.result.text().startswith("Dopisano: 4.")
    enrolled = activities.get_activity(ctx, activity_id=activity_id)
    assert (enrolled.participants, enrolled.surroundings) == (3, 1)

    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.select_activity(activity_id)
    assert page.grid.model.rowCount() == 4 and page.grid.model.columnCount() == 10
    assert "Żurańska" in page.title.text()
    page.print_lists(None)
    assert page.preview is not None and page.preview.page_count() == 8
    page.preview.close()


def test_consultation_on_the_support_card(qtbot, ctx, typer):
    project, parts = _project(ctx)
    dialog = SupportEntryDialog(ctx, participation_id=parts[0], project_id=project.id)
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(2009, 6, 10))
    typer(dialog.topic, "Konsultacja psychologiczna — motywacja")
    typer(dialog.specialist, "mgr Łucja Ważna")
    dialog.save()
    assert "jeszcze się nie rozpoczął" in dialog.error.text()   # before her start (1 July)
    dialog.day.setDate(QDate(2009, 7, 10))
    dialog.save()
    [entry] = support_card.list_entries(ctx, participation_id=parts[0])
    assert (entry.draft.hours, entry.draft.specialist, entry.draft.day) == (
        100, "mgr Łucja Ważna", dt.date(2009, 7, 10))
