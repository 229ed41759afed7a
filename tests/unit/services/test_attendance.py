"""Attendance rules and the maintained totals: marks for people not on the list, not yet
started or already gone are refused (all or nothing); "all present" fills only the empty
cells of those who may attend; >20% unexcused is flagged; and after any mix of mark,
session and list changes the totals equal a recount of the marks (on both backends)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from ops_desktop.domain.activities import ActivityDraft, SessionDraft, generate_schedule
from ops_desktop.domain.attendance import (
    Mark, MarkChange, meets_threshold, recount, unexcused_flag,
)
from ops_desktop.domain.certificates import certificate_kind
from ops_desktop.domain.enums import EndReason, RecruitmentStatus, Role, Sex
from ops_desktop.domain.errors import PermissionDenied, RuleViolation
from ops_desktop.services import activities, attendance, enrolment
from ops_desktop.services.context import Actor
from tests import factories
from tests.unit.services.test_activities import make_course

T = dt.time
pytestmark = pytest.mark.both_backends  # a SQLite file and the test PostgreSQL server


def course_with_schedule(ctx, **kwargs):
    project, activity, participations = make_course(ctx, **kwargs)
    activities.add_sessions(ctx, activity_id=activity.id, drafts=generate_schedule(
        weekdays={1, 3}, first_day=dt.date(2011, 3, 1), last_day=dt.date(2011, 3, 31),
        time_from=T(9), time_to=T(13)))
    activities.enrol(ctx, activity_id=activity.id, participation_ids=participations)
    grid = attendance.grid(ctx, activity_id=activity.id)
    return project, activity, grid


def test_rules_in_the_domain():
    assert meets_threshold(3200, 4000, 80) and not meets_threshold(3199, 4000, 80)
    assert not meets_threshold(0, 0, 80)
    assert unexcused_flag(801, 4000) and not unexcused_flag(800, 4000)
    totals = recount([(Mark.PRESENT, 400)] * 8 + [(Mark.UNEXCUSED, 400)] * 2, [400] * 10)
    assert totals.pct == 80 and totals.unexcused_pct == 20
    assert certificate_kind(totals, 80, completed=True).value == "completion"
    assert certificate_kind(totals, 80, completed=False).value == "participation"
    assert certificate_kind(totals, 81, completed=True).value == "participation"


def test_marks_update_hours_and_percentage_at_once(ctx):
    _, activity, grid = course_with_schedule(ctx, people=2, surroundings=0)
    person, sessions = grid.people[0], grid.sessions
    changes = [MarkChange(person.enrolment_id, s.id, Mark.PRESENT) for s in sessions[:8]]
    changes += [MarkChange(person.enrolment_id, sessions[8].id, Mark.EXCUSED),
                MarkChange(person.enrolment_id, sessions[9].id, Mark.UNEXCUSED)]
    result = attendance.set_marks(ctx, activity_id=activity.id, changes=changes)
    totals = result.totals[person.enrolment_id]
    assert (totals.present_sessions, totals.present_hours, totals.planned_hours) == (8, 3200, 4000)
    assert str(totals.pct) == "80.0" and totals.unexcused_hours == 400
    cleared = attendance.set_marks(ctx, activity_id=activity.id, changes=[
        MarkChange(person.enrolment_id, sessions[0].id, None)])
    assert cleared.totals[person.enrolment_id].present_hours == 2800
    again = attendance.grid(ctx, activity_id=activity.id)
    assert again.people[0].totals == cleared.totals[person.enrolment_id]
    assert again.marks[(person.enrolment_id, sessions[9].id)] is Mark.UNEXCUSED
    assert (person.enrolment_id, sessions[0].id) not in again.marks


def test_not_enrolled_not_started_and_ended_are_refused_as_a_whole(ctx):
    project, activity, grid = course_with_schedule(ctx, people=1, surroundings=0)
    first = grid.sessions[0]
    ok = MarkChange(grid.people[0].enrolment_id, first.id, Mark.PRESENT)
    with pytest.raises(RuleViolation) as info:
        attendance.set_marks(ctx, activity_id=activity.id,
                             changes=[ok, MarkChange(99999, first.id, Mark.PRESENT)])
    assert info.value.code == "attendance_not_enrolled"
    assert attendance.grid(ctx, activity_id=activity.id).marks == {}  # nothing written

    late = factories.person(ctx, "Późna", "Łąkowska", sex=Sex.FEMALE)
    late_view, _ = factories.enrol(ctx, late.id, project, start=dt.date(2011, 3, 15))
    qualified = factories.person(ctx, "Czekający", "Żak")
    qualified_view, _ = factories.enrol(ctx, qualified.id, project,
                                        status=RecruitmentStatus.QUALIFIED)
    activities.enrol(ctx, activity_id=activity.id,
                     participation_ids=[late_view.id, qualified_view.id])
    people = {p.name: p for p in attendance.grid(ctx, activity_id=activity.id).people}
    late_person, waiting = people["Łąkowska Późna"], people["Żak Czekający"]
    assert late_person.totals.planned_sessions == 6  # on the list from 15 March
    with pytest.raises(RuleViolation) as info:
        attendance.set_marks(ctx, activity_id=activity.id, changes=[
            MarkChange(late_person.enrolment_id, first.id, Mark.PRESENT)])
    assert info.value.code == "attendance_not_started"
    with pytest.raises(RuleViolation) as info:
        attendance.set_marks(ctx, activity_id=activity.id, changes=[
            MarkChange(waiting.enrolment_id, grid.sessions[-1].id, Mark.PRESENT)])
    assert info.value.code == "attendance_not_started"

    enrolment.change_status(ctx, participation_id=late_view.id,
                            status=RecruitmentStatus.DROPPED_OUT,
                            on=dt.date(2011, 3, 20), end_reason=EndReason.DROPPED_OUT)
    with pytest.raises(RuleViolation) as info:
        attendance.set_marks(ctx, activity_id=activity.id, changes=[
            MarkChange(late_person.enrolment_id, grid.sessions[-1].id, Mark.PRESENT)])
    assert info.value.code == "attendance_after_end"
    attendance.set_marks(ctx, activity_id=activity.id, changes=[
        MarkChange(late_person.enrolment_id, grid.sessions[5].id, Mark.PRESENT)])  # 17 March


def test_all_present_fills_only_empty_cells_of_those_who_may_attend(ctx):
    project, activity, grid = course_with_schedule(ctx, people=3, surroundings=1)
    session = grid.sessions[0]
    absent = grid.people[1]
    attendance.set_marks(ctx, activity_id=activity.id, changes=[
        MarkChange(absent.enrolment_id, session.id, Mark.EXCUSED)])
    waiting = factories.person(ctx, "Czekający", "Żak")
    view, _ = factories.enrol(ctx, waiting.id, project, status=RecruitmentStatus.QUALIFIED)
    activities.enrol(ctx, activity_id=activity.id, participation_ids=[view.id])
    result = attendance.mark_all_present(ctx, activity_id=activity.id, session_id=session.id)
    assert result.changed == 3 and result.skipped == 1
    marks = attendance.grid(ctx, activity_id=activity.id).marks
    assert marks[(absent.enrolment_id, session.id)] is Mark.EXCUSED
    assert sum(1 for (e, s), m in marks.items() if s == session.id and m is Mark.PRESENT) == 3


def test_more_than_twenty_percent_unexcused_is_flagged(ctx):
    from ops_desktop.services import certificates

    _, activity, grid = course_with_schedule(ctx, people=1, surroundings=0)
    person = grid.people[0]
    changes = [MarkChange(person.enrolment_id, s.id, Mark.UNEXCUSED) for s in grid.sessions[:3]]
    changes += [MarkChange(person.enrolment_id, s.id, Mark.PRESENT) for s in grid.sessions[3:]]
    attendance.set_marks(ctx, activity_id=activity.id, changes=changes)
    [candidate] = certificates.candidates(ctx, activity_id=activity.id)
    assert candidate.unexcused_flag and candidate.totals.unexcused_pct == 30


def test_caseworker_may_mark_but_not_without_permission(ctx):
    _, activity, grid = course_with_schedule(ctx, people=1, surroundings=0)
    change = MarkChange(grid.people[0].enrolment_id, grid.sessions[0].id, Mark.PRESENT)
    from ops_desktop.db.models import Person
    from ops_desktop.domain.errors import NotFound
    from tests.security_support import add_account

    own_id, other_id = (add_account(ctx, name, Role.CASEWORKER) for name in ("anna", "ewa"))
    with ctx.transaction() as session:  # the person on the list is in Anna's caseload
        session.get(Person, grid.people[0].person_id).caseworker_id = own_id
    caseworker = ctx.as_actor(Actor(own_id, "anna", frozenset({Role.CASEWORKER})))
    attendance.set_marks(caseworker, activity_id=activity.id, changes=[change])
    stranger = ctx.as_actor(Actor(other_id, "ewa", frozenset({Role.CASEWORKER})))
    with pytest.raises(NotFound):  # none of Ewa's people attends it
        attendance.set_marks(stranger, activity_id=activity.id, changes=[change])
    dpo = ctx.as_actor(Actor(None, "iod", frozenset({Role.DPO})))
    with pytest.raises(PermissionDenied):
        attendance.set_marks(dpo, activity_id=activity.id, changes=[change])


def test_maintained_totals_equal_a_recount_after_any_changes(ctx):
    rng = random.Random(4)
    project, activity, grid = course_with_schedule(ctx, people=6, surroundings=2)
    other = activities.create_activity(ctx, draft=ActivityDraft(project_id=project.id, name="KIS"))
    activities.add_sessions(ctx, activity_id=other.id, drafts=[
        SessionDraft(dt.date(2011, 4, d), T(10), T(12), 200) for d in (4, 5, 6)])
    activities.enrol_group(ctx, activity_id=other.id, group_id=project.groups[0].id)
    for step in range(60):
        grid = attendance.grid(ctx, activity_id=activity.id)
        changes = [
            MarkChange(rng.choice(grid.people).enrolment_id, rng.choice(grid.sessions).id,
                       rng.choice([*Mark, None]))
            for _ in range(rng.randint(1, 12))
        ]
        try:
            attendance.set_marks(ctx, activity_id=activity.id, changes=changes)
        except RuleViolation:
            pass
        if step % 15 == 7:
            session = rng.choice(grid.sessions)
            activities.update_session(ctx, session_id=session.id, draft=SessionDraft(
                session.day, T(9), T(12), 300))
        if step == 30:
            activities.delete_sessions(ctx, activity_id=activity.id,
                                       session_ids=[grid.sessions[-1].id])
        if step == 40:
            person = grid.people[2]
            cut = dt.date(2011, 3, 20)
            try:
                activities.set_left(ctx, enrolment_id=person.enrolment_id, left_on=cut)
            except RuleViolation:
                later = [s for s in grid.sessions if s.day > cut]
                attendance.set_marks(ctx, activity_id=activity.id, changes=[
                    MarkChange(person.enrolment_id, s.id, None) for s in later])
                activities.set_left(ctx, enrolment_id=person.enrolment_id, left_on=cut)
    attendance.mark_all_present(ctx, activity_id=other.id,
                                session_id=attendance.grid(ctx,
                                                           activity_id=other.id).sessions[0].id)
    assert attendance.verify_totals(ctx) == []
    final = attendance.grid(ctx, activity_id=activity.id)
    hours = {s.id: s.hours for s in final.sessions}
    for person in final.people:
        mine = [(m, hours[sid]) for (e, sid), m in final.marks.items() if e == person.enrolment_id]
        expected = recount(mine, [])
        assert (person.totals.present_hours, person.totals.unexcused_sessions) == (
            expected.present_hours, expected.unexcused_sessions)
    assert final.people[2].totals.planned_sessions < final.people[0].totals.planned_sessions
