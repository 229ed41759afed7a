"""Importing participants from a spreadsheet into one project: choose the file, read the
preview (every row with what would happen and, for a rejected row, every reason), then
import. Nothing is written before "Importuj"; the import writes all accepted rows in one
transaction and saves the rejected rows, with their reasons, beside the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.import_rules import (
    ACTION_TEXTS, ImportPreview, ImportRefused, ImportResult, PreviewRow, RowAction, refusal_text,
)
from ops_desktop.services import importing
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.tasks import TaskRunner, run_in_background
from ops_desktop.ui.widgets.tables import read_only_table


def _date(day) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


class ImportDialog(QDialog):
    imported = Signal()     # rows were written: the caller refreshes what it shows

    def __init__(self, ctx: ServiceContext, *, project_id: int, project_title: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._project_id = project_id
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.runner: TaskRunner | None = None
        self.setWindowTitle(self.tr("Import uczestników — {title}").format(title=project_title))
        self.resize(1100, 620)
        self.file_label = QLabel(self.tr("Wybierz arkusz XLSX lub CSV z listą uczestników "
                                         "(układ PEFS 2007, SL2014 lub 2021–2027; kolumna „Grupa” "
                                         "opcjonalna)."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Wybierz plik…"))
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self._choose)
        self.model = RowsModel([
            Column(self.tr("Wiersz"), lambda r: str(r.line), sort=lambda r: r.line, numeric=True),
            Column(self.tr("Nazwisko"), lambda r: r.last_name),
            Column(self.tr("Imię"), lambda r: r.first_name),
            Column(self.tr("PESEL"), lambda r: r.pesel),
            Column(self.tr("Grupa"), self._group_text),
            Column(self.tr("Od"), lambda r: _date(r.start_date), sort=lambda r: r.start_date),
            Column(self.tr("Do"), lambda r: _date(r.end_date), sort=lambda r: r.end_date),
            Column(self.tr("Co się stanie"), lambda r: self.tr(ACTION_TEXTS[r.action])),
            Column(self.tr("Problemy"), lambda r: "; ".join((*r.problems, *r.warnings)),
                   tooltip=lambda r: "\n".join((*r.problems, *r.warnings))),
        ], self)
        self.model.highlight = lambda r: "#f8d7da" if r.action is RowAction.REJECTED else (
            "#fff3cd" if r.warnings else None)
        self.table = read_only_table("importPreview", self.model,
                                     (60, 140, 110, 100, 150, 85, 85, 170))
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)
        self.import_button = QPushButton(self.tr("Importuj"))
        self.import_button.setObjectName("runImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Zamknij"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _group_text(self, row: PreviewRow) -> str:
        if row.group and row.new_group:
            return self.tr("{group} (nowa grupa)").format(group=row.group)
        return row.group

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Lista uczestników"), "",
                                              self.tr("Arkusze (*.xlsx *.csv)"))
        if path:
            self.load(Path(path))

    # --- preview --------------------------------------------------------------------------
    def load(self, path: Path) -> TaskRunner:
        """Read the file and show the preview (in the background; nothing is written)."""
        self.path = Path(path)
        self.preview = None
        self.model.set_rows([])
        self.import_button.setEnabled(False)
        self.file_label.setText(self.tr("Plik: {name}").format(name=self.path.name))
        self.status.setText(self.tr("Wczytywanie…"))
        project_id = self._project_id
        self.runner = run_in_background(
            self, self.tr("Wczytywanie arkusza"),
            lambda progress: importing.preview_import(self._ctx, project_id=project_id,
                                                      path=path, progress=progress),
            on_done=self._previewed, on_error=self._failed, on_cancelled=self._cancelled)
        return self.runner

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        text = self.tr(
            "Wierszy: {rows}. Zostanie przyjętych {accepted} (nowe osoby: {people}, nowe "
            "udziały: {parts}, już w bazie: {same}), odrzuconych {rejected}.").format(
            rows=len(preview.rows), accepted=preview.accepted,
            people=preview.count(RowAction.NEW_PERSON),
            parts=preview.count(RowAction.NEW_PARTICIPATION),
            same=preview.count(RowAction.UNCHANGED), rejected=preview.rejected)
        if preview.new_groups:
            text += " " + self.tr("Nowe grupy w projekcie: {groups}.").format(
                groups=", ".join(preview.new_groups))
        if preview.rejected:
            text += " " + self.tr("Odrzucone wiersze (z powodami) zostaną zapisane obok pliku.")
        self.status.setText(text)
        writes = preview.count(RowAction.NEW_PERSON) + preview.count(RowAction.NEW_PARTICIPATION)
        self.import_button.setEnabled(writes > 0 or preview.rejected > 0)

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(False)
        if isinstance(exc, ImportRefused):
            self.status.setText(self.tr("Plik odrzucony, nic nie zapisano: {reason}")
                                .format(reason=refusal_text(exc)))
        elif isinstance(exc, DomainError | OSError):
            self.status.setText(self.tr("Nie udało się ({error}); nic nie zapisano.")
                                .format(error=type(exc).__name__))
        else:
            raise exc

    def _cancelled(self) -> None:
        """Anuluj in the progress window: the work stopped and its transaction rolled back."""
        self.status.setText(self.tr("Przerwano — nic nie zapisano."))
        self.import_button.setEnabled(self.preview is not None)

    # --- import -----------------------------------------------------------------------------
    def run_import(self) -> TaskRunner | None:
        if self.path is None or self.preview is None:
            return None
        self.import_button.setEnabled(False)
        path, project_id = self.path, self._project_id
        self.runner = run_in_background(
            self, self.tr("Import uczestników"),
            lambda progress: importing.run_import(self._ctx, project_id=project_id, path=path,
                                                  progress=progress),
            on_done=self._done, on_error=self._failed, on_cancelled=self._cancelled)
        return self.runner

    def _done(self, result: ImportResult) -> None:
        self.result = result
        text = self.tr("Zaimportowano: nowe osoby {people}, nowe udziały {parts}, bez zmian "
                       "{same}; odrzucono {rejected}.").format(
            people=result.people_created, parts=result.participations_created,
            same=result.unchanged, rejected=result.rejected)
        if result.rejected_file:
            text += " " + self.tr("Odrzucone wiersze zapisano w: {path}").format(
                path=result.rejected_file)
        self.status.setText(text)
        self.imported.emit()
