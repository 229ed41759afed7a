""""Raport dla osoby (art. 15 RODO)…": the data-subject access report from the participants
list (right-click on a person), for the data-protection officer only (the action exists only
with Permission.SUBJECT_ACCESS; the service checks it again). The report is previewed in the
shared PDF dialog; producing it is audited by the service, and printing or saving it is
audited here as "print" / "export" of the person's data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ops_desktop.domain.permissions import Permission
from ops_desktop.services import subject_access
from ops_desktop.services.context import ServiceContext


def install_subject_access_action(view: QAbstractItemView, ctx: ServiceContext,
                                  selected_person: Callable[[], int | None]) -> QAction | None:
    """Add the action to `view`'s context menu (nothing for people without the permission)."""
    if not ctx.can(Permission.SUBJECT_ACCESS):
        return None
    action = QAction(QCoreApplication.translate("SubjectAccess",
                                                "Raport dla osoby (art. 15 RODO)…"),
                     view)
    action.setObjectName("subjectAccessAction")
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(action)

    def run() -> None:
        person_id = selected_person()
        if person_id is not None:
            show_subject_access(ctx, person_id=person_id, parent=view)

    action.triggered.connect(run)
    return action


def show_subject_access(ctx: ServiceContext, *, person_id: int, parent: QWidget | None = None,
                        modal: bool = True):
    from ops_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog

    doc = subject_access.subject_access_pdf(ctx, person_id=person_id)
    dialog = PdfPreviewDialog(
        doc.data,
        title=QCoreApplication.translate("SubjectAccess", "Raport dla osoby (art. 15 RODO)"),
        suggested_name=doc.file_name, parent=parent)
    dialog.printed.connect(
        lambda: subject_access.record_output(ctx, person_id=person_id, kind="print"))
    dialog.saved.connect(
        lambda _path: subject_access.record_output(ctx, person_id=person_id, kind="export"))
    if modal:
        dialog.exec()
    return dialog
