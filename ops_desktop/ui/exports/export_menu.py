"""The main window's "Eksport" menu: the monitoring list, the export to a USB drive and the
verification of an export folder (reached from anywhere, next to the Raporty section)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

from ops_desktop.domain.permissions import Permission
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.translation import translator


_tr = translator("ExportMenu")


def _monitoring(ctx: ServiceContext, window: QMainWindow) -> None:
    # The dialogs import the XLSX and 7-Zip libraries: only when chosen, not at start-up.
    from ops_desktop.ui.exports.monitoring_export_dialog import MonitoringExportDialog

    MonitoringExportDialog(ctx, parent=window).exec()


def _usb(ctx: ServiceContext, window: QMainWindow) -> None:
    from ops_desktop.ui.exports.usb_export_dialog import UsbExportDialog

    UsbExportDialog(ctx, parent=window).exec()


def _verify(window: QMainWindow) -> None:
    from ops_desktop.ui.exports.usb_export_dialog import verify_export_interactively

    verify_export_interactively(window)


def add_export_menu(window: QMainWindow, ctx: ServiceContext) -> QMenu:
    menu = window.menuBar().addMenu(_tr("&Eksport"))
    menu.setObjectName("exportMenu")
    monitoring = menu.addAction(_tr("&Lista monitorująca…"))
    monitoring.setObjectName("monitoringExportAction")
    monitoring.setEnabled(ctx.can(Permission.EXPORT_PERSONAL))
    monitoring.triggered.connect(lambda: _monitoring(ctx, window))
    usb = menu.addAction(_tr("Eksport na nośnik &USB…"))
    usb.setObjectName("usbExportAction")
    usb.setEnabled(ctx.can(Permission.EXPORT_PERSONAL) or ctx.can(Permission.EXPORT_STATISTICAL))
    usb.triggered.connect(lambda: _usb(ctx, window))
    menu.addSeparator()
    verify = menu.addAction(_tr("&Sprawdź eksport…"))
    verify.setObjectName("verifyExportAction")
    verify.triggered.connect(lambda: _verify(window))
    return menu
