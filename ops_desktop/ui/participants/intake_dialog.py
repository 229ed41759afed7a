"""Intake: the form of a person (new or existing), validated as it is typed.

Problems show in Polish under their field; "required" ones only after a save attempt. A PESEL
that is already in the database offers to open that person instead of creating a duplicate
(`open_instead` holds their id when the dialog closes for that reason). A save after another
caseworker saved the same person (since this form was loaded) is refused: the box at the top
names who and when, the typed data stays, and "Wczytaj aktualne dane" loads theirs.

The form's tabs and their Tab order are built by `intake_sections.IntakeSections`; this module
holds the dialog: the person in and out, validation as typed, and saving."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QTabWidget,
    QVBoxLayout, QWidget,
)

from ops_desktop.domain.enums import (
    AreaType, DisabilityDegree, Education, LabourStatus, LabourSubstatus, SensitiveFlag, TriState,
)
from ops_desktop.domain.errors import (
    DuplicatePesel, EditConflict, FieldProblem, PermissionDenied, ValidationFailed,
)
from ops_desktop.domain.participants import Address, PersonDraft, validate_person
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.pesel import parse_pesel, pesel_problem
from ops_desktop.services import participants, places
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.keyboard import FormOrder, answer_by_letter
from ops_desktop.ui.common.labels import current_enum, label, select_data
from ops_desktop.ui.participants.intake_sections import IntakeSections
from ops_desktop.ui.participants.place_completion import PlaceCompletion
from ops_desktop.ui.common.messages import edit_conflict_text, field_problem_text, permission_text
from ops_desktop.ui.common.forms import get_date, save_cancel_buttons, set_date, show_error

_TEXT_FIELDS = ("first_name", "last_name", "pesel", "other_id", "phone", "email")
_ADDRESS_FIELDS = ("street", "building", "flat", "postal_code", "city", "municipality",
                   "county", "voivodeship")
_ALWAYS_SHOWN = {"required"}  # codes shown only after a save attempt


class IntakeDialog(QDialog, IntakeSections):
    def __init__(self, ctx: ServiceContext, *, person_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.person_id = person_id
        self.saved_id: int | None = None
        self.open_instead: int | None = None
        self._duplicate_id: int | None = None
        self._tried_save = False
        self.setWindowTitle(self.tr("Przyjęcie osoby") if person_id is None
                            else self.tr("Dane osoby"))
        self.resize(760, 620)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        tabs = QTabWidget()
        tabs.addTab(self._personal_tab(), self.tr("Dane osobowe"))
        tabs.addTab(self._address_tab(), self.tr("Adres i kontakt"))
        self._sensitive_combos: dict[SensitiveFlag, QComboBox] = {}
        if ctx.can(Permission.SENSITIVE_READ):
            tabs.addTab(self._sensitive_tab(), self.tr("Dane szczególne"))
        from ops_desktop.ui.participants.enrolment_panel import EnrolmentPanel

        self.enrolment = EnrolmentPanel(ctx, self)
        self.enrolment.save_person_first.connect(self._save_for_enrolment)
        tabs.addTab(self.enrolment, self.tr("Udział w projektach"))
        self.tabs = tabs
        self.order = FormOrder(tabs, self._paper_order())
        for combo in (self.education, self.labour, self.labour_substatus,
                      self.enrolment.project, self.enrolment.group):
            answer_by_letter(combo, lambda: self.order.move(True))
        PlaceCompletion(places.known_places(ctx), self.edits, degurba=self.degurba,
                        area_type=self.area_type, parent=self)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self._conflict_box())
        layout.addWidget(tabs, 1)
        layout.addWidget(self.buttons)
        if person_id is not None:
            self._load(person_id)
        for edit in self.edits.values():
            edit.textChanged.connect(self.revalidate)
        self.no_pesel.toggled.connect(self._no_pesel_toggled)
        self._no_pesel_toggled(self.no_pesel.isChecked())
        self.edits["first_name"].setFocus()

    # --- building (the form's sections: intake_sections.py) --------------------------------
    def focusNextPrevChild(self, forward: bool) -> bool:
        return self.order.move(forward) or super().focusNextPrevChild(forward)

    def _conflict_box(self) -> QWidget:
        """Shown when another caseworker saved the person after this form was loaded: the
        typed data stays in the form; "Wczytaj aktualne dane" replaces it with theirs."""
        self.conflict_box = QWidget()
        self.conflict_box.setObjectName("editConflict")
        row = QHBoxLayout(self.conflict_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Wczytaj aktualne dane"))
        self.reload_button.setObjectName("reloadPerson")
        self.reload_button.clicked.connect(self._reload)
        row.addWidget(self.conflict_label, 1)
        row.addWidget(self.reload_button)
        self.conflict_box.hide()
        return self.conflict_box

    # --- data in and out ------------------------------------------------------------------
    def draft(self) -> PersonDraft:
        text = {name: edit.text().strip() for name, edit in self.edits.items()}
        sensitive = {flag: current_enum(combo, TriState)
                     for flag, combo in self._sensitive_combos.items()
                     if combo.currentData() is not None}
        degree = getattr(self, "disability_degree", None)
        return PersonDraft(
            first_name=text["first_name"], last_name=text["last_name"],
            pesel="" if self.no_pesel.isChecked() else text["pesel"],
            no_pesel=self.no_pesel.isChecked(), other_id=text["other_id"],
            birth_date=get_date(self.birth_date) if self.no_pesel.isChecked() else None,
            address=Address(**{name: text[name] for name in _ADDRESS_FIELDS},
                            degurba=self.degurba.currentData(),
                            area_type=current_enum(self.area_type, AreaType)),
            phone=text["phone"], email=text["email"], education=current_enum(self.education,
                                                                             Education),
            labour_status=current_enum(
                self.labour, LabourStatus), long_term_unemployed=self.long_term.isChecked(),
            labour_substatus=current_enum(self.labour_substatus, LabourSubstatus),
            sensitive=sensitive, disability_degree=current_enum(
                degree, DisabilityDegree) if degree else None,
            caseworker_id=self._caseworker_id, household_id=self._household_id, notes=self._notes,
        )

    # Kept from the loaded person so that saving the form does not wipe what it does not show.
    _caseworker_id: int | None = None
    _household_id: int | None = None
    _notes: str = ""
    # The version of the person the form was loaded from (None: a new person): the save
    # hands it back, so another caseworker's save in between is refused, not overwritten.
    _version: int | None = None

    def _load(self, person_id: int) -> None:
        view = participants.get_person(self._ctx, person_id=person_id)
        self._version = view.version
        d = view.draft
        self._caseworker_id = d.caseworker_id
        self._household_id, self._notes = d.household_id, d.notes
        for name in _TEXT_FIELDS:
            self.edits[name].setText(getattr(d, name))
        for name in _ADDRESS_FIELDS:
            self.edits[name].setText(getattr(d.address, name))
        self.no_pesel.setChecked(d.no_pesel)
        set_date(self.birth_date, d.birth_date)
        select_data(self.education, d.education)
        select_data(self.degurba, d.address.degurba)
        select_data(self.area_type, d.address.area_type)
        select_data(self.labour_substatus, d.labour_substatus)
        select_data(self.labour, d.labour_status)
        self.long_term.setChecked(d.long_term_unemployed)
        for flag, combo in self._sensitive_combos.items():
            select_data(combo, d.sensitive.get(flag))
        if self._sensitive_combos:
            select_data(self.disability_degree, d.disability_degree)
        self.enrolment.set_person(person_id)
        self.revalidate()

    # --- validation -----------------------------------------------------------------------
    def _disability_answered(self) -> None:
        """The degree belongs to a "Tak" only (the rule of validate_person): otherwise it is
        cleared and passed over by Tab."""
        disabled = current_enum(self._sensitive_combos[SensitiveFlag.DISABILITY], TriState)
        applies = disabled is TriState.YES and self._ctx.can(Permission.SENSITIVE_WRITE)
        if not applies:
            self.disability_degree.setCurrentIndex(0)
        self.disability_degree.setEnabled(applies)

    def _no_pesel_toggled(self, checked: bool) -> None:
        self.edits["pesel"].setEnabled(not checked)
        self.edits["other_id"].setEnabled(checked)
        self.birth_date.setEnabled(checked)
        self.revalidate()

    def revalidate(self) -> list[FieldProblem]:
        draft = self.draft()
        problems = validate_person(draft)
        self._show_problems(problems)
        self._update_derived(draft)
        return problems

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        by_field: dict[str, str] = {}
        for problem in problems:
            if problem.code in _ALWAYS_SHOWN and not self._tried_save:
                continue
            if problem.field == "pesel" and problem.code == "length" and not self._tried_save \
                    and len(self.edits["pesel"].text().strip()) < 11:
                continue  # still typing
            by_field.setdefault(problem.field, field_problem_text(problem))
        for name, error in self.errors.items():
            show_error(error, by_field.get(name))

    def _update_derived(self, draft: PersonDraft) -> None:
        self._duplicate_id = None
        if draft.no_pesel or pesel_problem(draft.pesel) is not None:
            self.derived.setText("")
            self.derived.hide()  # no empty line between the PESEL and the next field
            self.duplicate_box.hide()
            return
        self.derived.show()
        info = parse_pesel(draft.pesel)
        self.derived.setText(self.tr("Płeć: {sex}, data urodzenia: {date}").format(
            sex=label(info.sex), date=info.birth_date.strftime("%d.%m.%Y")))
        existing = participants.find_by_pesel(self._ctx, pesel=draft.pesel)
        if existing is not None and existing != self.person_id:
            self._duplicate_id = existing
        self.duplicate_box.setVisible(self._duplicate_id is not None)

    # --- actions --------------------------------------------------------------------------
    def _open_existing(self) -> None:
        self.open_instead = self._duplicate_id
        self.reject()

    def _store(self) -> bool:
        """Validate and write; True when the person is saved."""
        self._tried_save = True
        if self.revalidate():
            return False
        try:
            if self.person_id is None:
                view = participants.create_person(self._ctx, draft=self.draft())
            else:
                view = participants.update_person(self._ctx, person_id=self.person_id,
                                                  draft=self.draft(), version=self._version)
        except EditConflict as exc:
            self.conflict_label.setText(edit_conflict_text(exc))
            self.conflict_box.show()
            return False
        except DuplicatePesel as exc:
            self._duplicate_id = exc.person_id
            self.duplicate_box.show()
            return False
        except ValidationFailed as exc:
            self._show_problems(exc.problems)
            return False
        except PermissionDenied as exc:
            QMessageBox.warning(self, self.windowTitle(), permission_text(exc))
            return False
        self.person_id = self.saved_id = view.id
        self._version = view.version
        self.conflict_box.hide()
        self.enrolment.set_person(view.id)
        return True

    def _reload(self) -> None:
        """Replace the form with the person as saved now (the typed changes are dropped)."""
        self._tried_save = False
        self._load(self.person_id)
        self.conflict_box.hide()

    def save(self) -> None:
        """Save the person; a project and group chosen on the last page are enrolled too
        (the dialog stays open when the enrolment has something to say)."""
        if not self._store():
            return
        if self.enrolment.pending() and not self.enrolment.enrol_now():
            self.tabs.setCurrentWidget(self.enrolment)
            return
        self.accept()

    def _save_for_enrolment(self) -> None:
        if self._store():
            self.enrolment.enrol_now()
