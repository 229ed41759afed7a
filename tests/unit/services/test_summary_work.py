"""Summary figures from contracts and activities: contracts by stage, instruments by category
and people with the project's minimum, hours from the maintained totals, certificates, and
benefits summed to the grosz."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from ops_desktop.domain.activities import ActivityDraft, ActivityForm, generate_schedule
from ops_desktop.domain.attendance import Mark, MarkChange
from ops_desktop.domain.contracts import (
    AmendmentDraft, Benefit, BenefitKind, ContractOutcome, EndingDraft, TerminationReason,
)
from ops_desktop.domain.enums import InstrumentCategory, ParticipationRole, Sex
from ops_desktop.exports.summary_json import render_summary_json
from ops_desktop.services import (
    activities, attendance, certificates, contracts, enrolment, instruments, summary,
)
from tests import factories
from tests.factories import contracts as cf

D = dt.date
T = dt.time


@pytest.fixture
def worked(ctx):
    """Two participants with contracts, one child (surroundings), one course with marks."""
    project, anna = cf.setup(ctx, min_instruments=3)
    bolek = factories.person(ctx, "Bolesław", "Żuk", born=D(1970, 1, 1), sex=Sex.MALE)
    factories.enrol(ctx, bolek.id, project, start=D(2011, 2, 1))
    child = factories.person(ctx, "Kacper", "Łącki", born=D(2005, 6, 1), sex=Sex.MALE)
    factories.enrol(ctx, child.id, project, start=D(2011, 2, 1),
                    role=ParticipationRole.SURROUNDINGS)
    first = cf.signed(ctx, project, anna, instruments_count=3, benefits=[
        Benefit(BenefitKind.TARGETED_ALLOWANCE, "", 16000, "ZC/1/2011", D(2011, 3, 10), True)])
    second = cf.signed(ctx, project, bolek, instruments_count=1, signed_on=D(2011, 3, 2),
                       benefits=[
                           Benefit(BenefitKind.TARGETED_ALLOWANCE, "", 11750, "ZC/2/2011",
                                   D(2011, 3, 10), True),
                           Benefit(BenefitKind.IN_KIND, "", 1, "", None, False)])
    draft = cf.complete_draft(ctx, project, anna, instruments_count=3, benefits=[
        Benefit(BenefitKind.TARGETED_ALLOWANCE, "", 16000, "ZC/1/2011", D(2011, 3, 10), True)])
    contracts.amend_contract(ctx, contract_id=first.id, draft=draft, amendment=AmendmentDraft(
        D(2011, 4, 1), "Wydłużenie okresu"))
    contracts.close_contract(ctx, contract_id=first.id, ending=EndingDraft(
        D(2011, 8, 31), outcome=ContractOutcome.REACHED, justification="Cel osiągnięty"))
    contracts.terminate_contract(ctx, contract_id=second.id, ending=EndingDraft(
        D(2011, 6, 1), reason=TerminationReason.WITHDREW, justification="Rezygnacja"))
    social = instruments.list_instruments(ctx, category=InstrumentCategory.SOCIAL)[0]
    course = activities.create_activity(ctx, draft=ActivityDraft(
        project_id=project.id, name="Trening kompetencji", form=ActivityForm.WORKSHOP,
        instrument_id=social.id, trainer="Jan Trener", place="Włocławek", planned_hours=1600))
    activities.add_sessions(ctx, activity_id=course.id, drafts=generate_schedule(
        weekdays={1}, first_day=D(2011, 3, 1), last_day=D(2011, 3, 22), time_from=T(9),
        time_to=T(13)))
    ids = [p.id for who in (anna, bolek, child)
           for p in enrolment.participations_of(ctx, person_id=who.id)]
    activities.enrol(ctx, activity_id=course.id, participation_ids=ids)
    grid = attendance.grid(ctx, activity_id=course.id)
    people = {p.person_id: p for p in grid.people}
    changes = [MarkChange(people[anna.id].enrolment_id, s.id, Mark.PRESENT) for s in grid.sessions]
    changes.append(MarkChange(people[bolek.id].enrolment_id, grid.sessions[0].id, Mark.PRESENT))
    changes += [MarkChange(people[child.id].enrolment_id, s.id, Mark.PRESENT)
                for s in grid.sessions[:2]]
    attendance.set_marks(ctx, activity_id=course.id, changes=changes)
    certificates.issue(ctx, activity_id=course.id, issued_on=D(2011, 3, 31),
                       include_participation=True)
    return project, {"anna": anna, "bolek": bolek, "child": child}


def test_contract_figures(ctx, worked):
    project, _ = worked
    result = summary.compute_summary(ctx, project_id=project.id, today=D(2012, 6, 1))
    c = result.contracts
    assert (c.signed, c.amended, c.terminated) == (2, 1, 1)
    assert {item.key: item.count for item in c.closed_by_outcome} == {
        "reached": 1, "partly": 0, "not_reached": 0}


def test_benefits_are_summed_to_the_grosz(ctx, worked):
    project, _ = worked
    result = summary.compute_summary(ctx, project_id=project.id, today=D(2012, 6, 1))
    assert (result.money.benefits_total, result.money.benefits_own) == (27751, 27750)
    data = json.loads(render_summary_json(result))
    assert data["benefits"] == {"total": "277.51", "own_contribution": "277.50"}


def test_instruments_by_category_and_people_with_the_minimum(ctx, worked):
    project, people = worked
    result = summary.compute_summary(ctx, project_id=project.id, today=D(2012, 6, 1))
    rows = {row.category: row for row in result.instruments.rows}
    # Anna: 3 educational (contract) + the course's social instrument; Bolek: 1 + the course.
    assert rows[InstrumentCategory.EDUCATIONAL].uses == 4
    assert rows[InstrumentCategory.EDUCATIONAL].people.total == 2
    assert rows[InstrumentCategory.SOCIAL].uses == 2      # the child (surroundings) not counted
    assert rows[InstrumentCategory.HEALTH].people.total == 0
    assert result.instruments.minimum == 3
    assert result.instruments.people_with_minimum.total == 1
    behind, _ = summary.people_behind(ctx, project_id=project.id, year=None,
                                      figure_key="instrument_minimum::")
    assert [r.id for r in behind] == [people["anna"].id]
    behind, _ = summary.people_behind(ctx, project_id=project.id, year=None,
                                      figure_key="instrument_category:social:M")
    assert [r.id for r in behind] == [people["bolek"].id]


def test_hours_from_the_totals_and_certificates(ctx, worked):
    project, _ = worked
    result = summary.compute_summary(ctx, project_id=project.id, today=D(2012, 6, 1))
    # Four Tuesdays of 4 h: Anna 16 h, Bolek 4 h; the child's hours are surroundings.
    assert result.activities.hours_x100 == 2000
    assert (result.activities.certificates_completion,
            result.activities.certificates_participation) == (1, 1)


def test_the_year_of_a_course_across_new_year_reads_only_its_sessions_in_that_year(ctx):
    project = factories.project(ctx, "Dwa lata", start=D(2011, 1, 1), end=D(2012, 12, 31))
    person = factories.person(ctx, "Ala", "Kot", born=D(1980, 1, 1), sex=Sex.FEMALE)
    view, _ = factories.enrol(ctx, person.id, project, start=D(2011, 12, 1))
    course = activities.create_activity(ctx, draft=ActivityDraft(
        project_id=project.id, name="Kurs", form=ActivityForm.COURSE, trainer="T", place="P"))
    activities.add_sessions(ctx, activity_id=course.id, drafts=generate_schedule(
        weekdays={1}, first_day=D(2011, 12, 13), last_day=D(2012, 1, 17), time_from=T(9),
        time_to=T(11)))
    activities.enrol(ctx, activity_id=course.id, participation_ids=[view.id])
    grid = attendance.grid(ctx, activity_id=course.id)
    attendance.set_marks(ctx, activity_id=course.id, changes=[
        MarkChange(grid.people[0].enrolment_id, s.id, Mark.PRESENT) for s in grid.sessions])
    days = [s.day for s in grid.sessions]
    in_2011 = sum(1 for d in days if d.year == 2011)
    whole = summary.compute_summary(ctx, project_id=project.id, today=D(2013, 1, 1))
    y2011 = summary.compute_summary(ctx, project_id=project.id, year=2011, today=D(2013, 1, 1))
    y2012 = summary.compute_summary(ctx, project_id=project.id, year=2012, today=D(2013, 1, 1))
    assert whole.activities.hours_x100 == 200 * len(days)
    assert y2011.activities.hours_x100 == 200 * in_2011
    assert y2011.activities.hours_x100 + y2012.activities.hours_x100 == 200 * len(days)
    assert dataclasses.asdict(whole.money)["benefits_total"] == 0
