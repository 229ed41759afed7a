"""Contract problems, warnings and refusals in calm Polish sentences (through tr): what is
missing at signing, which row of which table, why an action is refused."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ops_desktop.domain.contracts import ContractWarning
from ops_desktop.domain.errors import FieldProblem, RuleViolation
from ops_desktop.ui.messages import field_problem_text, rule_text
from ops_desktop.ui.common.translation import translator


_t = translator("contract_messages")


FIELD_LABELS = {
    "place": QT_TRANSLATE_NOOP("contract_messages", "miejsce zawarcia"),
    "period_from": QT_TRANSLATE_NOOP("contract_messages", "okres od"),
    "period_to": QT_TRANSLATE_NOOP("contract_messages", "okres do"),
    "caseworker": QT_TRANSLATE_NOOP("contract_messages", "pracownik socjalny"),
    "causes": QT_TRANSLATE_NOOP("contract_messages", "przyczyny trudnej sytuacji"),
    "resources": QT_TRANSLATE_NOOP("contract_messages", "zasoby i mocne strony"),
    "limitations": QT_TRANSLATE_NOOP("contract_messages", "ograniczenia"),
    "education": QT_TRANSLATE_NOOP("contract_messages", "wykształcenie"),
    "profession": QT_TRANSLATE_NOOP("contract_messages", "zawód"),
    "work_history": QT_TRANSLATE_NOOP("contract_messages", "przebieg pracy"),
    "earlier_activation": QT_TRANSLATE_NOOP("contract_messages", "dotychczasowa aktywizacja"),
    "main_goal": QT_TRANSLATE_NOOP("contract_messages", "cel główny"),
    "specific_goals":
        QT_TRANSLATE_NOOP("contract_messages", "cele szczegółowe (co najmniej jeden)"),
    "actions": QT_TRANSLATE_NOOP("contract_messages", "uzgodnione działania (co najmniej jedno)"),
    "evaluations": QT_TRANSLATE_NOOP("contract_messages", "terminy oceny (co najmniej jeden)"),
    "referral_number": QT_TRANSLATE_NOOP("contract_messages", "numer skierowania z PUP"),
    "referral_date": QT_TRANSLATE_NOOP("contract_messages", "data skierowania z PUP"),
    "signed_on": QT_TRANSLATE_NOOP("contract_messages", "data zawarcia"),
    "amendment_date": QT_TRANSLATE_NOOP("contract_messages", "data aneksu"),
    "scope": QT_TRANSLATE_NOOP("contract_messages", "zakres zmian"),
    "ended_on": QT_TRANSLATE_NOOP("contract_messages", "data zakończenia"),
    "outcome": QT_TRANSLATE_NOOP("contract_messages", "ocena końcowa"),
    "reason": QT_TRANSLATE_NOOP("contract_messages", "przyczyna"),
    "justification": QT_TRANSLATE_NOOP("contract_messages", "uzasadnienie"),
    "given_on": QT_TRANSLATE_NOOP("contract_messages", "data zgody"),
    "name": QT_TRANSLATE_NOOP("contract_messages", "nazwa"),
    "text": QT_TRANSLATE_NOOP("contract_messages", "treść"),
    "withdrawn_on": QT_TRANSLATE_NOOP("contract_messages", "data wycofania"),
}
TABLE_LABELS = {
    "actions": QT_TRANSLATE_NOOP("contract_messages", "Działania"),
    "benefits": QT_TRANSLATE_NOOP("contract_messages", "Świadczenia"),
    "family": QT_TRANSLATE_NOOP("contract_messages", "Członkowie rodziny"),
    "evaluations": QT_TRANSLATE_NOOP("contract_messages", "Oceny"),
}
ACTION_FIELD_LABELS = {
    "description": QT_TRANSLATE_NOOP("contract_messages", "działanie"),
    "by": QT_TRANSLATE_NOOP("contract_messages", "realizatora"),
    "by_other": QT_TRANSLATE_NOOP("contract_messages", "nazwę instytucji"),
    "deadline": QT_TRANSLATE_NOOP("contract_messages", "termin"),
    "verification": QT_TRANSLATE_NOOP("contract_messages", "sposób sprawdzenia"),
}

_CODES = {
    "required": QT_TRANSLATE_NOOP("contract_messages", "Uzupełnij: {label}."),
    "before_start":
        QT_TRANSLATE_NOOP("contract_messages", "{label}: data wcześniejsza niż początek okresu."),
    "future": QT_TRANSLATE_NOOP("contract_messages", "{label}: data nie może być w przyszłości."),
    "after_period":
        QT_TRANSLATE_NOOP("contract_messages", "Data zawarcia jest późniejsza niż koniec okresu "
                                               "kontraktu."),
    "outside_project":
        QT_TRANSLATE_NOOP("contract_messages", "{label}: poza okresem realizacji projektu ({start} "
                                               "– {end})."),
    "before_signing":
        QT_TRANSLATE_NOOP("contract_messages", "{label}: data wcześniejsza niż data zawarcia "
                                               "kontraktu."),
    "before_last_amendment":
        QT_TRANSLATE_NOOP("contract_messages", "Data aneksu jest wcześniejsza niż data "
                                               "poprzedniego aneksu."),
    "before_given":
        QT_TRANSLATE_NOOP("contract_messages", "Zgody nie można wycofać przed dniem jej "
                                               "udzielenia."),
    "too_long":
        QT_TRANSLATE_NOOP("contract_messages", "{label}: tekst jest za długi (najwyżej {max} "
                                               "znaków)."),
}
_ROW_CODES = {
    "row_incomplete":
        QT_TRANSLATE_NOOP("contract_messages", "{table}, wiersz {row}: uzupełnij {missing}."),
    "amount_not_positive":
        QT_TRANSLATE_NOOP("contract_messages", "{table}, wiersz {row}: kwota musi być większa od "
                                               "zera."),
    "decision_in_future":
        QT_TRANSLATE_NOOP("contract_messages", "{table}, wiersz {row}: data decyzji nie może być w "
                                               "przyszłości."),
    "pesel":
        QT_TRANSLATE_NOOP("contract_messages", "{table}, wiersz {row}: niepoprawny numer PESEL."),
    "name_required":
        QT_TRANSLATE_NOOP("contract_messages", "{table}, wiersz {row}: podaj imię i nazwisko."),
    "date_required":
        QT_TRANSLATE_NOOP("contract_messages", "{table}, wiersz {row}: podaj termin oceny."),
    "before_signing":
        QT_TRANSLATE_NOOP("contract_messages", "{table}, wiersz {row}: data wcześniejsza niż data "
                                               "zawarcia kontraktu."),
    "future":
        QT_TRANSLATE_NOOP("contract_messages", "{table}, wiersz {row}: data nie może być w "
                                               "przyszłości."),
}


def problem_text(problem: FieldProblem) -> str:
    params = problem.params
    if "row" in params and problem.code in _ROW_CODES:
        missing = ", ".join(_t(ACTION_FIELD_LABELS.get(name, name))
                            for name in params.get("missing", ()))
        return _t(_ROW_CODES[problem.code]).format(
            table=_t(TABLE_LABELS.get(problem.field, problem.field)), row=params["row"],
            missing=missing)
    if problem.field == "instruments" and problem.code == "duplicate":
        return _t("Ten sam instrument wybrano więcej niż raz.")
    if problem.field == "name" and problem.code == "duplicate":
        return _t("Instrument o tej nazwie jest już w tej kategorii.")
    text = _CODES.get(problem.code)
    if text is None:
        return field_problem_text(problem)
    label = _t(FIELD_LABELS.get(problem.field, problem.field))
    values = {"label": label[:1].upper() + label[1:] if problem.code != "required" else label,
              "start": _day(params.get("from")), "end": _day(params.get("to")),
              "max": params.get("max", "")}
    return _t(text).format(**values)


def problems_text(problems: list[FieldProblem]) -> str:
    return "\n".join(f"• {problem_text(p)}" for p in problems)


def warning_text(warning: ContractWarning) -> str:
    if warning.code == "too_few_instruments":
        return _t("Wybrano instrumentów aktywnej integracji: {count}; projekt wymaga co najmniej "
                  "{minimum} na osobę.").format(**warning.params)
    if warning.code == "overlap":
        number = warning.params.get("number") or _t("projekt kontraktu")
        return _t("Okres kontraktu pokrywa się z innym kontraktem tej osoby w tym projekcie "
                  "({number}).").format(number=number)
    return warning.code


def contract_rule_text(exc: RuleViolation) -> str:
    texts = {
        "contract_ended":
            QT_TRANSLATE_NOOP("contract_messages", "Kontrakt jest zakończony lub rozwiązany: nie "
                                                   "można go już zmieniać."),
        "contract_not_signed":
            QT_TRANSLATE_NOOP("contract_messages", "Kontrakt nie jest jeszcze podpisany."),
        "contract_not_draft":
            QT_TRANSLATE_NOOP("contract_messages", "Podpisany kontrakt zmienia się tylko aneksem."),
        "no_such_amendment":
            QT_TRANSLATE_NOOP("contract_messages", "Kontrakt nie ma aneksu nr {number}."),
    }
    text = texts.get(exc.code)
    return _t(text).format(**exc.params) if text else rule_text(exc)


def _day(value: object) -> str:
    return value.strftime("%d.%m.%Y") if hasattr(value, "strftime") else ""
