"""What the printed documents of intake need: the participation declaration, the information
notice with the consent form, and the participant card; and the audit entry of each print.

The texts are the office's current versions (for a consent already given: the version the
person signed); the participant card shows special-category answers only to those allowed to
read them, and reading them that way is audited like opening the person."""

from __future__ import annotations

import datetime as dt
import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Office, Participation, Person, Project, ProjectGroup
from ops_desktop.domain.contract_views import ContractFilter, ContractRow, ContractView
from ops_desktop.domain.documents import PrintedDocument
from ops_desktop.domain.document_texts import CONSENT_TEXT_KEYS, TextKey, fill_placeholders
from ops_desktop.domain.enums import Education, LabourStatus, Sex
from ops_desktop.domain.errors import NotFound
from ops_desktop.domain.intake_documents import (
    ContractSummary, IntakePrintView, ParticipantCardView, PersonSheet,
    parse_consent_text_version,
)
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import (
    audit, consents, contract_lists, contract_store as store, contracts, document_texts,
    enrolment, participants, scope,
)
from ops_desktop.services.context import ServiceContext

DECLARATION = "declaration"
CONSENT_FORM = "consent_form"
PARTICIPANT_CARD = "participant_card"


def declaration_view(ctx: ServiceContext, *, participation_id: int) -> IntakePrintView:
    return _intake_view(ctx, participation_id, [TextKey.DECLARATION], signed={})


def consent_form_view(ctx: ServiceContext, *, participation_id: int) -> IntakePrintView:
    """The information notice and the three consents; a consent in force prints in the
    version of the text the person signed."""
    ctx.require(Permission.PARTICIPANT_READ, Permission.PRINT)
    with ctx.reading() as session:
        person_id = _participation(ctx, session, participation_id).person_id
    given = [c for c in consents.consents_of(ctx, person_id=person_id) if c.withdrawn_on is None]
    signed: dict[TextKey, int] = {}
    for consent in given:
        key = CONSENT_TEXT_KEYS[consent.type]
        version = parse_consent_text_version(consent.text_version, key)
        if version is not None:
            signed[key] = version
    keys = [TextKey.INFORMATION_NOTICE, *CONSENT_TEXT_KEYS.values()]
    return _intake_view(ctx, participation_id, keys, signed=signed)


def participant_card_view(ctx: ServiceContext, *, participation_id: int) -> ParticipantCardView:
    ctx.require(Permission.PARTICIPANT_READ, Permission.PRINT)
    with ctx.reading() as session:
        row = _participation(ctx, session, participation_id)
        person_id = row.person_id
        sheet = _sheet(session.get(Person, person_id))
        office_name, address, funding, funding_version = _frame(session, row.project_id)
    person = participants.get_person(ctx, person_id=person_id)  # audits a sensitive read
    views = enrolment.participations_of(ctx, person_id=person_id)
    summaries: list[ContractSummary] = []
    if ctx.can(Permission.CONTRACT_READ):
        for contract_row in contract_lists.list_contracts(ctx, flt=ContractFilter(
                person_id=person_id)):
            view = contracts.get_contract(ctx, contract_id=contract_row.id)
            summaries.append(_summary(contract_row, view))
    return ParticipantCardView(
        office_name=office_name, office_address=address, funding_line=funding, person=sheet,
        participation=next(v for v in views if v.id == participation_id),
        other_participations=tuple(v for v in views if v.id != participation_id),
        sensitive=dict(person.draft.sensitive) if ctx.can(Permission.SENSITIVE_READ) else None,
        disability_degree=(person.draft.disability_degree
                           if ctx.can(Permission.SENSITIVE_READ) else None),
        consents=tuple(consents.consents_of(ctx, person_id=person_id)),
        contracts=tuple(sorted(summaries, key=lambda s: (s.row.period_from or dt.date.min))),
        printed_by=ctx.actor.full_name or ctx.actor.username, printed_on=dt.date.today(),
        text_versions=funding_version)


def record_print(ctx: ServiceContext, *, participation_id: int, document: str,
                 action: str = "print", text_versions: dict[str, int] | None = None) -> None:
    """Audit a printed ("print") or saved ("export") intake document: ids and versions only."""
    ctx.require(Permission.PRINT)
    with ctx.transaction() as session:
        row = _participation(ctx, session, participation_id)
        audit.record(session, ctx.actor, action, "participation", row.id, document=document,
                     person_id=row.person_id, text_versions=text_versions or {})


def declaration_pdf(ctx: ServiceContext, *, participation_id: int) -> PrintedDocument:
    from ops_desktop.reporting.declaration_pdf import render_declaration

    return _printed(ctx, participation_id, render_declaration, declaration_view, DECLARATION)


def consent_form_pdf(ctx: ServiceContext, *, participation_id: int) -> PrintedDocument:
    from ops_desktop.reporting.consent_form_pdf import render_consent_form

    return _printed(ctx, participation_id, render_consent_form, consent_form_view, CONSENT_FORM)


def participant_card_pdf(ctx: ServiceContext, *, participation_id: int) -> PrintedDocument:
    from ops_desktop.reporting.participant_card_pdf import render_participant_card

    return _printed(ctx, participation_id, render_participant_card, participant_card_view,
                    PARTICIPANT_CARD)

# --- helpers --------------------------------------------------------------------------------

def _printed(ctx: ServiceContext, participation_id: int, render, view_of, stem: str
             ) -> PrintedDocument:
    """`view_of`'s view of the participation rendered by `render`, named "<stem>-<id>.pdf",
    with the versions of the document texts it printed."""
    ctx.require(Permission.PARTICIPANT_READ, Permission.PRINT)
    view = view_of(ctx, participation_id=participation_id)
    buffer = io.BytesIO()
    render(view, buffer)
    return PrintedDocument(buffer.getvalue(), f"{stem}-{participation_id}.pdf",
                           text_versions=dict(view.text_versions))


def _intake_view(ctx: ServiceContext, participation_id: int, keys: list[TextKey], *,
                 signed: dict[TextKey, int]) -> IntakePrintView:
    ctx.require(Permission.PARTICIPANT_READ, Permission.PRINT)
    with ctx.transaction() as session:
        row = _participation(ctx, session, participation_id)
        person = session.get(Person, row.person_id)
        project = session.get(Project, row.project_id)
        group = session.get(ProjectGroup, row.group_id) if row.group_id else None
        office_name, address, funding, funding_version = _frame(session, row.project_id)
        texts, versions = {}, {}
        for key in keys:
            text = document_texts.at_version(session, key, signed.get(key))
            texts[key] = fill_placeholders(text.text, office=office_name,
                                           office_address=address, project=project.title)
            versions[key.value] = text.version
        versions.update(funding_version)
        return IntakePrintView(
            office_name=office_name, office_address=address, funding_line=funding,
            person=_sheet(person), project_title=project.title,
            group_name=group.name if group else "", participation_start=row.start_date,
            texts=texts, text_versions=versions,
            consents=tuple(consents.of_person(session, person.id)))


def _participation(ctx: ServiceContext, session: Session, participation_id: int) -> Participation:
    row = session.get(Participation, participation_id)
    if row is None:
        raise NotFound("participation", participation_id)
    try:
        scope.person_in_reach(ctx, session, row.person_id)
    except NotFound:
        raise NotFound("participation", participation_id) from None
    return row


def _frame(session: Session, project_id: int) -> tuple[str, str, str, dict[str, int]]:
    """Office name, office address and the funding line for the page header, with the
    version of the office's funding-line text when the project has no line of its own."""
    office = session.execute(select(Office).limit(1)).scalar()
    project = session.get(Project, project_id)
    funding = (project.funding_line or "").strip() if project else ""
    versions: dict[str, int] = {}
    if not funding:
        text = document_texts.latest(session, TextKey.FUNDING_LINE)
        funding, versions[TextKey.FUNDING_LINE.value] = text.text, text.version
    return (office.name if office else ""), store.office_address(office), funding, versions


def _sheet(person: Person) -> PersonSheet:
    return PersonSheet(
        first_name=person.first_name, last_name=person.last_name,
        pesel=person.pesel or person.other_id or "", birth_date=person.birth_date,
        sex=Sex(person.sex) if person.sex else None, address=store.person_address(person),
        phone=person.phone, email=person.email,
        education=Education(person.education) if person.education else None,
        labour_status=LabourStatus(person.labour_status) if person.labour_status else None,
        long_term_unemployed=person.long_term_unemployed)


def _summary(row: ContractRow, view: ContractView) -> ContractSummary:
    draft = view.draft
    return ContractSummary(
        row=row, instruments=tuple(c.name for c in draft.instruments),
        benefits_total=sum(b.amount for b in draft.benefits),
        own_contribution_total=sum(b.amount for b in draft.benefits if b.own_contribution),
        evaluations=tuple((e.planned_on, e.done_on) for e in draft.evaluations),
        ending=view.ending)
