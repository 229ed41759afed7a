"""Summary figures from the contracts and activities tables: contracts signed / amended /
closed / terminated, instruments received, hours attended, certificates and benefits.

Where each figure comes from:
- contracts: `contracts.signed_on` in the period (drafts never count); amended = contracts with
  an aneks (`contract_amendments.signed_on`) in the period; closed by outcome and terminated
  from `contract_endings` (`status`, `outcome`, `ended_on` in the period);
- instruments a person received: the instruments of their signed contracts
  (`contract_instruments`) running in the period, and the instrument of every activity they
  attended at least once (`activities.instrument_id` through `activity_enrolments` and the
  maintained `attendance_totals.present_sessions`); each (person, instrument) counts once;
- hours attended: `summary_activity_hours` (the maintained `attendance_totals` of participants'
  enrolments, summed per activity by the triggers of migration 0005: no mark is read) for every
  activity whose sessions all lie in the period; only an activity that runs across the
  period's edge reads the marks of its own sessions inside the period;
- certificates: `certificates.kind` issued in the period for the project's activities;
- benefits: `contract_benefits.amount` of signed contracts, dated by the decision (or the
  signing), with the own-contribution part (`own_contribution`)."""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement, Select, and_, case, func, literal_column, or_, select, union,
)
from sqlalchemy.orm import Session

from ops_desktop.db.models import Instrument, Participation, Person
from ops_desktop.db.models.activities import (
    Activity, ActivityEnrolment, ActivitySession, AttendanceMark, AttendanceTotals, Certificate,
)
from ops_desktop.db.models.contracts import (
    Contract, ContractAmendment, ContractBenefit, ContractEnding, ContractInstrument,
)
from ops_desktop.db.models.reporting import SummaryActivityHours
from ops_desktop.db.repositories.summary_queries import (
    PARTICIPANT, Scope, date_param, overlaps, taking_part, with_sex,
)
from ops_desktop.domain.summary import (
    ActivityFigures, ContractFigures, InstrumentFigures, LabelledCount, SexCount,
)
from ops_desktop.domain.summary_tallies import instrument_figures as tally_instruments
from ops_desktop.domain.summary_tallies import sex_count

DIMENSIONS = frozenset({"instrument_category", "instrument_minimum"})
DRAFT = "draft"
CLOSED = "closed"
TERMINATED = "terminated"
PRESENT = "present"
OUTCOME_LABELS = {"reached": "cel osiągnięty w pełni", "partly": "cel osiągnięty częściowo",
                  "not_reached": "cel nieosiągnięty", "unknown": "bez oceny"}


def _between(column: ColumnElement, scope: Scope) -> ColumnElement:
    return and_(column >= date_param(scope.period_from), column <= date_param(scope.period_to))


def _signed(scope: Scope) -> ColumnElement:
    return and_(Contract.project_id == scope.project_id, Contract.status != DRAFT,
                Contract.signed_on.is_not(None))


# --- contracts and benefits -----------------------------------------------------------------
def contract_figures(session: Session, scope: Scope) -> ContractFigures:
    signed = session.execute(select(func.count()).where(
        _signed(scope), _between(Contract.signed_on, scope))).scalar_one()
    amended = session.execute(
        select(func.count(func.distinct(ContractAmendment.contract_id)))
        .join(Contract, Contract.id == ContractAmendment.contract_id)
        .where(_signed(scope), _between(ContractAmendment.signed_on, scope))).scalar_one()
    # The literal written into the SQL, not a parameter: PostgreSQL groups by an expression
    # only when the selected one is the same (two parameters are two expressions to it).
    outcome = func.coalesce(ContractEnding.outcome, literal_column("'unknown'"))
    endings = dict(session.execute(
        select(outcome, func.count())
        .join(Contract, Contract.id == ContractEnding.contract_id)
        .where(Contract.project_id == scope.project_id, ContractEnding.status == CLOSED,
               _between(ContractEnding.ended_on, scope))
        .group_by(outcome)).all())
    terminated = session.execute(
        select(func.count()).select_from(ContractEnding)
        .join(Contract, Contract.id == ContractEnding.contract_id)
        .where(Contract.project_id == scope.project_id, ContractEnding.status == TERMINATED,
               _between(ContractEnding.ended_on, scope))).scalar_one()
    closed = tuple(LabelledCount(key, label, endings.get(key, 0))
                   for key, label in OUTCOME_LABELS.items()
                   if key != "unknown" or endings.get(key))
    return ContractFigures(signed, amended, closed, terminated)


def benefits(session: Session, scope: Scope) -> tuple[int, int]:
    """(total, own-contribution part) in grosze."""
    day = func.coalesce(ContractBenefit.decision_date, Contract.signed_on)
    total, own = session.execute(
        select(func.coalesce(func.sum(ContractBenefit.amount), 0),
               func.coalesce(func.sum(case((ContractBenefit.own_contribution.is_(True),
                                            ContractBenefit.amount), else_=0)), 0))
        .join(Contract, Contract.id == ContractBenefit.contract_id)
        .where(_signed(scope), _between(day, scope))).one()
    return int(total), int(own)


# --- instruments ----------------------------------------------------------------------------
def _contract_running(scope: Scope) -> ColumnElement:
    ended = (select(ContractEnding.ended_on).where(ContractEnding.contract_id == Contract.id)
             .scalar_subquery())
    return and_(_signed(scope), Contract.signed_on <= date_param(scope.period_to),
                func.coalesce(ended, date_param(scope.period_to)) >= date_param(scope.period_from))


def received_instruments(scope: Scope):
    """(person_id, instrument_id) pairs, each once: from contracts and attended activities."""
    from_contracts = (
        select(Contract.person_id.label("person_id"),
               ContractInstrument.instrument_id.label("instrument_id"))
        .join(ContractInstrument, ContractInstrument.contract_id == Contract.id)
        .where(_contract_running(scope)))
    window = and_(
        or_(ActivityEnrolment.joined_on.is_(None),
            ActivityEnrolment.joined_on <= date_param(scope.period_to)),
        or_(ActivityEnrolment.left_on.is_(None),
            ActivityEnrolment.left_on >= date_param(scope.period_from)))
    from_activities = (
        select(Participation.person_id.label("person_id"),
               Activity.instrument_id.label("instrument_id"))
        .join(ActivityEnrolment, ActivityEnrolment.activity_id == Activity.id)
        .join(Participation, Participation.id == ActivityEnrolment.participation_id)
        .join(AttendanceTotals, AttendanceTotals.enrolment_id == ActivityEnrolment.id)
        .where(Activity.project_id == scope.project_id, Activity.instrument_id.is_not(None),
               AttendanceTotals.present_sessions > 0, window,
               taking_part(scope, PARTICIPANT),
               overlaps(scope, scope.period_from, scope.period_to)))
    return union(from_contracts, from_activities).subquery("received")


def instrument_figures(session: Session, scope: Scope, minimum: int) -> InstrumentFigures:
    pairs = received_instruments(scope)
    rows = session.execute(
        select(Instrument.category, Person.sex, func.count(),
               func.count(func.distinct(pairs.c.person_id)))
        .select_from(pairs)
        .join(Instrument, Instrument.id == pairs.c.instrument_id)
        .join(Person, Person.id == pairs.c.person_id)
        .group_by(Instrument.category, Person.sex)).all()
    uses: dict[str, int] = {}
    people: dict[str, SexCount] = {}
    for category, sex, count, persons in rows:
        uses[category] = uses.get(category, 0) + count
        people[category] = people.get(category, SexCount()) + sex_count(sex, persons)
    per_person = (select(pairs.c.person_id.label("person_id"))
                  .group_by(pairs.c.person_id)
                  .having(func.count(func.distinct(pairs.c.instrument_id)) >= minimum)
                  .subquery("enough"))
    with_minimum = SexCount()
    for sex, persons in session.execute(
            select(Person.sex, func.count()).select_from(per_person)
            .join(Person, Person.id == per_person.c.person_id).group_by(Person.sex)):
        with_minimum = with_minimum + sex_count(sex, persons)
    return tally_instruments(uses, people, minimum, with_minimum)


# --- hours and certificates -----------------------------------------------------------------
def activity_figures(session: Session, scope: Scope) -> ActivityFigures:
    spans = (select(ActivitySession.activity_id.label("activity_id"),
                    func.min(ActivitySession.day).label("first"),
                    func.max(ActivitySession.day).label("last"))
             .join(Activity, Activity.id == ActivitySession.activity_id)
             .where(Activity.project_id == scope.project_id)
             .group_by(ActivitySession.activity_id).subquery("spans"))
    inside = and_(spans.c.first >= date_param(scope.period_from),
                  spans.c.last <= date_param(scope.period_to))
    across = and_(spans.c.first <= date_param(scope.period_to),
                  spans.c.last >= date_param(scope.period_from),
                  ~inside)
    participant = and_(Participation.id == ActivityEnrolment.participation_id,
                       Participation.role == PARTICIPANT)
    from_totals = session.execute(
        select(func.coalesce(func.sum(SummaryActivityHours.hours_x100), 0))
        .select_from(spans)
        .join(SummaryActivityHours, SummaryActivityHours.activity_id == spans.c.activity_id)
        .where(inside)).scalar_one()
    from_marks = session.execute(
        select(func.coalesce(func.sum(ActivitySession.hours_x100), 0))
        .select_from(spans)
        .join(ActivitySession, ActivitySession.activity_id == spans.c.activity_id)
        .join(AttendanceMark, AttendanceMark.session_id == ActivitySession.id)
        .join(ActivityEnrolment, ActivityEnrolment.id == AttendanceMark.enrolment_id)
        .join(Participation, participant)
        .where(across, AttendanceMark.mark == PRESENT,
               _between(ActivitySession.day, scope))).scalar_one()
    kinds = dict(session.execute(
        select(Certificate.kind, func.count())
        .join(Activity, Activity.id == Certificate.activity_id)
        .where(Activity.project_id == scope.project_id, _between(Certificate.issued_on, scope))
        .group_by(Certificate.kind)).all())
    return ActivityFigures(int(from_totals) + int(from_marks), kinds.get("completion", 0),
                           kinds.get("participation", 0))


def hours_recount_differs(session: Session, project_id: int) -> bool:
    """Whether `summary_activity_hours` differs from the attendance totals summed afresh."""
    live = (select(ActivityEnrolment.activity_id.label("activity_id"),
                   func.sum(AttendanceTotals.present_hours_x100).label("hours"))
            .join(Participation, and_(Participation.id == ActivityEnrolment.participation_id,
                                      Participation.role == PARTICIPANT))
            .join(AttendanceTotals, AttendanceTotals.enrolment_id == ActivityEnrolment.id)
            .join(Activity, Activity.id == ActivityEnrolment.activity_id)
            .where(Activity.project_id == project_id)
            .group_by(ActivityEnrolment.activity_id)).subquery("live")
    kept = (select(SummaryActivityHours.activity_id, SummaryActivityHours.hours_x100)
            .join(Activity, Activity.id == SummaryActivityHours.activity_id)
            .where(Activity.project_id == project_id))
    recounted = {a: int(h) for a, h in session.execute(select(live)) if h}
    return recounted != {a: h for a, h in session.execute(kept) if h}


# --- the people behind an instrument figure -------------------------------------------------
def person_ids_for(scope: Scope, dimension: str, value: str, sex: str, minimum: int) -> Select:
    pairs = received_instruments(scope)
    if dimension == "instrument_category":
        query = (select(pairs.c.person_id.label("id")).select_from(pairs)
                 .join(Instrument, Instrument.id == pairs.c.instrument_id)
                 .where(Instrument.category == value).distinct())
    elif dimension == "instrument_minimum":
        query = (select(pairs.c.person_id.label("id")).group_by(pairs.c.person_id)
                 .having(func.count(func.distinct(pairs.c.instrument_id)) >= minimum))
    else:
        raise ValueError(dimension)
    return with_sex(query, pairs.c.person_id, sex)
