"""Consents a person signed (data processing, special-category data, image), each recording
the version of the text they signed; withdrawing keeps the record with its date.

Special-category consent is separate and optional: it is recorded only when given."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Consent
from ops_desktop.domain.document_texts import CONSENT_TEXT_KEYS
from ops_desktop.domain.enums import ConsentType
from ops_desktop.domain.errors import FieldProblem, NotFound, ValidationFailed
from ops_desktop.domain.intake_documents import consent_text_version
from ops_desktop.domain.participants import ConsentView
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit, document_texts
from ops_desktop.services.scope import person_in_reach
from ops_desktop.services.context import ServiceContext


def record_consents(ctx: ServiceContext, *, person_id: int, given_on: dt.date,
                    types: set[ConsentType]) -> list[ConsentView]:
    """Record the consents given on `given_on`, each with the current version of its text.
    A consent already in force on the same text is not recorded twice."""
    ctx.require(Permission.PARTICIPANT_WRITE)
    if given_on > dt.date.today():
        raise ValidationFailed([FieldProblem("given_on", "future")])
    with ctx.transaction() as session:
        person_in_reach(ctx, session, person_id)
        for consent_type in sorted(types):
            key = CONSENT_TEXT_KEYS[consent_type]
            version = consent_text_version(key, document_texts.latest(session, key).version)
            in_force = session.execute(
                select(Consent.id).where(Consent.person_id == person_id,
                                         Consent.type == consent_type.value,
                                         Consent.text_version == version,
                                         Consent.withdrawn_on.is_(None))).first()
            if in_force is not None:
                continue
            row = Consent(person_id=person_id, type=consent_type.value, text_version=version,
                          given_on=given_on)
            session.add(row)
            session.flush()
            audit.record(session, ctx.actor, "create", "consent", row.id, person_id=person_id,
                         type=consent_type.value, text_version=version)
        return of_person(session, person_id)


def withdraw_consent(ctx: ServiceContext, *, consent_id: int, on: dt.date) -> ConsentView:
    ctx.require(Permission.PARTICIPANT_WRITE)
    with ctx.transaction() as session:
        row = session.get(Consent, consent_id)
        if row is None:
            raise NotFound("consent", consent_id)
        person_in_reach(ctx, session, row.person_id)
        if on < row.given_on:
            raise ValidationFailed([FieldProblem("withdrawn_on", "before_given")])
        row.withdrawn_on = on
        audit.record(session, ctx.actor, "withdraw", "consent", row.id, person_id=row.person_id)
        return _view(row)


def consents_of(ctx: ServiceContext, *, person_id: int) -> list[ConsentView]:
    ctx.require(Permission.PARTICIPANT_READ)
    with ctx.reading() as session:
        person_in_reach(ctx, session, person_id)
        return of_person(session, person_id)


def of_person(session: Session, person_id: int) -> list[ConsentView]:
    """The person's consents, oldest first (inside the caller's session)."""
    rows = session.execute(select(Consent).where(Consent.person_id == person_id)
                           .order_by(Consent.given_on, Consent.id)).scalars()
    return [_view(row) for row in rows]


def _view(row: Consent) -> ConsentView:
    return ConsentView(id=row.id, person_id=row.person_id, type=ConsentType(row.type),
                       text_version=row.text_version, given_on=row.given_on,
                       withdrawn_on=row.withdrawn_on)
