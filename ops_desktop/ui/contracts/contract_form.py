"""The fields of a social contract on five tabs (parties and period, assessment, goals and
actions, support, evaluations) plus a read-only Part II summary; turns them into a
ContractDraft and back. The dialog around it (`ui/contracts/contract_dialog.py`) decides what
is editable and calls the services."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTabWidget,
    QVBoxLayout, QWidget,
)

from ops_desktop.domain.contract_views import ContractView
from ops_desktop.domain.contracts import Assessment, ContractDraft, ContractVariant
from ops_desktop.domain.instruments import InstrumentView
from ops_desktop.domain.projects import GroupView
from ops_desktop.ui.contracts.contract_labels import contract_label, fill
from ops_desktop.ui.contracts.contract_tables import (
    actions_editor, benefits_editor, evaluations_editor, family_editor,
)
from ops_desktop.ui.common.fit import fit_combo
from ops_desktop.ui.common.forms import get_date, optional_date_edit, set_date
from ops_desktop.ui.contracts.instrument_picker import InstrumentPicker

ASSESSMENT = ("causes", "resources", "limitations", "education", "profession", "work_history",
              "earlier_activation")
# Which tab shows a field, so a problem can bring its tab forward.
TAB_OF = {"place": 0, "signed_on": 0, "period_from": 0, "period_to": 0, "caseworker": 0,
          "referral_number": 0, "referral_date": 0, "family": 0, "group_id": 0,
          **{name: 1 for name in ASSESSMENT}, "main_goal": 2, "specific_goals": 2, "actions": 2,
          "instruments": 3, "benefits": 3, "evaluations": 4}


class ContractForm(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._base: ContractDraft | None = None
        self.texts: dict[str, QPlainTextEdit] = {}
        self.lines: dict[str, QLineEdit] = {}
        self.addTab(self._parties_tab(), self.tr("Strony i okres"))
        self.addTab(self._assessment_tab(), self.tr("Ocena sytuacji"))
        self.addTab(self._goals_tab(), self.tr("Cele i działania"))
        self.addTab(self._support_tab(), self.tr("Wsparcie ośrodka"))
        self.evaluations = evaluations_editor()
        self.addTab(self.evaluations, self.tr("Oceny"))
        self.part_two = QLabel()
        self.part_two.setObjectName("partTwo")
        self.part_two.setWordWrap(True)
        self.addTab(self.part_two, self.tr("Część II"))
        self.variant.currentIndexChanged.connect(self._variant_changed)

    # --- building ---------------------------------------------------------------------------
    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        self.lines[name] = edit
        return edit

    def _text(self, name: str, height: int = 70) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setMinimumHeight(height)
        edit.setTabChangesFocus(True)
        self.texts[name] = edit
        return edit

    def _parties_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.person = QLabel()
        self.person.setObjectName("personLabel")
        self.project = QLabel()
        self.group = QComboBox()
        self.group.setObjectName("group")
        fit_combo(self.group, whole=True)
        self.variant = QComboBox()
        self.variant.setObjectName("variant")
        fill(self.variant, list(ContractVariant))
        self.referral_date = optional_date_edit("referral_date")
        self.signed_on = optional_date_edit("signed_on")
        self.period_from = optional_date_edit("period_from")
        self.period_to = optional_date_edit("period_to")
        self.family = family_editor()
        form.addRow(self.tr("Osoba"), self.person)
        form.addRow(self.tr("Projekt"), self.project)
        form.addRow(self.tr("Grupa / moduł"), self.group)
        form.addRow(self.tr("Wariant kontraktu"), self.variant)
        form.addRow(self.tr("Skierowanie z PUP: numer"), self._line("referral_number"))
        form.addRow(self.tr("Skierowanie z PUP: data"), self.referral_date)
        form.addRow(self.tr("Miejsce zawarcia *"), self._line("place"))
        form.addRow(self.tr("Data zawarcia (podpisania) *"), self.signed_on)
        form.addRow(self.tr("Okres od *"), self.period_from)
        form.addRow(self.tr("Okres do *"), self.period_to)
        form.addRow(self.tr("Pracownik socjalny *"), self._line("caseworker_name"))
        form.addRow(self.tr("Członkowie rodziny objęci kontraktem"), self.family)
        return page

    def _assessment_tab(self) -> QWidget:
        page = QWidget()
        layout = QFormLayout(page)
        layout.addRow(self.tr("Przyczyny trudnej sytuacji życiowej *"), self._text("causes"))
        layout.addRow(self.tr("Zasoby i mocne strony *"), self._text("resources"))
        layout.addRow(self.tr("Ograniczenia i problemy *"), self._text("limitations"))
        self.variant_b = QGroupBox(self.tr("Wariant B: sytuacja zawodowa"))
        b_form = QFormLayout(self.variant_b)
        b_form.addRow(self.tr("Wykształcenie *"), self._line("education"))
        b_form.addRow(self.tr("Zawód wyuczony"), self._line("profession"))
        b_form.addRow(self.tr("Przebieg pracy zawodowej *"), self._text("work_history", 50))
        b_form.addRow(self.tr("Dotychczasowa aktywizacja i przyczyny niepowodzenia *"),
                      self._text("earlier_activation", 50))
        layout.addRow(self.variant_b)
        return page

    def _goals_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.addRow(self.tr("Cel główny *"), self._text("main_goal", 45))
        form.addRow(self.tr("Cele szczegółowe * (każdy w osobnym wierszu)"),
                    self._text("specific_goals", 60))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Uzgodnione działania *")))
        self.actions = actions_editor()
        layout.addWidget(self.actions, 1)
        return page

    def _support_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Instrumenty aktywnej integracji")))
        self.instruments = InstrumentPicker()
        layout.addWidget(self.instruments, 2)
        layout.addWidget(QLabel(self.tr("Świadczenia (zasiłek celowy, pomoc rzeczowa)")))
        self.benefits = benefits_editor()
        layout.addWidget(self.benefits, 1)
        return page

    # --- data in and out --------------------------------------------------------------------
    def load(self, draft: ContractDraft, *, person: str, project: str, groups: list[GroupView],
             catalogue: list[InstrumentView], minimum: int, signed_on: dt.date | None) -> None:
        self._base = draft
        self.person.setText(person)
        self.project.setText(project)
        self.group.clear()
        self.group.addItem(self.tr("— bez grupy —"), None)
        for group in groups:
            self.group.addItem(group.name, group.id)
        self.group.setCurrentIndex(max(self.group.findData(draft.group_id), 0))
        self.variant.setCurrentIndex(max(self.variant.findData(draft.variant.value), 0))
        self.lines["referral_number"].setText(draft.referral_number)
        set_date(self.referral_date, draft.referral_date)
        self.lines["place"].setText(draft.place)
        set_date(self.signed_on, signed_on)
        set_date(self.period_from, draft.period_from)
        set_date(self.period_to, draft.period_to)
        self.lines["caseworker_name"].setText(draft.caseworker_name)
        for name in ASSESSMENT:
            self._set_value(name, getattr(draft.assessment, name))
        self._set_value("main_goal", draft.main_goal)
        self._set_value("specific_goals", "\n".join(draft.specific_goals))
        self.family.model.set_rows(draft.family)
        self.actions.model.set_rows(draft.actions)
        self.benefits.model.set_rows(draft.benefits)
        self.evaluations.model.set_rows(draft.evaluations)
        self.instruments.set_catalogue(catalogue, draft.instruments)
        self.instruments.set_minimum(minimum)
        self._variant_changed()

    def draft(self) -> ContractDraft:
        base = self._base
        assert base is not None, "load() first"

        value = self.value
        return ContractDraft(
            person_id=base.person_id, project_id=base.project_id,
            group_id=self.group.currentData(), variant=ContractVariant(self.variant.currentData()),
            referral_number=value("referral_number"), referral_date=get_date(self.referral_date),
            place=value("place"), period_from=get_date(self.period_from),
            period_to=get_date(self.period_to), caseworker_id=base.caseworker_id,
            caseworker_name=value("caseworker_name"), family=self.family.model.rows(),
            assessment=Assessment(**{name: value(name) for name in ASSESSMENT}),
            main_goal=value("main_goal"),
            specific_goals=[g.strip() for g in value("specific_goals").splitlines() if g.strip()],
            actions=self.actions.model.rows(), instruments=self.instruments.chosen(),
            benefits=self.benefits.model.rows(), evaluations=self.evaluations.model.rows())

    def value(self, name: str) -> str:
        if name in self.texts:
            return self.texts[name].toPlainText().strip()
        return self.lines[name].text().strip()

    def _set_value(self, name: str, text: str) -> None:
        if name in self.texts:
            self.texts[name].setPlainText(text)
        else:
            self.lines[name].setText(text)

    def signing_date(self) -> dt.date | None:
        return get_date(self.signed_on)

    def set_editable(self, *, part_one: bool, evaluations: bool) -> None:
        for widget in (*self.lines.values(), *self.texts.values()):
            widget.setReadOnly(not part_one)
        for widget in (self.group, self.variant, self.referral_date, self.period_from,
                       self.period_to):
            widget.setEnabled(part_one)
        for editor in (self.family, self.actions, self.benefits):
            editor.set_editable(part_one)
        self.instruments.set_editable(part_one)
        self.evaluations.set_editable(evaluations)

    def show_part_two(self, view: ContractView | None) -> None:
        if view is None or view.signed_on is None:
            self.part_two.setText(self.tr("Część II wypełnia się po zawarciu kontraktu."))
            return
        lines = [self.tr("Kontrakt {number} zawarty {date}; status: {status}.").format(
            number=view.number, date=view.signed_on.strftime("%d.%m.%Y"),
            status=contract_label(view.status))]
        for item in view.amendments:
            lines.append(self.tr("Aneks nr {n} z {date}: {scope}").format(
                n=item.number, date=item.signed_on.strftime("%d.%m.%Y"), scope=item.scope))
        if view.ending is not None:
            result = contract_label(view.ending.outcome or view.ending.reason)
            lines.append(self.tr("{status} {date}: {result}. {why}").format(
                status=contract_label(view.ending.status),
                date=view.ending.ended_on.strftime("%d.%m.%Y"), result=result,
                why=view.ending.justification))
        self.part_two.setText("\n".join(lines))

    def _variant_changed(self) -> None:
        is_b = self.variant.currentData() == ContractVariant.B.value
        self.variant_b.setVisible(is_b)
        self.lines["referral_number"].setEnabled(is_b)
        self.referral_date.setEnabled(is_b)
