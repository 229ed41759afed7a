"""Preview, print and save one contract (or one aneks, or the version as first signed):
rendered once, the same bytes in the preview, on paper and in the file; printing and saving
are audited with the text versions used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ops_desktop.services import contracts
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog
from ops_desktop.ui.common.print_preview import open_preview


def preview_contract(ctx: ServiceContext, parent: QWidget, *, contract_id: int,
                     amendment: int | None = None) -> PdfPreviewDialog:
    """Open the preview; domain errors (permission, no such aneks) reach the caller."""
    from ops_desktop.services.contract_documents import contract_pdf

    doc = contract_pdf(ctx, contract_id=contract_id, amendment=amendment)

    def record(action: str) -> None:
        contracts.record_print(ctx, contract_id=contract_id, action=action, amendment=amendment,
                               text_versions=doc.text_versions)

    number = doc.reference or QCoreApplication.translate("contract_printing", "(projekt)")
    title = QCoreApplication.translate("contract_printing", "Kontrakt socjalny {number}")
    return open_preview(parent, doc.data, title=title.format(number=number),
                        suggested_name=doc.file_name, record=record)
