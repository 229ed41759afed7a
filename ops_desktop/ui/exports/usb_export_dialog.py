"""Eksport na nośnik USB: what (a year's summary, the whole-project report, the monitoring
list, the pseudonymised statistical data set) and where (a removable drive, or any folder).

The export runs in the background with progress and Cancel (`ui/tasks.run_in_background`).
Success is shown only after the new folder verifies against its manifest; a full or pulled
drive gives a plain Polish message and earlier exports stay as they were. The monitoring list
(personal data) first shows the validator's list (`MonitoringExportDialog`, review mode) and
leaves only inside an encrypted 7z whose passphrase is shown once (`PassphraseDialog`).
"Sprawdź eksport…" re-checks any export folder later."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QRadioButton,
    QVBoxLayout, QWidget,
)

from ops_desktop.domain.errors import DomainError, PermissionDenied, ValidationFailed
from ops_desktop.domain.monitoring_rows import MonitoringFormat, default_format
from ops_desktop.domain.usb_export import (
    ExportNotVerified, UsbExportKind, UsbExportResult, Verification, is_personal,
)
from ops_desktop.domain.storage_errors import ExportFailed
from ops_desktop.domain.usb_export import RemovableDrive
from ops_desktop.services.files import removable_drives, verify_export
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.usb_export import run_usb_export
from ops_desktop.ui.exports.monitoring_export_dialog import (
    MonitoringExportDialog, fill_formats, fill_projects,
)
from ops_desktop.ui.exports.passphrase_dialog import PassphraseDialog
from ops_desktop.ui.exports.export_texts import export_failure_text, verify_problem_text
from ops_desktop.ui.messages import permission_text
from ops_desktop.ui.tasks import TaskRunner, run_in_background
from ops_desktop.ui.common.roles import PATH_ROLE, SOURCE_ROLE
from ops_desktop.ui.common.translation import translator


def size_text(size: int | None) -> str:
    if size is None:
        return "?"
    value, unit = float(size), "B"
    for unit in ("B", "kB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            break
        value /= 1024
    return f"{value:.1f} {unit}".replace(".", ",")


class UsbExportDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, project_id: int | None = None,
                 drives: Callable[[], list[RemovableDrive]] = removable_drives,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._drives = drives
        self.runner: TaskRunner | None = None
        self.result: UsbExportResult | None = None
        self.review_dialog: MonitoringExportDialog | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.setWindowTitle(self.tr("Eksport na nośnik USB"))
        self.resize(720, 640)

        what = QGroupBox(self.tr("Co eksportować"))
        form = QFormLayout(what)
        self.project = QComboBox()
        self.project.setObjectName("project")
        fill_projects(self.project, ctx, project_id)
        form.addRow(self.tr("Projekt:"), self.project)
        self.kinds = QButtonGroup(self)
        texts = {
            UsbExportKind.SUMMARY: self.tr("Zestawienie roczne (PDF, XLSX, CSV, JSON)"),
            UsbExportKind.REPORT: self.tr("Raport z całego projektu (PDF, XLSX, CSV, JSON)"),
            UsbExportKind.MONITORING: self.tr("Lista monitorująca — dane osobowe, zaszyfrowane"),
            UsbExportKind.STATISTICAL: self.tr("Zbiór statystyczny — pseudonimizowany"),
        }
        column = QVBoxLayout()
        self.kind_buttons: dict[UsbExportKind, QRadioButton] = {}
        for index, kind in enumerate(UsbExportKind):
            button = QRadioButton(texts[kind])
            button.setObjectName(f"kind_{kind.value}")
            self.kinds.addButton(button, index)
            self.kind_buttons[kind] = button
            column.addWidget(button)
        self.kind_buttons[UsbExportKind.SUMMARY].setChecked(True)
        form.addRow(self.tr("Rodzaj:"), column)
        self.year = QComboBox()
        self.year.setObjectName("year")
        form.addRow(self.tr("Rok:"), self.year)
        self.format = QComboBox()
        self.format.setObjectName("format")
        fill_formats(self.format, MonitoringFormat.SL2014)
        form.addRow(self.tr("Format listy:"), self.format)
        self.privacy = QLabel()
        self.privacy.setObjectName("privacy")
        self.privacy.setWordWrap(True)
        form.addRow(self.privacy)

        where = QGroupBox(self.tr("Dokąd"))
        where_layout = QVBoxLayout(where)
        self.targets = QListWidget()
        self.targets.setObjectName("targets")
        refresh = QPushButton(self.tr("Odśwież listę nośników"))
        refresh.clicked.connect(self.refresh_drives)
        other = QPushButton(self.tr("Inny folder…"))
        other.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(refresh)
        row.addWidget(other)
        row.addStretch(1)
        where_layout.addWidget(self.targets)
        where_layout.addLayout(row)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("Eksportuj"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.start_export)
        verify = buttons.addButton(self.tr("Sprawdź eksport…"),
                                   QDialogButtonBox.ButtonRole.ActionRole)
        verify.clicked.connect(self._choose_and_verify)
        close = buttons.addButton(self.tr("Zamknij"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(where, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.project.currentIndexChanged.connect(lambda _i: self._fill_years())
        self.kinds.idToggled.connect(lambda _id, on: on and self._kind_changed())
        self._fill_years()
        self._kind_changed()
        self.refresh_drives()

    # --- choices --------------------------------------------------------------------------
    @property
    def kind(self) -> UsbExportKind:
        return list(UsbExportKind)[self.kinds.checkedId()]

    def choose_kind(self, kind: UsbExportKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def choose_year(self, year: int | None) -> None:
        self.year.setCurrentIndex(max(self.year.findData(year), 0))

    def target(self) -> Path | None:
        item = self.targets.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def refresh_drives(self) -> None:
        chosen = self.target()
        folders = [self.targets.item(i) for i in range(self.targets.count())
                   if self.targets.item(i).data(SOURCE_ROLE) == "folder"]
        kept = [(item.text(), item.data(PATH_ROLE)) for item in folders]
        self.targets.clear()
        for drive in self._drives():
            text = self.tr("{label} ({mount}) — wolne {free} z {total}").format(
                label=drive.label, mount=drive.mount_point, free=size_text(drive.free_bytes),
                total=size_text(drive.total_bytes))
            if drive.read_only:
                text += self.tr(" — tylko do odczytu")
            self._add_target(text, drive.mount_point, "drive")
        for text, path in kept:
            self._add_target(text, Path(path), "folder")
        if self.targets.count() == 0:
            self.status.setText(self.tr("Nie znaleziono nośnika wymiennego. Podłącz pendrive "
                                        "i kliknij „Odśwież”, albo wybierz inny folder."))
        self._select_path(chosen)

    def add_folder(self, folder: Path) -> None:
        """Any folder as the target (a network share, a folder on the disk)."""
        self._add_target(self.tr("Folder: {path}").format(path=folder), folder, "folder")
        self._select_path(folder)

    # --- export and verification ------------------------------------------------------------
    def start_export(self) -> None:
        target = self.target()
        if target is None:
            self._show(self.tr("Wybierz nośnik lub folder docelowy."), error=True)
            return
        if self.project.currentData() is None:
            self._show(self.tr("Brak projektu do eksportu."), error=True)
            return
        if self.kind is UsbExportKind.MONITORING:
            self.review_dialog = MonitoringExportDialog(
                self._ctx, project_id=self.project.currentData(),
                fmt=MonitoringFormat(self.format.currentData()), review_only=True, parent=self)
            self.review_dialog.accepted.connect(lambda: self._run(target))
            self.review_dialog.open()
            return
        self._run(target)

    def verify_folder(self, folder: Path) -> Verification:
        result = verify_export(folder)
        if result.ok:
            self._show(self.tr("Eksport {folder} jest kompletny i nienaruszony ({n} plików, "
                               "utworzony {created}).").format(
                folder=folder.name, n=len(result.files), created=result.created))
        else:
            lines = "\n".join(verify_problem_text(p) for p in result.problems[:12])
            self._show(self.tr("Eksport {folder} jest NIEKOMPLETNY lub zmieniony:\n{lines}"
                               ).format(folder=folder.name, lines=lines), error=True)
        return result

    # --- internals --------------------------------------------------------------------------
    def _run(self, target: Path) -> None:
        ctx, kind, project_id = self._ctx, self.kind, self.project.currentData()
        year = self.year.currentData()
        fmt = MonitoringFormat(self.format.currentData())
        self.export_button.setEnabled(False)
        self._show(self.tr("Eksport w toku…"))

        def work(progress):
            return run_usb_export(ctx, kind=kind, project_id=project_id, target=target,
                                  year=year, fmt=fmt, progress=progress)

        self.runner = run_in_background(self, self.tr("Eksport na nośnik"), work,
                                        on_done=self._done, on_error=self._failed,
                                        on_cancelled=self._cancelled)
        self.runner.finished.connect(lambda: self.export_button.setEnabled(True))

    def _done(self, result: UsbExportResult) -> None:
        self.result = result
        text = self.tr("Eksport zapisany i sprawdzony: folder {folder} ({n} plików; sumy "
                       "kontrolne zgodne z MANIFEST.sha256).").format(
            folder=result.folder.name, n=len(result.files))
        if result.encrypted:
            text += " " + self.tr("Dane osobowe są w zaszyfrowanym archiwum 7z.")
        self._show(text)
        if result.passphrase:
            self.passphrase_dialog = PassphraseDialog(result.passphrase,
                                                      folder_name=result.folder.name, parent=self)
            self.passphrase_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ExportFailed):
            self._show(export_failure_text(exc), error=True)
        elif isinstance(exc, ExportNotVerified):
            lines = "\n".join(verify_problem_text(p) for p in exc.verification.problems[:12])
            self._show(self.tr("Pliki zapisano, ale folder {folder} nie przechodzi weryfikacji — "
                               "nie używaj go:\n{lines}").format(
                folder=exc.verification.folder.name, lines=lines), error=True)
        elif isinstance(exc, PermissionDenied):
            self._show(permission_text(exc), error=True)
        elif isinstance(exc, ValidationFailed):
            self._show(self.tr("Wybierz rok zestawienia rocznego."), error=True)
        elif isinstance(exc, DomainError):
            self._show(self.tr("Eksport nie powiódł się ({error}).").format(error=exc),
                       error=True)
        else:
            raise exc

    def _cancelled(self) -> None:
        self._show(self.tr("Eksport przerwany. Niekompletne pliki usunięto; wcześniejsze "
                           "eksporty pozostały nienaruszone."), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.status.setText(text)

    def _fill_years(self) -> None:
        from ops_desktop.services import projects

        self.year.clear()
        self.year.addItem(self.tr("cały okres projektu"), None)
        project_id = self.project.currentData()
        if project_id is None:
            return
        view = projects.get_project(self._ctx, project_id=project_id)
        for year in range(view.draft.start_date.year, view.draft.end_date.year + 1):
            self.year.addItem(str(year), year)
        fmt = view.draft.monitoring_format or default_format(view.draft.start_date.year,
                                                             view.draft.programme).value
        self.format.setCurrentIndex(max(self.format.findData(fmt), 0))   # the project's list
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind
        self.format.setEnabled(kind is UsbExportKind.MONITORING)
        self.year.setEnabled(kind is not UsbExportKind.REPORT)
        if kind is not UsbExportKind.SUMMARY:
            self.year.setCurrentIndex(0)          # the whole project unless a year is chosen
        elif kind is UsbExportKind.SUMMARY and self.year.currentData() is None \
                and self.year.count() > 1:
            self.year.setCurrentIndex(self.year.count() - 1)
        if is_personal(kind):
            self.privacy.setText(self.tr(
                "Dane osobowe: najpierw zobaczysz listę problemów walidatora, potem lista trafi "
                "do archiwum 7z zaszyfrowanego hasłem, które program pokaże jeden raz."))
        else:
            self.privacy.setText(self.tr("Bez danych osobowych (liczby zbiorcze lub numery "
                                         "uczestników i przedziały wieku): zapis bez "
                                         "szyfrowania."))

    def _add_target(self, text: str, path: Path, source: str) -> None:
        item = QListWidgetItem(text)
        item.setData(PATH_ROLE, str(path))
        item.setData(SOURCE_ROLE, source)
        self.targets.addItem(item)

    def _select_path(self, path: Path | None) -> None:
        for index in range(self.targets.count()):
            if path is not None and Path(self.targets.item(index).data(PATH_ROLE)) == path:
                self.targets.setCurrentRow(index)
                return
        if self.targets.count() and self.targets.currentRow() < 0:
            self.targets.setCurrentRow(0)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Wybierz folder docelowy"))
        if folder:
            self.add_folder(Path(folder))

    def _choose_and_verify(self) -> None:
        start = str(self.target() or "")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Wybierz folder eksportu "
                                                                "(OPS-eksport-…)"), start)
        if folder:
            self.verify_folder(Path(folder))


def verify_export_interactively(parent: QWidget | None) -> Verification | None:
    """"Sprawdź eksport…" from the menu: choose a folder, say whether it is whole."""
    tr = translator("UsbExportDialog")

    folder = QFileDialog.getExistingDirectory(parent,
                                              tr("Wybierz folder eksportu (OPS-eksport-…)"))
    if not folder:
        return None
    result = verify_export(Path(folder))
    if result.ok:
        QMessageBox.information(parent, tr("Sprawdzenie eksportu"), tr(
            "Eksport jest kompletny i nienaruszony ({n} plików, utworzony {created})."
        ).format(n=len(result.files), created=result.created))
    else:
        QMessageBox.warning(parent, tr("Sprawdzenie eksportu"), tr(
            "Eksport jest NIEKOMPLETNY lub zmieniony:\n{lines}").format(
            lines="\n".join(verify_problem_text(p) for p in result.problems[:12])))
    return result
