"""Monitoring lists for the managing authority: the participants of a project, one row each,
with the validator's problems beside them.

Participants only (not surroundings), and only people who received support: status
participant, completed or dropped out. Several participations of one person in the project
become one row (first start, last end); in PEFS 2007 one row per stay, with the support of
the stay (its social contract, the instrument categories of the contract and of its
activities: `_Support`). Reading the list needs the personal-export and the sensitive-data
permissions; both the check and the export are audited (ids and counts only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Instrument, Participation, Person, PersonFlag, Project
from ops_desktop.db.models.activities import Activity, ActivityEnrolment
from ops_desktop.db.models.contracts import Contract, ContractInstrument
from ops_desktop.domain.contracts import ContractStatus
from ops_desktop.domain.enums import ParticipationRole
from ops_desktop.domain.monitoring import MonitoringCheck, MonitoringData
from ops_desktop.domain.monitoring_rows import (
    PER_PARTICIPATION, MonitoringFormat, MonitoringSource, build_row,
    default_format, empty_columns, number_rows,
)
from ops_desktop.domain.errors import NotFound
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.summary import TAKING_PART
from ops_desktop.services import audit, scope
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.monitoring_validator import validate

SUPPORTED_STATUSES = tuple(status.value for status in TAKING_PART)


def check_monitoring(ctx: ServiceContext, *, project_id: int, fmt: MonitoringFormat,
                     year: int | None = None) -> MonitoringCheck:
    """The validator's list, shown before any export."""
    ctx.require(Permission.EXPORT_PERSONAL, Permission.SENSITIVE_READ)
    with ctx.transaction() as session:
        project, sources = _load(ctx, session, project_id, year, fmt)
        audit.record(session, ctx.actor, "monitoring_check", "project", project_id,
                     format=fmt.value, people=len(sources))
        return _check(project, fmt, sources)


def monitoring_data(ctx: ServiceContext, *, project_id: int, fmt: MonitoringFormat,
                    year: int | None = None, destination: str = "file") -> MonitoringData:
    """The rows that leave the office, audited as a personal-data export."""
    ctx.require(Permission.EXPORT_PERSONAL, Permission.SENSITIVE_READ)
    with ctx.transaction() as session:
        project, sources = _load(ctx, session, project_id, year, fmt)
        check = _check(project, fmt, sources)
        rows = number_rows([build_row(s, fmt=fmt, project_number=project.funder_contract_no)
                            for s in sources])
        audit.record(session, ctx.actor, "export", "project", project_id, what="monitoring",
                     format=fmt.value, year=year, rows=len(rows), problems=len(check.problems),
                     destination=destination)
        return MonitoringData(check, rows)


def project_format(ctx: ServiceContext, *, project_id: int) -> MonitoringFormat:
    """The list the project reports in: its own choice, else PO KL's or its start year's.
    No personal data: anyone who may read projects may ask."""
    ctx.require(Permission.PROJECT_READ)
    with ctx.reading() as session:
        project = session.get(Project, project_id)
        if project is None:
            raise NotFound("project", project_id)
        return format_of(project)


def format_of(project: Project) -> MonitoringFormat:
    if project.monitoring_format in {f.value for f in MonitoringFormat}:
        return MonitoringFormat(project.monitoring_format)
    return default_format(project.start_date.year, project.programme or "")


def file_name(title: str, fmt: MonitoringFormat, *, day: dt.date | None = None) -> str:
    """`lista-monitorujaca-sl2014-2026-11-22.xlsx`: no project title (it may name a place)."""
    suffix = "csv" if fmt is MonitoringFormat.CST2021 else "xlsx"
    return f"lista-monitorujaca-{fmt.value}-{(day or dt.date.today()).isoformat()}.{suffix}"


def _check(project: Project, fmt: MonitoringFormat,
           sources: list[MonitoringSource]) -> MonitoringCheck:
    empty = empty_columns(fmt)
    return MonitoringCheck(
        project_id=project.id, project_title=project.title, fmt=fmt,
        people=len({s.person_id for s in sources}),
        problems=validate(sources, fmt=fmt, project_number=project.funder_contract_no),
        empty_headers=list(empty), empty_reasons=empty,
    )


def _load(ctx: ServiceContext, session: Session, project_id: int, year: int | None,
          fmt: MonitoringFormat) -> tuple[Project, list[MonitoringSource]]:
    project = scope.managed_project(ctx, session, project_id)
    query = (
        select(Participation, Person)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.project_id == project_id,
               Participation.role == ParticipationRole.PARTICIPANT.value,
               Participation.status.in_(SUPPORTED_STATUSES))
        .order_by(Person.last_key, Person.id, Participation.start_date, Participation.id)
    )
    if year is not None:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        query = query.where(Participation.start_date <= last,
                            (Participation.end_date.is_(None)) | (Participation.end_date >= first))
    by_person: dict[int, tuple[Person, list[Participation]]] = {}
    for participation, person in session.execute(query):
        by_person.setdefault(person.id, (person, []))[1].append(participation)
    flags: dict[int, dict[str, str]] = {}
    if by_person:
        for person_id, flag, answer in session.execute(
            select(PersonFlag.person_id, PersonFlag.flag, PersonFlag.answer)
            .where(PersonFlag.person_id.in_(list(by_person)))
        ):
            flags.setdefault(person_id, {})[flag] = answer
    if fmt in PER_PARTICIPATION:
        support = _Support.load(session, project_id, by_person)
        return project, [
            replace(_source(person, stay, flags.get(person.id, {})),
                    **support.of_stay(person.id, stay))
            for person, spans in by_person.values() for stay in _stays(spans)]
    return project, [
        _source(person, spans, flags.get(person.id, {})) for person, spans in by_person.values()
    ]


@dataclass
class _Support:
    """What each person received in the project: their social contracts (not drafts) with the
    days they were in force and their instruments' categories, and the instrument category of
    each activity a participation was enrolled on."""

    contracts: dict[int, list[tuple[dt.date | None, dt.date | None, set[str]]]]
    activities: dict[int, set[str]]                 # participation id → categories

    @classmethod
    def load(cls, session: Session, project_id: int,
             by_person: dict[int, tuple[Person, list[Participation]]]) -> _Support:
        contracts: dict[int, dict[int, tuple[dt.date | None, dt.date | None, set[str]]]] = {}
        activities: dict[int, set[str]] = {}
        people = list(by_person)
        for start in range(0, len(people), 500):
            chunk = people[start:start + 500]
            for cid, pid, signed, since, until, category in session.execute(
                select(Contract.id, Contract.person_id, Contract.signed_on, Contract.period_from,
                       Contract.period_to, Instrument.category)
                .outerjoin(ContractInstrument, ContractInstrument.contract_id == Contract.id)
                .outerjoin(Instrument, Instrument.id == ContractInstrument.instrument_id)
                .where(Contract.project_id == project_id, Contract.person_id.in_(chunk),
                       Contract.status != ContractStatus.DRAFT.value)
            ):
                entry = contracts.setdefault(pid, {}).setdefault(
                    cid, (since or signed, until, set()))
                if category:
                    entry[2].add(category)
            spans = [p.id for pid in chunk for p in by_person[pid][1]]
            for participation_id, category in session.execute(
                select(ActivityEnrolment.participation_id, Instrument.category)
                .join(Activity, Activity.id == ActivityEnrolment.activity_id)
                .join(Instrument, Instrument.id == Activity.instrument_id)
                .where(ActivityEnrolment.participation_id.in_(spans))
            ):
                activities.setdefault(participation_id, set()).add(category)
        return cls({pid: list(found.values()) for pid, found in contracts.items()}, activities)

    def of_stay(self, person_id: int, stay: list[Participation]) -> dict[str, object]:
        first = min((p.start_date for p in stay if p.start_date), default=None)
        last = None if any(p.end_date is None for p in stay) else max(p.end_date for p in stay)
        in_force = [categories for since, until, categories in self.contracts.get(person_id, [])
                    if (last is None or since is None or since <= last)
                    and (until is None or first is None or until >= first)]
        categories = set().union(*in_force, *(self.activities.get(p.id, set()) for p in stay))
        return {"social_contract": bool(in_force), "instrument_categories": frozenset(categories)}


def _stays(spans: list[Participation]) -> list[list[Participation]]:
    """A person's participations grouped into stays in the project: ones that overlap in time
    (two programmes or groups at once) are one stay; a later return is a new one."""
    stays: list[list[Participation]] = []
    end: dt.date | None = None
    for span in sorted(spans, key=lambda p: (p.start_date or dt.date.min, p.id)):
        open_stay = stays and (end is None or (span.start_date or dt.date.min) <= end)
        if open_stay:
            stays[-1].append(span)
            end = None if end is None or span.end_date is None else max(end, span.end_date)
        else:
            stays.append([span])
            end = span.end_date
    return stays


def _source(person: Person, spans: list[Participation], flags: dict[str, str]) -> MonitoringSource:
    starts = [p.start_date for p in spans if p.start_date is not None]
    still_open = any(p.end_date is None for p in spans)
    ended = sorted((p for p in spans if p.end_date is not None), key=lambda p: (p.end_date, p.id))
    last = ended[-1] if ended and not still_open else None
    return MonitoringSource(
        person_id=person.id, first_name=person.first_name, last_name=person.last_name,
        pesel=person.pesel or "", no_pesel=person.no_pesel, other_id=person.other_id,
        sex=person.sex, birth_date=person.birth_date, street=person.street,
        building=person.building, flat=person.flat, postal_code=person.postal_code,
        city=person.city, municipality=person.municipality, county=person.county,
        voivodeship=person.voivodeship, degurba=person.degurba, area_type=person.area_type,
        labour_substatus=person.labour_substatus, phone=person.phone,
        email=person.email, education=person.education, labour_status=person.labour_status,
        long_term_unemployed=person.long_term_unemployed, flags=dict(flags),
        start_date=min(starts) if starts else None,
        end_date=last.end_date if last else None,
        end_reason=last.end_reason if last else None,
        exit_situation=last.exit_situation if last else None,
        added_on=min(p.created_at for p in spans).date(),
        modified_on=person.updated_at.date() if person.updated_at else None,
    )
