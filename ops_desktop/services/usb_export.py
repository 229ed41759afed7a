"""Export to a removable drive (or any folder), end to end: who may export what, the files of
the chosen kind (renderers of reporting/ and exports/), personal data only inside an encrypted
archive, the audit entries, the safe write (`exports/safe_write.py`) and success only after
the manifest verifies.

    result = run_usb_export(ctx, kind=UsbExportKind.STATISTICAL, project_id=1,
                            target=Path("/media/stick"), year=2011)

`result.passphrase` (personal kinds only) is the archive's passphrase: show it ONCE, never
store or log it. A full or pulled drive raises `ExportFailed` (safe_write) after the audit
trail records the failure; a folder that does not verify raises `ExportNotVerified`.
Statistical and aggregate exports need `EXPORT_STATISTICAL` and are written as they are;
anything with personal data needs `EXPORT_PERSONAL` and leaves only inside an encrypted archive.

The pseudonymised data set has no names, PESELs, addresses, exact dates or free text: a
participant number given at random for this export (not the database id), sex, the age band at
entry (the summaries' bands), the kind of group (not its name), the year of entry and the
dictionary answers."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from pathlib import Path

from sqlalchemy import select

from ops_desktop.db.models import Participation, Person, ProjectGroup
from ops_desktop.domain.enums import GroupKind, ParticipationRole
from ops_desktop.domain.errors import FieldProblem, ValidationFailed
from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.pesel import age_on
from ops_desktop.domain.progress import NO_PROGRESS, Progress
from ops_desktop.domain.summary import TAKING_PART, age_band_key, value_label
from ops_desktop.domain.usb_export import (
    PERSONAL_KINDS, ExportNotVerified, StatisticalRow, UsbExportKind, UsbExportResult, is_personal,
)
from ops_desktop.exports import encrypted_archive
from ops_desktop.services.monitoring_file import monitoring_file
from ops_desktop.exports.safe_write import (
    REAL_FILE_OPS, ExportFailed, ExportFile, FileOps, verify_export, write_export,
)
from ops_desktop.exports.statistical_dataset import render_statistical
from ops_desktop.services import audit, scope
from ops_desktop.services.context import ServiceContext



def permission_for(kind: UsbExportKind) -> Permission:
    return Permission.EXPORT_PERSONAL if kind in PERSONAL_KINDS else Permission.EXPORT_STATISTICAL


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


# --- the whole export ------------------------------------------------------------------------

def build_files(ctx: ServiceContext, *, kind: UsbExportKind, project_id: int,
                year: int | None = None, fmt: MonitoringFormat = MonitoringFormat.SL2014,
                day: dt.date | None = None) -> list[ExportFile]:
    """The plain files of an export (before any encryption)."""
    day = day or dt.date.today()
    if kind is UsbExportKind.STATISTICAL:
        rows = statistical_rows(ctx, project_id=project_id, year=year)
        suffix = f"-{year}" if year else ""
        return [ExportFile(f"zbior-statystyczny{suffix}-{day.isoformat()}.csv",
                           render_statistical(rows))]
    if kind is UsbExportKind.MONITORING:
        item, _check = monitoring_file(ctx, project_id=project_id, fmt=fmt, year=year,
                                       destination="usb")
        return [item]
    return _summary_files(ctx, kind=kind, project_id=project_id, year=year, day=day)


def run_usb_export(ctx: ServiceContext, *, kind: UsbExportKind, project_id: int, target: Path,
                   year: int | None = None, fmt: MonitoringFormat = MonitoringFormat.SL2014,
                   ops: FileOps = REAL_FILE_OPS, progress: Progress = NO_PROGRESS,
                   when: dt.datetime | None = None) -> UsbExportResult:
    ctx.require(permission_for(kind))
    when = when or dt.datetime.now()
    progress.report(0, 1, "")
    files = build_files(ctx, kind=kind, project_id=project_id, year=year, fmt=fmt,
                        day=when.date())
    passphrase: str | None = None
    if is_personal(kind):
        passphrase = encrypted_archive.new_passphrase()
        archive = encrypted_archive.build_archive(files, passphrase)
        files = [ExportFile(f"{kind.value}-{when.date().isoformat()}.7z", archive)]
    head = begin_export(ctx, kind=kind, project_id=project_id, year=year,
                        files=[f.name for f in files], encrypted=passphrase is not None)
    try:
        written = write_export(target, files, kind=kind.value, audit_head=head, ops=ops,
                               progress=progress, when=when)
    except ExportFailed as exc:
        reason = type(exc.storage).__name__ if exc.storage else type(exc.error).__name__
        record_outcome(ctx, kind=kind, project_id=project_id, ok=False,
                       step=exc.step, reason=reason)
        raise
    verification = verify_export(written.folder)
    record_outcome(ctx, kind=kind, project_id=project_id, ok=verification.ok,
                   folder=written.folder.name, step="" if verification.ok else "verify")
    if not verification.ok:
        raise ExportNotVerified(verification)
    return UsbExportResult(written.folder, [name for name, _ in written.files],
                           passphrase is not None, passphrase, verification)


def _summary_files(ctx: ServiceContext, *, kind: UsbExportKind, project_id: int,
                   year: int | None, day: dt.date) -> list[ExportFile]:
    """A year's summary or the whole-project report (aggregate figures only): every summary
    file format (PDF, XLSX, CSV, JSON) from the summaries (`services/summary.py`)."""
    from ops_desktop.services import summary as summaries
    from ops_desktop.services.summary_files import FORMATS, render_summary_file

    if kind is UsbExportKind.SUMMARY and year is None:
        raise ValidationFailed([FieldProblem("year", "required")])
    period = year if kind is UsbExportKind.SUMMARY else None
    figures = summaries.compute_summary(ctx, project_id=project_id, year=period, today=day)
    info = summaries.print_info(ctx, project_id=project_id)
    base = f"zestawienie-{year}" if period else "raport-projektu"
    return [ExportFile(f"{base}-{day.isoformat()}.{file_format}",
                       render_summary_file(figures, info, file_format))
            for file_format in FORMATS]
