"""Kopie zapasowe: the list of backups, "Utwórz kopię teraz", the second-copy folder, and
restoring a chosen backup.

Restoring first checks the backup in full and shows its date, program version and per-table
row counts read from the backup itself; only after "Przywróć" is the current file kept aside
(timestamped name, never overwritten) and the backup put in its place. The program then
closes so it starts afresh on the restored database. Backups run on the task runner
(ui/common/tasks.py); the service refuses what the person may not do (BACKUP / RESTORE)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QMenu, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ops_desktop.domain.backups import BackupInfo, BackupInspection, BackupResult, RestoreResult
from ops_desktop.domain.storage_errors import StorageError
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import backup, restore
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.messages import storage_error_text
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.common.fit import fit_columns

TABLE_LABELS = {
    "people": QT_TRANSLATE_NOOP("RestoreDialog", "Osoby"),
    "participations": QT_TRANSLATE_NOOP("RestoreDialog", "Udziały w projektach"),
    "projects": QT_TRANSLATE_NOOP("RestoreDialog", "Projekty"),
    "contracts": QT_TRANSLATE_NOOP("RestoreDialog", "Kontrakty socjalne"),
    "activities": QT_TRANSLATE_NOOP("RestoreDialog", "Zajęcia"),
    "attendance_marks": QT_TRANSLATE_NOOP("RestoreDialog", "Obecności"),
    "certificates": QT_TRANSLATE_NOOP("RestoreDialog", "Zaświadczenia"),
    "support_entries": QT_TRANSLATE_NOOP("RestoreDialog", "Wsparcie indywidualne"),
    "users": QT_TRANSLATE_NOOP("RestoreDialog", "Konta użytkowników"),
    "audit_log": QT_TRANSLATE_NOOP("RestoreDialog", "Wpisy dziennika zdarzeń"),
}


def counts_html(counts: dict[str, int]) -> str:
    """Per-table row counts as a small two-column HTML table: the known tables by their Polish
    names, everything else summed on one line."""
    def label(name: str) -> str:
        return QCoreApplication.translate("RestoreDialog", TABLE_LABELS[name])

    cells = [(label(n), str(counts[n])) for n in TABLE_LABELS if n in counts]
    rest = sum(n for name, n in counts.items()
               if name not in TABLE_LABELS and name != "alembic_version")
    cells.append((QCoreApplication.translate("RestoreDialog", "Pozostałe tabele"), str(rest)))
    rows = []
    for i in range(0, len(cells), 2):
        pair = cells[i:i + 2]
        rows.append("<tr>" + "".join(
            f"<td>{name}</td><td align='right'>&nbsp;{n}&nbsp;&nbsp;&nbsp;</td>"
            for name, n in pair) + "</tr>")
    return f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"


def reason_label(reason: str) -> str:
    labels = {
        "manual": QCoreApplication.translate("RestoreDialog", "na żądanie"),
        "daily": QCoreApplication.translate("RestoreDialog", "codzienna"),
        "exit": QCoreApplication.translate("RestoreDialog", "przy zamknięciu"),
    }
    return labels.get(reason, reason)


def add_backup_actions(window: QWidget, menu: QMenu, ctx: ServiceContext) -> None:
    """The "Kopie zapasowe…" item of the main window's File menu."""
    action = menu.addAction(QCoreApplication.translate("RestoreDialog", "&Kopie zapasowe…"))
    action.setObjectName("backupsAction")
    action.setEnabled(ctx.can(Permission.BACKUP) or ctx.can(Permission.RESTORE))

    def open_dialog() -> None:
        dialog = BackupsDialog(ctx, window)
        dialog.exec()
        if dialog.restored is not None:
            window.close()

    action.triggered.connect(open_dialog)


class BackupsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.restored: RestoreResult | None = None
        self.setWindowTitle(self.tr("Kopie zapasowe"))
        self.resize(760, 460)
        self.model = RowsModel([
            Column(self.tr("Wykonana"), lambda b: b.taken_at.strftime("%d.%m.%Y %H:%M:%S"),
                   sort=lambda b: b.taken_at),
            Column(self.tr("Wersja programu"), lambda b: b.app_version),
            Column(self.tr("Rodzaj"), lambda b: reason_label(b.reason)),
            Column(self.tr("Rozmiar"), lambda b: f"{b.size / 1_048_576:.1f} MB",
                   sort=lambda b: b.size, numeric=True),
            Column(self.tr("Plik"), lambda b: b.path.name),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 135, 120, 80)):
            self.table.setColumnWidth(column, width)
        fit_columns(self.table)
        self.details = QLabel()
        self.details.setObjectName("backupDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.copy_label = QLabel()
        self.copy_label.setObjectName("copyFolder")
        self.backup_button = QPushButton(self.tr("Utwórz kopię teraz"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setEnabled(ctx.can(Permission.BACKUP))
        self.copy_button = QPushButton(self.tr("Folder drugiej kopii…"))
        self.copy_button.setEnabled(
            ctx.can(Permission.BACKUP) and ctx.can(Permission.SETTINGS_WRITE))
        self.restore_button = QPushButton(self.tr("Przywróć wybraną…"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.setEnabled(False)
        close = QPushButton(self.tr("Zamknij"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.copy_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Kopie w folderze {folder}").format(
            folder=backup.backups_dir(ctx))))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.copy_label)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.backup_button.clicked.connect(self.backup_now)
        self.copy_button.clicked.connect(self.choose_copy_folder)
        self.restore_button.clicked.connect(self.restore_selected)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(backup.backups(self._ctx))
        folder = backup.copy_dir(self._ctx)
        self.copy_label.setText(
            self.tr("Druga kopia: {folder}").format(folder=folder) if folder
            else self.tr("Druga kopia: nie wybrano folderu"))
        self._selected()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selected(self) -> None:
        info = self.selected_backup()
        self.restore_button.setEnabled(info is not None and self._ctx.can(Permission.RESTORE))
        if info is None:
            self.details.setText(self.tr("Wybierz kopię z listy."))
            return
        self.details.setText(self.tr("Kopia z {date}, wersja programu {version}.").format(
            date=info.taken_at.strftime("%d.%m.%Y %H:%M:%S"), version=info.app_version)
            + (counts_html(info.counts) if info.counts else ""))

    def backup_now(self) -> None:
        from ops_desktop.ui.common.tasks import run_in_background

        def work(_progress):
            return backup.create_backup(self._ctx)

        self.backup_button.setEnabled(False)
        self.runner = run_in_background(self, self.tr("Kopia zapasowa"), work,
                                        on_done=self._backup_done, on_error=self._backup_failed)

    def _backup_done(self, result: BackupResult) -> None:
        self.backup_button.setEnabled(True)
        self.refresh()
        if result.copy_error is not None:
            QMessageBox.warning(self, self.tr("Kopia zapasowa"), self.tr(
                "Kopia zapasowa powstała, ale druga kopia nie: {reason}").format(
                reason=storage_error_text(result.copy_error)))

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        if not isinstance(exc, StorageError):
            raise exc
        QMessageBox.warning(self, self.tr("Kopia zapasowa"), storage_error_text(exc))

    def choose_copy_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder drugiej kopii"))
        if folder:
            backup.set_copy_dir(self._ctx, folder=Path(folder))
            self.refresh()

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        inspection = restore.inspect_backup(self._ctx, backup=info)
        if not self.confirm(inspection):
            return
        try:
            self.restored = restore.restore_backup(self._ctx, backup=info)
        except StorageError as exc:
            QMessageBox.critical(self, self.tr("Przywracanie"), storage_error_text(exc))
            return
        QMessageBox.information(self, self.tr("Przywracanie"), self.tr(
            "Przywrócono kopię z {date}. Poprzedni plik bazy zachowano jako {aside}.\n"
            "Program zostanie teraz zamknięty — uruchom go ponownie.").format(
            date=info.taken_at.strftime("%d.%m.%Y %H:%M"),
            aside=self.restored.kept_aside.name if self.restored.kept_aside else "—"))
        self.accept()

    def confirm(self, inspection: BackupInspection) -> bool:
        """Show what the backup holds; True when the person chooses to restore it."""
        box = QMessageBox(self)
        box.setObjectName("restoreConfirm")
        box.setWindowTitle(self.tr("Przywracanie z kopii"))
        box.setTextFormat(Qt.TextFormat.RichText)
        info = inspection.backup
        head = self.tr("Kopia z <b>{date}</b>, wersja programu {version}.").format(
            date=info.taken_at.strftime("%d.%m.%Y %H:%M:%S"), version=info.app_version)
        if not inspection.restorable:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(head + "<br>" + self.tr("Tej kopii nie można przywrócić: sprawdzenie "
                                                "wykazało błędy."))
            box.exec()
            return False
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(head + "<br>" + self.tr("Sprawdzenie: bez błędów. Kopia zawiera:")
                    + counts_html(inspection.facts.counts) + "<br>" + self.tr(
                        "Obecny plik bazy zostanie zachowany pod nową nazwą, a zmiany "
                        "wprowadzone po wykonaniu kopii nie będą widoczne. Przywrócić?"))
        restore_button = box.addButton(self.tr("Przywróć"), QMessageBox.ButtonRole.AcceptRole)
        restore_button.setObjectName("confirmRestore")
        box.addButton(self.tr("Anuluj"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restore_button
