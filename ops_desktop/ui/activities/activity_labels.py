"""Screen labels (through tr) of the activities' dictionaries, and the Polish sentences of
their problem codes and rule refusals. Everything else falls back to `ui/messages.py`."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ops_desktop.domain.activities import ActivityForm, SpecialistKind
from ops_desktop.domain.attendance import Mark
from ops_desktop.domain.certificates import CertificateKind
from ops_desktop.domain.errors import (
    DomainError, FieldProblem, PermissionDenied, RuleViolation, ValidationFailed,
)
from ops_desktop.ui import messages
from ops_desktop.ui.common.translation import translator


_t = translator("activities")


def activity_label(value: Enum | None) -> str:
    if value is None:
        return ""
    texts = {
        ActivityForm.COURSE: QT_TRANSLATE_NOOP("activities", "Kurs / szkolenie"),
        ActivityForm.WORKSHOP: QT_TRANSLATE_NOOP("activities", "Warsztaty"),
        ActivityForm.SUPPORT_GROUP: QT_TRANSLATE_NOOP("activities", "Grupa wsparcia"),
        ActivityForm.CONSULTATION: QT_TRANSLATE_NOOP("activities", "Konsultacje indywidualne"),
        ActivityForm.KIS_EDITION: QT_TRANSLATE_NOOP("activities", "Edycja KIS"),
        ActivityForm.PAL_EVENT: QT_TRANSLATE_NOOP("activities", "Działanie PAL"),
        ActivityForm.TRIP: QT_TRANSLATE_NOOP("activities", "Wyjazd / impreza integracyjna"),
        ActivityForm.DAY_CARE: QT_TRANSLATE_NOOP("activities", "Opieka nad dziećmi"),
        SpecialistKind.PSYCHOLOGIST: QT_TRANSLATE_NOOP("activities", "Psycholog"),
        SpecialistKind.CAREER_ADVISER: QT_TRANSLATE_NOOP("activities", "Doradca zawodowy"),
        SpecialistKind.LAWYER: QT_TRANSLATE_NOOP("activities", "Prawnik"),
        SpecialistKind.PEDAGOGUE: QT_TRANSLATE_NOOP("activities", "Pedagog"),
        SpecialistKind.FAMILY_CONSULTANT: QT_TRANSLATE_NOOP("activities", "Konsultant rodzinny"),
        SpecialistKind.THERAPIST: QT_TRANSLATE_NOOP("activities", "Terapeuta"),
        SpecialistKind.DOCTOR: QT_TRANSLATE_NOOP("activities", "Lekarz"),
        SpecialistKind.OTHER: QT_TRANSLATE_NOOP("activities", "Inny specjalista"),
        Mark.PRESENT: QT_TRANSLATE_NOOP("activities", "obecny"),
        Mark.EXCUSED: QT_TRANSLATE_NOOP("activities", "nieobecność usprawiedliwiona"),
        Mark.UNEXCUSED: QT_TRANSLATE_NOOP("activities", "nieobecność nieusprawiedliwiona"),
        CertificateKind.COMPLETION: QT_TRANSLATE_NOOP("activities", "o ukończeniu"),
        CertificateKind.PARTICIPATION: QT_TRANSLATE_NOOP("activities", "o uczestnictwie"),
    }
    text = texts.get(value)  # type: ignore[call-overload]
    return _t(text) if text else str(value.value)


def fill_activity_combo(combo, values) -> None:
    combo.clear()
    for value in values:
        combo.addItem(activity_label(value), value.value)


def _day(value: object) -> str:
    return value.strftime("%d.%m.%Y") if isinstance(value, dt.date) else str(value or "")


_FIELD_TEXTS: dict[tuple[str, str], str] = {
    ("day", "outside_project"):
        QT_TRANSLATE_NOOP("activities", "Spotkanie {day} wypada poza okresem realizacji projektu "
                                        "({from} – {to})."),
    ("hours", "not_positive"):
        QT_TRANSLATE_NOOP("activities", "Liczba godzin spotkania {day} musi być większa od zera."),
    ("time_to", "before_start"):
        QT_TRANSLATE_NOOP("activities", "Godzina zakończenia ({day}) musi być późniejsza niż "
                                        "rozpoczęcia."),
    ("name", "required"): QT_TRANSLATE_NOOP("activities", "Podaj nazwę zajęć."),
    ("threshold_pct", "range"):
        QT_TRANSLATE_NOOP("activities", "Próg obecności musi być w zakresie 1–100%."),
    ("planned_hours", "negative"):
        QT_TRANSLATE_NOOP("activities", "Liczba godzin nie może być ujemna."),
    ("planned_hours", "format"):
        QT_TRANSLATE_NOOP("activities", "Liczbę godzin podaj jako liczbę, np. 40 albo 4,5."),
    ("hours", "format"):
        QT_TRANSLATE_NOOP("activities", "Liczbę godzin podaj jako liczbę, np. 4 albo 1,5."),
    ("group_id", "not_in_project"):
        QT_TRANSLATE_NOOP("activities", "Wybrana grupa nie należy do projektu tych zajęć."),
    ("instrument_id", "unknown"):
        QT_TRANSLATE_NOOP("activities", "Wybranego instrumentu nie ma w katalogu."),
    ("activity_id", "not_in_project"):
        QT_TRANSLATE_NOOP("activities", "Wybrane zajęcia nie należą do projektu tej osoby."),
    ("topic", "required"): QT_TRANSLATE_NOOP("activities", "Podaj temat lub zakres wsparcia."),
    ("specialist", "required"): QT_TRANSLATE_NOOP("activities", "Podaj, kto udzielił wsparcia."),
    ("weekdays", "required"):
        QT_TRANSLATE_NOOP("activities", "Zaznacz co najmniej jeden dzień tygodnia."),
    ("schedule", "empty"):
        QT_TRANSLATE_NOOP("activities", "W wybranym okresie nie wypada żadne spotkanie."),
}

_RULE_TEXTS: dict[str, str] = {
    "attendance_not_enrolled":
        QT_TRANSLATE_NOOP("activities", "Tej osoby nie ma na liście zajęć — najpierw dopisz ją do "
                                        "listy."),
    "attendance_not_started":
        QT_TRANSLATE_NOOP("activities", "Tej osoby nie można oznaczyć {day}: jej udział w "
                                        "projekcie jeszcze się nie rozpoczął{start}."),
    "attendance_after_end":
        QT_TRANSLATE_NOOP("activities", "Tej osoby nie można oznaczyć {day}: zakończyła udział "
                                        "{end}."),
    "activity_has_certificates":
        QT_TRANSLATE_NOOP("activities", "Nie można usunąć zajęć, do których wydano zaświadczenia "
                                        "(rejestr jest trwały)."),
    "enrolment_has_marks":
        QT_TRANSLATE_NOOP("activities", "Ta osoba ma już wpisaną obecność — zamiast usuwać, wpisz "
                                        "datę zakończenia udziału."),
    "marks_after_leaving":
        QT_TRANSLATE_NOOP("activities", "Po dniu {day} ta osoba ma wpisaną obecność; najpierw "
                                        "wyczyść te wpisy."),
}


def problem_text(problem: FieldProblem) -> str:
    text = _FIELD_TEXTS.get((problem.field, problem.code))
    if text is None:
        return messages.field_problem_text(problem)
    params = {k: _day(v) for k, v in problem.params.items()}
    return _t(text).format_map(_Missing(params))


def rule_text(exc: RuleViolation) -> str:
    text = _RULE_TEXTS.get(exc.code)
    if text is None:
        return messages.rule_text(exc)
    params = {k: _day(v) for k, v in exc.params.items()}
    if exc.code == "attendance_not_started":
        params["start"] = _t(" (początek: {start})").format(start=params["start"]) \
            if exc.params.get("start") else ""
    if exc.code == "attendance_after_end":
        params["end"] = params.get("end", "")
    return _t(text).format_map(_Missing(params))


def error_text(exc: DomainError) -> str:
    """One calm sentence (or several lines) for any domain error of this area."""
    if isinstance(exc, ValidationFailed):
        seen: list[str] = []
        for problem in exc.problems:
            line = problem_text(problem)
            if line not in seen:
                seen.append(line)
        return "\n".join(seen[:8]) + (_t("\n… i {n} dalszych.").format(n=len(seen) - 8)
                                      if len(seen) > 8 else "")
    if isinstance(exc, RuleViolation):
        return rule_text(exc)
    if isinstance(exc, PermissionDenied):
        return messages.permission_text(exc)
    return _t("Nie znaleziono wskazanego rekordu (mógł zostać usunięty). Odśwież widok.")


def refusal_text(code: str) -> str:
    """Why a person could not be put on an activity's list."""
    texts = {
        "not_in_project": QT_TRANSLATE_NOOP("activities", "nie uczestniczy w tym projekcie"),
        "status_applied":
            QT_TRANSLATE_NOOP("activities", "jest dopiero zgłoszona (nie zakwalifikowana)"),
        "status_reserve": QT_TRANSLATE_NOOP("activities", "jest na liście rezerwowej"),
        "status_rejected": QT_TRANSLATE_NOOP("activities", "została odrzucona w rekrutacji"),
        "status_dropped_out": QT_TRANSLATE_NOOP("activities", "przerwała udział w projekcie"),
    }
    return _t(texts.get(code, code))


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return ""
