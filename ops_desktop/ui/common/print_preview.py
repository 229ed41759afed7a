"""Show a rendered document in the preview window and audit what is done with it: printed
("print") or saved to a file ("export"). The preview, the printout and the file are the same
PDF bytes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ops_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog


def open_preview(parent: QWidget, data: bytes, *, title: str, suggested_name: str,
                 record: Callable[[str], None]) -> PdfPreviewDialog:
    """Open (window-modal, not blocking) and return the preview; `record(action)` is called
    with "print" after printing and "export" after saving."""
    dialog = PdfPreviewDialog(data, title=title, suggested_name=suggested_name, parent=parent)
    dialog.printed.connect(lambda: record("print"))
    dialog.saved.connect(lambda _path: record("export"))
    dialog.open()
    return dialog
