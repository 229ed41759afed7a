"""Reading and writing one contract's rows: the mapping between the tables of
`db/models/contracts.py` and the dataclasses of `domain/contracts.py`.

Used by `services/contracts.py` (and the bulk path of the demo) inside their own session;
nothing here checks permissions or writes the audit trail."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ops_desktop.db.repositories import concurrency
from ops_desktop.db.models import Instrument, Office, Person, Project, ProjectGroup, Setting, User
from ops_desktop.db.models.contracts import (
    Contract, ContractAction, ContractAmendment, ContractBenefit, ContractEnding,
    ContractEvaluation, ContractFamilyMember, ContractGoal, ContractInstrument,
)
from ops_desktop.domain.contracts import (
    ActionBy, AgreedAction, Assessment, Benefit, BenefitKind, ChosenInstrument, ContractDraft,
    ContractOutcome, ContractStatus, ContractVariant, Evaluation, FamilyMember,
    TerminationReason, format_contract_number,
)
from ops_desktop.domain.contract_views import (
    AmendmentView, ContractView, EndingView, PartOne, PartyView,
)
from ops_desktop.domain.enums import InstrumentCategory
from ops_desktop.services.office import SETTING_DEFAULTS

ASSESSMENT_FIELDS = ("causes", "resources", "limitations", "education", "profession",
                     "work_history", "earlier_activation")
_CHILD_TABLES = (ContractFamilyMember, ContractGoal, ContractAction, ContractInstrument,
                 ContractBenefit)


def person_address(person: Person) -> str:
    """"ul. Długa 5/3, 87-800 Włocławek" (the parts that are known)."""
    street = " ".join(p for p in (person.street, person.building) if p)
    if person.flat:
        street = f"{street}/{person.flat}" if street else person.flat
    town = " ".join(p for p in (person.postal_code, person.city) if p)
    return ", ".join(p for p in (street, town) if p)


def person_party(person: Person) -> PartyView:
    return PartyView(first_name=person.first_name, last_name=person.last_name,
                     pesel=person.pesel or person.other_id or "", address=person_address(person))


def office_address(office: Office | None) -> str:
    if office is None:
        return ""
    town = " ".join(p for p in (office.postal_code, office.city) if p)
    return ", ".join(p for p in (office.street, town) if p)


def caseworker_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return (user.full_name or user.username) if user else ""


def number_format(session: Session) -> str:
    row = session.get(Setting, "contract_number_format")
    return (row.value if row is not None and row.value.strip()
            else SETTING_DEFAULTS["contract_number_format"])


def next_number(session: Session, year: int) -> tuple[int, str]:
    """The next free place in the year's register and its formatted number, taken from the
    year's counter: another PC signing at the same moment gets the place after it."""
    seq = concurrency.take_numbers(session, year)[0]
    return seq, format_contract_number(number_format(session), seq, year)


# --- writing ------------------------------------------------------------------------------

def apply_scalars(contract: Contract, draft: ContractDraft) -> None:
    contract.person_id = draft.person_id
    contract.project_id = draft.project_id
    contract.group_id = draft.group_id
    contract.variant = draft.variant.value
    contract.referral_number = draft.referral_number.strip()
    contract.referral_date = draft.referral_date
    contract.place = draft.place.strip()
    contract.period_from = draft.period_from
    contract.period_to = draft.period_to
    contract.caseworker_id = draft.caseworker_id
    contract.caseworker_name = draft.caseworker_name.strip()
    for name in ASSESSMENT_FIELDS:
        setattr(contract, name, getattr(draft.assessment, name).strip())
    contract.main_goal = draft.main_goal.strip()


def child_rows(contract_id: int, draft: ContractDraft) -> dict[type, list[dict]]:
    """Rows of the child tables for `draft`, as plain dicts (for add_all or executemany)."""
    return {
        ContractFamilyMember: [
            {"contract_id": contract_id, "position": i, "person_id": m.person_id,
             "first_name": m.first_name.strip(), "last_name": m.last_name.strip(),
             "pesel": m.pesel.strip(), "relation": m.relation.strip()}
            for i, m in enumerate(draft.family)],
        ContractGoal: [
            {"contract_id": contract_id, "position": i, "text": g.strip()}
            for i, g in enumerate(g for g in draft.specific_goals if g.strip())],
        ContractAction: [
            {"contract_id": contract_id, "position": i, "description": a.description.strip(),
             "done_by": a.by.value if a.by else None, "done_by_other": a.by_other.strip(),
             "deadline": a.deadline, "verification": a.verification.strip()}
            for i, a in enumerate(draft.actions)],
        ContractInstrument: [
            {"contract_id": contract_id, "instrument_id": c.instrument_id, "position": i,
             "details": c.details.strip()}
            for i, c in enumerate(draft.instruments)],
        ContractBenefit: [
            {"contract_id": contract_id, "position": i, "kind": b.kind.value,
             "description": b.description.strip(), "amount": b.amount,
             "decision_number": b.decision_number.strip(), "decision_date": b.decision_date,
             "own_contribution": b.own_contribution}
            for i, b in enumerate(draft.benefits)],
    }


def write_children(session: Session, contract_id: int, draft: ContractDraft) -> None:
    for table in _CHILD_TABLES:
        session.execute(delete(table).where(table.contract_id == contract_id))
    for table, rows in child_rows(contract_id, draft).items():
        session.add_all(table(**row) for row in rows)
    write_evaluations(session, contract_id, draft.evaluations)


def write_evaluations(session: Session, contract_id: int, evaluations: list[Evaluation]) -> None:
    """Keep rows whose id is given (updated), add new ones, delete the rest."""
    existing = {row.id: row for row in session.execute(
        select(ContractEvaluation).where(ContractEvaluation.contract_id == contract_id)).scalars()}
    kept: set[int] = set()
    for item in evaluations:
        row = existing.get(item.id) if item.id is not None else None
        if row is None:
            row = ContractEvaluation(contract_id=contract_id)
            session.add(row)
        else:
            kept.add(row.id)
        row.planned_on, row.done_on = item.planned_on, item.done_on
        row.findings = item.findings.strip()
    for row_id, row in existing.items():
        if row_id not in kept:
            session.delete(row)
    session.flush()


# --- reading ------------------------------------------------------------------------------

def read_draft(session: Session, contract: Contract) -> ContractDraft:
    cid = contract.id

    def rows(table):
        order = table.position if hasattr(table, "position") else table.id
        return session.execute(select(table).where(table.contract_id == cid)
                               .order_by(order, table.id)).scalars().all()

    instruments = session.execute(
        select(ContractInstrument, Instrument).join(Instrument)
        .where(ContractInstrument.contract_id == cid).order_by(ContractInstrument.position)
    ).all()
    evaluations = session.execute(
        select(ContractEvaluation).where(ContractEvaluation.contract_id == cid)
        .order_by(ContractEvaluation.planned_on, ContractEvaluation.id)).scalars().all()
    return ContractDraft(
        person_id=contract.person_id, project_id=contract.project_id, group_id=contract.group_id,
        variant=ContractVariant(contract.variant), referral_number=contract.referral_number,
        referral_date=contract.referral_date, place=contract.place,
        period_from=contract.period_from, period_to=contract.period_to,
        caseworker_id=contract.caseworker_id, caseworker_name=contract.caseworker_name,
        family=[FamilyMember(m.first_name, m.last_name, m.pesel, m.relation, m.person_id)
                for m in rows(ContractFamilyMember)],
        assessment=Assessment(**{name: getattr(contract, name) for name in ASSESSMENT_FIELDS}),
        main_goal=contract.main_goal,
        specific_goals=[g.text for g in rows(ContractGoal)],
        actions=[AgreedAction(a.description, ActionBy(a.done_by) if a.done_by else None,
                              a.done_by_other, a.deadline, a.verification)
                 for a in rows(ContractAction)],
        instruments=[ChosenInstrument(ci.instrument_id, ci.details,
                                      InstrumentCategory(ins.category), ins.name)
                     for ci, ins in instruments],
        benefits=[Benefit(BenefitKind(b.kind), b.description, b.amount, b.decision_number,
                          b.decision_date, b.own_contribution)
                  for b in rows(ContractBenefit)],
        evaluations=[Evaluation(e.planned_on, e.done_on, e.findings, e.id) for e in evaluations],
    )


def part_one(session: Session, contract: Contract, draft: ContractDraft | None = None) -> PartOne:
    person = session.get(Person, contract.person_id)
    project = session.get(Project, contract.project_id)
    group = session.get(ProjectGroup, contract.group_id) if contract.group_id else None
    return PartOne(
        draft=draft or read_draft(session, contract),
        person=person_party(person) if person else PartyView("", "", "", ""),
        project_title=project.title if project else "", group_name=group.name if group else "")


def read_view(session: Session, contract: Contract) -> ContractView:
    amendments = session.execute(
        select(ContractAmendment).where(ContractAmendment.contract_id == contract.id)
        .order_by(ContractAmendment.number)).scalars().all()
    ending = session.get(ContractEnding, contract.id)
    project = session.get(Project, contract.project_id)
    return ContractView(
        id=contract.id, number=contract.number or "", status=ContractStatus(contract.status),
        signed_on=contract.signed_on, part_one=part_one(session, contract),
        original=PartOne.from_json(contract.signed_content) if contract.signed_content else None,
        amendments=tuple(AmendmentView(a.id, a.number, a.signed_on, a.scope,
                                       PartOne.from_json(a.content)) for a in amendments),
        ending=None if ending is None else EndingView(
            status=ContractStatus(ending.status), ended_on=ending.ended_on,
            outcome=ContractOutcome(ending.outcome) if ending.outcome else None,
            reason=TerminationReason(ending.reason) if ending.reason else None,
            justification=ending.justification),
        min_instruments=project.min_instruments if project else 0,
        clauses_version=contract.clauses_version,
        created_at=contract.created_at, updated_at=contract.updated_at,
        row_version=contract.version,
    )


def effective_end(session: Session, contract: Contract) -> dt.date | None:
    ending = session.get(ContractEnding, contract.id)
    if ending is not None and (contract.period_to is None or ending.ended_on < contract.period_to):
        return ending.ended_on
    return contract.period_to
