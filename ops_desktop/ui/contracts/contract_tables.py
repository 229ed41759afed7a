"""The editable tables of the contract dialog: family members, agreed actions, benefits and
evaluations, each a RowsEditor over the draft's own row dataclasses."""

from __future__ import annotations

import datetime as dt
from enum import Enum


from ops_desktop.domain.contracts import (
    ActionBy, AgreedAction, Benefit, BenefitKind, Evaluation, FamilyMember,
)
from ops_desktop.domain.money import format_pln, to_grosze
from ops_desktop.ui.contracts.contract_labels import choices, contract_label
from ops_desktop.ui.common.table_models import EditableRowsModel, EditColumn
from ops_desktop.ui.widgets.rows_editor import DateDelegate, RowsEditor
from ops_desktop.ui.widgets.table_editors import ChoiceDelegate
from ops_desktop.ui.common.translation import translator


_t = translator("contract_tables")


def _set(row: object, attr: str, value: object) -> bool:
    setattr(row, attr, value)
    return True


def text_column(title: str, attr: str) -> EditColumn:
    return EditColumn(title, text=lambda r: getattr(r, attr),
                      store=lambda r, v: _set(r, attr, str(v or "").strip()))


def date_column(title: str, attr: str) -> EditColumn:
    def text(row: object) -> str:
        day = getattr(row, attr)
        return day.strftime("%d.%m.%Y") if day else ""

    return EditColumn(title, text=text, value=lambda r: getattr(r, attr),
                      store=lambda r, v: (v is None or isinstance(v, dt.date)) and _set(r, attr, v))


def enum_column(title: str, attr: str, enum: type[Enum]) -> EditColumn:
    return EditColumn(title, text=lambda r: contract_label(getattr(r, attr)),
                      value=lambda r: getattr(r, attr).value if getattr(r, attr) else None,
                      store=lambda r, v: _set(r, attr, enum(v) if v else None))


def money_column(title: str, attr: str) -> EditColumn:
    def store(row: object, value: object) -> bool:
        try:
            return _set(row, attr, to_grosze(str(value)))
        except ValueError:
            return False  # not an amount: the cell keeps its value

    return EditColumn(title, text=lambda r: format_pln(getattr(r, attr)),
                      value=lambda r: format_pln(getattr(r, attr), currency=False), store=store)


def check_column(title: str, attr: str) -> EditColumn:
    return EditColumn(title, text=lambda r: "", value=lambda r: getattr(r, attr), check=True,
                      store=lambda r, v: _set(r, attr, bool(v)))


def family_editor() -> RowsEditor:
    model = EditableRowsModel([
        text_column(_t("Imię"), "first_name"), text_column(_t("Nazwisko"), "last_name"),
        text_column(_t("PESEL"), "pesel"), text_column(_t("Stopień pokrewieństwa"), "relation"),
    ], FamilyMember)
    return RowsEditor(model, name="familyTable", widths=[120, 160, 110],
                      add_text=_t("Dodaj członka rodziny"))


def actions_editor() -> RowsEditor:
    model = EditableRowsModel([
        text_column(_t("Działanie"), "description"),
        enum_column(_t("Realizator"), "by", ActionBy),
        text_column(_t("Instytucja"), "by_other"),
        date_column(_t("Termin"), "deadline"),
        text_column(_t("Sposób sprawdzenia"), "verification"),
    ], AgreedAction)
    editor = RowsEditor(model, name="actionsTable", widths=[260, 130, 120, 95],
                        add_text=_t("Dodaj działanie"))
    editor.set_delegate(1, ChoiceDelegate(choices(ActionBy)))
    editor.set_delegate(3, DateDelegate())
    return editor


def benefits_editor() -> RowsEditor:
    model = EditableRowsModel([
        enum_column(_t("Rodzaj"), "kind", BenefitKind),
        text_column(_t("Przeznaczenie"), "description"),
        money_column(_t("Kwota"), "amount"),
        text_column(_t("Nr decyzji"), "decision_number"),
        date_column(_t("Data decyzji"), "decision_date"),
        check_column(_t("Wkład własny"), "own_contribution"),
    ], Benefit)
    editor = RowsEditor(model, name="benefitsTable", widths=[120, 170, 90, 110, 95],
                        add_text=_t("Dodaj świadczenie"))
    editor.set_delegate(0, ChoiceDelegate(choices(BenefitKind)))
    editor.set_delegate(4, DateDelegate())
    return editor


def evaluations_editor() -> RowsEditor:
    model = EditableRowsModel([
        date_column(_t("Termin planowany"), "planned_on"),
        date_column(_t("Data oceny"), "done_on"),
        text_column(_t("Ustalenia i ocena postępów"), "findings"),
    ], Evaluation)
    editor = RowsEditor(model, name="evaluationsTable", widths=[120, 110],
                        add_text=_t("Dodaj termin oceny"))
    editor.set_delegate(0, DateDelegate())
    editor.set_delegate(1, DateDelegate())
    return editor
