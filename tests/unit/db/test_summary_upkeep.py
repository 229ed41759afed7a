"""The maintained counters (triggers of migration 0005) stay equal to a live recount after
every kind of write: services, bulk inserts, ORM updates and deletes, cascades, project
dates, sensitive answers, contracts and attendance."""

from __future__ import annotations

import pytest

import datetime as dt
import random

from sqlalchemy import delete, insert, select, update

from ops_desktop.db.models import Participation, Person, PersonFlag, Project
from ops_desktop.db.models.activities import ActivityEnrolment, AttendanceTotals, Certificate
from ops_desktop.db.models.reporting import SummaryFact
from ops_desktop.domain.attendance import Mark, MarkChange
from ops_desktop.domain.enums import (
    Education, EndReason, ExitSituation, LabourStatus, ParticipationRole, RecruitmentStatus,
    SensitiveFlag, Sex, TriState,
)
from ops_desktop.domain.participants import PersonDraft
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.services import (
    activities, attendance, enrolment, instruments, participants, projects, summary,
)
from tests import factories
from tests.summary_data import build_known
from tests.unit.services.test_summary_work import worked  # noqa: F401


D = dt.date


def _assert_counters_right(ctx, project_id: int) -> None:
    assert summary.verify(ctx, project_id=project_id) == []
    for year in summary.project_years(ctx, project_id=project_id):
        assert summary.verify(ctx, project_id=project_id, year=year) == [], year


@pytest.mark.both_backends
def test_service_writes_keep_the_counters(ctx):
    project, people = build_known(ctx)
    _assert_counters_right(ctx, project.id)
    dawid = enrolment.participations_of(ctx, person_id=people["dawid"].id)[0]
    enrolment.change_status(ctx, participation_id=dawid.id, status=RecruitmentStatus.COMPLETED,
                            on=D(2013, 9, 30), exit_situation=ExitSituation.IN_EDUCATION)
    view = participants.get_person(ctx, person_id=people["anna"].id)
    draft = view.draft
    draft.education = Education.TERTIARY
    draft.labour_status = LabourStatus.EMPLOYED
    draft.sensitive = {SensitiveFlag.HOMELESSNESS: TriState.YES}
    participants.update_person(ctx, person_id=people["anna"].id, draft=draft)
    _assert_counters_right(ctx, project.id)
    counted = summary.compute_summary(ctx, project_id=project.id)
    rows = {r.key.value: r.count.total for r in counted.breakdown("target_groups").rows}
    assert rows["homelessness=yes"] == 1 and rows["disability=yes"] == 0
    outcome = {r.key.value: r.count.total for r in counted.breakdown("outcome").rows}
    assert outcome["ongoing"] == 0 and outcome["completed"] == 5


@pytest.mark.both_backends
def test_bulk_inserts_orm_deletes_cascades_and_project_dates(ctx):
    project, people = build_known(ctx)
    with ctx.transaction() as session:   # another writer: a bulk load through Core
        session.execute(insert(Person), [{
            "first_name": "Hurt", "last_name": f"Owa{i}", "last_key": f"owa{i} hurt",
            "first_key": "hurt", "pesel": make_pesel(D(1990, 1, 1), 700 + i, Sex.FEMALE),
            "sex": "K", "birth_date": D(1990, 1, 1), "created_at": dt.datetime.now(),
            "updated_at": dt.datetime.now()} for i in range(5)])
        ids = session.execute(select(Person.id).where(Person.first_key == "hurt")).scalars().all()
        session.execute(insert(PersonFlag), [{"person_id": i, "flag": "disability",
                                              "answer": "no"} for i in ids])
        session.execute(insert(Participation), [{
            "person_id": i, "project_id": project.id, "group_id": project.groups[1].id,
            "role": "participant", "status": "completed", "start_date": D(2012, 1, 10),
            "end_date": D(2012, 5, 1), "created_at": dt.datetime.now()} for i in ids])
    _assert_counters_right(ctx, project.id)
    with ctx.transaction() as session:
        session.execute(update(Participation).where(Participation.person_id == ids[0])
                        .values(status="dropped_out", exit_situation="other"))
        session.execute(update(PersonFlag).where(PersonFlag.person_id == ids[1])
                        .values(answer="refused"))
        session.execute(delete(Person).where(Person.id == ids[2]))        # cascades
        session.execute(delete(Participation).where(Participation.person_id == ids[3]))
        session.get(Person, people["bartosz"].id).birth_date = D(1990, 9, 9)
    _assert_counters_right(ctx, project.id)
    with ctx.transaction() as session:
        row = session.get(Project, project.id)
        row.end_date = D(2012, 12, 31)   # Dawid and Ewa (2013) fall outside; Anna loses 2013
    _assert_counters_right(ctx, project.id)
    result = summary.compute_summary(ctx, project_id=project.id)
    assert [r.year for r in result.by_year] == [2011, 2012]
    with ctx.reading() as session:
        assert session.execute(select(SummaryFact.id).where(
            SummaryFact.person_id == ids[2])).first() is None


def test_contract_and_attendance_writes_keep_the_instrument_counters(ctx, worked):  # noqa: F811
    project, people = worked
    _assert_counters_right(ctx, project.id)
    course_id = activities.list_activities(ctx, project_id=project.id)[0].id
    grid = attendance.grid(ctx, activity_id=course_id)
    bolek = next(p for p in grid.people if p.person_id == people["bolek"].id)
    attendance.set_marks(ctx, activity_id=course_id, changes=[
        MarkChange(bolek.enrolment_id, grid.sessions[0].id, Mark.UNEXCUSED)])
    _assert_counters_right(ctx, project.id)
    result = summary.compute_summary(ctx, project_id=project.id)
    social = next(r for r in result.instruments.rows if r.category.value == "social")
    assert social.uses == 1                      # Bolek attended nothing any more
    vocational = instruments.list_instruments(ctx)[-1]
    draft = activities.get_activity(ctx, activity_id=course_id).draft
    draft.instrument_id = vocational.id
    activities.update_activity(ctx, activity_id=course_id, draft=draft)
    _assert_counters_right(ctx, project.id)
    with ctx.transaction() as session:   # the child becomes a participant: their hours count
        session.execute(update(Participation).where(Participation.person_id == people["child"].id)
                        .values(role="participant"))
    _assert_counters_right(ctx, project.id)
    assert summary.compute_summary(ctx, project_id=project.id).activities.hours_x100 == 1600 + 800
    with ctx.transaction() as session:   # the totals rewritten by hand, as a repair would
        session.execute(update(AttendanceTotals).values(present_sessions=0,
                                                        present_hours_x100=100))
    _assert_counters_right(ctx, project.id)
    with ctx.transaction() as session:   # an enrolment deleted with its marks and totals
        session.execute(delete(Certificate).where(Certificate.enrolment_id == bolek.enrolment_id))
        session.execute(delete(ActivityEnrolment).where(ActivityEnrolment.id == bolek.enrolment_id))
    _assert_counters_right(ctx, project.id)
    assert summary.compute_summary(ctx, project_id=project.id).activities.hours_x100 == 200


@pytest.mark.both_backends
def test_random_histories_keep_the_counters(ctx):
    rng = random.Random(7)
    project = factories.project(ctx, "Losowy", start=D(2010, 1, 1), end=D(2014, 12, 31),
                                groups=(("A", 0), ("B", 0), ("C", 0)))
    people = []
    for i in range(40):
        sex = rng.choice([Sex.FEMALE, Sex.MALE])
        person = participants.create_person(ctx, draft=PersonDraft(
            first_name="Osoba", last_name=f"Losowa{i}",
            pesel=make_pesel(D(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)),
                             800 + i, sex),
            education=rng.choice([None, *Education]),
            sensitive={f: rng.choice(list(TriState)) for f in SensitiveFlag if rng.random() < .5}))
        people.append(person.id)
    for _ in range(90):
        start = D(2010, 1, 1) + dt.timedelta(days=rng.randint(0, 1700))
        end = start + dt.timedelta(days=rng.randint(0, 400))
        end = None if end > D(2014, 12, 31) or rng.random() < 0.2 else end
        status = RecruitmentStatus.PARTICIPANT if end is None else rng.choice(
            [RecruitmentStatus.COMPLETED, RecruitmentStatus.DROPPED_OUT])
        factories.enrol(ctx, rng.choice(people), project, group_index=rng.choice([0, 1, 2, None]),
                        start=start, end=end, status=status,
                        role=rng.choice([ParticipationRole.PARTICIPANT] * 4
                                        + [ParticipationRole.SURROUNDINGS]),
                        end_reason=EndReason.OTHER if end else None,
                        exit_situation=rng.choice([None, *ExitSituation]) if end else None)
    _assert_counters_right(ctx, project.id)
    for person_id in rng.sample(people, 10):
        view = participants.get_person(ctx, person_id=person_id)
        view.draft.sensitive = {SensitiveFlag.DISABILITY: rng.choice(list(TriState))}
        view.draft.labour_status = rng.choice(list(LabourStatus))
        participants.update_person(ctx, person_id=person_id, draft=view.draft)
    draft = projects.get_project(ctx, project_id=project.id).draft
    draft.start_date = D(2011, 1, 1)
    draft.editions = [e for e in draft.editions if e.year >= 2011]
    projects.update_project(ctx, project_id=project.id, draft=draft)
    _assert_counters_right(ctx, project.id)
    for year in range(2011, 2015):
        whole = summary.compute_summary(ctx, project_id=project.id)
        one = summary.compute_summary(ctx, project_id=project.id, year=year)
        row = next(r for r in whole.by_year if r.year == year)
        assert (one.participants, one.surroundings) == (row.participants, row.surroundings)
