"""Activities, sessions and lists through the real services on a real SQLite file and on the
test PostgreSQL server: the schedule rule, the project-period and hours rules, whole-group
enrolment with surroundings counted apart, and the permission checks."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.domain.activities import (
    ActivityDraft, ActivityForm, SessionDraft, format_hours, generate_schedule, hours_between,
    parse_hours, polish_holidays,
)
from ops_desktop.domain.enums import ParticipationRole, RecruitmentStatus, Role, Sex
from ops_desktop.domain.errors import NotFound, PermissionDenied, RuleViolation, ValidationFailed
from ops_desktop.services import activities
from ops_desktop.services.context import Actor
from tests import factories

T = dt.time
pytestmark = pytest.mark.both_backends  # a SQLite file and the test PostgreSQL server


def make_course(ctx, *, people=3, surroundings=1, teaching=60, start=dt.date(2011, 3, 1)):
    project = factories.project(ctx, "Aktywna Integracja", teaching_hour_minutes=teaching,
                                groups=(("Moduł zawodowy", 20), ("Grupa wsparcia", 20)))
    participations = []
    for i in range(people):
        person = factories.person(ctx, f"Osoba{i}", f"Zażółć{i}", sex=Sex.FEMALE,
                                  born=dt.date(1980, 1, 1 + i))
        view, _ = factories.enrol(ctx, person.id, project, start=start)
        participations.append(view.id)
    for i in range(surroundings):
        child = factories.person(ctx, f"Dziecko{i}", "Małe", born=dt.date(2005, 2, 1 + i))
        view, _ = factories.enrol(ctx, child.id, project, start=start,
                                  role=ParticipationRole.SURROUNDINGS)
        participations.append(view.id)
    activity = activities.create_activity(ctx, draft=ActivityDraft(
        project_id=project.id, name="Kurs brukarski", form=ActivityForm.COURSE,
        group_id=project.groups[0].id, trainer="Jan Trener", place="ul. Pieniężnego 10a",
        planned_hours=4000, topics="BHP\nPodbudowa\nUkładanie kostki"))
    return project, activity, participations


def test_schedule_every_tuesday_and_thursday_skips_holidays():
    sessions = generate_schedule(weekdays={1, 3}, first_day=dt.date(2011, 4, 18),
                                 last_day=dt.date(2011, 5, 5), time_from=T(9), time_to=T(13))
    days = [s.day for s in sessions]
    assert days == [dt.date(2011, 4, 19), dt.date(2011, 4, 21), dt.date(2011, 4, 26),
                    dt.date(2011, 4, 28), dt.date(2011, 5, 5)]  # 3 May is a holiday
    assert all(s.hours == 400 for s in sessions)
    assert dt.date(2011, 4, 25) in polish_holidays(2011)  # Easter Monday 2011
    assert dt.date(2011, 1, 6) in polish_holidays(2011) and dt.date(2010, 1,
                                                                    6) not in polish_holidays(2010)
    with_holidays = generate_schedule(weekdays={1}, first_day=dt.date(2011, 5, 3),
                                      last_day=dt.date(2011, 5, 3), time_from=T(9), time_to=T(13),
                                      skip_holidays=False)
    assert len(with_holidays) == 1


def test_hours_clock_and_teaching():
    assert hours_between(T(9), T(13), 60) == 400
    assert hours_between(T(9), T(13), 45) == 533
    assert hours_between(T(9), T(12), 45) == 400
    assert hours_between(T(13), T(9), 60) == 0
    assert parse_hours("4,5") == 450 and parse_hours("2") == 200 and parse_hours(3) == 300
    assert format_hours(450) == "4,5" and format_hours(400) == "4" and format_hours(533) == "5,33"
    with pytest.raises(ValueError):
        parse_hours("cztery")


def test_sessions_outside_the_project_or_without_hours_are_refused(ctx):
    _, activity, _ = make_course(ctx)
    with pytest.raises(ValidationFailed) as info:
        activities.add_sessions(ctx, activity_id=activity.id, drafts=[
            SessionDraft(dt.date(2011, 3, 1), T(9), T(13), 400),
            SessionDraft(dt.date(2012, 1, 3), T(9), T(13), 400),
            SessionDraft(dt.date(2011, 3, 3), T(9), T(13), 0),
        ])
    codes = {(p.field, p.code) for p in info.value.problems}
    assert codes == {("day", "outside_project"), ("hours", "not_positive")}
    assert activities.list_sessions(ctx, activity_id=activity.id) == []  # all or nothing
    added = activities.add_sessions(ctx, activity_id=activity.id, drafts=generate_schedule(
        weekdays={1, 3}, first_day=dt.date(2011, 3, 1), last_day=dt.date(2011, 3, 31),
        time_from=T(9), time_to=T(13)))
    assert len(added) == 10 and [s.number for s in added] == list(range(1, 11))
    with pytest.raises(ValidationFailed):
        activities.update_session(ctx, session_id=added[0].id, draft=SessionDraft(
            dt.date(2010, 12, 31), T(9), T(13), 400))
    view = activities.get_activity(ctx, activity_id=activity.id)
    assert view.sessions == 10 and view.scheduled_hours == 4000
    assert view.first_day == dt.date(2011, 3, 1) and view.threshold_pct == 80


def test_threshold_defaults_to_the_project_and_can_be_set(ctx):
    project = factories.project(ctx, "Twoja Szansa", completion_threshold_pct=75)
    view = activities.create_activity(ctx, draft=ActivityDraft(project_id=project.id, name="KIS I",
                                                               form=ActivityForm.KIS_EDITION))
    assert view.threshold_pct == 75
    own = activities.create_activity(ctx, draft=ActivityDraft(project_id=project.id, name="KIS II",
                                                              threshold_pct=90))
    assert own.threshold_pct == 90
    with pytest.raises(ValidationFailed):
        activities.create_activity(ctx, draft=ActivityDraft(project_id=project.id, name=" "))


def test_whole_group_in_one_action_with_surroundings_apart(ctx):
    project, activity, participations = make_course(ctx, people=4, surroundings=2)
    applicant = factories.person(ctx, "Zgłoszona", "Nowak")
    factories.enrol(ctx, applicant.id, project, status=RecruitmentStatus.APPLIED)
    result = activities.enrol_group(ctx, activity_id=activity.id, group_id=project.groups[0].id)
    assert result.added == 6 and result.already == 0
    again = activities.enrol_group(ctx, activity_id=activity.id, group_id=project.groups[0].id)
    assert again.added == 0 and again.already == 6
    view = activities.get_activity(ctx, activity_id=activity.id)
    assert (view.participants, view.surroundings) == (4, 2)
    listed = activities.list_enrolments(ctx, activity_id=activity.id)
    assert [e.surroundings for e in listed] == [False] * 4 + [True] * 2
    single = activities.enrol(ctx, activity_id=activity.id,
                              participation_ids=[participations[0] + 100])
    assert single.refused and single.refused[0][1] == "not_in_project"


def test_enrolling_an_applicant_is_refused_with_a_reason(ctx):
    project, activity, _ = make_course(ctx, people=1, surroundings=0)
    applicant = factories.person(ctx, "Zgłoszona", "Nowak")
    view, _ = factories.enrol(ctx, applicant.id, project, status=RecruitmentStatus.APPLIED)
    result = activities.enrol(ctx, activity_id=activity.id, participation_ids=[view.id])
    assert result.added == 0 and result.refused == ((view.id, "status_applied"),)


def test_permissions_are_checked(ctx):
    _, activity, _ = make_course(ctx, people=1)
    caseworker = ctx.as_actor(Actor(7, "pracownik", frozenset({Role.CASEWORKER})))
    with pytest.raises(
        NotFound):  # none of their people is on its list (test_coordinator_scope.py)
        activities.get_activity(caseworker, activity_id=activity.id)
    with pytest.raises(PermissionDenied):
        activities.create_activity(caseworker, draft=ActivityDraft(project_id=1, name="x"))
    admin = ctx.as_actor(Actor(8, "admin", frozenset({Role.ADMIN})))
    with pytest.raises(PermissionDenied):
        activities.list_activities(admin)


def test_activity_with_certificates_cannot_be_deleted(ctx):
    from ops_desktop.services import certificates

    project, activity, participations = make_course(ctx, people=1, surroundings=0)
    activities.add_sessions(ctx, activity_id=activity.id, drafts=[
        SessionDraft(dt.date(2011, 3, 2), T(9), T(13), 400)])
    activities.enrol(ctx, activity_id=activity.id, participation_ids=participations)
    certificates.issue(ctx, activity_id=activity.id, issued_on=dt.date(2011, 3, 3),
                       include_participation=True)
    with pytest.raises(RuleViolation) as info:
        activities.delete_activity(ctx, activity_id=activity.id)
    assert info.value.code == "activity_has_certificates"
    other = activities.create_activity(ctx, draft=ActivityDraft(project_id=project.id, name="Inne"))
    activities.delete_activity(ctx, activity_id=other.id)
    assert [a.name for a in activities.list_activities(ctx,
                                                       project_id=project.id)] == ["Kurs brukarski"]


def test_a_drop_out_goes_on_the_list_only_of_what_they_attended(ctx):
    from ops_desktop.domain.enums import EndReason
    from ops_desktop.services import enrolment

    project, activity, participations = make_course(ctx, people=2, surroundings=0)
    activities.add_sessions(ctx, activity_id=activity.id, drafts=[
        SessionDraft(dt.date(2011, 3, 8), T(9), T(13), 400)])
    for participation_id, day in zip(participations, (dt.date(2011, 3, 7), dt.date(2011, 3, 9)),
                                     strict=True):
        enrolment.change_status(ctx, participation_id=participation_id,
                                status=RecruitmentStatus.DROPPED_OUT, on=day,
                                end_reason=EndReason.DROPPED_OUT)
    result = activities.enrol(ctx, activity_id=activity.id, participation_ids=participations)
    assert result.added == 1 and result.refused == ((participations[0], "status_dropped_out"),)
