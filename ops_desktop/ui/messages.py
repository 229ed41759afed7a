"""Domain errors and field problems turned into calm Polish sentences (through tr)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ops_desktop.db.errors import (
    DatabaseDamaged, DatabaseLocked, DatabaseTooNew, DatabaseUnreadable, DiskFull, MediumFailed,
    ReadOnlyLocation, StorageError,
)
from ops_desktop.domain.errors import FieldProblem, PermissionDenied, RuleViolation


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


_FIELD_TEXTS: dict[tuple[str, str], str] = {
    ("pesel", "length"): "PESEL musi mieć 11 cyfr.",
    ("pesel", "checksum"): "Błędna cyfra kontrolna PESEL — sprawdź, czy numer przepisano dokładnie.",
    ("pesel", "date"): "PESEL zawiera nieistniejącą datę urodzenia.",
    ("pesel", "future"): "Data urodzenia z numeru PESEL jest w przyszłości.",
    ("sex", "pesel_mismatch"): "Płeć nie zgadza się z numerem PESEL.",
    ("birth_date", "future"): "Data urodzenia nie może być w przyszłości.",
    ("postal_code", "format"): "Kod pocztowy w formacie NN-NNN, np. 87-800.",
    ("email", "format"): "Niepoprawny adres e-mail, np. jan.kowalski@poczta.pl.",
    ("other_id", "required"): "Bez numeru PESEL podaj inny identyfikator (np. nr dokumentu).",
    ("disability_degree", "without_disability"):
        "Stopień niepełnosprawności podaje się tylko przy odpowiedzi „Tak”.",
    ("end_date", "before_start"): "Data zakończenia jest wcześniejsza niż data rozpoczęcia.",
    ("start_date", "outside_project"): "Data rozpoczęcia poza okresem realizacji projektu.",
    ("end_date", "outside_project"): "Data zakończenia poza okresem realizacji projektu.",
    ("budget_total", "sum_mismatch"):
        "Budżet ogółem musi być sumą dofinansowania UE i wkładu własnego.",
    ("title", "duplicate"): "Projekt o tym tytule już istnieje.",
    ("editions", "duplicate_year"): "Każdy rok edycji może wystąpić tylko raz.",
    ("editions", "year_outside"): "Rok edycji poza okresem realizacji projektu.",
    ("groups", "name_required"): "Każda grupa musi mieć nazwę.",
    ("groups", "duplicate_name"): "Nazwy grup w projekcie muszą być różne.",
    ("group_id", "not_in_project"): "Wybrana grupa nie należy do tego projektu.",
    ("nip", "checksum"): "Niepoprawny NIP (błędna cyfra kontrolna).",
    ("regon", "checksum"): "Niepoprawny REGON (błędna cyfra kontrolna).",
    ("completion_threshold_pct", "range"): "Próg ukończenia musi być w zakresie 1–100%.",
    ("teaching_hour_minutes", "range"): "Godzina zajęć trwa 45 albo 60 minut.",
    ("target_age_max", "below_min"): "Wiek maksymalny jest niższy niż minimalny.",
    ("logo_path", "missing"): "Nie ma takiego pliku z logo.",
    ("username", "format"): "Nazwa użytkownika: 2–32 znaki, małe litery bez polskich znaków, "
                            "cyfry, kropka, myślnik lub podkreślenie, np. a.nowak.",
    ("username", "duplicate"): "Konto o tej nazwie już istnieje.",
    ("password", "too_short"): "Hasło musi mieć co najmniej {min} znaków.",
    ("password", "too_long"): "Hasło może mieć najwyżej {max} znaków.",
    ("password_repeat", "mismatch"): "Powtórzone hasło różni się od pierwszego.",
    ("old_password", "wrong"): "Obecne hasło jest nieprawidłowe.",
    ("reason", "too_short"): "Opisz powód (co najmniej {min} znaków): trafi do dziennika zdarzeń.",
    ("database", "already_set_up"): "Ta baza ma już konta: zaloguj się.",
}

_CODE_TEXTS: dict[str, str] = {
    "required": "To pole jest wymagane.",
    "negative": "Wartość nie może być ujemna.",
    "format": "Niepoprawny format.",
    "range": "Wartość poza dozwolonym zakresem.",
    "before_start": "Data zakończenia jest wcześniejsza niż data rozpoczęcia.",
    "money": "Podaj kwotę w złotych, np. 1 234,56.",
    "number": "Podaj liczbę całkowitą.",
    "no_counter": "Format musi zawierać {n} — miejsce na kolejny numer.",
}


def field_problem_text(problem: FieldProblem) -> str:
    text = _FIELD_TEXTS.get((problem.field, problem.code)) or _CODE_TEXTS.get(problem.code)
    return _t(text) if text else _t("Niepoprawna wartość ({code}).").format(code=problem.code)


def permission_text(exc: PermissionDenied) -> str:
    return _t("Nie masz uprawnień do tej czynności ({permission}). "
              "Poproś koordynatora lub administratora.").format(permission=exc.permission)


def rule_text(exc: RuleViolation) -> str:
    texts = {
        "status_transition": "Nie można zmienić statusu z „{current}” na „{new}”.",
        "deletion_hold": "Projekt ma wstrzymanie usuwania danych: anonimizacja jest zablokowana.",
        "retention_not_expired": "Okres przechowywania danych projektu jeszcze nie minął.",
        "last_admin": "To ostatni aktywny administrator: nadaj najpierw rolę administratora "
                      "innemu kontu.",
        "own_account": "Nie można dezaktywować własnego konta.",
        "not_encrypted": "Ta baza nie jest zaszyfrowana, więc nie ma kodu odzyskiwania.",
    }
    text = texts.get(exc.code)
    if text is None:
        return _t("Operacja niedozwolona ({code}).").format(code=exc.code)
    return _t(text).format(**exc.params)


def storage_error_text(exc: StorageError) -> str:
    if isinstance(exc, DatabaseTooNew):
        return _t("Plik bazy {path} pochodzi z nowszej wersji programu (wersja schematu {rev}). "
                  "Zainstaluj aktualną wersję OPS Desktop; plik nie został zmieniony."
                  ).format(path=exc.path, rev=exc.revision)
    if isinstance(exc, DatabaseDamaged):
        return _t("Plik {path} jest uszkodzony (sprawdzenie spójności wykazało błędy). Plik "
                  "nie został otwarty ani zmieniony.").format(path=exc.path)
    if isinstance(exc, DatabaseUnreadable):
        return _t("Nie można odczytać pliku {path}: plik jest uszkodzony, nie jest bazą OPS "
                  "Desktop albo jest zaszyfrowany innym kluczem. Plik nie został zmieniony."
                  ).format(path=exc.path)
    if isinstance(exc, DatabaseLocked):
        return _t("Baza {path} jest używana przez inny program. Zamknij go i spróbuj ponownie."
                  ).format(path=exc.path)
    if isinstance(exc, DiskFull):
        return _t("Brak miejsca na dysku ({path}). Zwolnij miejsce i spróbuj ponownie; "
                  "wcześniej zapisane dane są bezpieczne.").format(path=exc.path)
    if isinstance(exc, ReadOnlyLocation):
        return _t("Nie można zapisywać w {path}. Wybierz folder z prawem zapisu."
                  ).format(path=exc.path)
    if isinstance(exc, MediumFailed):
        return _t("Błąd zapisu lub odczytu w {path}: dysk zgłosił błąd albo nośnik odłączono. "
                  "Sprawdź go i spróbuj ponownie; wcześniej zapisane dane są bezpieczne."
                  ).format(path=exc.path)
    return _t("Problem z plikiem {path}.").format(path=exc.path)
