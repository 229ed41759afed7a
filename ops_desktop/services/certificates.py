"""Certificates of an activity and the certificate register.

Completion certificates go to participants whose attendance reaches the activity's threshold
and who completed it; the others may get a participation certificate. Numbers run on per
year of issue in the register; one certificate per person and activity. Printing records a
print: a later print of the same certificate is a duplicate with the same number.
People of the surroundings (children in day-care, family at events) get no certificates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ops_desktop.db.models import Person, Project, Setting
from ops_desktop.db.repositories import concurrency
from ops_desktop.db.models.activities import (
    Activity, ActivitySession, Certificate,
)
from ops_desktop.domain.activities import ActivityForm
from ops_desktop.domain.attendance import unexcused_flag
from ops_desktop.domain.certificates import (
    CertificateCandidate, CertificateKind, CertificateView, IssueResult, RegisterRow, RegisterView,
    certificate_kind, format_number,
)
from ops_desktop.domain.enums import Sex
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit, scope
from ops_desktop.services.activities import load_activity, office_lines
from ops_desktop.services.attendance import flag_pct, grid_people
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.office import SETTING_DEFAULTS

NUMBER_FORMAT_KEY = "certificate_number_format"


def candidates(ctx: ServiceContext, *, activity_id: int) -> list[CertificateCandidate]:
    ctx.require(Permission.ACTIVITY_READ)
    with ctx.reading() as session:
        scope.readable_activity(ctx, session, activity_id)
        return _candidates(session, activity_id)


def issue(ctx: ServiceContext, *, activity_id: int, issued_on: dt.date,
          include_participation: bool, enrolment_ids: list[int] | None = None) -> IssueResult:
    """Issue certificates to the chosen participants (all, when None) who have none yet:
    completion where earned, participation for the others only if `include_participation`."""
    ctx.require(Permission.CERTIFICATE_ISSUE)
    with ctx.transaction() as session:
        activity = scope.managed_activity(ctx, session, activity_id)
        pattern = _number_format(session)
        n = concurrency.last_certificate_n(session, issued_on.year)
        issued, numbers = [], []
        existing = skipped = 0
        chosen = set(enrolment_ids) if enrolment_ids is not None else None
        for candidate in _candidates(session, activity_id):
            if chosen is not None and candidate.enrolment_id not in chosen:
                continue
            if candidate.certificate_id is not None:
                existing += 1
                continue
            if candidate.proposed is CertificateKind.PARTICIPATION and not include_participation:
                skipped += 1
                continue
            n += 1
            row = Certificate(
                year=issued_on.year, n=n, number=format_number(pattern, n, issued_on.year),
                enrolment_id=candidate.enrolment_id, person_id=candidate.person_id,
                activity_id=activity.id, kind=candidate.proposed.value, issued_on=issued_on,
                present_hours_x100=candidate.totals.present_hours,
                planned_hours_x100=candidate.totals.planned_hours, prints=0,
                created_at=dt.datetime.now(), created_by=ctx.actor.user_id)
            session.add(row)
            session.flush()
            issued.append(row.id)
            numbers.append(row.number)
        if issued:
            audit.record(session, ctx.actor, "issue", "certificate", None, activity_id=activity_id,
                         certificates=issued)
        return IssueResult(tuple(issued), tuple(numbers), existing, skipped)


def certificate_ids(ctx: ServiceContext, *, activity_id: int) -> list[int]:
    ctx.require(Permission.ACTIVITY_READ)
    with ctx.reading() as session:
        scope.readable_activity(ctx, session, activity_id)
        return list(session.execute(select(Certificate.id).where(
            Certificate.activity_id == activity_id).order_by(Certificate.year, Certificate.n)
        ).scalars())


def iter_views(ctx: ServiceContext, *, certificate_ids: list[int],
               chunk: int = 100) -> Iterator[CertificateView]:
    """Views for printing, read a chunk at a time (a batch of thousands stays small)."""
    ctx.require(Permission.ACTIVITY_READ, Permission.PRINT)
    for start in range(0, len(certificate_ids), chunk):
        with ctx.reading() as session:
            yield from _views(session,
                              _readable(ctx, session, certificate_ids[start:start + chunk]))


def record_printed(ctx: ServiceContext, *, certificate_ids: list[int]) -> None:
    """The certificates were printed (or saved): the next print of each is a duplicate."""
    ctx.require(Permission.PRINT)
    with ctx.transaction() as session:
        duplicates = session.execute(select(func.count()).where(
            Certificate.id.in_(certificate_ids), Certificate.prints > 0)).scalar_one()
        session.execute(update(Certificate).where(Certificate.id.in_(certificate_ids)).values(
            prints=Certificate.prints + 1, last_printed_at=dt.datetime.now()))
        audit.record(session, ctx.actor, "print", "certificate", None,
                     certificates=sorted(certificate_ids), duplicates=duplicates)


def register(ctx: ServiceContext, *, year: int | None = None,
             activity_id: int | None = None) -> RegisterView:
    """The register of a year, or of one activity (all years), with PESELs for the receipt."""
    ctx.require(Permission.ACTIVITY_READ, Permission.PRINT)
    with ctx.reading() as session:
        query = (select(Certificate, Person.last_name, Person.first_name, Person.pesel,
                        Activity.name)
                 .join(Person, Person.id == Certificate.person_id)
                 .join(Activity, Activity.id == Certificate.activity_id)
                 .where(*scope.conditions(scope.activities_clause(ctx, session)))
                 .order_by(Certificate.year, Certificate.n))
        funding_line, title = "", "Rejestr zaświadczeń"
        if activity_id is not None:
            activity = scope.readable_activity(ctx, session, activity_id)
            query = query.where(Certificate.activity_id == activity_id)
            funding_line = session.get(Project, activity.project_id).funding_line
            title = f"Rejestr zaświadczeń — {activity.name}"
        if year is not None:
            query = query.where(Certificate.year == year)
            title += f" — {year}"
        rows = tuple(
            RegisterRow(c.id, c.number, c.year, c.n, f"{last} {first}", pesel or "", name,
                        CertificateKind(c.kind), c.issued_on, c.prints)
            for c, last, first, pesel, name in session.execute(query))
        return RegisterView(office_lines(session), funding_line, title, rows)


# --- helpers -------------------------------------------------------------------------------------
def _readable(ctx: ServiceContext, session: Session, ids: list[int]) -> list[int]:
    """Of these certificates, those of activities the actor may open, in the order given."""
    clause = scope.activities_clause(ctx, session)
    if clause is None:
        return ids
    allowed = set(session.execute(select(Certificate.id).join(
        Activity, Activity.id == Certificate.activity_id).where(
        Certificate.id.in_(ids), clause)).scalars())
    return [certificate_id for certificate_id in ids if certificate_id in allowed]


def _number_format(session: Session) -> str:
    row = session.get(Setting, NUMBER_FORMAT_KEY)
    return row.value if row is not None and row.value else SETTING_DEFAULTS[NUMBER_FORMAT_KEY]


def _candidates(session: Session, activity_id: int) -> list[CertificateCandidate]:
    activity = load_activity(session, activity_id)
    limit = flag_pct(session)
    issued = {
        c.enrolment_id: c for c in session.execute(select(Certificate).where(
            Certificate.activity_id == activity_id)).scalars()
    }
    result = []
    for person in grid_people(session, activity_id):
        if person.surroundings:
            continue
        completed = not person.left
        certificate = issued.get(person.enrolment_id)
        result.append(CertificateCandidate(
            person.enrolment_id, person.person_id, person.name, person.totals, completed,
            certificate_kind(person.totals, activity.threshold_pct, completed),
            unexcused_flag(person.totals.unexcused_hours, person.totals.planned_hours, limit),
            certificate.id if certificate else None, certificate.number if certificate else "",
            CertificateKind(certificate.kind) if certificate else None))
    return result


def _views(session: Session, ids: list[int]) -> list[CertificateView]:
    office = office_lines(session)
    rows = session.execute(
        select(Certificate, Person, Activity, Project)
        .join(Person, Person.id == Certificate.person_id)
        .join(Activity, Activity.id == Certificate.activity_id)
        .join(Project, Project.id == Activity.project_id)
        .where(Certificate.id.in_(ids))).all()
    spans: dict[int, tuple[dt.date | None, dt.date | None]] = {}
    by_id = {}
    for certificate, person, activity, project in rows:
        if activity.id not in spans:
            spans[activity.id] = tuple(session.execute(
                select(func.min(ActivitySession.day), func.max(ActivitySession.day)).where(
                    ActivitySession.activity_id == activity.id)).one())
        first, last = spans[activity.id]
        by_id[certificate.id] = CertificateView(
            id=certificate.id, number=certificate.number, kind=CertificateKind(certificate.kind),
            duplicate=certificate.prints > 0, person_name=f"{person.first_name} {person.last_name}",
            pesel=person.pesel or "", sex=Sex(person.sex) if person.sex else None,
            activity_name=activity.name,
            form=ActivityForm(activity.form), project_title=project.title,
            funding_line=project.funding_line, first_day=first, last_day=last,
            present_hours=certificate.present_hours_x100,
            planned_hours=certificate.planned_hours_x100,
            hour_minutes=project.teaching_hour_minutes,
            topics=tuple(t.strip() for t in activity.topics.splitlines() if t.strip()),
            issued_on=certificate.issued_on, office=office)
    return [by_id[i] for i in ids if i in by_id]

