"""Domain errors and field problems turned into calm Polish sentences (through tr): the
sentences of field problems and rules are domain/messages.py's, translated here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ops_desktop.domain.storage_errors import (
    DatabaseDamaged, DatabaseLocked, DatabaseTooNew, DatabaseUnreadable, DiskFull,
    KeyFileDamaged, KeyFileForeign, MediumFailed, NoPermission, ReadOnlyLocation, StorageError,
)
from ops_desktop.domain import messages
from ops_desktop.domain.errors import (
    EditConflict, FieldProblem, OutsideProjects, PermissionDenied, RuleViolation,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def field_problem_text(problem: FieldProblem) -> str:
    return messages.field_problem_text(problem, _t)


def problem_text(problem: FieldProblem) -> str:
    """A field problem's sentence with its numbers filled in (e.g. the minimum length)."""
    return messages.problem_text(problem, _t)


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
    return messages.rule_text(exc, _t)


def edit_conflict_text(exc: EditConflict) -> str:
    """Someone else saved the person or contract first: who, when, and what to do."""
    return messages.edit_conflict_text(exc, _t)


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
        return _t("Brak miejsca na dysku ({path}). Zwolnij miejsce (usuń niepotrzebne pliki, "
                  "opróżnij kosz) i spróbuj ponownie; wcześniej zapisane dane są bezpieczne, "
                  "a przerwana zmiana nie została zapisana wcale.").format(path=exc.path)
    if isinstance(exc, NoPermission):
        return _t("Brak uprawnień do {path}: to konto systemowe nie może tam zapisywać ani "
                  "czytać. Poproś informatyka o prawa do folderu albo wybierz inny folder."
                  ).format(path=exc.path)
    if isinstance(exc, ReadOnlyLocation):
        return _t("Nie można zapisywać w {path}: folder lub nośnik jest tylko do odczytu (np. "
                  "pendrive zablokowany przełącznikiem). Odblokuj go albo wybierz inny folder."
                  ).format(path=exc.path)
    if isinstance(exc, KeyFileDamaged):
        return _t("Plik kluczy {path} jest uszkodzony (ucięty lub zmieniony) i nie da się go "
                  "odczytać. Przywróć go z kopii zapasowej (plik „…keys” obok kopii bazy w "
                  "folderze backups); baza nie została zmieniona.").format(path=exc.path)
    if isinstance(exc, KeyFileForeign):
        return _t("Plik kluczy {path} nie otwiera bazy {database}: należy do innej bazy "
                  "(innego ośrodka albo innej kopii) albo początek pliku bazy jest uszkodzony. "
                  "Połóż obok bazy jej własny plik kluczy (z kopii zapasowej); nic nie zostało "
                  "zmienione.").format(path=exc.path, database=exc.database)
    if isinstance(exc, MediumFailed):
        return _t("Błąd zapisu lub odczytu w {path}: dysk zgłosił błąd albo nośnik odłączono. "
                  "Sprawdź go i spróbuj ponownie; wcześniej zapisane dane są bezpieczne."
                  ).format(path=exc.path)
    return _t("Problem z plikiem {path}.").format(path=exc.path)
