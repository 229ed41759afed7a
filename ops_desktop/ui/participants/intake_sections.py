"""The sections of the intake form (ui/participants/intake_dialog.py): the personal data,
address and contact, and special-category tabs, each a QFormLayout of named fields with their
error labels below, and the order Tab walks them in (that of the paper form).

`IntakeSections` is a mixin of IntakeDialog (like a pyside6-uic class): it builds the widgets
as attributes of the dialog (`edits`, `errors`, `education`, `no_pesel`, …) and connects them
to the dialog's validation. Its texts are in the dialog's translation context."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget,
)

from ops_desktop.domain.enums import (
    AreaType, DisabilityDegree, Education, LabourStatus, LabourSubstatus, SensitiveFlag, TriState,
)
from ops_desktop.domain.permissions import Permission
from ops_desktop.ui.keyboard import answer_by_letter
from ops_desktop.ui.common.labels import fill_combo, label
from ops_desktop.ui.common.forms import (
    error_label, line_with_error, optional_date_edit, with_error,
)
from ops_desktop.ui.common.translation import translator

_t = translator("IntakeDialog")


class IntakeSections:
    # --- building -------------------------------------------------------------------------
    def _paper_order(self) -> list[QWidget]:
        """Tab order of the paper intake form, page after page; what is rarely filled in
        (no PESEL, the place the postal code completes) comes last on its page."""
        e, panel = self.edits, self.enrolment
        return [
            e["first_name"], e["last_name"], e["pesel"], self.open_existing_button,
            self.education, self.labour, self.long_term, self.labour_substatus, self.no_pesel,
            e["other_id"], self.birth_date,
            e["street"], e["building"], e["flat"], e["postal_code"], e["city"], e["phone"],
            e["email"], e["municipality"], e["county"], e["voivodeship"], self.degurba,
            self.area_type,
            *self._sensitive_combos.values(), *([self.disability_degree]
                                                if self._sensitive_combos else []),
            panel.project, panel.group, panel.role, panel.status, panel.start,
            panel.enrol_button]

    def _line(self, name: str, placeholder: str = "") -> QWidget:
        return line_with_error(name, self.edits, self.errors, placeholder)

    def _personal_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(_t("Imię *"), self._line("first_name"))
        form.addRow(_t("Nazwisko *"), self._line("last_name"))
        form.addRow(_t("PESEL *"), self._line("pesel", _t("11 cyfr")))
        self.edits["pesel"].setMaxLength(11)
        self.derived = QLabel()
        self.derived.setObjectName("derived")
        form.addRow("", self.derived)
        self.duplicate_box = QWidget()
        dup_layout = QHBoxLayout(self.duplicate_box)
        dup_layout.setContentsMargins(0, 0, 0, 0)
        self.duplicate_label = QLabel(_t("Osoba z tym numerem PESEL jest już w bazie."))
        self.open_existing_button = QPushButton(_t("Otwórz tę osobę"))
        self.open_existing_button.setObjectName("openExisting")
        self.open_existing_button.clicked.connect(self._open_existing)
        dup_layout.addWidget(self.duplicate_label)
        dup_layout.addWidget(self.open_existing_button)
        self.duplicate_box.hide()
        form.addRow("", self.duplicate_box)
        self.no_pesel = QCheckBox(_t("Brak numeru PESEL"))
        self.no_pesel.setObjectName("no_pesel")
        form.addRow("", self.no_pesel)
        form.addRow(_t("Inny identyfikator"),
                    self._line("other_id", _t("np. nr paszportu")))
        self.birth_date = optional_date_edit("birth_date")
        self.errors["birth_date"] = error_label("birth_date")
        self.birth_date.dateChanged.connect(self.revalidate)
        form.addRow(_t("Data urodzenia"),
                    with_error(self.birth_date, self.errors["birth_date"]))
        self.education = QComboBox()
        self.education.setObjectName("education")
        fill_combo(self.education, list(Education))
        form.addRow(_t("Wykształcenie"), self.education)
        self.labour = QComboBox()
        self.labour.setObjectName("labour_status")
        fill_combo(self.labour, list(LabourStatus))
        form.addRow(_t("Status na rynku pracy"), self.labour)
        self.long_term = QCheckBox(_t("Osoba długotrwale bezrobotna"))
        form.addRow("", self.long_term)
        # The "w tym" of the 2007–2013 list (PEFS 2007): a learner, the kind of employer.
        self.labour_substatus = QComboBox()
        self.labour_substatus.setObjectName("labour_substatus")
        fill_combo(self.labour_substatus, list(LabourSubstatus))
        form.addRow(_t("W tym (lista PEFS 2007)"), self.labour_substatus)
        self.errors["sex"] = error_label("sex")
        form.addRow("", self.errors["sex"])
        return page

    def _address_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        labels = {"street": _t("Ulica"), "building": _t("Nr budynku"),
                  "flat": _t("Nr lokalu"), "postal_code": _t("Kod pocztowy"),
                  "city": _t("Miejscowość"), "municipality": _t("Gmina"),
                  "county": _t("Powiat"), "voivodeship": _t("Województwo")}
        # What the person says first (address, phone), then what the postal code completes.
        for name in ("street", "building", "flat", "postal_code", "city"):
            form.addRow(labels[name], self._line(name, "87-800" if name == "postal_code" else ""))
        form.addRow(_t("Telefon"), self._line("phone"))
        form.addRow(_t("E-mail"), self._line("email"))
        for name in ("municipality", "county", "voivodeship"):
            form.addRow(labels[name], self._line(name))
        # DEGURBA is asked by the monitoring lists; the form must keep and edit it.
        self.degurba = QComboBox()
        self.degurba.setObjectName("degurba")
        for text, value in ((_t("—"), None), (_t("1 — miasto"), 1),
                            (_t("2 — małe miasto, przedmieścia"), 2),
                            (_t("3 — obszar wiejski"), 3)):
            self.degurba.addItem(text, value)
        form.addRow(_t("Obszar (DEGURBA)"), self.degurba)
        self.area_type = QComboBox()
        self.area_type.setObjectName("area_type")
        fill_combo(self.area_type, list(AreaType))
        form.addRow(_t("Obszar miejski / wiejski"), self.area_type)
        return page

    def _sensitive_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        note = QLabel(_t("Dane szczególnej kategorii: podanie jest dobrowolne; "
                         "odmowę odnotuj jako „Odmowa podania informacji”. "
                         "Odpowiedź wybiera jej pierwsza litera (T, N, O); kursor "
                         "przechodzi wtedy do następnego pytania."))
        note.setWordWrap(True)
        form.addRow(note)
        writable = self._ctx.can(Permission.SENSITIVE_WRITE)
        for flag in SensitiveFlag:
            combo = QComboBox()
            combo.setObjectName(f"flag_{flag.value}")
            fill_combo(combo, list(TriState))
            combo.setEnabled(writable)
            answer_by_letter(combo, lambda: self.order.move(True))
            self._sensitive_combos[flag] = combo
            form.addRow(label(flag), combo)
        self.disability_degree = QComboBox()
        self.disability_degree.setObjectName("disability_degree")
        fill_combo(self.disability_degree, list(DisabilityDegree))
        self.disability_degree.setEnabled(False)
        self._sensitive_combos[SensitiveFlag.DISABILITY].currentIndexChanged.connect(
            self._disability_answered)
        self.errors["disability_degree"] = error_label("disability_degree")
        form.addRow(_t("Stopień niepełnosprawności"),
                    with_error(self.disability_degree, self.errors["disability_degree"]))
        return page
