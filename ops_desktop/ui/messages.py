"""Domain errors and field problems turned into calm Polish sentences (through tr)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ops_desktop.domain.storage_errors import (
    DatabaseDamaged, DatabaseLocked, DatabaseTooNew, DatabaseUnreadable, DiskFull, MediumFailed,
    ReadOnlyLocation, StorageError,
)
from ops_desktop.domain.errors import FieldProblem, OutsideProjects, PermissionDenied, RuleViolation


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


_FIELD_TEXTS: dict[tuple[str, str], str] = {
    ("pesel", "length"): QT_TRANSLATE_NOOP("messages", "PESEL musi mieć 11 cyfr."),
    ("pesel", "checksum"):
        QT_TRANSLATE_NOOP("messages", "Błędna cyfra kontrolna PESEL — sprawdź, czy numer "
                                      "przepisano dokładnie."),
    ("pesel", "date"): QT_TRANSLATE_NOOP("messages", "PESEL zawiera nieistniejącą datę urodzenia."),
    ("pesel", "future"):
        QT_TRANSLATE_NOOP("messages", "Data urodzenia z numeru PESEL jest w przyszłości."),
    ("sex", "pesel_mismatch"):
        QT_TRANSLATE_NOOP("messages", "Płeć nie zgadza się z numerem PESEL."),
    ("birth_date", "future"):
        QT_TRANSLATE_NOOP("messages", "Data urodzenia nie może być w przyszłości."),
    ("postal_code", "format"):
        QT_TRANSLATE_NOOP("messages", "Kod pocztowy w formacie NN-NNN, np. 87-800."),
    ("email", "format"):
        QT_TRANSLATE_NOOP("messages", "Niepoprawny adres e-mail, np. jan.kowalski@poczta.pl."),
    ("other_id", "required"):
        QT_TRANSLATE_NOOP("messages", "Bez numeru PESEL podaj inny identyfikator (np. nr "
                                      "dokumentu)."),
    ("disability_degree", "without_disability"):
        QT_TRANSLATE_NOOP("messages", "Stopień niepełnosprawności podaje się tylko przy odpowiedzi "
                                      "„Tak”."),
    ("end_date", "before_start"):
        QT_TRANSLATE_NOOP("messages", "Data zakończenia jest wcześniejsza niż data rozpoczęcia."),
    ("start_date", "outside_project"):
        QT_TRANSLATE_NOOP("messages", "Data rozpoczęcia poza okresem realizacji projektu."),
    ("end_date", "outside_project"):
        QT_TRANSLATE_NOOP("messages", "Data zakończenia poza okresem realizacji projektu."),
    ("budget_total", "sum_mismatch"):
        QT_TRANSLATE_NOOP("messages", "Budżet ogółem musi być sumą dofinansowania UE i wkładu "
                                      "własnego."),
    ("title", "duplicate"): QT_TRANSLATE_NOOP("messages", "Projekt o tym tytule już istnieje."),
    ("editions", "duplicate_year"):
        QT_TRANSLATE_NOOP("messages", "Każdy rok edycji może wystąpić tylko raz."),
    ("editions", "year_outside"):
        QT_TRANSLATE_NOOP("messages", "Rok edycji poza okresem realizacji projektu."),
    ("groups", "name_required"): QT_TRANSLATE_NOOP("messages", "Każda grupa musi mieć nazwę."),
    ("groups", "duplicate_name"):
        QT_TRANSLATE_NOOP("messages", "Nazwy grup w projekcie muszą być różne."),
    ("group_id", "not_in_project"):
        QT_TRANSLATE_NOOP("messages", "Wybrana grupa nie należy do tego projektu."),
    ("nip", "checksum"): QT_TRANSLATE_NOOP("messages", "Niepoprawny NIP (błędna cyfra kontrolna)."),
    ("regon", "checksum"):
        QT_TRANSLATE_NOOP("messages", "Niepoprawny REGON (błędna cyfra kontrolna)."),
    ("completion_threshold_pct", "range"):
        QT_TRANSLATE_NOOP("messages", "Próg ukończenia musi być w zakresie 1–100%."),
    ("teaching_hour_minutes", "range"):
        QT_TRANSLATE_NOOP("messages", "Godzina zajęć trwa 45 albo 60 minut."),
    ("target_age_max", "below_min"):
        QT_TRANSLATE_NOOP("messages", "Wiek maksymalny jest niższy niż minimalny."),
    ("logo_path", "missing"): QT_TRANSLATE_NOOP("messages", "Nie ma takiego pliku z logo."),
    ("username", "format"):
        QT_TRANSLATE_NOOP("messages", "Nazwa użytkownika: 2–32 znaki, małe litery bez polskich "
                                      "znaków, cyfry, kropka, myślnik lub podkreślenie, np. "
                                      "a.nowak."),
    ("username", "duplicate"): QT_TRANSLATE_NOOP("messages", "Konto o tej nazwie już istnieje."),
    ("password", "too_short"):
        QT_TRANSLATE_NOOP("messages", "Hasło musi mieć co najmniej {min} znaków."),
    ("password", "too_long"):
        QT_TRANSLATE_NOOP("messages", "Hasło może mieć najwyżej {max} znaków."),
    ("password_repeat", "mismatch"):
        QT_TRANSLATE_NOOP("messages", "Powtórzone hasło różni się od pierwszego."),
    ("old_password", "wrong"): QT_TRANSLATE_NOOP("messages", "Obecne hasło jest nieprawidłowe."),
    ("reason", "too_short"):
        QT_TRANSLATE_NOOP("messages", "Opisz powód (co najmniej {min} znaków): trafi do dziennika "
                                      "zdarzeń."),
    ("database", "already_set_up"):
        QT_TRANSLATE_NOOP("messages", "Ta baza ma już konta: zaloguj się."),
}

_CODE_TEXTS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("messages", "To pole jest wymagane."),
    "negative": QT_TRANSLATE_NOOP("messages", "Wartość nie może być ujemna."),
    "format": QT_TRANSLATE_NOOP("messages", "Niepoprawny format."),
    "range": QT_TRANSLATE_NOOP("messages", "Wartość poza dozwolonym zakresem."),
    "before_start":
        QT_TRANSLATE_NOOP("messages", "Data zakończenia jest wcześniejsza niż data rozpoczęcia."),
    "money": QT_TRANSLATE_NOOP("messages", "Podaj kwotę w złotych, np. 1 234,56."),
    "number": QT_TRANSLATE_NOOP("messages", "Podaj liczbę całkowitą."),
    "control_characters":
        QT_TRANSLATE_NOOP("messages", "Usuń znaki sterujące lub niewidoczne (np. tabulator, "
                                      "nową linię): w nazwie mogą być litery, spacje, łącznik, "
                                      "apostrof i kropka."),
    "bidi_override":
        QT_TRANSLATE_NOOP("messages", "Usuń niewidoczny znak zmiany kierunku tekstu: pokazuje "
                                      "on inną nazwę niż zapisana."),
    "formula_prefix":
        QT_TRANSLATE_NOOP("messages", "Nazwa nie może zaczynać się od „=”, „+”, „-” ani „@” "
                                      "(arkusz odczytałby ją jako formułę)."),
    "too_long":
        QT_TRANSLATE_NOOP("messages", "Zbyt długa nazwa: najwięcej 100 znaków (nazwa grupy: "
                                      "200)."),
    "too_early":
        QT_TRANSLATE_NOOP("messages", "Data urodzenia przed 1900 rokiem — sprawdź, czy jest "
                                      "wpisana poprawnie."),
    "no_counter":
        QT_TRANSLATE_NOOP("messages", "Format musi zawierać {n} — miejsce na kolejny numer."),
}


def field_problem_text(problem: FieldProblem) -> str:
    text = _FIELD_TEXTS.get((problem.field, problem.code)) or _CODE_TEXTS.get(problem.code)
    return _t(text) if text else _t("Niepoprawna wartość ({code}).").format(code=problem.code)


def problem_text(problem: FieldProblem) -> str:
    """A field problem's sentence with its numbers filled in (e.g. the minimum length)."""
    text = field_problem_text(problem)
    try:
        return text.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return text


def no_assigned_projects_text() -> str:
    """For a coordinator whose account has no project assigned yet."""
    return _t("Żaden projekt nie jest przypisany do Twojego konta. Poproś administratora "
              "o przypisanie projektów, które koordynujesz.")


def permission_text(exc: PermissionDenied) -> str:
    if isinstance(exc, OutsideProjects):
        return _t("Ten projekt nie jest przypisany do Twojego konta: możesz go przeglądać, "
                  "ale nie prowadzić. Poproś administratora o przypisanie projektu.")
    return _t("Nie masz uprawnień do tej czynności ({permission}). "
              "Poproś koordynatora lub administratora.").format(permission=exc.permission)


def rule_text(exc: RuleViolation) -> str:
    texts = {
        "status_transition":
            QT_TRANSLATE_NOOP("messages", "Nie można zmienić statusu z „{current}” na „{new}”."),
        "deletion_hold":
            QT_TRANSLATE_NOOP("messages", "Projekt ma wstrzymanie usuwania danych: anonimizacja "
                                          "jest zablokowana."),
        "retention_not_expired":
            QT_TRANSLATE_NOOP("messages", "Okres przechowywania danych projektu jeszcze nie "
                                          "minął."),
        "last_admin":
            QT_TRANSLATE_NOOP("messages", "To ostatni aktywny administrator: nadaj najpierw rolę "
                                          "administratora innemu kontu."),
        "own_account": QT_TRANSLATE_NOOP("messages", "Nie można dezaktywować własnego konta."),
        "not_encrypted":
            QT_TRANSLATE_NOOP("messages", "Ta baza nie jest zaszyfrowana, więc nie ma kodu "
                                          "odzyskiwania."),
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
