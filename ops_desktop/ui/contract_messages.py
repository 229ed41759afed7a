"""Contract problems, warnings and refusals in calm Polish sentences (through tr): what is
missing at signing, which row of which table, why an action is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ops_desktop.domain.contracts import ContractWarning
from ops_desktop.domain.errors import FieldProblem, RuleViolation
from ops_desktop.ui.messages import field_problem_text, rule_text


def _t(text: str) -> str:
    return QCoreApplication.translate("contract_messages", text)


FIELD_LABELS = {
    "place": "miejsce zawarcia", "period_from": "okres od", "period_to": "okres do",
    "caseworker": "pracownik socjalny", "causes": "przyczyny trudnej sytuacji",
    "resources": "zasoby i mocne strony", "limitations": "ograniczenia",
    "education": "wykształcenie", "profession": "zawód", "work_history": "przebieg pracy",
    "earlier_activation": "dotychczasowa aktywizacja", "main_goal": "cel główny",
    "specific_goals": "cele szczegółowe (co najmniej jeden)",
    "actions": "uzgodnione działania (co najmniej jedno)",
    "evaluations": "terminy oceny (co najmniej jeden)",
    "referral_number": "numer skierowania z PUP", "referral_date": "data skierowania z PUP",
    "signed_on": "data zawarcia", "amendment_date": "data aneksu", "scope": "zakres zmian",
    "ended_on": "data zakończenia", "outcome": "ocena końcowa", "reason": "przyczyna",
    "justification": "uzasadnienie", "given_on": "data zgody", "name": "nazwa",
    "text": "treść", "withdrawn_on": "data wycofania",
}
TABLE_LABELS = {"actions": "Działania", "benefits": "Świadczenia", "family": "Członkowie rodziny",
                "evaluations": "Oceny"}
ACTION_FIELD_LABELS = {"description": "działanie", "by": "realizatora",
                       "by_other": "nazwę instytucji", "deadline": "termin",
                       "verification": "sposób sprawdzenia"}

_CODES = {
    "required": "Uzupełnij: {label}.",
    "before_start": "{label}: data wcześniejsza niż początek okresu.",
    "future": "{label}: data nie może być w przyszłości.",
    "after_period": "Data zawarcia jest późniejsza niż koniec okresu kontraktu.",
    "outside_project": "{label}: poza okresem realizacji projektu ({start} – {end}).",
    "before_signing": "{label}: data wcześniejsza niż data zawarcia kontraktu.",
    "before_last_amendment": "Data aneksu jest wcześniejsza niż data poprzedniego aneksu.",
    "before_given": "Zgody nie można wycofać przed dniem jej udzielenia.",
    "too_long": "{label}: tekst jest za długi (najwyżej {max} znaków).",
}
_ROW_CODES = {
    "row_incomplete": "{table}, wiersz {row}: uzupełnij {missing}.",
    "amount_not_positive": "{table}, wiersz {row}: kwota musi być większa od zera.",
    "decision_in_future": "{table}, wiersz {row}: data decyzji nie może być w przyszłości.",
    "pesel": "{table}, wiersz {row}: niepoprawny numer PESEL.",
    "name_required": "{table}, wiersz {row}: podaj imię i nazwisko.",
    "date_required": "{table}, wiersz {row}: podaj termin oceny.",
    "before_signing": "{table}, wiersz {row}: data wcześniejsza niż data zawarcia kontraktu.",
    "future": "{table}, wiersz {row}: data nie może być w przyszłości.",
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
        "contract_ended": "Kontrakt jest zakończony lub rozwiązany: nie można go już zmieniać.",
        "contract_not_signed": "Kontrakt nie jest jeszcze podpisany.",
        "contract_not_draft": "Podpisany kontrakt zmienia się tylko aneksem.",
        "no_such_amendment": "Kontrakt nie ma aneksu nr {number}.",
    }
    text = texts.get(exc.code)
    return _t(text).format(**exc.params) if text else rule_text(exc)


def _day(value: object) -> str:
    return value.strftime("%d.%m.%Y") if hasattr(value, "strftime") else ""
