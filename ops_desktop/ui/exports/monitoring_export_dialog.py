"""Lista monitorująca: the validator's list first, then the export.

The dialog checks the chosen project in the chosen format as soon as it opens and lists every
problem, person by person, in the list's column order. "Przejdź do osoby" (or a double click)
opens the person's form; when it closes the list is checked again. The list is saved only
after the user has seen the problems (a tick when there are any), and it is written as stored:
the validator says what to fix, nothing is changed silently.

`review_only=True` is the same list with "Dalej" instead of saving: the export to a drive
uses it so a monitoring list never leaves without its problems having been seen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
    QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ops_desktop.domain.errors import DomainError, PermissionDenied
from ops_desktop.domain.file_names import corrected
from ops_desktop.domain.monitoring import MonitoringCheck, MonitoringProblem
from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.storage_errors import ExportFailed
from ops_desktop.services.files import save_file
from ops_desktop.services import monitoring, projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.exports.export_texts import export_failure_text, problem_text
from ops_desktop.ui.common.messages import no_assigned_projects_text, permission_text
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.common.save_names import confirmed_path
from ops_desktop.ui.common.tasks import TaskRunner, run_in_background
from ops_desktop.ui.common.tables import read_only_table
from ops_desktop.ui.common.translation import translator


def fill_projects(combo: QComboBox, ctx: ServiceContext, selected: int | None = None) -> None:
    """The projects the user runs (coordinators: those assigned to them) by title, the
    project id as item data."""
    combo.clear()
    for row in projects.list_projects(ctx, managed_only=True):
        combo.addItem(row.title, row.id)
    if selected is not None and combo.findData(selected) >= 0:
        combo.setCurrentIndex(combo.findData(selected))


def fill_formats(combo: QComboBox, selected: MonitoringFormat) -> None:
    tr = translator("MonitoringExportDialog")

    combo.clear()
    combo.addItem(tr("PEFS 2007 (PO KL 2007–2013) — uczestnicy indywidualni (XLSX)"),
                  MonitoringFormat.PEFS2007.value)
    combo.addItem(tr("SL2014 — lista uczestników (XLSX)"), MonitoringFormat.SL2014.value)
    combo.addItem(tr("2021–2027 — lista uczestników (CSV)"), MonitoringFormat.CST2021.value)
    combo.setCurrentIndex(combo.findData(selected.value))


class MonitoringExportDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, project_id: int | None = None,
                 fmt: MonitoringFormat | None = None, review_only: bool = False,
                 open_person: Callable[[int], QDialog] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._review_only = review_only
        self._open_person = open_person or self._intake_dialog
        self.check: MonitoringCheck | None = None
        self.person_dialog: QDialog | None = None
        self.runner: TaskRunner | None = None
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Lista monitorująca — sprawdzenie i eksport"))
        self.resize(980, 620)

        self.project = QComboBox()
        self.project.setObjectName("project")
        fill_projects(self.project, ctx, project_id)
        self.format = QComboBox()
        self.format.setObjectName("format")
        # No format given: the one the project reports in (its own choice or its start year).
        self._follow_project = fmt is None
        fill_formats(self.format, fmt or self._project_format())
        recheck = QPushButton(self.tr("Sprawdź ponownie"))
        recheck.clicked.connect(self.run_check)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Projekt:")))
        top.addWidget(self.project, 1)
        top.addWidget(QLabel(self.tr("Format:")))
        top.addWidget(self.format)
        top.addWidget(recheck)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.model = RowsModel([
            Column(self.tr("Osoba"), lambda p: p.person_label or self.tr("(projekt)")),
            Column(self.tr("Nr"), lambda p: "" if p.person_id is None else str(p.person_id),
                   sort=lambda p: p.person_id or 0, numeric=True),
            Column(self.tr("Kolumna listy"), lambda p: p.header),
            Column(self.tr("Problem"), problem_text, tooltip=problem_text),
        ], self)
        self.table = read_only_table("problemsTable", self.model, (220, 60, 260))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.jump_to_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.jump = QPushButton(self.tr("Przejdź do osoby"))
        self.jump.setObjectName("jumpToPerson")
        self.jump.clicked.connect(self.jump_to_selected)
        self.empty_note = QLabel()
        self.empty_note.setObjectName("emptyColumns")
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("color: #555;")
        self.seen = QCheckBox(self.tr("Zapoznałem(-am) się z listą problemów; wartości zostaną "
                                      "zapisane tak, jak są w kartotece."))
        self.seen.setObjectName("seenProblems")
        self.seen.toggled.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        if review_only:
            self.proceed = self.buttons.addButton(self.tr("Dalej"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
            self.proceed.clicked.connect(self.accept)
        else:
            self.proceed = self.buttons.addButton(self.tr("Zapisz listę…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.proceed.clicked.connect(self._choose_file)
        self.proceed.setObjectName("proceed")
        close = self.buttons.addButton(
            self.tr("Anuluj") if review_only else self.tr("Zamknij"),
            QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.jump)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.seen)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.project.currentIndexChanged.connect(lambda _i: self._project_changed())
        self.format.currentIndexChanged.connect(lambda _i: self.run_check())
        self.run_check()

    # --- what the dialog does -------------------------------------------------------------
    @property
    def project_id(self) -> int | None:
        return self.project.currentData()

    @property
    def fmt(self) -> MonitoringFormat:
        return MonitoringFormat(self.format.currentData())

    def _project_format(self) -> MonitoringFormat:
        if self.project_id is None:
            return MonitoringFormat.PEFS2007
        try:
            return monitoring.project_format(self._ctx, project_id=self.project_id)
        except DomainError:
            return MonitoringFormat.SL2014

    def _project_changed(self) -> None:
        if self._follow_project:
            self.format.blockSignals(True)
            self.format.setCurrentIndex(self.format.findData(self._project_format().value))
            self.format.blockSignals(False)
        self.run_check()

    def _no_project_text(self) -> str:
        if not self._ctx.can(Permission.EXPORT_PERSONAL):
            return permission_text(PermissionDenied(Permission.EXPORT_PERSONAL.value,
                                                    self._ctx.actor.username))
        if projects.list_projects(self._ctx):  # there are projects, none of them theirs
            return no_assigned_projects_text()
        return self.tr("Brak projektów.")

    def run_check(self) -> None:
        self.check = None
        self.model.set_rows([])
        self.seen.setChecked(False)
        if self.project_id is None:
            self.summary.setText(self._no_project_text())
            self._update_buttons()
            return
        try:
            self.check = monitoring.check_monitoring(self._ctx, project_id=self.project_id,
                                                     fmt=self.fmt)
        except PermissionDenied as exc:
            self.summary.setText(permission_text(exc))
            self._update_buttons()
            return
        check = self.check
        self.model.set_rows(check.problems)
        if check.problems:
            self.summary.setText(self.tr(
                "Uczestników na liście: {people}. Problemów: {problems} u {persons} osób — "
                "popraw je w kartotece (Przejdź do osoby) albo zapisz listę z nimi."
            ).format(people=check.people, problems=len(check.problems),
                     persons=check.people_with_problems))
        else:
            self.summary.setText(self.tr("Uczestników na liście: {people}. Walidator nie "
                                         "znalazł problemów.").format(people=check.people))
        self.empty_note.setText(self.tr(
            "Kolumny, których program nie wypełnia, zostaną puste ({n}): {names}."
        ).format(n=len(check.empty_headers), names="; ".join(
            f"{header} — {why}" for header, why in check.empty_reasons.items())))
        self.seen.setVisible(bool(check.problems))
        self._update_buttons()

    def selected_problem(self) -> MonitoringProblem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_problem(self, row: int) -> None:
        self.table.selectRow(row)

    def jump_to_selected(self) -> None:
        problem = self.selected_problem()
        if problem is None or problem.person_id is None:
            return
        self.person_dialog = self._open_person(problem.person_id)
        self.person_dialog.finished.connect(lambda _result: self.run_check())
        self.person_dialog.open()

    def save_to(self, path: Path) -> TaskRunner:
        """Write the list to `path` in the background (the export is audited by the service);
        the name gets the format's extension (lista.csv for an XLSX list → lista.xlsx)."""
        ctx, project_id, fmt = self._ctx, self.project_id, self.fmt
        path = corrected(path, _file_format(fmt))
        self.status.setText(self.tr("Zapisywanie…"))

        def work(progress):
            from ops_desktop.services.monitoring_file import monitoring_file

            progress.report(0, 2, "")
            item, _check = monitoring_file(ctx, project_id=project_id, fmt=fmt)
            progress.report(1, 2, "")
            save_file(path, item.data)
            progress.report(2, 2, "")
            return path

        self.runner = run_in_background(self, self.tr("Zapisywanie listy monitorującej"), work,
                                        on_done=self._saved, on_error=self._failed)
        return self.runner

    # --- internals --------------------------------------------------------------------------
    def _intake_dialog(self, person_id: int) -> QDialog:
        from ops_desktop.ui.participants.intake_dialog import IntakeDialog

        return IntakeDialog(self._ctx, person_id=person_id, parent=self)

    def _choose_file(self) -> None:
        if self.check is None:
            return
        suggested = monitoring.file_name(self.check.project_title, self.fmt)
        pattern = self.tr("CSV (*.csv)") if self.fmt is MonitoringFormat.CST2021 \
            else self.tr("Skoroszyt Excel (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Zapisz listę monitorującą"),
                                                suggested, pattern)
        path = confirmed_path(self, chosen, _file_format(self.fmt)) if chosen else None
        if path is not None:
            self.save_to(path)

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(self.tr("Zapisano listę: {path}").format(path=path))

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet("color: #b00020;")
        if isinstance(exc, ExportFailed):
            self.status.setText(export_failure_text(exc))
        elif isinstance(exc, PermissionDenied):
            self.status.setText(permission_text(exc))
        elif isinstance(exc, DomainError):
            self.status.setText(self.tr("Nie zapisano listy ({error}).").format(error=exc))
        else:
            raise exc

    def _update_buttons(self, *_args) -> None:
        problem = self.selected_problem()
        self.jump.setEnabled(problem is not None and problem.person_id is not None)
        ready = self.check is not None and (not self.check.problems or self.seen.isChecked())
        self.proceed.setEnabled(ready)
        if self.check is not None and self.check.people == 0 and not self._review_only:
            self.proceed.setEnabled(False)
        self.proceed.setToolTip("" if ready else self.tr(
            "Najpierw przejrzyj listę problemów i zaznacz, że się z nią zapoznałeś(-aś)."))


def _file_format(fmt: MonitoringFormat) -> str:
    return "csv" if fmt is MonitoringFormat.CST2021 else "xlsx"
