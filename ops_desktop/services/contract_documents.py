"""The printed contract: Part I, Part II and every aneks (or one aneks with Part I as it
stands after it, or the version as first signed) rendered by `reporting/contract_pdf.py`
from `contracts.print_view`. The front end shows, prints or saves the bytes, then records
that with `contracts.record_print` and the text versions given here."""

from __future__ import annotations

import io

from ops_desktop.domain.documents import PrintedDocument
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import contracts
from ops_desktop.services.context import ServiceContext


def contract_pdf(ctx: ServiceContext, *, contract_id: int,
                 amendment: int | None = None) -> PrintedDocument:
    """Domain errors (permission, no such aneks, not signed) reach the caller."""
    from ops_desktop.reporting.contract_pdf import document_name, render_contract

    ctx.require(Permission.CONTRACT_READ, Permission.PRINT)
    view = contracts.print_view(ctx, contract_id=contract_id, amendment=amendment)
    buffer = io.BytesIO()
    render_contract(view, buffer)
    return PrintedDocument(buffer.getvalue(), document_name(view),
                           text_versions=dict(view.text_versions),
                           reference=view.contract.number or "")
