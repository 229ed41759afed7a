"""A coordinator works on "everything in their projects" — the projects the
administrator assigns to their account — plus their own caseload; the head of office and the
data-protection officer reach every project. Checked through the real services on a real
database file, and through the real account, reports, project and activities widgets."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from ops_desktop.db.models import AuditEntry
from ops_desktop.domain.participants import PeopleFilter
from ops_desktop.domain.activities import ActivityDraft
from ops_desktop.domain.contract_views import ContractFilter
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import NotFound, OutsideProjects, PermissionDenied
from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.services import (
    accounts, activities, contract_lists, enrolment, monitoring, participants,
    project_coordinators, projects, retention, summary,
)
from ops_desktop.services.context import Actor
from tests import factories
from tests.factories import contracts as cf
from tests.security_support import add_account

D = dt.date


@pytest.fixture
def office(ctx):
    """Two projects with a coordinator each, a caseworker's person outside both, the head."""
    ours = factories.project(ctx, "Nasz projekt")
    theirs = factories.project(ctx, "Cudzy projekt")
    caseworker_id = add_account(ctx, "pracownik", Role.CASEWORKER)
    mine_id = add_account(ctx, "koordynator", Role.COORDINATOR, projects=(ours,))
    other_id = add_account(ctx, "inny", Role.COORDINATOR, projects=(theirs,))
    in_ours = factories.person(ctx, "Alicja", "Nasza", caseworker_id=caseworker_id)
    in_theirs = factories.person(ctx, "Bogdan", "Cudzy", caseworker_id=caseworker_id)
    own_case = factories.person(ctx, "Celina", "Własna", caseworker_id=mine_id)
    factories.enrol(ctx, in_ours.id, ours, start=D(2011, 2, 1))
    factories.enrol(ctx, in_theirs.id, theirs, start=D(2011, 2, 1))
    contract_ours = cf.signed(ctx, ours, in_ours)
    cf.signed(ctx, theirs, in_theirs)

    def actor(user_id, name, role):
        return ctx.as_actor(Actor(user_id, name, frozenset({role})))

    return dict(ctx=ctx, ours=ours, theirs=theirs, in_ours=in_ours, in_theirs=in_theirs,
                own_case=own_case, contract_ours=contract_ours,
                mine=actor(mine_id, "koordynator", Role.COORDINATOR), mine_id=mine_id,
                other=actor(other_id, "inny", Role.COORDINATOR),
                head=actor(None, "kierownik", Role.HEAD), dpo=actor(None, "iod", Role.DPO))


def test_a_coordinator_sees_their_projects_people_and_their_own_caseload(office):
    mine, o = office["mine"], office
    expected = {o["in_ours"].id, o["own_case"].id}
    assert set(participants.search_ids(mine, flt=PeopleFilter())) == expected
    page, _cursor, total = participants.people_page(mine, flt=PeopleFilter(), with_total=True)
    assert {row.id for row in page} == expected and total == 2
    found = participants.search_ids(mine, flt=PeopleFilter(text="cudz"))
    assert found == []
    everyone = [o["in_ours"].id, o["in_theirs"].id, o["own_case"].id]
    assert {r.id for r in participants.rows(mine, ids=everyone)} == expected
    with pytest.raises(NotFound):
        participants.get_person(mine, person_id=o["in_theirs"].id)
    assert participants.get_person(mine, person_id=o["in_ours"].id).draft.last_name == "Nasza"
    numbers = {row.number for row in contract_lists.list_contracts(mine, flt=ContractFilter())}
    assert numbers == {o["contract_ours"].number}
    for reader in (o["head"], o["dpo"]):
        assert set(participants.search_ids(reader, flt=PeopleFilter())) == set(everyone)


def test_a_coordinator_runs_only_their_projects(office, tmp_path):
    mine, o = office["mine"], office
    theirs = o["theirs"].id
    refused = [
        lambda: projects.update_project(mine, project_id=theirs, draft=o["theirs"].draft),
        lambda: activities.create_activity(mine, draft=ActivityDraft(project_id=theirs,
                                                                     name="Warsztaty")),
        lambda: summary.compute_summary(mine, project_id=theirs),
        lambda: summary.people_behind(mine, project_id=theirs, year=None,
                                      figure_key="participants::"),
        lambda: monitoring.monitoring_data(mine, project_id=theirs, fmt=MonitoringFormat.CST2021),
        lambda: retention.set_deletion_hold(mine, project_id=theirs, hold=True),
    ]
    for call in refused:
        with pytest.raises(OutsideProjects):
            call()
    with pytest.raises(PermissionDenied):  # no coordinator anonymises: it cannot be undone
        retention.anonymise_project(mine, project_id=theirs, today=D(2040, 1, 1))
    # Their own project: all of it.
    ours = o["ours"].id
    assert summary.compute_summary(mine, project_id=ours).participants.total == 1
    activity = activities.create_activity(mine, draft=ActivityDraft(project_id=ours,
                                                                    name="Warsztaty"))
    with pytest.raises(OutsideProjects):  # and the other coordinator cannot touch it
        activities.update_activity(o["other"], activity_id=activity.id, draft=activity.draft)
    rows, _cut = summary.people_behind(mine, project_id=ours, year=None,
                                       figure_key="participants::")
    assert [r.id for r in rows] == [o["in_ours"].id]
    assert [r.title for r in projects.list_projects(mine, managed_only=True)] == ["Nasz projekt"]
    assert {r.title: r.managed for r in projects.list_projects(mine)} == {
        "Nasz projekt": True, "Cudzy projekt": False}
    assert not projects.get_project(mine, project_id=theirs).managed
    # The head of office runs every project without being assigned.
    assert summary.compute_summary(o["head"], project_id=theirs).participants.total == 1


def test_a_new_project_belongs_to_the_coordinator_who_created_it(office):
    mine = office["mine"]
    created = factories.project(mine, "Nowy projekt koordynatora")
    assert created.id in {r.id for r in projects.list_projects(mine, managed_only=True)}
    projects.update_project(mine, project_id=created.id, draft=created.draft)
    assert created.id not in {r.id for r in projects.list_projects(office["other"],
                                                                   managed_only=True)}


def test_assignment_is_the_administrators_and_is_audited(office):
    o = office
    admin = o["ctx"].as_actor(Actor(None, "admin", frozenset({Role.ADMIN})))
    with pytest.raises(PermissionDenied):
        project_coordinators.set_coordinated_projects(o["head"], user_id=o["mine_id"],
                                                      project_ids=[o["theirs"].id])
    project_coordinators.set_coordinated_projects(admin, user_id=o["mine_id"],
                                                  project_ids=[o["theirs"].id])
    assert project_coordinators.coordinated_projects(admin, user_id=o["mine_id"]) == [
        o["theirs"].id]
    # Taken off "Nasz projekt": its people and work are out of reach at once.
    assert set(participants.search_ids(o["mine"], flt=PeopleFilter())) == {
        o["in_theirs"].id, o["own_case"].id}
    with pytest.raises(OutsideProjects):
        summary.compute_summary(o["mine"], project_id=o["ours"].id)
    with o["ctx"].reading() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.entity == "user")
                                .order_by(AuditEntry.id.desc())).scalars().first()
    details = json.loads(entry.details)
    assert details["projects_added"] == [o["theirs"].id]
    assert details["projects_removed"] == [o["ours"].id]
    with pytest.raises(NotFound):
        project_coordinators.set_coordinated_projects(admin, user_id=o["mine_id"],
                                                      project_ids=[9999])


@pytest.mark.both_backends
def test_activities_open_to_their_projects_and_to_groups_with_ones_people(office):
    """A coordinator opens the activities of their projects; a caseworker the groups their
    people attend (with the whole group: attendance is group work); the head all of them."""
    from ops_desktop.services import attendance, certificates, support_card

    o = office
    head = o["head"]
    ours = activities.create_activity(head, draft=ActivityDraft(project_id=o["ours"].id,
                                                                name="Nasze zajęcia"))
    theirs = activities.create_activity(head, draft=ActivityDraft(project_id=o["theirs"].id,
                                                                  name="Cudze zajęcia"))
    participation = enrolment.participations_of(head, person_id=o["in_theirs"].id)[0].id
    activities.enrol(head, activity_id=theirs.id, participation_ids=[participation])
    assert [a.name for a in activities.list_activities(o["mine"])] == ["Nasze zajęcia"]
    with pytest.raises(NotFound):
        activities.get_activity(o["mine"], activity_id=theirs.id)
    with pytest.raises(NotFound):
        attendance.grid(o["mine"], activity_id=theirs.id)
    assert certificates.register(o["mine"]).rows == ()
    with pytest.raises(NotFound):
        support_card.card(o["mine"], participation_id=participation)
    # The caseworker of the person in "Cudzy projekt" sees that group, not the other one.
    caseworker_id = participants.get_person(head, person_id=o["in_theirs"].id).draft.caseworker_id
    caseworker = o["ctx"].as_actor(Actor(caseworker_id, "pracownik",
                                         frozenset({Role.CASEWORKER})))
    assert [a.name for a in activities.list_activities(caseworker)] == ["Cudze zajęcia"]
    assert len(attendance.grid(caseworker, activity_id=theirs.id).people) == 1
    assert {a.name for a in activities.list_activities(head)} == {"Nasze zajęcia",
                                                                  "Cudze zajęcia"}
    assert activities.get_activity(o["mine"], activity_id=ours.id).id == ours.id


# --- the widgets ----------------------------------------------------------------------------

def test_the_administrator_ticks_a_coordinators_projects(qtbot, office):
    from ops_desktop.ui.accounts.account_dialog import AccountDialog

    o = office
    admin = o["ctx"].as_actor(Actor(None, "admin", frozenset({Role.ADMIN})))
    account = next(a for a in accounts.list_accounts(admin) if a.username == "koordynator")
    dialog = AccountDialog(admin, account=account)
    qtbot.addWidget(dialog)
    assert dialog.projects.isEnabled() and dialog.project_ids() == [o["ours"].id]
    for n in range(dialog.projects.count()):
        dialog.projects.item(n).setCheckState(Qt.CheckState.Checked)
    dialog.findChild(QPushButton, "saveButton").click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert set(project_coordinators.coordinated_projects(admin, user_id=o["mine_id"])) == {
        o["ours"].id, o["theirs"].id}
    # Unticking the coordinator role leaves the list disabled and assigns nothing.
    again = AccountDialog(admin, account=account)
    qtbot.addWidget(again)
    again.role_boxes[Role.COORDINATOR].setChecked(False)
    again.role_boxes[Role.CASEWORKER].setChecked(True)
    assert not again.projects.isEnabled()
    again.findChild(QPushButton, "saveButton").click()
    assert project_coordinators.coordinated_projects(admin, user_id=o["mine_id"]) == []


def test_the_coordinators_screens_offer_only_their_projects(qtbot, office):
    from ops_desktop.ui.projects.project_dialog import ProjectDialog
    from ops_desktop.ui.activities.activities_page import ActivitiesPage
    from ops_desktop.ui.reports.reports_page import ReportsPage

    o = office
    reports = ReportsPage(o["mine"])
    qtbot.addWidget(reports)
    assert [reports.project.itemText(n) for n in range(reports.project.count())] == [
        "Nasz projekt (2011–2011)"]
    dialog = ProjectDialog(o["mine"], project_id=o["theirs"].id)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert "nie jest przypisany" in dialog.save_button.toolTip()
    from ops_desktop.ui.projects.projects_page import ProjectsPage

    listing = ProjectsPage(o["mine"])
    qtbot.addWidget(listing)
    model = listing.model
    tips = {model.project_row(n).title: model.data(model.index(n, 0), Qt.ItemDataRole.ToolTipRole)
            for n in range(model.rowCount())}
    assert "tylko odczyt" in tips["Cudzy projekt"] and tips["Nasz projekt"] == "Nasz projekt"
    page = ActivitiesPage(o["mine"])
    qtbot.addWidget(page)
    page.project.setCurrentIndex(page.project.findData(o["theirs"].id))
    assert not page.new_button.isEnabled()
    page.project.setCurrentIndex(page.project.findData(o["ours"].id))
    assert page.new_button.isEnabled()


def test_a_coordinator_without_projects_is_told_what_to_ask_for(qtbot, ctx):
    from ops_desktop.ui.reports.reports_page import ReportsPage

    factories.project(ctx, "Projekt bez koordynatora")
    user_id = add_account(ctx, "nowy", Role.COORDINATOR)
    page = ReportsPage(ctx.as_actor(Actor(user_id, "nowy", frozenset({Role.COORDINATOR}))))
    qtbot.addWidget(page)
    assert page.project.count() == 0
    assert "Poproś administratora" in page.headline.text()


def test_assignments_count_only_while_the_account_is_a_coordinator(office):
    """Someone who was a coordinator and is now a caseworker keeps no project powers from the
    assignments left behind."""
    o = office
    former = o["ctx"].as_actor(Actor(o["mine_id"], "koordynator", frozenset({Role.CASEWORKER})))
    assert [r.id for r in projects.list_projects(former, managed_only=True)] == []
    assert activities.list_activities(former) == []
    assert set(participants.search_ids(former, flt=PeopleFilter())) == {o["own_case"].id}


def test_the_command_line_shows_and_sets_a_coordinators_projects(office, db_path, monkeypatch,
                                                                 capsys):
    from ops_desktop.cli.main import main
    from tests.security_support import cli_sign_in

    o = office
    add_account(o["ctx"], "administrator", Role.ADMIN)
    cli_sign_in(monkeypatch, "administrator")
    base = ["project", "coordinators", "--db", str(db_path), "--user", "koordynator"]
    assert main(base) == 0
    assert "Nasz projekt" in capsys.readouterr().out
    assert main([*base, "--set", f"{o['ours'].id},{o['theirs'].id}"]) == 0
    out = capsys.readouterr().out
    assert "Nasz projekt" in out and "Cudzy projekt" in out
    assert main([*base, "--set", "pierwszy"]) == 2
    assert main([*base, "--set", "999"]) == 1
    assert "nie ma projektu o numerze 999" in capsys.readouterr().err
    assert main([*base, "--set", ""]) == 0
    assert "żaden projekt nie jest przypisany" in capsys.readouterr().out
    cli_sign_in(monkeypatch, "koordynator")  # not the administrator: refused
    assert main([*base, "--set", str(o["ours"].id)]) == 1
    assert "brak uprawnienia accounts.manage" in capsys.readouterr().err


def test_the_command_line_refuses_a_coordinator_anonymisation(office, db_path, monkeypatch,
                                                              capsys):
    """Anonymisation is the head's or the data-protection officer's (it cannot be undone)."""
    from ops_desktop.cli.main import main
    from tests.security_support import cli_sign_in

    cli_sign_in(monkeypatch, "inny")  # the other coordinator: "Nasz projekt" is not theirs
    ours = office["ours"].id
    assert main(["retention", "anonymise", "--db", str(db_path), "--project-id", str(ours)]) == 1
    assert "brak uprawnienia anonymise" in capsys.readouterr().err
