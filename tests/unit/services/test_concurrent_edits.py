"""Two PCs on one database, interleaved step by step: each PC is its own engine on
the same file or server database, as two caseworkers' programs are (both backends).

- a person saved from a copy read before the other PC's save is refused with EditConflict
  naming who saved and when, and the other PC's data stays;
- the contract register's numbers come from the year's counter: a second PC signing while
  the first still holds its transaction waits and takes the next number (no "database is
  locked"); an upgraded office's counter starts from its highest number;
- attendance marks of two PCs on the same session are both kept;
- certificates issued on two PCs at once take distinct numbers of the year's register (the
  second waits for the first)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from alembic import command
from sqlalchemy import text

from ops_desktop.db.migrate import alembic_config
from ops_desktop.db.repositories import concurrency
from ops_desktop.domain.attendance import Mark, MarkChange
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import EditConflict
from ops_desktop.domain.messages import edit_conflict_text
from ops_desktop.services import attendance, contracts, participants
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR, Actor
from tests import factories
from tests.factories import contracts as contract_factories
from tests.unit.services.test_attendance import course_with_schedule

pytestmark = pytest.mark.both_backends


@pytest.fixture
def two_pcs(ctx, db_location):
    """(anna, piotr): two heads of office, each signed in on their own PC (engine)."""
    anna = contract_factories.user(ctx, 10, "anna", Role.HEAD, full_name="Anna Nowak")
    contract_factories.user(ctx, 11, "piotr", Role.HEAD, full_name="Piotr Zieliński")
    other = open_database(db_location, actor=SYSTEM_ACTOR)
    piotr = other.context.as_actor(
        Actor(11, "piotr", frozenset({Role.HEAD}), full_name="Piotr Zieliński"))
    yield anna, piotr
    other.engine.dispose()


def test_a_stale_copy_of_a_person_is_refused_naming_who_saved_first(ctx, two_pcs):
    anna, piotr = two_pcs
    person = factories.person(ctx, "Jan", "Kowalski")
    annas = participants.get_person(anna, person_id=person.id)
    piotrs = participants.get_person(piotr, person_id=person.id)
    assert annas.version == piotrs.version

    annas.draft.phone = "54 411 22 33"
    saved = participants.update_person(anna, person_id=person.id, draft=annas.draft,
                                       version=annas.version)
    assert saved.version == annas.version + 1

    piotrs.draft.notes = "Zmiana z drugiego stanowiska"
    with pytest.raises(EditConflict) as info:
        participants.update_person(piotr, person_id=person.id, draft=piotrs.draft,
                                   version=piotrs.version)
    conflict = info.value
    assert (conflict.entity, conflict.entity_id) == ("person", person.id)
    assert conflict.changed_by == "Anna Nowak"
    assert conflict.changed_at is not None and conflict.version == saved.version
    sentence = edit_conflict_text(conflict)
    assert sentence.startswith("Dane tej osoby zmienił(a) w międzyczasie Anna Nowak (")
    assert f"{conflict.changed_at:%H:%M})" in sentence and "nie zostały zapisane" in sentence

    now = participants.get_person(ctx, person_id=person.id)
    assert now.draft.phone == "54 411 22 33" and now.draft.notes == ""  # Anna's save stays
    assert now.version == saved.version

    # Piotr reloads, types his change again, and it goes in on top of Anna's.
    piotrs = participants.get_person(piotr, person_id=person.id)
    piotrs.draft.notes = "Zmiana z drugiego stanowiska"
    again = participants.update_person(piotr, person_id=person.id, draft=piotrs.draft,
                                       version=piotrs.version)
    assert (again.draft.phone, again.draft.notes) == ("54 411 22 33",
                                                       "Zmiana z drugiego stanowiska")


def test_the_version_check_holds_below_the_services_too(ctx, two_pcs):
    """The mapper's own check (version_id_col): an UPDATE from a row read before another
    PC's save matches no row and changes nothing."""
    from sqlalchemy.orm.exc import StaleDataError

    from ops_desktop.db.models import Person

    anna, piotr = two_pcs
    person = factories.person(ctx)
    with piotr.reading() as session:
        stale = session.get(Person, person.id)
        session.expunge(stale)
    annas = participants.get_person(anna, person_id=person.id)
    annas.draft.notes = "Anna"
    participants.update_person(anna, person_id=person.id, draft=annas.draft,
                               version=annas.version)
    with pytest.raises(StaleDataError):
        with piotr.transaction() as session:
            session.add(stale)
            stale.notes = "nadpisane"
    assert participants.get_person(ctx, person_id=person.id).draft.notes == "Anna"


def test_a_second_signer_waits_for_the_first_and_takes_the_next_number(ctx, two_pcs):
    anna, piotr = two_pcs
    project, person = contract_factories.setup(ctx)
    drafts = [contracts.create_contract(ctx, draft=contract_factories.complete_draft(
        ctx, project, person, period_from=dt.date(2011, 3 + i, 1),
        period_to=dt.date(2011, 3 + i, 28)))[0] for i in range(2)]
    taken = threading.Event()
    release = threading.Event()
    held: list[int] = []

    def first_pc_holds_a_number() -> None:
        with anna.transaction() as session:
            held.append(concurrency.take_numbers(session, 2011)[0])
            taken.set()
            release.wait(10)
            raise _RolledBack  # the number goes back with the transaction

    worker = threading.Thread(target=lambda: pytest.raises(_RolledBack,
                                                           first_pc_holds_a_number))
    worker.start()
    assert taken.wait(10)
    signer_result: list = []
    signer = threading.Thread(target=lambda: signer_result.append(contracts.sign_contract(
        piotr, contract_id=drafts[0].id, signed_on=dt.date(2011, 3, 1))[0]))
    signer.start()
    signer.join(0.3)
    assert signer.is_alive()  # waiting for Anna's transaction, not failing
    release.set()
    worker.join(10)
    signer.join(10)
    assert held == [1] and signer_result[0].number == "KS/1/2011"  # Anna's 1 was never used
    second, _ = contracts.sign_contract(anna, contract_id=drafts[1].id,
                                        signed_on=dt.date(2011, 4, 1))
    assert second.number == "KS/2/2011"


class _RolledBack(Exception):
    pass


def test_an_upgraded_register_goes_on_from_its_highest_number(ctx, db_location):
    project, person = contract_factories.setup(ctx)
    for month in (3, 4, 5):
        contract_factories.signed(ctx, project, person, signed_on=dt.date(2011, month, 1),
                                  period_from=dt.date(2011, month, 1),
                                  period_to=dt.date(2011, month, 28))
    ctx.engine.dispose()
    config = alembic_config()  # back to the schema before the counters, as 0.x left it
    with ctx.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    ctx.engine.dispose()
    opened = open_database(db_location, actor=SYSTEM_ACTOR)
    try:
        assert opened.migration.from_revision == "0009"
        again = opened.context
        view = contract_factories.signed(again, project, person, signed_on=dt.date(2011, 6, 1),
                                         period_from=dt.date(2011, 6, 1),
                                         period_to=dt.date(2011, 6, 28))
        assert view.number == "KS/4/2011"
        with again.reading() as session:
            assert session.execute(text("SELECT year, last_seq FROM contract_counters")
                                   ).all() == [(2011, 4)]
    finally:
        opened.engine.dispose()


def test_marks_of_two_pcs_on_one_session_are_both_kept(ctx, two_pcs):
    anna, piotr = two_pcs
    _, activity, grid = course_with_schedule(ctx, people=3, surroundings=0)
    session_id = grid.sessions[0].id
    first, second, third = (p.enrolment_id for p in grid.people)
    # Both PCs opened the grid before either saved.
    annas_grid = attendance.grid(anna, activity_id=activity.id)
    piotrs_grid = attendance.grid(piotr, activity_id=activity.id)
    assert annas_grid.marks == piotrs_grid.marks == {}
    attendance.set_marks(anna, activity_id=activity.id,
                         changes=[MarkChange(first, session_id, Mark.PRESENT)])
    attendance.set_marks(piotr, activity_id=activity.id,
                         changes=[MarkChange(second, session_id, Mark.EXCUSED)])
    filled = attendance.mark_all_present(anna, activity_id=activity.id, session_id=session_id)
    assert filled.changed == 1  # only the third person's empty cell
    marks = attendance.grid(ctx, activity_id=activity.id).marks
    assert {k: v for k, v in marks.items() if k[1] == session_id} == {
        (first, session_id): Mark.PRESENT, (second, session_id): Mark.EXCUSED,
        (third, session_id): Mark.PRESENT}
    assert attendance.verify_totals(ctx, activity_id=activity.id) == []


def test_a_second_pc_issuing_certificates_waits_and_takes_the_next_numbers(ctx, two_pcs):
    from ops_desktop.db.models.activities import Certificate
    from ops_desktop.domain.activities import ActivityDraft
    from ops_desktop.services import activities, certificates

    anna, piotr = two_pcs
    project, first_course, grid = course_with_schedule(ctx, people=2, surroundings=0)
    second_course = activities.create_activity(ctx, draft=ActivityDraft(
        project_id=project.id, name="Warsztaty", group_id=project.groups[0].id))
    activities.enrol_group(ctx, activity_id=second_course.id, group_id=project.groups[0].id)
    waiting = certificates.candidates(ctx, activity_id=first_course.id)[0]
    taken = threading.Event()
    release = threading.Event()

    def first_pc_issues_one() -> None:  # as `certificates.issue` does, held open meanwhile
        with anna.transaction() as session:
            n = concurrency.last_certificate_n(session, 2011) + 1
            session.add(Certificate(
                year=2011, n=n, number=f"{n}/2011", enrolment_id=waiting.enrolment_id,
                person_id=waiting.person_id, activity_id=first_course.id,
                kind="participation", issued_on=dt.date(2011, 4, 1), present_hours_x100=0,
                planned_hours_x100=0, prints=0, created_at=dt.datetime.now()))
            session.flush()
            taken.set()
            release.wait(10)

    worker = threading.Thread(target=first_pc_issues_one)
    worker.start()
    assert taken.wait(10)
    issued: list = []
    issuer = threading.Thread(target=lambda: issued.append(certificates.issue(
        piotr, activity_id=second_course.id, issued_on=dt.date(2011, 4, 2),
        include_participation=True)))
    issuer.start()
    issuer.join(0.3)
    release.set()
    worker.join(10)
    issuer.join(10)
    assert [result.numbers for result in issued] == [("2/2011", "3/2011")]
    numbers = [row.number for row in certificates.register(ctx, year=2011).rows]
    assert sorted(numbers) == ["1/2011", "2/2011", "3/2011"]


def test_an_aneks_from_a_stale_contract_is_refused(ctx, two_pcs):
    from ops_desktop.domain.contracts import AmendmentDraft

    anna, piotr = two_pcs
    project, person = contract_factories.setup(ctx)
    signed = contract_factories.signed(ctx, project, person)
    annas = contracts.get_contract(anna, contract_id=signed.id)
    piotrs = contracts.get_contract(piotr, contract_id=signed.id)
    annas.draft.main_goal = "Cel po aneksie Anny."
    amended, _ = contracts.amend_contract(
        anna, contract_id=signed.id, draft=annas.draft, version=annas.row_version,
        amendment=AmendmentDraft(dt.date(2011, 4, 1), "Zmiana celu"))
    assert amended.row_version > annas.row_version
    piotrs.draft.main_goal = "Cel po aneksie Piotra."
    with pytest.raises(EditConflict) as info:
        contracts.amend_contract(
            piotr, contract_id=signed.id, draft=piotrs.draft, version=piotrs.row_version,
            amendment=AmendmentDraft(dt.date(2011, 4, 2), "Inna zmiana"))
    assert (info.value.entity, info.value.changed_by) == ("contract", "Anna Nowak")
    assert edit_conflict_text(info.value).startswith("Ten kontrakt zmienił(a) w międzyczasie")
    now = contracts.get_contract(ctx, contract_id=signed.id)
    assert now.draft.main_goal == "Cel po aneksie Anny." and len(now.amendments) == 1
