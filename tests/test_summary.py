"""The summary engine on hand-built data whose answers are known."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.domain.enums import (
    Education, EndReason, ExitSituation, LabourStatus, ParticipationRole, RecruitmentStatus,
    Role, SensitiveFlag, Sex, TriState,
)
from ops_desktop.domain.errors import PermissionDenied, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.summary import FigureKey, SexCount
from ops_desktop.services import summary
from ops_desktop.services.context import Actor
from tests import factories

D = dt.date
TODAY = D(2014, 6, 1)


@pytest.fixture
def known(ctx):
    """A 2011–2013 project with people whose counts are known by heart."""
    project = factories.project(
        ctx, "Skorzystaj z szansy", start=D(2011, 1, 1), end=D(2013, 12, 31),
        groups=(("PAL Śródmieście", 20), ("Moduł zawodowy", 10)),
        budget_total=750_244_900, budget_eu=637_708_165, budget_own=112_536_735,
    )
    people = {}
    # Anna: a participation in each of three years.
    anna = factories.person(ctx, "Anna", "Nowak", born=D(1975, 2, 1), sex=Sex.FEMALE,
                            education=Education.PRIMARY, labour_status=LabourStatus.INACTIVE,
                            sensitive={SensitiveFlag.DISABILITY: TriState.YES})
    for year in (2011, 2012, 2013):
        factories.enrol(ctx, anna.id, project, start=D(year, 3, 1), end=D(year, 6, 30),
                        status=RecruitmentStatus.COMPLETED)
    people["anna"] = anna
    # Bartosz: two participations in 2011, in two groups.
    bartosz = factories.person(ctx, "Bartosz", "Wiśniewski", born=D(1955, 9, 9), sex=Sex.MALE,
                               sensitive={SensitiveFlag.DISABILITY: TriState.REFUSED})
    factories.enrol(ctx, bartosz.id, project, start=D(2011, 2, 1), end=D(2011, 4, 30),
                    status=RecruitmentStatus.DROPPED_OUT)
    factories.enrol(ctx, bartosz.id, project, group_index=1, start=D(2011, 9, 1),
                    end=D(2011, 10, 31), status=RecruitmentStatus.COMPLETED,
                    end_reason=EndReason.FOUND_JOB, exit_situation=ExitSituation.EMPLOYED)
    people["bartosz"] = bartosz
    # Celina: one participation across New Year 2011/2012.
    celina = factories.person(ctx, "Celina", "Żak", born=D(1990, 12, 31), sex=Sex.FEMALE)
    factories.enrol(ctx, celina.id, project, group_index=1, start=D(2011, 11, 15),
                    end=D(2012, 2, 15), status=RecruitmentStatus.COMPLETED)
    people["celina"] = celina
    # Dawid: starts on his 15th birthday; Ewa: the day before her 15th birthday.
    dawid = factories.person(ctx, "Dawid", "Łęcki", born=D(1998, 5, 10), sex=Sex.MALE)
    factories.enrol(ctx, dawid.id, project, start=D(2013, 5, 10))
    people["dawid"] = dawid
    ewa = factories.person(ctx, "Ewa", "Ślusarczyk", born=D(1998, 5, 11), sex=Sex.FEMALE)
    factories.enrol(ctx, ewa.id, project, start=D(2013, 5, 10), end=D(2013, 5, 30),
                    status=RecruitmentStatus.COMPLETED)
    people["ewa"] = ewa
    # Filip: surroundings (a child in day-care), counted apart, in 2012.
    filip = factories.person(ctx, "Filip", "Nowak", born=D(2006, 1, 1), sex=Sex.MALE)
    factories.enrol(ctx, filip.id, project, start=D(2012, 3, 1), end=D(2012, 6, 30),
                    role=ParticipationRole.SURROUNDINGS, status=RecruitmentStatus.COMPLETED)
    people["filip"] = filip
    # Grażyna: applied only, never took part: counted nowhere.
    grazyna = factories.person(ctx, "Grażyna", "Kot", born=D(1970, 1, 1), sex=Sex.FEMALE)
    factories.enrol(ctx, grazyna.id, project, status=RecruitmentStatus.APPLIED)
    return project, people


def test_people_counted_once_overall(ctx, known):
    project, _ = known
    result = summary.compute_summary(ctx, project_id=project.id, today=TODAY)
    assert result.participants == SexCount(total=5, women=3, men=2)
    assert result.surroundings == SexCount(total=1, women=0, men=1)


def test_each_year_counts_everyone_whose_participation_overlaps_it(ctx, known):
    project, _ = known
    result = summary.compute_summary(ctx, project_id=project.id, today=TODAY)
    by_year = {row.year: row for row in result.by_year}
    # 2011: Anna, Bartosz (two participations, once), Celina (from November).
    assert by_year[2011].participants == SexCount(3, 2, 1)
    # 2012: Anna and Celina (her participation crosses New Year); Filip apart.
    assert by_year[2012].participants == SexCount(2, 2, 0)
    assert by_year[2012].surroundings == SexCount(1, 0, 1)
    # 2013: Anna, Dawid, Ewa.
    assert by_year[2013].participants == SexCount(3, 2, 1)
    assert by_year[2011].surroundings == SexCount()


def test_year_summary_matches_its_row_of_the_whole_period(ctx, known):
    project, _ = known
    year = summary.compute_summary(ctx, project_id=project.id, year=2012, today=TODAY)
    assert year.participants == SexCount(2, 2, 0)
    assert year.surroundings == SexCount(1, 0, 1)
    assert [row.year for row in year.by_year] == [2012]
    assert (year.period_from, year.period_to) == (D(2012, 1, 1), D(2012, 12, 31))


def test_age_at_entry_and_the_15th_birthday(ctx, known):
    project, _ = known
    result = summary.compute_summary(ctx, project_id=project.id, today=TODAY)
    ages = {row.key.value: row.count for row in result.breakdown("age").rows}
    # Dawid is 15 on his first day: 15–24. Ewa is 14 the day before her birthday: below.
    # Celina, born 31.12.1990, is 20 on 15.11.2011. Anna 36 at her FIRST start (2011).
    assert ages["15_24"] == SexCount(2, 1, 1)
    assert ages["25_54"] == SexCount(1, 1, 0)
    assert ages["55_plus"] == SexCount(1, 0, 1)       # Bartosz: 55 on 01.02.2011
    assert ages["below"] == SexCount(1, 1, 0)
    youth = result.breakdown("youth").rows[0].count
    assert youth == SexCount(2, 1, 1)


def test_group_breakdown_counts_a_person_once_per_group(ctx, known):
    project, _ = known
    result = summary.compute_summary(ctx, project_id=project.id, year=2011, today=TODAY)
    groups = {row.label: row.count for row in result.breakdown("groups").rows}
    assert groups["PAL Śródmieście"] == SexCount(2, 1, 1)     # Anna, Bartosz
    assert groups["Moduł zawodowy"] == SexCount(2, 1, 1)      # Bartosz, Celina


def test_target_groups_keep_yes_no_refused_and_no_answer_apart(ctx, known):
    project, _ = known
    result = summary.compute_summary(ctx, project_id=project.id, today=TODAY)
    rows = {row.key.value: row.count.total for row in result.breakdown("target_groups").rows}
    assert rows["disability=yes"] == 1
    assert rows["disability=refused"] == 1
    assert rows["disability=no"] == 0
    assert rows["disability=unknown"] == 3
    assert rows["homelessness=unknown"] == 5


def test_outcome_exit_labour_and_education(ctx, known):
    project, _ = known
    result = summary.compute_summary(ctx, project_id=project.id, year=2011, today=TODAY)
    outcome = {row.key.value: row.count.total for row in result.breakdown("outcome").rows}
    assert outcome == {"completed": 2, "dropped_out": 1, "ongoing": 0}   # Celina ends in 2012
    exits = {row.key.value: row.count.total for row in result.breakdown("exit").rows}
    assert exits["employed"] == 1 and exits["unknown"] == 2
    whole = summary.compute_summary(ctx, project_id=project.id, today=TODAY)
    labour = {row.key.value: row.count.total for row in whole.breakdown("labour").rows}
    assert labour["inactive"] == 1 and labour["unknown"] == 4
    education = {row.key.value: row.count.total for row in whole.breakdown("education").rows}
    assert education["isced1"] == 1
    outcome_all = {row.key.value: row.count.total for row in whole.breakdown("outcome").rows}
    assert outcome_all == {"completed": 4, "dropped_out": 1, "ongoing": 1}  # Dawid ongoing


def test_budget_is_kept_to_the_grosz(ctx, known):
    project, _ = known
    money = summary.compute_summary(ctx, project_id=project.id, today=TODAY).money
    assert (money.budget_total, money.budget_eu, money.budget_own) == (
        750_244_900, 637_708_165, 112_536_735)


def test_a_year_outside_the_project_is_refused(ctx, known):
    project, _ = known
    with pytest.raises(ValidationFailed):
        summary.compute_summary(ctx, project_id=project.id, year=2015)


def test_people_behind_a_figure(ctx, known):
    project, people = known
    rows, cut = summary.people_behind(ctx, project_id=project.id, year=None,
                                      figure_key="year:2012:K", today=TODAY)
    assert not cut
    assert {r.id for r in rows} == {people["anna"].id, people["celina"].id}
    rows, _ = summary.people_behind(ctx, project_id=project.id, year=None,
                                    figure_key=FigureKey("age", "below").text(), today=TODAY)
    assert [r.id for r in rows] == [people["ewa"].id]
    rows, _ = summary.people_behind(ctx, project_id=project.id, year=None,
                                    figure_key="surroundings::", today=TODAY)
    assert [r.id for r in rows] == [people["filip"].id]
    rows, _ = summary.people_behind(ctx, project_id=project.id, year=2011,
                                    figure_key="flag:disability=unknown:", today=TODAY)
    assert {r.id for r in rows} == {people["celina"].id}


def test_every_figure_opens_to_as_many_people_as_it_counts(ctx, known):
    project, _ = known
    result = summary.compute_summary(ctx, project_id=project.id, today=TODAY)
    for breakdown in result.breakdowns:
        for row in breakdown.rows:
            for sex in ("", "K", "M"):
                people, _ = summary.people_behind(
                    ctx, project_id=project.id, year=None,
                    figure_key=row.key.with_sex(sex).text(), today=TODAY)
                assert len(people) == row.count.of(sex), (row.key, sex)


def test_people_behind_is_limited_to_the_callers_caseload(ctx, known):
    from ops_desktop.db.models import Person, User

    project, people = known
    with ctx.transaction() as session:
        user = User(username="kasia", full_name="", roles="caseworker",
                    created_at=dt.datetime.now())
        session.add(user)
        session.flush()
        session.get(Person, people["anna"].id).caseworker_id = user.id
        user_id = user.id
    caseworker = Actor(user_id, "kasia", frozenset({Role.CASEWORKER}),
                       extra=frozenset({Permission.REPORT_READ}))
    rows, _ = summary.people_behind(ctx.as_actor(caseworker), project_id=project.id, year=None,
                                    figure_key="participants::", today=TODAY)
    assert [r.id for r in rows] == [people["anna"].id]
    plain = Actor(user_id, "kasia", frozenset({Role.CASEWORKER}))
    with pytest.raises(PermissionDenied):
        summary.compute_summary(ctx.as_actor(plain), project_id=project.id)
