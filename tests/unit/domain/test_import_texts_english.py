"""The import's problem sentences and refusals follow the interface language."""

from __future__ import annotations

from ops_desktop import i18n
from ops_desktop.domain.errors import FieldProblem
from ops_desktop.domain.import_rules import ImportRefused, problem_text, refusal_text


def test_polish_by_default():
    assert problem_text(FieldProblem("sex", "unknown_value", {"value": "x"})) == \
        "Płeć: nieznana wartość „x”"
    assert refusal_text(ImportRefused("missing_columns", missing=["PESEL", "Płeć"])) == \
        "Brak wymaganych kolumn: PESEL, Płeć."


def test_english_with_lang_en(english_available):
    i18n.set_language("en")
    assert problem_text(FieldProblem("sex", "unknown_value", {"value": "x"})) == \
        'Sex: unknown value "x"'
    assert problem_text(FieldProblem("pesel", "checksum")) == "PESEL: wrong check digit"
    assert problem_text(FieldProblem("end_date", "before_start")) == \
        "End of participation: earlier than the start date"
    assert refusal_text(ImportRefused("empty")) == "The file has no row of data."
    assert refusal_text(ImportRefused("missing_columns", missing=["PESEL"])) == \
        "Required columns missing: PESEL."
