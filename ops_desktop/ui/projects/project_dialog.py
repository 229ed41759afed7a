"""The project editor: a project's data, budget, rules, yearly editions and groups.

Problems show in Polish under their field as the user types ("required" ones only after a
save attempt); money is typed as złoty ("1 234,56") and kept in grosze. Saving goes through
`services.projects`; problems the service finds (a duplicate title, unnamed groups) come back
beside their fields too, and nothing is saved while any remain."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from ops_desktop.domain.enums import GroupKind
from ops_desktop.domain.errors import FieldProblem, PermissionDenied, ValidationFailed
from ops_desktop.domain.money import format_pln, to_grosze
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.projects import ProjectDraft, validate_project
from ops_desktop.services import projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.labels import label
from ops_desktop.ui.common.messages import field_problem_text, permission_text
from ops_desktop.ui.projects.editions_model import EditionsModel
from ops_desktop.ui.projects.project_groups_model import ProjectGroupsModel
from ops_desktop.ui.common.empty_state import look_read_only, read_only_banner
from ops_desktop.ui.common.fit import fit_columns
from ops_desktop.ui.projects.monitoring_format_combo import monitoring_format_combo, select_format
from ops_desktop.ui.common.forms import (
    error_label, get_date, line_with_error, optional_date_edit, set_date, with_error,
)
from ops_desktop.ui.common.table_editors import ChoiceDelegate, NumberDelegate

MONEY_FIELDS = ("budget_total", "budget_eu", "budget_own")
_TAB_OF_FIELD = {"min_instruments": 1, "completion_threshold_pct": 1, "teaching_hour_minutes": 1,
                 "target_age_max": 1, "funding_line": 1, "editions": 2, "groups": 2}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ProjectDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, project_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.project_id = project_id
        self.saved_id: int | None = None
        self._tried_save = False
        self.setWindowTitle(self.tr("Nowy projekt") if project_id is None
                            else self.tr("Edycja projektu"))
        self.resize(980, 660)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._project_tab(), self.tr("Projekt i budżet"))
        self.tabs.addTab(self._rules_tab(), self.tr("Zasady"))
        self.tabs.addTab(self._structure_tab(), self.tr("Edycje i grupy"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Zapisz"))
        self.save_button.setEnabled(ctx.can(Permission.PROJECT_WRITE))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        if project_id is not None:
            self._load(project_id)
        for edit in self.edits.values():
            edit.textChanged.connect(self.revalidate)
        for money in MONEY_FIELDS:
            self.edits[money].editingFinished.connect(lambda name=money: self._tidy_money(name))
        for widget in (self.start_date, self.end_date):
            widget.dateChanged.connect(self.revalidate)
        for spin in (self.min_instruments, self.threshold, self.age_min, self.age_max):
            spin.valueChanged.connect(self.revalidate)
        self.editions.dataChanged.connect(self.revalidate)
        self.editions.rowsRemoved.connect(self.revalidate)
        self.edits["title"].setFocus()
        self.revalidate()

    # --- building -------------------------------------------------------------------------
    def _line(self, name: str, placeholder: str = "") -> QWidget:
        return line_with_error(name, self.edits, self.errors, placeholder)

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        self.errors[name] = error_label(name)
        return with_error(widget, self.errors[name])

    @staticmethod
    def _form(page: QWidget) -> QFormLayout:
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the fields, not between them
        return form

    def _project_tab(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        form.addRow(self.tr("Tytuł projektu *"), self._line("title"))
        form.addRow(self.tr("Program i działanie"),
                    self._line("programme", self.tr("np. PO KL, Poddziałanie 7.1.1")))
        form.addRow(self.tr("Nr umowy z instytucją"), self._line("funder_contract_no"))
        today = dt.date.today()
        self.start_date = self._date_edit("start_date", dt.date(today.year, 1, 1))
        self.end_date = self._date_edit("end_date", dt.date(today.year, 12, 31))
        period = QHBoxLayout()
        period.addWidget(self._with_error("start_date", self.start_date))
        period.addWidget(QLabel("–"), 0, Qt.AlignmentFlag.AlignTop)
        period.addWidget(self._with_error("end_date", self.end_date))
        period.addStretch(1)
        form.addRow(self.tr("Okres realizacji *"), period)
        hint = QLabel(self.tr("Kwoty w złotych, np. 1 234,56. Puste pole: kwota nie podana."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        for name, text in (("budget_total", self.tr("Budżet ogółem")),
                           ("budget_eu", self.tr("Dofinansowanie UE (EFS)")),
                           ("budget_own", self.tr("Wkład własny"))):
            form.addRow(text, self._line(name, "0,00"))
            self.edits[name].setAlignment(Qt.AlignmentFlag.AlignRight)
            self.edits[name].setMaximumWidth(220)
        return page

    def _date_edit(self, name: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    def _spin(self, name: str, low: int, high: int, suffix: str = "", none: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        if none:
            spin.setSpecialValueText(none)
        spin.setMaximumWidth(120)
        return spin

    def _rules_tab(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self.min_instruments = self._spin("min_instruments", 0, 20)
        self.min_instruments.setValue(3)
        form.addRow(self.tr("Minimalna liczba instrumentów na osobę"),
                    self._with_error("min_instruments", self.min_instruments))
        self.threshold = self._spin("completion_threshold_pct", 1, 100, " %")
        self.threshold.setValue(80)
        form.addRow(self.tr("Próg ukończenia (obecność)"),
                    self._with_error("completion_threshold_pct", self.threshold))
        self.hour_minutes = QComboBox()
        self.hour_minutes.setObjectName("teaching_hour_minutes")
        self.hour_minutes.addItem(self.tr("60 minut (godzina zegarowa)"), 60)
        self.hour_minutes.addItem(self.tr("45 minut (godzina lekcyjna)"), 45)
        self.hour_minutes.setMaximumWidth(260)
        form.addRow(self.tr("Godzina zajęć"),
                    self._with_error("teaching_hour_minutes", self.hour_minutes))
        self.age_min = self._spin("target_age_min", 0, 99, none="—")
        self.age_max = self._spin("target_age_max", 0, 99, none="—")
        ages = QHBoxLayout()
        ages.addWidget(QLabel(self.tr("od")))
        ages.addWidget(self.age_min)
        ages.addWidget(QLabel(self.tr("do")))
        ages.addWidget(self._with_error("target_age_max", self.age_max))
        ages.addStretch(1)
        form.addRow(self.tr("Wiek grupy docelowej (lata)"), ages)
        self.funding_line = QPlainTextEdit()
        self.funding_line.setObjectName("funding_line")
        self.funding_line.setPlaceholderText(
            self.tr("Drukowana pod nagłówkiem dokumentów, np. „Projekt współfinansowany przez "
                    "Unię Europejską w ramach Europejskiego Funduszu Społecznego”"))
        self.funding_line.setMaximumHeight(90)
        form.addRow(self.tr("Linia finansowania"), self.funding_line)
        self.retention_until = optional_date_edit("retention_until")
        self.retention_until.setMaximumWidth(160)
        form.addRow(self.tr("Przechowywanie danych do"), self.retention_until)
        self.monitoring_format = monitoring_format_combo()
        form.addRow(self.tr("Lista monitorująca"), self.monitoring_format)
        return page

    def _table(self, name: str, model) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    def _structure_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Edycje roczne i ich cele:")))
        self.editions = EditionsModel(self)
        self.editions_view = self._table("editionsTable", self.editions)
        self.editions_view.setItemDelegateForColumn(EditionsModel.YEAR,
                                                    NumberDelegate(2000, 2100, parent=self))
        for column, width in enumerate((70, 200, 200)):
            self.editions_view.setColumnWidth(column, width)
        fit_columns(self.editions_view)
        layout.addWidget(self._with_error("editions", self.editions_view), 2)
        self.add_edition_button = QPushButton(self.tr("Dodaj edycję"))
        self.add_edition_button.setObjectName("addEdition")
        self.remove_edition_button = QPushButton(self.tr("Usuń edycję"))
        layout.addLayout(self._buttons_row(self.add_edition_button, self.remove_edition_button))
        layout.addWidget(QLabel(self.tr("Grupy i moduły:")))
        self.groups = ProjectGroupsModel(editable=True, parent=self)
        self.groups_view = self._table("groupsTable", self.groups)
        kinds = [(label(kind), kind.value) for kind in GroupKind]
        self.groups_view.setItemDelegateForColumn(ProjectGroupsModel.KIND,
                                                  ChoiceDelegate(kinds, self))
        self.groups_view.setItemDelegateForColumn(ProjectGroupsModel.PLANNED,
                                                  NumberDelegate(0, 10000, parent=self))
        self.groups_view.setItemDelegateForColumn(ProjectGroupsModel.YEAR,
                                                  NumberDelegate(1999, 2100, "—", self))
        for column, width in enumerate((280, 160, 60, 150, 90)):
            self.groups_view.setColumnWidth(column, width)
        fit_columns(self.groups_view)
        layout.addWidget(self._with_error("groups", self.groups_view), 3)
        self.add_group_button = QPushButton(self.tr("Dodaj grupę"))
        self.add_group_button.setObjectName("addGroup")
        self.remove_group_button = QPushButton(self.tr("Usuń grupę"))
        self.remove_group_button.setObjectName("removeGroup")
        layout.addLayout(self._buttons_row(self.add_group_button, self.remove_group_button))
        self.add_edition_button.clicked.connect(self.add_edition)
        self.remove_edition_button.clicked.connect(
            lambda: self.editions.remove_edition(self._selected_row(self.editions_view)))
        self.add_group_button.clicked.connect(self.add_group)
        self.remove_group_button.clicked.connect(self._remove_group)
        return page

    @staticmethod
    def _buttons_row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    @staticmethod
    def _selected_row(view: QTableView) -> int:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # --- editions and groups --------------------------------------------------------------
    def add_edition(self) -> None:
        start, end = get_date(self.start_date), get_date(self.end_date)
        taken = set(self.editions.years())
        free = [y for y in range(start.year,
                                 end.year + 1) if y not in taken] if start and end else []
        year = free[0] if free else max(taken | {dt.date.today().year - 1}) + 1
        row = self.editions.add_edition(year)
        self.editions_view.selectRow(row)
        self.revalidate()

    def add_group(self) -> None:
        row = self.groups.add_group()
        index = self.groups.index(row, ProjectGroupsModel.NAME)
        self.groups_view.setCurrentIndex(index)
        self.groups_view.edit(index)

    def _remove_group(self) -> None:
        row = self._selected_row(self.groups_view)
        if row >= 0 and not self.groups.removable(row):
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Do tej grupy należą już uczestnicy, więc zostaje w projekcie."))
            return
        self.groups.remove_group(row)

    # --- data in and out ------------------------------------------------------------------
    def _load(self, project_id: int) -> None:
        view = projects.get_project(self._ctx, project_id=project_id)
        if not view.managed:
            self.save_button.setEnabled(False)
            reason = self.tr("Tylko do odczytu: ten projekt nie jest przypisany do Twojego "
                             "konta. Przypisanie zmienia administrator (konto koordynatora).")
            self.save_button.setToolTip(reason)
            self.layout().insertWidget(0, read_only_banner(reason))  # said at the top
            look_read_only(self.tabs)
        d = view.draft
        for name in ("title", "programme", "funder_contract_no"):
            self.edits[name].setText(getattr(d, name))
        for name in MONEY_FIELDS:
            amount = getattr(d, name)
            self.edits[name].setText(format_pln(amount, currency=False) if amount else "")
        self.start_date.setDate(_qdate(d.start_date))
        self.end_date.setDate(_qdate(d.end_date))
        self.min_instruments.setValue(d.min_instruments)
        self.threshold.setValue(d.completion_threshold_pct)
        self.hour_minutes.setCurrentIndex(max(self.hour_minutes.findData(d.teaching_hour_minutes),
                                              0))
        self.age_min.setValue(d.target_age_min or 0)
        self.age_max.setValue(d.target_age_max or 0)
        self.funding_line.setPlainText(d.funding_line)
        set_date(self.retention_until, d.retention_until)
        select_format(self.monitoring_format, d.monitoring_format)
        self.editions.set_editions(d.editions)
        self.groups.set_groups(view.groups)

    def collect(self) -> tuple[ProjectDraft, list[FieldProblem]]:
        """The typed draft, and the problems of fields that could not even be read (money)."""
        problems: list[FieldProblem] = []
        money: dict[str, int] = {}
        for name in MONEY_FIELDS:
            text = self.edits[name].text().strip()
            try:
                money[name] = to_grosze(text) if text else 0
            except ValueError:
                money[name] = 0
                problems.append(FieldProblem(name, "money"))
        draft = ProjectDraft(
            title=self.edits["title"].text().strip(),
            programme=self.edits["programme"].text().strip(),
            funder_contract_no=self.edits["funder_contract_no"].text().strip(),
            start_date=get_date(self.start_date), end_date=get_date(self.end_date),
            min_instruments=self.min_instruments.value(),
            completion_threshold_pct=self.threshold.value(),
            teaching_hour_minutes=int(self.hour_minutes.currentData()),
            target_age_min=self.age_min.value() or None, target_age_max=self.age_max.value(
                ) or None,
            retention_until=get_date(self.retention_until),
            funding_line=self.funding_line.toPlainText().strip(),
            monitoring_format=self.monitoring_format.currentData(),
            editions=self.editions.editions(), groups=self.groups.groups(), **money,
        )
        return draft, problems

    def draft(self) -> ProjectDraft:
        return self.collect()[0]

    # --- validation -----------------------------------------------------------------------
    def revalidate(self) -> list[FieldProblem]:
        draft, problems = self.collect()
        unreadable = {p.field for p in problems}
        problems += [p for p in validate_project(draft)
                     if not (p.code == "sum_mismatch" and unreadable)]
        self._show_problems(problems)
        return problems

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        by_field: dict[str, str] = {}
        for problem in problems:
            if problem.code == "required" and not self._tried_save:
                continue
            text = field_problem_text(problem)
            if problem.code == "sum_mismatch":
                text += " " + self.tr("Dofinansowanie UE + wkład własny = {sum}.").format(
                    sum=format_pln(int(problem.params["sum"])))
            by_field.setdefault(problem.field, text)
        for name, error in self.errors.items():
            error.setText(by_field.get(name, ""))
            error.setVisible(name in by_field)
        if self._tried_save and by_field:
            first = next(iter(by_field))
            self.tabs.setCurrentIndex(_TAB_OF_FIELD.get(first, 0))

    def _tidy_money(self, name: str) -> None:
        edit = self.edits[name]
        try:
            amount = to_grosze(edit.text()) if edit.text().strip() else None
        except ValueError:
            return
        edit.setText(format_pln(amount, currency=False) if amount else "")

    # --- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        self._tried_save = True
        if self.revalidate():
            return
        try:
            if self.project_id is None:
                view = projects.create_project(self._ctx, draft=self.draft())
            else:
                view = projects.update_project(self._ctx, project_id=self.project_id,
                                               draft=self.draft())
        except ValidationFailed as exc:
            self._show_problems(exc.problems)
            return
        except PermissionDenied as exc:
            QMessageBox.warning(self, self.windowTitle(), permission_text(exc))
            return
        self.project_id = self.saved_id = view.id
        self.accept()
