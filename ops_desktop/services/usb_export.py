"""Export to a removable drive, the services part: what may be exported by whom, the audit
entries of each export, and the pseudonymised statistical data set.

The files themselves are built and written one layer up (`exports/usb_export.py`: renderers,
the encrypted archive and the safe write live there). Statistical and aggregate exports need
`EXPORT_STATISTICAL` and are written as they are; anything with personal data needs
`EXPORT_PERSONAL` and leaves only inside an encrypted archive.

The pseudonymised data set has no names, PESELs, addresses, exact dates or free text: a
participant number given at random for this export (not the database id), sex, the age band at
entry (the summaries' bands), the kind of group (not its name), the year of entry and the
dictionary answers."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from ops_desktop.db.models import Participation, Person, ProjectGroup
from ops_desktop.domain.enums import GroupKind, ParticipationRole
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.pesel import age_on
from ops_desktop.domain.summary import TAKING_PART, age_band_key, value_label
from ops_desktop.services import audit, scope
from ops_desktop.services.context import ServiceContext


class UsbExportKind(StrEnum):
    SUMMARY = "summary"          # a year's summary (aggregate figures)
    REPORT = "report"            # the whole-project report (aggregate figures)
    MONITORING = "monitoring"    # the monitoring list: personal data, encrypted
    STATISTICAL = "statistical"  # the pseudonymised data set


PERSONAL_KINDS = frozenset({UsbExportKind.MONITORING})

def permission_for(kind: UsbExportKind) -> Permission:
    return Permission.EXPORT_PERSONAL if kind in PERSONAL_KINDS else Permission.EXPORT_STATISTICAL


def is_personal(kind: UsbExportKind) -> bool:
    return kind in PERSONAL_KINDS


def begin_export(ctx: ServiceContext, *, kind: UsbExportKind, project_id: int,
                 year: int | None, files: list[str], encrypted: bool) -> str:
    """Record the export in the audit trail and return the audit head ("id hash") that goes
    into the manifest, so the manifest anchors the chain including this very entry."""
    ctx.require(permission_for(kind))
    if is_personal(kind) and not encrypted:
        raise ValueError("personal data leave only encrypted")
    with ctx.transaction() as session:
        scope.managed_project(ctx, session, project_id)
        audit.record(session, ctx.actor, "usb_export", "project", project_id, what=kind.value,
                     year=year, files=len(files), encrypted=encrypted)
        head = audit.head(session)
    return f"{head.id} {head.hash}" if head else "0 " + audit.GENESIS


def record_outcome(ctx: ServiceContext, *, kind: UsbExportKind, project_id: int, ok: bool,
                   folder: str = "", step: str = "", reason: str = "") -> None:
    """The result of the write: verified, or failed at `step` for `reason` (an errno name)."""
    ctx.require(permission_for(kind))
    with ctx.transaction() as session:
        scope.managed_project(ctx, session, project_id)
        audit.record(session, ctx.actor, "usb_export_result", "project", project_id,
                     what=kind.value, ok=ok, folder=folder, step=step, reason=reason)


@dataclass(frozen=True)
class StatisticalRow:
    number: int               # random for this export, 1..n
    sex: str                  # "K" / "M" / ""
    age_band: str
    group_kind: str           # GroupKind value, "" when no group
    entry_year: int | None
    labour_status: str
    education: str
    long_term_unemployed: bool
    completed_path: str       # EndReason value, "" while in the project
    exit_situation: str


def statistical_rows(ctx: ServiceContext, *, project_id: int,
                     year: int | None = None) -> list[StatisticalRow]:
    """The pseudonymised data set of a project (participants who received support)."""
    ctx.require(Permission.EXPORT_STATISTICAL)
    with ctx.reading() as session:
        scope.managed_project(ctx, session, project_id)
        query = (
            select(Participation, Person.sex, Person.birth_date, Person.labour_status,
                   Person.education, Person.long_term_unemployed, ProjectGroup.kind)
            .join(Person, Person.id == Participation.person_id)
            .outerjoin(ProjectGroup, ProjectGroup.id == Participation.group_id)
            .where(Participation.project_id == project_id,
                   Participation.role == ParticipationRole.PARTICIPANT.value,
                   Participation.status.in_([s.value for s in TAKING_PART]))
            .order_by(Participation.person_id, Participation.start_date, Participation.id)
        )
        if year is not None:
            query = query.where(
                Participation.start_date <= dt.date(year, 12, 31),
                Participation.end_date.is_(None) | (Participation.end_date >= dt.date(year, 1, 1)))
        first: dict[int, tuple] = {}
        for row in session.execute(query):
            first.setdefault(row[0].person_id, row)   # one row per person: the first entry
    # Numbers in an order no one can map back to database ids: a secret salt per export.
    salt = secrets.token_bytes(16)
    order = sorted(first, key=lambda pid: hashlib.sha256(salt + str(pid).encode()).digest())
    rows = []
    for number, person_id in enumerate(order, start=1):
        participation, sex, born, labour, education, long_term, kind = first[person_id]
        start = participation.start_date
        age = age_on(born, start) if born and start else None
        rows.append(StatisticalRow(
            number=number, sex=sex or "", age_band=value_label("age", age_band_key(age)),
            group_kind=GroupKind(kind).value if kind else "",
            entry_year=start.year if start else None, labour_status=labour or "",
            education=education or "", long_term_unemployed=bool(long_term),
            completed_path=participation.end_reason or "",
            exit_situation=participation.exit_situation or "",
        ))
    return rows
