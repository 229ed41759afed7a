"""Individual support (consultations with a psychologist, career adviser, lawyer…): the
entries of a person's individual support card in a project, and the card to print.

An entry's day must fall within the project's period and its hours be more than zero; the
person's participation must have started by that day."""

from __future__ import annotations

import datetime as dt
import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Participation, Person, Project, ProjectGroup
from ops_desktop.db.models.activities import Activity, SupportEntry
from ops_desktop.domain.activities import (
    SpecialistKind, SupportCardView, SupportEntryDraft, SupportEntryView, validate_support_entry,
)
from ops_desktop.domain.documents import PrintedDocument
from ops_desktop.domain.errors import FieldProblem, NotFound, RuleViolation, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit, scope
from ops_desktop.services.activities import office_lines
from ops_desktop.services.attendance import STARTED
from ops_desktop.services.context import ServiceContext


def add_entry(ctx: ServiceContext, *, draft: SupportEntryDraft) -> SupportEntryView:
    ctx.require(Permission.ATTENDANCE_WRITE)
    with ctx.transaction() as session:
        participation = _checked(ctx, session, draft)
        row = SupportEntry(participation_id=participation.id, created_at=dt.datetime.now())
        _apply(row, draft)
        session.add(row)
        session.flush()
        audit.record(session, ctx.actor, "create", "support_entry", row.id,
                     participation_id=participation.id)
        return _view(session, row)


def update_entry(ctx: ServiceContext, *, entry_id: int,
                 draft: SupportEntryDraft) -> SupportEntryView:
    ctx.require(Permission.ATTENDANCE_WRITE)
    with ctx.transaction() as session:
        row = _load(session, entry_id)
        if draft.participation_id != row.participation_id:
            raise ValidationFailed([FieldProblem("participation_id", "cannot_change")])
        _checked(ctx, session, draft)
        _apply(row, draft)
        audit.record(session, ctx.actor, "update", "support_entry", entry_id)
        return _view(session, row)


def delete_entry(ctx: ServiceContext, *, entry_id: int) -> None:
    ctx.require(Permission.ATTENDANCE_WRITE)
    with ctx.transaction() as session:
        row = _load(session, entry_id)
        scope.participation_in_reach(ctx, session, row.participation_id)
        session.delete(row)
        audit.record(session, ctx.actor, "delete", "support_entry", entry_id)


def list_entries(ctx: ServiceContext, *, participation_id: int) -> list[SupportEntryView]:
    ctx.require(Permission.ACTIVITY_READ)
    with ctx.reading() as session:
        scope.participation_in_reach(ctx, session, participation_id)
        rows = session.execute(select(SupportEntry).where(
            SupportEntry.participation_id == participation_id)
            .order_by(SupportEntry.day, SupportEntry.time_from, SupportEntry.id)).scalars()
        return [_view(session, r) for r in rows]


def card(ctx: ServiceContext, *, participation_id: int) -> SupportCardView:
    """The individual support card of a person in a project, for printing."""
    ctx.require(Permission.ACTIVITY_READ, Permission.PRINT)
    with ctx.reading() as session:
        participation = scope.participation_in_reach(ctx, session, participation_id)
        person = session.get(Person, participation.person_id)
        project = session.get(Project, participation.project_id)
        group = session.get(ProjectGroup,
                            participation.group_id) if participation.group_id else None
        entries = tuple(
            _view(session, r) for r in session.execute(
                select(SupportEntry).where(SupportEntry.participation_id == participation_id)
                .order_by(SupportEntry.day, SupportEntry.time_from, SupportEntry.id)).scalars())
        return SupportCardView(
            office_lines(session), project.title, project.funding_line,
            f"{person.first_name} {person.last_name}", person.pesel or "",
            group.name if group else "", entries, sum(e.draft.hours for e in entries),
            project.teaching_hour_minutes)


def card_pdf(ctx: ServiceContext, *, participation_id: int) -> PrintedDocument:
    """The card rendered by reporting/support_card_pdf.py."""
    from ops_desktop.reporting.support_card_pdf import render_support_card

    ctx.require(Permission.ACTIVITY_READ, Permission.PRINT)
    buffer = io.BytesIO()
    render_support_card(card(ctx, participation_id=participation_id), buffer)
    return PrintedDocument(buffer.getvalue(), f"karta-wsparcia-{participation_id}.pdf")


def record_print(ctx: ServiceContext, *, participation_id: int) -> None:
    ctx.require(Permission.PRINT)
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, "print", "participation", participation_id,
                     document="support_card")


def _checked(ctx: ServiceContext, session: Session, draft: SupportEntryDraft) -> Participation:
    participation = scope.participation_in_reach(ctx, session, draft.participation_id)
    project = session.get(Project, participation.project_id)
    problems = validate_support_entry(draft, project_start=project.start_date,
                                      project_end=project.end_date)
    if draft.activity_id is not None:
        activity = session.get(Activity, draft.activity_id)
        if activity is None or activity.project_id != participation.project_id:
            problems.append(FieldProblem("activity_id", "not_in_project"))
    if problems:
        raise ValidationFailed(problems)
    if participation.status not in STARTED or participation.start_date is None or (
            draft.day < participation.start_date):
        raise RuleViolation("attendance_not_started", day=draft.day,
                            start=participation.start_date)
    if participation.end_date is not None and draft.day > participation.end_date:
        raise RuleViolation("attendance_after_end", day=draft.day, end=participation.end_date)
    return participation


def _load(session: Session, entry_id: int) -> SupportEntry:
    row = session.get(SupportEntry, entry_id)
    if row is None:
        raise NotFound("support_entry", entry_id)
    return row


def _apply(row: SupportEntry, draft: SupportEntryDraft) -> None:
    row.activity_id = draft.activity_id
    row.day, row.time_from, row.time_to = draft.day, draft.time_from, draft.time_to
    row.hours_x100 = draft.hours
    row.topic, row.specialist = draft.topic.strip(), draft.specialist.strip()
    row.specialist_kind = draft.specialist_kind.value


def _view(session: Session, row: SupportEntry) -> SupportEntryView:
    activity = session.get(Activity, row.activity_id) if row.activity_id else None
    draft = SupportEntryDraft(
        participation_id=row.participation_id, day=row.day, hours=row.hours_x100, topic=row.topic,
        specialist=row.specialist, specialist_kind=SpecialistKind(row.specialist_kind),
        activity_id=row.activity_id, time_from=row.time_from, time_to=row.time_to, id=row.id)
    return SupportEntryView(row.id, draft, activity.name if activity else "")
