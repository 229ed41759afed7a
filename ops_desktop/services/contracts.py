"""Social contracts: create and edit drafts, sign, amend, record evaluations, close or
terminate, read, find, and prepare for printing (lists are in `contract_lists.py`).

A contract is reached through its person: caseworkers reach their caseload's contracts,
coordinators also those of their projects' people (`services/scope.py`; outside one's reach
it is "not found"). Every change writes an audit entry with ids only, in the same
transaction. Warnings (too few instruments, an overlapping contract) never refuse: they come
back beside the result for the caller to show."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Office, Project, ProjectGroup
from ops_desktop.db.models.contracts import Contract, ContractAmendment, ContractEnding
from ops_desktop.domain.contracts import (
    AmendmentDraft, ContractDraft, ContractStatus, ContractVariant,
    ContractWarning, EndingDraft, Evaluation, instrument_warning, periods_overlap,
    require_amendable, require_editable_draft, require_open, signing_problems,
    validate_amendment, validate_contract, validate_ending,
)
from ops_desktop.domain.contract_views import ContractPrintView, ContractView
from ops_desktop.domain.document_texts import TextKey
from ops_desktop.domain.enums import LabourStatus
from ops_desktop.domain.errors import FieldProblem, NotFound, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit, contract_store as store, document_texts, edit_conflicts
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.scope import person_in_reach, row_in_reach

Result = tuple[ContractView, list[ContractWarning]]


def prefill(ctx: ServiceContext, *, person_id: int, project_id: int,
            group_id: int | None = None) -> ContractDraft:
    """A new draft for a person in a project: caseworker, place, variant, period guessed."""
    ctx.require(Permission.CONTRACT_WRITE)
    with ctx.reading() as session:
        person = person_in_reach(ctx, session, person_id)
        project = session.get(Project, project_id)
        if project is None:
            raise NotFound("project", project_id)
        office = session.execute(select(Office).limit(1)).scalar()
        caseworker = person.caseworker_id or ctx.actor.user_id
        start = max(project.start_date, min(dt.date.today(), project.end_date))
        end = min(project.end_date, start + dt.timedelta(days=182))
        variant = (ContractVariant.B if person.labour_status
                   == LabourStatus.UNEMPLOYED_REGISTERED.value else ContractVariant.A)
        return ContractDraft(
            person_id=person_id, project_id=project_id, group_id=group_id, variant=variant,
            place=office.city if office else "", period_from=start, period_to=end,
            caseworker_id=caseworker,
            caseworker_name=store.caseworker_name(session, caseworker) or ctx.actor.full_name,
        )


def create_contract(ctx: ServiceContext, *, draft: ContractDraft) -> Result:
    ctx.require(Permission.CONTRACT_WRITE)
    _check(draft)
    with ctx.transaction() as session:
        person_in_reach(ctx, session, draft.person_id)
        _check_project(session, draft)
        _fill_caseworker(session, draft)
        now = dt.datetime.now()
        contract = Contract(status=ContractStatus.DRAFT.value, created_at=now, updated_at=now)
        store.apply_scalars(contract, draft)
        session.add(contract)
        session.flush()
        store.write_children(session, contract.id, draft)
        audit.record(session, ctx.actor, "create", "contract", contract.id,
                     person_id=draft.person_id, project_id=draft.project_id)
        return store.read_view(session, contract), _overlaps(session, contract)


def update_contract(ctx: ServiceContext, *, contract_id: int, draft: ContractDraft,
                    version: int | None = None) -> Result:
    """Change a draft (a signed contract changes only by `amend_contract`). `version`: the
    `ContractView.row_version` the draft was made from (EditConflict if saved since)."""
    ctx.require(Permission.CONTRACT_WRITE)
    _check(draft)
    with ctx.transaction() as session:
        contract = _load_current(ctx, session, contract_id, version)
        require_editable_draft(ContractStatus(contract.status))
        person_in_reach(ctx, session, draft.person_id)
        _check_project(session, draft)
        _fill_caseworker(session, draft)
        store.apply_scalars(contract, draft)
        contract.updated_at = dt.datetime.now()
        store.write_children(session, contract.id, draft)
        audit.record(session, ctx.actor, "update", "contract", contract.id)
        return store.read_view(session, contract), _overlaps(session, contract)


def delete_draft(ctx: ServiceContext, *, contract_id: int) -> None:
    ctx.require(Permission.CONTRACT_WRITE)
    with ctx.transaction() as session:
        contract = _load(ctx, session, contract_id)
        require_editable_draft(ContractStatus(contract.status))
        session.delete(contract)
        audit.record(session, ctx.actor, "delete", "contract", contract_id)


def check_signing(ctx: ServiceContext, *, contract_id: int, signed_on: dt.date | None
                  ) -> tuple[list[FieldProblem], list[ContractWarning]]:
    """What signing would refuse (problems) and what it would warn about, without signing."""
    ctx.require(Permission.CONTRACT_READ)
    with ctx.reading() as session:
        contract = _load(ctx, session, contract_id)
        require_editable_draft(ContractStatus(contract.status))
        return _signing_check(session, contract, signed_on)


def sign_contract(ctx: ServiceContext, *, contract_id: int, signed_on: dt.date) -> Result:
    """Sign a draft: every missing field refuses it (all listed at once); the number comes
    from the register of the signing year; Part I as signed is kept for printing."""
    ctx.require(Permission.CONTRACT_WRITE)
    with ctx.transaction() as session:
        contract = _load(ctx, session, contract_id)
        require_editable_draft(ContractStatus(contract.status))
        problems, warnings = _signing_check(session, contract, signed_on)
        if problems:
            raise ValidationFailed(problems)
        contract.seq, contract.number = store.next_number(session, signed_on.year)
        contract.year = signed_on.year
        contract.signed_on = signed_on
        contract.status = ContractStatus.SIGNED.value
        contract.clauses_version = document_texts.latest(session, TextKey.CONTRACT_CLAUSES).version
        contract.signed_content = store.part_one(session, contract).to_json()
        contract.updated_at = dt.datetime.now()
        session.flush()
        audit.record(session, ctx.actor, "sign", "contract", contract.id, seq=contract.seq,
                     year=contract.year, warnings=[w.code for w in warnings])
        return store.read_view(session, contract), warnings


def amend_contract(ctx: ServiceContext, *, contract_id: int, amendment: AmendmentDraft,
                   draft: ContractDraft, version: int | None = None) -> Result:
    """Aneks: Part I becomes `draft` (same person and project), numbered 1, 2…; refused for a
    draft (edit it instead) and for a closed or terminated contract. `version` as in
    `update_contract`."""
    ctx.require(Permission.CONTRACT_WRITE)
    _check(draft)
    with ctx.transaction() as session:
        contract = _load_current(ctx, session, contract_id, version)
        require_amendable(ContractStatus(contract.status))
        last = session.execute(
            select(ContractAmendment).where(ContractAmendment.contract_id == contract.id)
            .order_by(ContractAmendment.number.desc()).limit(1)).scalar()
        problems = validate_amendment(amendment, signed_on=contract.signed_on,
                                      last_amendment_on=last.signed_on if last else None)
        draft = replace(draft, person_id=contract.person_id, project_id=contract.project_id)
        project = session.get(Project, contract.project_id)
        problems += signing_problems(draft, signed_on=contract.signed_on,
                                     project_start=project.start_date,
                                     project_end=project.end_date)
        if problems:
            raise ValidationFailed(problems)
        _fill_caseworker(session, draft)
        store.apply_scalars(contract, draft)
        store.write_children(session, contract.id, draft)
        session.flush()
        number = (last.number if last else 0) + 1
        row = ContractAmendment(
            contract_id=contract.id, number=number, signed_on=amendment.signed_on,
            scope=amendment.scope.strip(), content=store.part_one(session, contract).to_json(),
            clauses_version=document_texts.latest(session, TextKey.AMENDMENT_CLAUSES).version,
            created_at=dt.datetime.now())
        session.add(row)
        contract.status = ContractStatus.AMENDED.value
        contract.updated_at = dt.datetime.now()
        session.flush()
        audit.record(session, ctx.actor, "amend", "contract", contract.id, amendment=number)
        warnings = [w for w in [instrument_warning(draft, project.min_instruments)] if w]
        return store.read_view(session, contract), warnings + _overlaps(session, contract)


def save_evaluations(ctx: ServiceContext, *, contract_id: int,
                     evaluations: list[Evaluation]) -> ContractView:
    """Part II: record held evaluations (date, findings) and plan further ones."""
    ctx.require(Permission.CONTRACT_WRITE)
    with ctx.transaction() as session:
        contract = _load(ctx, session, contract_id)
        require_open(ContractStatus(contract.status))
        problems = []
        for row, item in enumerate(evaluations, start=1):
            if item.planned_on is None and item.done_on is None:
                problems.append(FieldProblem("evaluations", "date_required", {"row": row}))
            if item.done_on and item.done_on < contract.signed_on:
                problems.append(FieldProblem("evaluations", "before_signing", {"row": row}))
            if item.done_on and item.done_on > dt.date.today():
                problems.append(FieldProblem("evaluations", "future", {"row": row}))
        if problems:
            raise ValidationFailed(problems)
        store.write_evaluations(session, contract.id, evaluations)
        contract.updated_at = dt.datetime.now()
        audit.record(session, ctx.actor, "evaluate", "contract", contract.id)
        return store.read_view(session, contract)


def close_contract(ctx: ServiceContext, *, contract_id: int, ending: EndingDraft) -> ContractView:
    """End as agreed, with the final assessment (goal reached fully / partly / not)."""
    return _end(ctx, contract_id, ending, terminate=False)


def terminate_contract(ctx: ServiceContext, *, contract_id: int,
                       ending: EndingDraft) -> ContractView:
    """End early, with a reason (withdrew, breach, change of circumstances…)."""
    return _end(ctx, contract_id, ending, terminate=True)


def get_contract(ctx: ServiceContext, *, contract_id: int) -> ContractView:
    ctx.require(Permission.CONTRACT_READ)
    with ctx.reading() as session:
        return store.read_view(session, _load(ctx, session, contract_id))


def find_by_number(ctx: ServiceContext, *, number: str) -> int:
    ctx.require(Permission.CONTRACT_READ)
    with ctx.reading() as session:
        found = session.execute(select(Contract).where(Contract.number == number.strip())).scalar()
        if found is None:
            raise NotFound("contract", number)
        return _load(ctx, session, found.id).id


def print_view(ctx: ServiceContext, *, contract_id: int,
               amendment: int | None = None) -> ContractPrintView:
    """What the contract PDF needs: the contract with the office, the funding line and the
    clause texts in the versions it was signed with (the current ones for a draft)."""
    ctx.require(Permission.CONTRACT_READ, Permission.PRINT)
    with ctx.transaction() as session:
        contract = _load(ctx, session, contract_id)
        view = store.read_view(session, contract)
        if amendment is not None:
            view.version(amendment)  # refuses a version that does not exist
        office = session.execute(select(Office).limit(1)).scalar()
        project = session.get(Project, contract.project_id)
        clauses = document_texts.at_version(session, TextKey.CONTRACT_CLAUSES,
                                            contract.clauses_version)
        amendment_version = None
        if view.amendments:
            amendment_version = session.execute(
                select(ContractAmendment.clauses_version)
                .where(ContractAmendment.contract_id == contract.id)
                .order_by(ContractAmendment.number.desc()).limit(1)).scalar()
        amendment_clauses = document_texts.at_version(session, TextKey.AMENDMENT_CLAUSES,
                                                      amendment_version)
        versions = {TextKey.CONTRACT_CLAUSES.value: clauses.version,
                    TextKey.AMENDMENT_CLAUSES.value: amendment_clauses.version}
        funding = project.funding_line if project and project.funding_line else ""
        if not funding:
            default = document_texts.latest(session, TextKey.FUNDING_LINE)
            funding = default.text
            versions[TextKey.FUNDING_LINE.value] = default.version
        return ContractPrintView(
            contract=view, office_name=office.name if office else "",
            office_address=store.office_address(
                office), head_name=office.head_name if office else "",
            head_title=office.head_title if office else "", funding_line=funding,
            clauses=clauses.text, amendment_clauses=amendment_clauses.text,
            text_versions=versions, amendment=amendment)


def record_print(ctx: ServiceContext, *, contract_id: int, action: str = "print",
                 amendment: int | None = None, text_versions: dict[str, int] | None = None) -> None:
    """Audit that a contract was printed ("print") or saved to a file ("export")."""
    ctx.require(Permission.PRINT)
    with ctx.transaction() as session:
        _load(ctx, session, contract_id)
        audit.record(session, ctx.actor, action, "contract", contract_id, amendment=amendment,
                     text_versions=text_versions or {})


# --- helpers --------------------------------------------------------------------------------

def _check(draft: ContractDraft) -> None:
    problems = validate_contract(draft)
    if problems:
        raise ValidationFailed(problems)


def _load(ctx: ServiceContext, session: Session, contract_id: int) -> Contract:
    return row_in_reach(ctx, session, Contract, contract_id, "contract")


def _load_current(ctx: ServiceContext, session: Session, contract_id: int,
                  version: int | None) -> Contract:
    """The contract, held for this transaction, when nobody saved it since `version`."""
    edit_conflicts.lock(session, Contract, contract_id)
    contract = _load(ctx, session, contract_id)
    edit_conflicts.check_version(session, entity="contract", entity_id=contract_id,
                                 current=contract.version, seen=version)
    return contract


def _check_project(session: Session, draft: ContractDraft) -> None:
    if session.get(Project, draft.project_id) is None:
        raise NotFound("project", draft.project_id)
    if draft.group_id is not None:
        group = session.get(ProjectGroup, draft.group_id)
        if group is None or group.project_id != draft.project_id:
            raise ValidationFailed([FieldProblem("group_id", "not_in_project")])


def _fill_caseworker(session: Session, draft: ContractDraft) -> None:
    if not draft.caseworker_name.strip():
        draft.caseworker_name = store.caseworker_name(session, draft.caseworker_id)


def _signing_check(session: Session, contract: Contract, signed_on: dt.date | None
                   ) -> tuple[list[FieldProblem], list[ContractWarning]]:
    draft = store.read_draft(session, contract)
    project = session.get(Project, contract.project_id)
    problems = signing_problems(draft, signed_on=signed_on, project_start=project.start_date,
                                project_end=project.end_date)
    warnings = [w for w in [instrument_warning(draft, project.min_instruments)] if w]
    return problems, warnings + _overlaps(session, contract)


def _overlaps(session: Session, contract: Contract) -> list[ContractWarning]:
    """Other contracts of the same person in the same project whose periods overlap."""
    others = session.execute(
        select(Contract).where(Contract.person_id == contract.person_id,
                               Contract.project_id == contract.project_id,
                               Contract.id != contract.id)).scalars()
    mine_end = store.effective_end(session, contract)
    return [ContractWarning("overlap", {"contract_id": other.id, "number": other.number or ""})
            for other in others
            if periods_overlap(contract.period_from, mine_end, other.period_from,
                               store.effective_end(session, other))]


def _end(ctx: ServiceContext, contract_id: int, ending: EndingDraft, *,
         terminate: bool) -> ContractView:
    ctx.require(Permission.CONTRACT_WRITE)
    with ctx.transaction() as session:
        contract = _load(ctx, session, contract_id)
        require_open(ContractStatus(contract.status))
        problems = validate_ending(ending, terminate=terminate, signed_on=contract.signed_on)
        if problems:
            raise ValidationFailed(problems)
        status = ContractStatus.TERMINATED if terminate else ContractStatus.CLOSED
        session.add(ContractEnding(
            contract_id=contract.id, status=status.value, ended_on=ending.ended_on,
            outcome=None if terminate or ending.outcome is None else ending.outcome.value,
            reason=ending.reason.value if terminate and ending.reason else None,
            justification=ending.justification.strip(), created_at=dt.datetime.now()))
        contract.status = status.value
        contract.updated_at = dt.datetime.now()
        session.flush()
        audit.record(session, ctx.actor, "terminate" if terminate else "close", "contract",
                     contract.id)
        return store.read_view(session, contract)

