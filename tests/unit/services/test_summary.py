"""The summary engine on hand-built data whose answers are known."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import PermissionDenied, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.summary import FigureKey, SexCount
from ops_desktop.services import summary
from ops_desktop.services.context import Actor
from tests.summary_data import TODAY, build_known

pytestmark = pytest.mark.both_backends  # a SQLite file and the test PostgreSQL server

D = dt.date


@pytest.fixture
def known(ctx):
    return build_known(ctx)


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
                                      figure_key="year:2012:K")
    assert not cut
    assert {r.id for r in rows} == {people["anna"].id, people["celina"].id}
    rows, _ = summary.people_behind(ctx, project_id=project.id, year=None,
                                    figure_key=FigureKey("age", "below").text())
    assert [r.id for r in rows] == [people["ewa"].id]
    rows, _ = summary.people_behind(ctx, project_id=project.id, year=None,
                                    figure_key="surroundings::")
    assert [r.id for r in rows] == [people["filip"].id]
    rows, _ = summary.people_behind(ctx, project_id=project.id, year=2011,
                                    figure_key="flag:disability=unknown:")
    assert {r.id for r in rows} == {people["celina"].id}


def test_every_figure_opens_to_as_many_people_as_it_counts(ctx, known):
    project, _ = known
    result = summary.compute_summary(ctx, project_id=project.id, today=TODAY)
    for breakdown in result.breakdowns:
        for row in breakdown.rows:
            for sex in ("", "K", "M"):
                people, _ = summary.people_behind(
                    ctx, project_id=project.id, year=None,
                    figure_key=row.key.with_sex(sex).text())
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
                       extra=frozenset({Permission.REPORT_READ, Permission.PROJECT_ALL}))
    rows, _ = summary.people_behind(ctx.as_actor(caseworker), project_id=project.id, year=None,
                                    figure_key="participants::")
    assert [r.id for r in rows] == [people["anna"].id]
    plain = Actor(user_id, "kasia", frozenset({Role.CASEWORKER}))
    with pytest.raises(PermissionDenied):
        summary.compute_summary(ctx.as_actor(plain), project_id=project.id)
