"""The printed documents of an activity: blank attendance lists, the activity's register,
its certificates in one PDF and the certificate register, rendered by `reporting/` from the
views of `services/attendance.py` and `services/certificates.py`. The front end shows,
prints or saves the bytes, then records that (`activities.record_print`,
`certificates.record_printed`)."""

from __future__ import annotations

import io

from ops_desktop.domain.documents import PrintedDocument
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.progress import NO_PROGRESS, Progress
from ops_desktop.services import attendance, certificates
from ops_desktop.services.context import ServiceContext


def attendance_lists_pdf(ctx: ServiceContext, *, activity_id: int,
                         session_ids: list[int] | None = None) -> PrintedDocument:
    """The lists of the sessions chosen, or of the whole schedule; `items`: how many."""
    from ops_desktop.reporting.attendance_list_pdf import render_attendance_lists

    ctx.require(Permission.ACTIVITY_READ, Permission.PRINT)
    view = attendance.attendance_lists(ctx, activity_id=activity_id, session_ids=session_ids)
    buffer = io.BytesIO()
    render_attendance_lists(view, buffer)
    return PrintedDocument(buffer.getvalue(), f"listy-obecnosci-{activity_id}.pdf",
                           items=len(view.sessions))


def activity_register_pdf(ctx: ServiceContext, *, activity_id: int) -> PrintedDocument:
    from ops_desktop.reporting.activity_register_pdf import render_activity_register

    ctx.require(Permission.ACTIVITY_READ, Permission.PRINT)
    view = attendance.activity_register(ctx, activity_id=activity_id)
    buffer = io.BytesIO()
    render_activity_register(view, buffer)
    return PrintedDocument(buffer.getvalue(), f"dziennik-zajec-{activity_id}.pdf",
                           items=len(view.sessions))


def certificates_pdf(ctx: ServiceContext, *, activity_id: int, certificate_ids: list[int],
                     progress: Progress = NO_PROGRESS) -> PrintedDocument:
    """Every certificate of `certificate_ids` in one PDF (read a chunk at a time; a batch
    of thousands stays small); `items`: the pages written. Cancelling raises Cancelled."""
    from ops_desktop.reporting.certificate_pdf import render_certificates

    ctx.require(Permission.ACTIVITY_READ, Permission.PRINT)
    buffer = io.BytesIO()
    pages = render_certificates(certificates.iter_views(ctx, certificate_ids=certificate_ids),
                                buffer, total=len(certificate_ids), progress=progress)
    return PrintedDocument(buffer.getvalue(), f"zaswiadczenia-{activity_id}.pdf", items=pages)


def certificate_register_pdf(ctx: ServiceContext, *, year: int | None = None,
                             activity_id: int | None = None) -> PrintedDocument:
    """The register of one activity (all years) or of a year; `items`: its entries."""
    from ops_desktop.reporting.certificate_register_pdf import render_certificate_register

    ctx.require(Permission.ACTIVITY_READ, Permission.PRINT)
    view = certificates.register(ctx, year=year, activity_id=activity_id)
    buffer = io.BytesIO()
    render_certificate_register(view, buffer)
    which = activity_id if activity_id is not None else year
    return PrintedDocument(buffer.getvalue(), f"rejestr-zaswiadczen-{which}.pdf",
                           items=len(view.rows))
