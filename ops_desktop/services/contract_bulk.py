"""Many signed contracts at once (the demo database; an import could use it too): every item
is checked by the same domain rules as one contract signed in the dialog, then all rows are
written with SQLAlchemy Core `executemany` in one transaction, numbered from the yearly
register in the order given, with one audit entry for the batch."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ops_desktop.db.repositories import concurrency
from ops_desktop.db.models import Instrument, Person, Project, ProjectGroup
from ops_desktop.db.models.contracts import (
    Contract, ContractAmendment, ContractEnding, ContractEvaluation,
)
from ops_desktop.domain.contract_views import PartOne
from ops_desktop.domain.contracts import (
    AmendmentDraft, ChosenInstrument, ContractDraft, ContractStatus, EndingDraft, Evaluation,
    format_contract_number, signing_problems, validate_amendment, validate_ending,
)
from ops_desktop.domain.document_texts import TextKey
from ops_desktop.domain.enums import InstrumentCategory
from ops_desktop.domain.errors import FieldProblem, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit, contract_store as store, document_texts
from ops_desktop.services.context import ServiceContext


@dataclass
class BulkContract:
    draft: ContractDraft                       # Part I as signed
    signed_on: dt.date
    amendments: list[tuple[AmendmentDraft, ContractDraft]] = field(default_factory=list)
    ending: EndingDraft | None = None
    terminate: bool = False
    evaluations: list[Evaluation] | None = None  # Part II as held; default: the last content's


def add_signed_contracts(ctx: ServiceContext, *, items: list[BulkContract]) -> list[int]:
    """Write `items` as signed (amended, closed, terminated) contracts; returns their ids.
    Refuses the whole batch (ValidationFailed, `params["item"]` = position) if one is wrong."""
    ctx.require(Permission.CONTRACT_WRITE)
    with ctx.transaction() as session:
        projects = {p.id: p for p in session.execute(select(Project)).scalars()}
        _check(items, projects)
        catalogue = {i.id: (InstrumentCategory(i.category), i.name)
                     for i in session.execute(select(Instrument)).scalars()}
        people = _people(session, {item.draft.person_id for item in items})
        groups = dict(session.execute(select(ProjectGroup.id, ProjectGroup.name)).all())
        clauses = document_texts.latest(session, TextKey.CONTRACT_CLAUSES).version
        amendment_clauses = document_texts.latest(session, TextKey.AMENDMENT_CLAUSES).version
        fmt = store.number_format(session)
        wanted: dict[int, int] = defaultdict(int)
        for item in items:
            wanted[item.signed_on.year] += 1
        next_seq = {year: concurrency.take_numbers(session, year, count)[0] - 1
                    for year, count in sorted(wanted.items())}
        contract_ids = concurrency.reserve_ids(session, Contract.__table__.c.id, len(items))
        now = dt.datetime.now()
        rows: dict[type, list[dict]] = defaultdict(list)
        for contract_id, item in zip(contract_ids, items, strict=True):
            year = item.signed_on.year
            next_seq[year] += 1

            def part(draft: ContractDraft, item: BulkContract = item) -> PartOne:
                named = replace(draft, instruments=[
                    ChosenInstrument(c.instrument_id, c.details, *catalogue[c.instrument_id])
                    for c in draft.instruments])
                return PartOne(named, people[item.draft.person_id],
                               projects[item.draft.project_id].title,
                               groups.get(item.draft.group_id, "") if item.draft.group_id else "")

            current = item.amendments[-1][1] if item.amendments else item.draft
            status = (ContractStatus.TERMINATED if item.ending and item.terminate
                      else ContractStatus.CLOSED if item.ending
                      else ContractStatus.AMENDED if item.amendments else ContractStatus.SIGNED)
            row = _scalars(current)
            row.update(id=contract_id, status=status.value, year=year, seq=next_seq[year],
                       number=format_contract_number(fmt, next_seq[year], year),
                       signed_on=item.signed_on, clauses_version=clauses,
                       signed_content=part(item.draft).to_json(), created_at=now,
                       updated_at=now)
            rows[Contract].append(row)
            for table, children in store.child_rows(contract_id, current).items():
                rows[table] += children
            held = item.evaluations if item.evaluations is not None else current.evaluations
            rows[ContractEvaluation] += [
                {"contract_id": contract_id, "planned_on": e.planned_on, "done_on": e.done_on,
                 "findings": e.findings} for e in held]
            for number, (amendment, content) in enumerate(item.amendments, start=1):
                rows[ContractAmendment].append({
                    "contract_id": contract_id, "number": number,
                    "signed_on": amendment.signed_on, "scope": amendment.scope,
                    "content": part(content).to_json(), "clauses_version": amendment_clauses,
                    "created_at": now})
            if item.ending is not None:
                e = item.ending
                rows[ContractEnding].append({
                    "contract_id": contract_id, "status": status.value, "ended_on": e.ended_on,
                    "outcome": e.outcome.value if e.outcome and not item.terminate else None,
                    "reason": e.reason.value if e.reason and item.terminate else None,
                    "justification": e.justification, "created_at": now})
        connection = session.connection()
        for table in (Contract, *[t for t in rows if t is not Contract]):
            if rows[table]:  # Core executemany: the ORM's bulk path costs several times more
                connection.execute(insert(table.__table__), rows[table])
        if contract_ids:
            audit.record(session, ctx.actor, "bulk_create", "contract", None,
                         count=len(contract_ids), first_id=contract_ids[0],
                         last_id=contract_ids[-1])
        return contract_ids


def _check(items: list[BulkContract], projects: dict[int, Project]) -> None:
    today = dt.date.today()
    for position, item in enumerate(items):
        project = projects[item.draft.project_id]
        problems = signing_problems(item.draft, signed_on=item.signed_on,
                                    project_start=project.start_date,
                                    project_end=project.end_date, today=today)
        last = None
        for amendment, content in item.amendments:
            problems += validate_amendment(amendment, signed_on=item.signed_on,
                                           last_amendment_on=last, today=today)
            problems += signing_problems(content, signed_on=item.signed_on,
                                         project_start=project.start_date,
                                         project_end=project.end_date, today=today)
            last = amendment.signed_on
        if item.ending is not None:
            problems += validate_ending(item.ending, terminate=item.terminate,
                                        signed_on=item.signed_on, today=today)
        if problems:
            raise ValidationFailed([FieldProblem(p.field, p.code, {**p.params, "item": position})
                                    for p in problems])


def _people(session: Session, ids: set[int]):
    found = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start:start + 500]
        for person in session.execute(select(Person).where(Person.id.in_(chunk))).scalars():
            found[person.id] = store.person_party(person)
    return found


def _scalars(draft: ContractDraft) -> dict[str, object]:
    contract = Contract()
    store.apply_scalars(contract, draft)
    names = ("person_id", "project_id", "group_id", "variant", "referral_number",
             "referral_date", "place", "period_from", "period_to", "caseworker_id",
             "caseworker_name", *store.ASSESSMENT_FIELDS, "main_goal")
    return {name: getattr(contract, name) for name in names}
