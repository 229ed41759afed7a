"""Export to a removable drive (or any folder), end to end: build the files of the chosen kind,
put personal data into an encrypted archive, record the export in the audit trail, write it
with the safe procedure and report success only after the manifest verifies.

    result = run_usb_export(ctx, kind=UsbExportKind.STATISTICAL, project_id=1,
                            target=Path("/media/stick"), year=2011)

`result.passphrase` (personal kinds only) is the archive's passphrase: show it ONCE, never
store or log it. A full or pulled drive raises `ExportFailed` (safe_write) after the audit
trail records the failure; a folder that does not verify raises `ExportNotVerified`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.domain.errors import DomainError, FieldProblem, ValidationFailed
from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.domain.progress import NO_PROGRESS, Progress
from ops_desktop.exports import encrypted_archive
from ops_desktop.exports.monitoring_file import monitoring_file
from ops_desktop.exports.safe_write import (
    REAL_FILE_OPS, ExportFailed, ExportFile, FileOps, Verification, verify_export, write_export,
)
from ops_desktop.exports.statistical_dataset import render_statistical
from ops_desktop.services import usb_export
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.usb_export import UsbExportKind


class ExportNotVerified(DomainError):
    """The files were written but the folder does not verify against its manifest."""

    def __init__(self, verification: Verification):
        super().__init__(str(verification.folder))
        self.verification = verification


@dataclass(frozen=True)
class UsbExportResult:
    folder: Path
    files: list[str]
    encrypted: bool
    passphrase: str | None       # show once; None for non-personal kinds
    verification: Verification


def build_files(ctx: ServiceContext, *, kind: UsbExportKind, project_id: int,
                year: int | None = None, fmt: MonitoringFormat = MonitoringFormat.SL2014,
                day: dt.date | None = None) -> list[ExportFile]:
    """The plain files of an export (before any encryption)."""
    day = day or dt.date.today()
    if kind is UsbExportKind.STATISTICAL:
        rows = usb_export.statistical_rows(ctx, project_id=project_id, year=year)
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
    ctx.require(usb_export.permission_for(kind))
    when = when or dt.datetime.now()
    progress.report(0, 1, "")
    files = build_files(ctx, kind=kind, project_id=project_id, year=year, fmt=fmt,
                        day=when.date())
    passphrase: str | None = None
    if usb_export.is_personal(kind):
        passphrase = encrypted_archive.new_passphrase()
        archive = encrypted_archive.build_archive(files, passphrase)
        files = [ExportFile(f"{kind.value}-{when.date().isoformat()}.7z", archive)]
    head = usb_export.begin_export(ctx, kind=kind, project_id=project_id, year=year,
                                   files=[f.name for f in files], encrypted=passphrase is not None)
    try:
        written = write_export(target, files, kind=kind.value, audit_head=head, ops=ops,
                               progress=progress, when=when)
    except ExportFailed as exc:
        reason = type(exc.storage).__name__ if exc.storage else type(exc.error).__name__
        usb_export.record_outcome(ctx, kind=kind, project_id=project_id, ok=False,
                                  step=exc.step, reason=reason)
        raise
    verification = verify_export(written.folder)
    usb_export.record_outcome(ctx, kind=kind, project_id=project_id, ok=verification.ok,
                              folder=written.folder.name,
                              step="" if verification.ok else "verify")
    if not verification.ok:
        raise ExportNotVerified(verification)
    return UsbExportResult(written.folder, [name for name, _ in written.files],
                           passphrase is not None, passphrase, verification)


def _summary_files(ctx: ServiceContext, *, kind: UsbExportKind, project_id: int,
                   year: int | None, day: dt.date) -> list[ExportFile]:
    """A year's summary or the whole-project report (aggregate figures only): every summary
    file format (PDF, XLSX, CSV, JSON) from the summaries (`services/summary.py`)."""
    from ops_desktop.exports.summary_files import FORMATS, render_summary_file
    from ops_desktop.services import summary as summaries

    if kind is UsbExportKind.SUMMARY and year is None:
        raise ValidationFailed([FieldProblem("year", "required")])
    scope = year if kind is UsbExportKind.SUMMARY else None
    figures = summaries.compute_summary(ctx, project_id=project_id, year=scope, today=day)
    info = summaries.print_info(ctx, project_id=project_id)
    base = f"zestawienie-{year}" if scope else "raport-projektu"
    return [ExportFile(f"{base}-{day.isoformat()}.{file_format}",
                       render_summary_file(figures, info, file_format))
            for file_format in FORMATS]
