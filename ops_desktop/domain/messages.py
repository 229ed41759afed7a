"""The calm Polish sentences of domain errors and field problems, in one place for both front
ends: the GUI passes each through Qt's translator (ui/common/messages.py, context "messages"; the
tables are listed in resources/i18n/update_translations.py), the command line prints them as
they are. Plain Python: `translate` is the identity unless a front end gives its own.

The sentences of storage faults (`storage_error_text`: full disk, read-only target, damaged or
foreign key file…) are the same for both front ends and translated through `i18n` in the
GUI's "messages" context, so `--lang en` and the English GUI show the same sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ops_desktop import i18n
from ops_desktop.domain.errors import EditConflict, FieldProblem, RuleViolation
from ops_desktop.domain.storage_errors import (
    DatabaseDamaged, DatabaseLocked, DatabaseTooNew, DatabaseUnreadable, DiskFull,
    KeyFileDamaged, KeyFileForeign, MediumFailed, NoPermission, ReadOnlyLocation,
    ServerBackupFailed, StorageError,
)

Translate = Callable[[str], str]

FIELD_TEXTS: dict[tuple[str, str], str] = {
    ("pesel", "length"): "PESEL musi mieć 11 cyfr.",
    ("pesel", "checksum"):
        ("Błędna cyfra kontrolna PESEL — sprawdź, czy numer "
         "przepisano dokładnie."),
    ("pesel", "date"): "PESEL zawiera nieistniejącą datę urodzenia.",
    ("pesel", "future"):
        "Data urodzenia z numeru PESEL jest w przyszłości.",
    ("sex", "pesel_mismatch"):
        "Płeć nie zgadza się z numerem PESEL.",
    ("birth_date", "future"):
        "Data urodzenia nie może być w przyszłości.",
    ("postal_code", "format"):
        "Kod pocztowy w formacie NN-NNN, np. 87-800.",
    ("email", "format"):
        "Niepoprawny adres e-mail, np. jan.kowalski@poczta.pl.",
    ("other_id", "required"):
        ("Bez numeru PESEL podaj inny identyfikator (np. nr "
         "dokumentu)."),
    ("disability_degree", "without_disability"):
        ("Stopień niepełnosprawności podaje się tylko przy odpowiedzi "
         "„Tak”."),
    ("end_date", "before_start"):
        "Data zakończenia jest wcześniejsza niż data rozpoczęcia.",
    ("start_date", "outside_project"):
        "Data rozpoczęcia poza okresem realizacji projektu.",
    ("end_date", "outside_project"):
        "Data zakończenia poza okresem realizacji projektu.",
    ("budget_total", "sum_mismatch"):
        ("Budżet ogółem musi być sumą dofinansowania UE i wkładu "
         "własnego."),
    ("title", "duplicate"): "Projekt o tym tytule już istnieje.",
    ("editions", "duplicate_year"):
        "Każdy rok edycji może wystąpić tylko raz.",
    ("editions", "year_outside"):
        "Rok edycji poza okresem realizacji projektu.",
    ("groups", "name_required"): "Każda grupa musi mieć nazwę.",
    ("groups", "duplicate_name"):
        "Nazwy grup w projekcie muszą być różne.",
    ("group_id", "not_in_project"):
        "Wybrana grupa nie należy do tego projektu.",
    ("nip", "checksum"): "Niepoprawny NIP (błędna cyfra kontrolna).",
    ("regon", "checksum"):
        "Niepoprawny REGON (błędna cyfra kontrolna).",
    ("completion_threshold_pct", "range"):
        "Próg ukończenia musi być w zakresie 1–100%.",
    ("teaching_hour_minutes", "range"):
        "Godzina zajęć trwa 45 albo 60 minut.",
    ("target_age_max", "below_min"):
        "Wiek maksymalny jest niższy niż minimalny.",
    ("logo_path", "missing"): "Nie ma takiego pliku z logo.",
    ("username", "format"):
        ("Nazwa użytkownika: 2–32 znaki, małe litery bez polskich "
         "znaków, cyfry, kropka, myślnik lub podkreślenie, np. "
         "a.nowak."),
    ("username", "duplicate"): "Konto o tej nazwie już istnieje.",
    ("password", "too_short"):
        "Hasło musi mieć co najmniej {min} znaków.",
    ("password", "too_long"):
        "Hasło może mieć najwyżej {max} znaków.",
    ("password_repeat", "mismatch"):
        "Powtórzone hasło różni się od pierwszego.",
    ("old_password", "wrong"): "Obecne hasło jest nieprawidłowe.",
    ("reason", "too_short"):
        ("Opisz powód (co najmniej {min} znaków): trafi do dziennika "
         "zdarzeń."),
    ("database", "already_set_up"):
        "Ta baza ma już konta: zaloguj się.",
}

CODE_TEXTS: dict[str, str] = {
    "required": "To pole jest wymagane.",
    "negative": "Wartość nie może być ujemna.",
    "format": "Niepoprawny format.",
    "range": "Wartość poza dozwolonym zakresem.",
    "before_start":
        "Data zakończenia jest wcześniejsza niż data rozpoczęcia.",
    "money": "Podaj kwotę w złotych, np. 1 234,56.",
    "number": "Podaj liczbę całkowitą.",
    "control_characters":
        ("Usuń znaki sterujące lub niewidoczne (np. tabulator, "
         "nową linię): w nazwie mogą być litery, spacje, łącznik, "
         "apostrof i kropka."),
    "bidi_override":
        ("Usuń niewidoczny znak zmiany kierunku tekstu: pokazuje "
         "on inną nazwę niż zapisana."),
    "formula_prefix":
        ("Nazwa nie może zaczynać się od „=”, „+”, „-” ani „@” "
         "(arkusz odczytałby ją jako formułę)."),
    "too_long":
        ("Zbyt długa nazwa: najwięcej 100 znaków (nazwa grupy: "
         "200)."),
    "too_early":
        ("Data urodzenia przed 1900 rokiem — sprawdź, czy jest "
         "wpisana poprawnie."),
    "no_counter":
        "Format musi zawierać {n} — miejsce na kolejny numer.",
}


RULE_TEXTS: dict[str, str] = {
    "status_transition":
        "Nie można zmienić statusu z „{current}” na „{new}”.",
    "deletion_hold":
        ("Projekt ma wstrzymanie usuwania danych: anonimizacja "
         "jest zablokowana."),
    "retention_not_expired":
        ("Okres przechowywania danych projektu jeszcze nie "
         "minął."),
    "last_admin":
        ("To ostatni aktywny administrator: nadaj najpierw rolę "
         "administratora innemu kontu."),
    "own_account": "Nie można dezaktywować własnego konta.",
    "not_encrypted":
        ("Ta baza nie jest zaszyfrowana, więc nie ma kodu "
         "odzyskiwania."),
}

# EditConflict (domain/errors.py): keyed by the entity, "_unnamed" when the audit trail
# names nobody; {who} and {when} filled in by `edit_conflict_text`.
EDIT_CONFLICT_TEXTS: dict[str, str] = {
    "person":
        ("Dane tej osoby zmienił(a) w międzyczasie {who} ({when}). Twoje zmiany nie "
         "zostały zapisane i niczego nie nadpisały: wczytaj aktualne dane i wprowadź "
         "zmiany ponownie."),
    "person_unnamed":
        ("Dane tej osoby zostały w międzyczasie zmienione na innym stanowisku. Twoje "
         "zmiany nie zostały zapisane i niczego nie nadpisały: wczytaj aktualne dane i "
         "wprowadź zmiany ponownie."),
    "contract":
        ("Ten kontrakt zmienił(a) w międzyczasie {who} ({when}). Twoje zmiany nie "
         "zostały zapisane i niczego nie nadpisały: wczytaj aktualny kontrakt i wprowadź "
         "zmiany ponownie."),
    "contract_unnamed":
        ("Ten kontrakt został w międzyczasie zmieniony na innym stanowisku. Twoje zmiany "
         "nie zostały zapisane i niczego nie nadpisały: wczytaj aktualny kontrakt i "
         "wprowadź zmiany ponownie."),
}

FIELD_FALLBACK = "Niepoprawna wartość ({code})."
RULE_FALLBACK = "Operacja niedozwolona ({code})."


def _same(text: str) -> str:
    return text


def field_problem_text(problem: FieldProblem, translate: Translate = _same) -> str:
    text = FIELD_TEXTS.get((problem.field, problem.code)) or CODE_TEXTS.get(problem.code)
    return translate(text) if text else translate(FIELD_FALLBACK).format(code=problem.code)


def problem_text(problem: FieldProblem, translate: Translate = _same) -> str:
    """A field problem's sentence with its numbers filled in (e.g. the minimum length)."""
    text = field_problem_text(problem, translate)
    try:
        return text.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return text


def rule_text(exc: RuleViolation, translate: Translate = _same) -> str:
    text = RULE_TEXTS.get(exc.code)
    if text is None:
        return translate(RULE_FALLBACK).format(code=exc.code)
    return translate(text).format(**exc.params)


def edit_conflict_text(exc: EditConflict, translate: Translate = _same) -> str:
    """E.g. "Dane tej osoby zmienił(a) w międzyczasie Anna Nowak (3.12.2026, 14:05). …"."""
    entity = exc.entity if exc.entity in EDIT_CONFLICT_TEXTS else "person"
    if not exc.changed_by:
        return translate(EDIT_CONFLICT_TEXTS[f"{entity}_unnamed"])
    when = (f"{exc.changed_at.day}.{exc.changed_at.month:02d}.{exc.changed_at.year}, "
            f"{exc.changed_at:%H:%M}" if exc.changed_at else "")
    return translate(EDIT_CONFLICT_TEXTS[entity]).format(who=exc.changed_by, when=when)


_t = i18n.translator("messages")


def _server_backup_text(exc: ServerBackupFailed) -> str:
    if exc.detail == "missing":
        return _t("Na tym komputerze nie ma programu {tool} (programy klienckie PostgreSQL), "
                  "więc kopii bazy serwera nie wykonano. Zainstaluj je albo wskaż ich folder "
                  "w office.ini ([server] pg_bin).").format(tool=exc.path.name)
    return _t("Kopia lub przywrócenie bazy serwera nie powiodło się ({tool}: {detail}); "
              "baza na serwerze nie została zmieniona.").format(tool=exc.path.name,
                                                               detail=exc.detail)


# The sentence of each storage error class, translated when it is asked for. An error takes
# the entry of its own class or else of the nearest class above it (NoPermission has its own,
# not ReadOnlyLocation's; db/encryption's EncryptionCheckFailed reads as DatabaseUnreadable).
STORAGE_TEXTS: dict[type[StorageError], Callable[[Any], str]] = {
    DatabaseTooNew: lambda exc: _t(
        "Plik bazy {path} pochodzi z nowszej wersji programu (wersja schematu {rev}). "
        "Zainstaluj aktualną wersję OPS Desktop; plik nie został zmieniony."
        ).format(path=exc.path, rev=exc.revision),
    DatabaseDamaged: lambda exc: _t(
        "Plik {path} jest uszkodzony (sprawdzenie spójności wykazało błędy). Plik "
        "nie został otwarty ani zmieniony; przywróć najnowszą dobrą kopię zapasową."
        ).format(path=exc.path),
    DatabaseUnreadable: lambda exc: _t(
        "Nie można odczytać pliku {path}: plik jest uszkodzony, nie jest bazą OPS "
        "Desktop albo jest zaszyfrowany innym kluczem. Plik nie został zmieniony."
        ).format(path=exc.path),
    DatabaseLocked: lambda exc: _t(
        "Baza {path} jest zajęta przez inny program (np. drugie okno OPS Desktop albo "
        "kopię zapasową innego programu). Zamknij go i spróbuj ponownie."
        ).format(path=exc.path),
    DiskFull: lambda exc: _t(
        "Brak miejsca na dysku ({path}). Zwolnij miejsce (usuń niepotrzebne pliki, "
        "opróżnij kosz) i spróbuj ponownie; wcześniej zapisane dane są bezpieczne, "
        "a przerwana zmiana nie została zapisana wcale.").format(path=exc.path),
    NoPermission: lambda exc: _t(
        "Brak uprawnień do {path}: to konto systemowe nie może tam zapisywać ani "
        "czytać. Poproś informatyka o prawa do folderu albo wybierz inny folder."
        ).format(path=exc.path),
    ReadOnlyLocation: lambda exc: _t(
        "Nie można zapisywać w {path}: folder lub nośnik jest tylko do odczytu (np. "
        "pendrive zablokowany przełącznikiem). Odblokuj go albo wybierz inny folder."
        ).format(path=exc.path),
    KeyFileDamaged: lambda exc: _t(
        "Plik kluczy {path} jest uszkodzony (ucięty lub zmieniony) i nie da się go "
        "odczytać. Przywróć go z kopii zapasowej (plik „…keys” obok kopii bazy w "
        "folderze backups); baza nie została zmieniona.").format(path=exc.path),
    KeyFileForeign: lambda exc: _t(
        "Plik kluczy {path} nie otwiera bazy {database}: należy do innej bazy "
        "(innego ośrodka albo innej kopii) albo początek pliku bazy jest uszkodzony. "
        "Połóż obok bazy jej własny plik kluczy (z kopii zapasowej); nic nie zostało "
        "zmienione.").format(path=exc.path, database=exc.database),
    ServerBackupFailed: _server_backup_text,
    MediumFailed: lambda exc: _t(
        "Błąd zapisu lub odczytu w {path}: dysk zgłosił błąd albo nośnik odłączono. "
        "Sprawdź go i spróbuj ponownie; wcześniej zapisane dane są bezpieczne."
        ).format(path=exc.path),
    StorageError: lambda exc: _t("Problem z plikiem {path}.").format(path=exc.path),
}


def storage_error_text(exc: StorageError) -> str:
    """What happened to the file and what to do, in the interface language (the GUI's
    message boxes and the command line's error line alike): the entry of STORAGE_TEXTS for
    the most specific class of `exc` that has one."""
    text = next(STORAGE_TEXTS[cls] for cls in type(exc).__mro__ if cls in STORAGE_TEXTS)
    return text(exc)
