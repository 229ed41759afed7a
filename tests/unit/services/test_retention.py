"""Data-protection duties: anonymising a project's people after its retention end (unless a
hold is set), statistics still countable; the data-subject access report (RODO art. 15)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from pypdf import PdfReader

from ops_desktop.cli.main import main as cli
from ops_desktop.domain.enums import Role, SensitiveFlag, Sex, TriState
from ops_desktop.domain.errors import PermissionDenied, RuleViolation
from ops_desktop.reporting.subject_access_pdf import subject_access_pdf
from ops_desktop.services import audit_log, retention
from ops_desktop.services.context import Actor
from ops_desktop.services.subject_access import subject_access_report
from tests import factories
from tests.security_support import add_account, cli_sign_in

TODAY = dt.date(2026, 3, 1)


@pytest.fixture
def projects(ctx):
    old = factories.project(ctx, "Skorzystaj z szansy", retention_until=dt.date(2025, 12, 31))
    held = factories.project(ctx, "Twoja Szansa", start=dt.date(2009, 1, 1),
                             end=dt.date(2009, 12, 31), retention_until=dt.date(2020, 12, 31))
    retention.set_deletion_hold(ctx, project_id=held.id, hold=True)
    running = factories.project(ctx, "Postaw na siebie", start=dt.date(2014, 1, 1),
                                end=dt.date(2014, 12, 31), retention_until=dt.date(2030, 12, 31))
    flags = {SensitiveFlag.DISABILITY: TriState.YES}
    anna = factories.person(ctx, "Anna", "Wiśniewska", born=dt.date(1984, 11, 23), sex=Sex.FEMALE,
                            phone="600100200", email="anna@poczta.pl", notes="Rozmowa w domu.",
                            sensitive=flags)
    jan = factories.person(ctx, "Jan", "Kowalski")
    ewa = factories.person(ctx, "Ewa", "Zielińska", sex=Sex.FEMALE, born=dt.date(1990, 2, 2))
    factories.enrol(ctx, anna.id, old)
    factories.enrol(ctx, jan.id, old)
    factories.enrol(ctx, jan.id, running, group_index=None)   # still needed by a running one
    factories.enrol(ctx, ewa.id, held, group_index=None)
    return old, held, running, anna, jan, ewa


def _person_row(db_path, person_id):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return dict(conn.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone())


def test_overview_says_what_may_be_anonymised(ctx, projects):
    old, held, running, *_ = projects
    rows = {r.project_id: r for r in retention.overview(ctx, today=TODAY)}
    assert rows[old.id].expired and rows[old.id].anonymisable == 1
    assert rows[old.id].kept_for_other_projects == 1
    assert rows[held.id].deletion_hold and not rows[held.id].expired
    assert not rows[running.id].expired and rows[running.id].anonymisable == 0


def test_anonymising_replaces_identity_keeps_statistics_and_is_audited(ctx, db_path, projects):
    old, _held, _running, anna, jan, _ewa = projects
    result = retention.anonymise_project(ctx, project_id=old.id, today=TODAY)
    assert result.person_ids == (anna.id,) and result.kept_for_other_projects == 1
    row = _person_row(db_path, anna.id)
    assert row["first_name"] == "" and row["last_name"] == "(zanonimizowano)"
    assert row["pesel"] is None and row["phone"] == row["email"] == row["notes"] == ""
    assert row["anonymised"] == 1
    assert row["sex"] == "K" and row["birth_date"] == "1984-07-01"   # statistics still count
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT answer FROM person_flags WHERE person_id = ?",
                            (anna.id,)).fetchone() == ("yes",)
        assert conn.execute("SELECT count(*) FROM participations WHERE person_id = ?",
                            (anna.id,)).fetchone() == (1,)
        dump = "\n".join(conn.iterdump())
    assert "Wiśniewska" not in dump and "600100200" not in dump and "Rozmowa w domu" not in dump
    assert _person_row(db_path, jan.id)["last_name"] == "Kowalski"
    entry = audit_log.list_entries(ctx, flt=audit_log.AuditFilter(action="anonymise"))[0]
    assert entry.details["person_ids"] == [anna.id] and entry.entity_id == old.id
    again = retention.anonymise_project(ctx, project_id=old.id, today=TODAY)
    assert again.person_ids == ()


def test_hold_and_unexpired_projects_are_refused(ctx, projects):
    _old, held, running, *_ = projects
    with pytest.raises(RuleViolation) as hold:
        retention.anonymise_project(ctx, project_id=held.id, today=TODAY)
    assert hold.value.code == "deletion_hold"
    with pytest.raises(RuleViolation) as early:
        retention.anonymise_project(ctx, project_id=running.id, today=TODAY)
    assert early.value.code == "retention_not_expired"


def test_only_the_head_and_the_data_protection_officer_may_anonymise(ctx, projects):
    """A coordinator of the very project may not (it cannot be undone)."""
    old = projects[0]
    mine = add_account(ctx, "koordynator", Role.COORDINATOR, projects=(old,))
    coordinator = ctx.as_actor(Actor(mine, "koordynator", frozenset({Role.COORDINATOR})))
    for actor in (coordinator, *(ctx.as_actor(Actor(None, "x", frozenset({role})))
                                 for role in (Role.CASEWORKER, Role.ADMIN))):
        with pytest.raises(PermissionDenied):
            retention.anonymise_project(actor, project_id=old.id, today=TODAY)
        with pytest.raises(PermissionDenied):
            retention.overview(actor, today=TODAY)
    head = ctx.as_actor(Actor(add_account(ctx, "kierownik", Role.HEAD), "kierownik",
                              frozenset({Role.HEAD})))
    assert old.id in [r.project_id for r in retention.overview(head, today=TODAY)]
    dpo = ctx.as_actor(Actor(add_account(ctx, "iod", Role.DPO), "iod", frozenset({Role.DPO})))
    assert retention.anonymise_project(dpo, project_id=old.id, today=TODAY).person_ids


def test_the_head_of_office_may_run_a_subject_access_report(ctx, projects):
    anna = projects[3]
    head = ctx.as_actor(Actor(None, "kierownik", frozenset({Role.HEAD})))
    assert dict(subject_access_report(head, person_id=anna.id).person)["last_name"] == "Wiśniewska"
    with pytest.raises(PermissionDenied):
        subject_access_report(ctx.as_actor(Actor(None, "k", frozenset({Role.COORDINATOR}))),
                              person_id=anna.id)


def test_contract_free_text_of_an_anonymised_person_is_blanked(ctx, db_path, projects):
    """Records of other areas are found through the schema's foreign keys."""
    old, _held, _running, anna, *_ = projects
    with sqlite3.connect(db_path) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(contracts)")}
    if not {"causes", "person_id", "project_id"} <= columns:
        pytest.skip("contracts table not in this schema")
    from ops_desktop.services.person_records import free_text_columns, owned_tables

    owned = {o.table.name: o for o in owned_tables()}
    assert "contracts" in owned and "contract_family_members" in owned
    assert "causes" in {c.name for c in free_text_columns(owned["contracts"].table)}
    family = owned["contract_family_members"].table
    assert "last_name" in {c.name for c in free_text_columns(family)}
    assert "audit_log" not in owned and "users" not in owned


def test_subject_access_report_holds_everything_and_is_audited(ctx, projects, tmp_path):
    old, _held, _running, anna, *_ = projects
    dpo = ctx.as_actor(Actor(None, "iod", frozenset({Role.DPO})))
    view = subject_access_report(dpo, person_id=anna.id)
    person = dict(view.person)
    assert person["last_name"] == "Wiśniewska" and person["phone"] == "600100200"
    assert dict(view.sensitive) == {"disability": "yes"}
    assert view.participations.rows[0][0] == old.draft.title
    assert {e.action for e in view.audit_entries} >= {"create", "subject_access"}
    pdf = subject_access_pdf(view)
    out = tmp_path / "art15.pdf"
    out.write_bytes(pdf)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    for expected in ("Informacja o przetwarzanych danych osobowych", "Wiśniewska", "600100200",
                     "Niepełnosprawność", "Skorzystaj z szansy", "raport dla osoby (art. 15)",
                     "Kto i kiedy przetwarzał dane"):
        assert expected in text, expected
    with pytest.raises(PermissionDenied):
        subject_access_report(ctx.as_actor(Actor(None, "x", frozenset({Role.CASEWORKER}))),
                              person_id=anna.id)


def test_cli_subject_access_and_retention(ctx, db_path, projects, tmp_path, monkeypatch, capsys):
    anna = projects[3]
    add_account(ctx, "iod", Role.DPO)
    add_account(ctx, "kierownik", Role.HEAD)
    ctx.engine.dispose()
    out = tmp_path / "raport.pdf"
    cli_sign_in(monkeypatch, "iod")
    assert cli(["subject-access", "--db", str(db_path), "--person-id", str(anna.id),
                "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob("*.partial"))
    assert cli(["subject-access", "--db", str(db_path), "--person-id", "999",
                "--out", str(out)]) == 1
    cli_sign_in(monkeypatch, "kierownik")
    assert cli(["retention", "list", "--db", str(db_path)]) == 0
    assert "Skorzystaj z szansy" in capsys.readouterr().out
    assert cli(["retention", "anonymise", "--db", str(db_path),
                "--project-id", str(projects[1].id)]) == 1
    assert "wstrzymanie" in capsys.readouterr().err


def test_participants_list_offers_the_report_to_the_data_protection_officer(qtbot, ctx, projects,
                                                                            tmp_path):
    from PySide6.QtGui import QAction

    from ops_desktop.ui.participants.subject_access_action import show_subject_access
    from ops_desktop.ui.participants.participants_page import ParticipantsPage

    anna = projects[3]
    dpo = ctx.as_actor(Actor(None, "iod", frozenset({Role.DPO})))
    page = ParticipantsPage(dpo)
    qtbot.addWidget(page)
    assert page.table.findChild(QAction, "subjectAccessAction") is not None
    worker = ParticipantsPage(ctx.as_actor(Actor(None, "x", frozenset({Role.COORDINATOR}))))
    qtbot.addWidget(worker)
    assert worker.table.findChild(QAction, "subjectAccessAction") is None
    dialog = show_subject_access(dpo, person_id=anna.id, modal=False)
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 1
    dialog.save_to(tmp_path / "art15.pdf")
    entries = audit_log.list_entries(ctx, flt=audit_log.AuditFilter(person_id=anna.id))
    assert [e.action for e in entries[:2]] == ["export", "subject_access"]


def test_the_retention_dialog_anonymises_after_a_confirmation(qtbot, ctx, db_path, projects,
                                                               monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ops_desktop.ui.projects.retention_dialog import RetentionDialog
    from ops_desktop.ui.projects.projects_page import ProjectsPage

    old, held, running, anna, *_ = projects
    page = ProjectsPage(ctx.as_actor(Actor(None, "x", frozenset({Role.CASEWORKER}))))
    qtbot.addWidget(page)
    assert page.retention_button.isHidden()
    dialog = RetentionDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.select_project(held.id)
    assert not dialog.anonymise_button.isEnabled()  # a deletion hold
    assert dialog.hold_button.text() == "Zdejmij wstrzymanie usuwania"
    dialog.select_project(running.id)
    assert not dialog.anonymise_button.isEnabled()  # still within its retention period
    dialog.select_project(old.id)
    assert dialog.anonymise_button.isEnabled() and dialog.selected().anonymisable == 1
    # "Anuluj" (the default button) changes nothing.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.defaultButton().click())
    dialog.anonymise_button.click()
    assert _person_row(db_path, anna.id)["anonymised"] == 0
    dialog.grab().save(str(db_path.parent / "retention.png"))
    # Yes to the first question, then "Anuluj" (the default) to the second: still nothing.
    answers = iter(["yes", "default"])

    def answer(box):
        if next(answers) == "default":
            box.defaultButton().click()
        else:
            next(b for b in box.buttons() if box.buttonRole(b)
                 is QMessageBox.ButtonRole.DestructiveRole).click()
    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog.anonymise_button.click()
    assert _person_row(db_path, anna.id)["anonymised"] == 0
    answers = iter(["yes", "yes"])
    dialog.anonymise_button.click()
    assert _person_row(db_path, anna.id)["anonymised"] == 1
    assert "Zanonimizowano osób: 1" in dialog.message.text()
    assert dialog.selected().project_id == old.id and dialog.selected().anonymised == 1
    # Setting a hold on the running project goes through the service too.
    dialog.select_project(running.id)
    dialog.hold_button.click()
    assert "Wstrzymano usuwanie" in dialog.message.text()
    assert dialog.selected().deletion_hold

