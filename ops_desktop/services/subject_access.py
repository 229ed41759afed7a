"""The data-subject access report (RODO art. 15): everything held about one person.

Gathered for the data-protection officer (Permission.SUBJECT_ACCESS): the person's own row,
their special-category answers, participations (with project and group), consents, every
other record of theirs found from the schema (services/person_records.py: contracts and
their parts, enrolments, attendance, support entries, certificates… including tables added
later), and the audit entries about them: who created, changed, opened or printed their data
and when (the "recipients" of art. 15). Producing the report is itself audited.

Values are returned as text keyed by column name; `reporting/subject_access_pdf.py` gives
them Polish labels. Another person's data reached through a household link is not included."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ops_desktop.db.models import Consent, Participation, Person, PersonFlag, Project, ProjectGroup
from ops_desktop.domain.audit import AuditFilter
from ops_desktop.domain.documents import PrintedDocument
from ops_desktop.domain.errors import NotFound
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.subject_access import RecordTable, SubjectAccessView
from ops_desktop.services import audit, audit_log, office
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.person_records import owned_tables, rows_of

EXPLICIT_TABLES = {"participations", "consents", "person_flags"}
_HIDDEN_PERSON_COLUMNS = {"last_key", "first_key"}
MAX_AUDIT_ROWS = 5000


def subject_access_report(ctx: ServiceContext, *, person_id: int) -> SubjectAccessView:
    ctx.require(Permission.SUBJECT_ACCESS)
    info = office.get_office(ctx)
    address = " ".join(x for x in (info.street, info.postal_code, info.city) if x)
    with ctx.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("person", person_id)
        row = tuple((c.name, _text(getattr(person, c.key))) for c in Person.__table__.columns
                    if c.name not in _HIDDEN_PERSON_COLUMNS)
        flags = tuple(session.execute(
            select(PersonFlag.flag, PersonFlag.answer).where(PersonFlag.person_id == person_id)
            .order_by(PersonFlag.flag)).tuples())
        participations = _participations(session, person_id)
        consents = _table(session, Consent.__table__, Consent.person_id == person_id)
        records = tuple(
            table for owned in owned_tables() if owned.table.name not in EXPLICIT_TABLES
            for table in [_table(session, owned.table, rows_of(owned, [person_id]))]
            if table.rows
        )
        audit.record(session, ctx.actor, "subject_access", "person", person_id)
        head = audit.head(session)
        entries = audit_log.entries_in(session, flt=AuditFilter(person_id=person_id),
                                       limit=MAX_AUDIT_ROWS)
    return SubjectAccessView(
        person_id=person_id, generated_at=dt.datetime.now(), generated_by=ctx.actor.username,
        office_name=info.name, office_address=address, person=row,
        sensitive=tuple((f, a) for f, a in flags), participations=participations,
        consents=consents, records=records, audit_entries=tuple(reversed(entries)),
        audit_head=(head.id, head.hash) if head else None,
    )


def subject_access_pdf(ctx: ServiceContext, *, person_id: int) -> PrintedDocument:
    """The report rendered by reporting/subject_access_pdf.py (producing it is audited)."""
    from ops_desktop.reporting.subject_access_pdf import subject_access_pdf as render

    ctx.require(Permission.SUBJECT_ACCESS)
    return PrintedDocument(render(subject_access_report(ctx, person_id=person_id)),
                           f"art15-osoba-{person_id}.pdf")


def record_output(ctx: ServiceContext, *, person_id: int, kind: str) -> None:
    """The report was printed ("print") or saved to a file ("export"): audited."""
    ctx.require(Permission.SUBJECT_ACCESS)
    if kind not in {"print", "export"}:
        raise ValueError(kind)
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, kind, "person", person_id, document="subject_access")


def _participations(session, person_id: int) -> RecordTable:
    rows = session.execute(
        select(Participation, Project.title, ProjectGroup.name)
        .join(Project, Project.id == Participation.project_id)
        .outerjoin(ProjectGroup, ProjectGroup.id == Participation.group_id)
        .where(Participation.person_id == person_id)
        .order_by(Participation.start_date, Participation.id)).all()
    columns = ("project", "group", "role", "status", "applied_on", "start_date", "end_date",
               "end_reason", "exit_situation")
    return RecordTable("participations", columns, tuple(
        (title, group or "", *(_text(getattr(p, c)) for c in columns[2:]))
        for p, title, group in rows))


def _table(session, table, condition) -> RecordTable:
    columns = tuple(c.name for c in table.columns)
    rows = session.execute(select(table).where(condition)).all()
    return RecordTable(table.name, columns,
                       tuple(tuple(_text(value) for value in row) for row in rows))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)
