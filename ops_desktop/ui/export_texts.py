"""Polish sentences for the exports: the monitoring validator's problems, the verification of
an export folder, and why an export to a drive failed (through translate, context "exports")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ops_desktop.db.errors import DiskFull, MediumFailed, ReadOnlyLocation
from ops_desktop.exports.safe_write import FOLDER_PREFIX, ExportFailed, VerifyProblem
from ops_desktop.services.monitoring_validator import MonitoringProblem


def _t(text: str) -> str:
    return QCoreApplication.translate("exports", text)


# Codes of services/monitoring_validator.py. {value} is the stored value where one is named.
_PROBLEMS: dict[str, str] = {
    "required": "Brak wartości — lista jej wymaga.",
    "length": "PESEL musi mieć 11 cyfr.",
    "checksum": "Błędna cyfra kontrolna PESEL.",
    "date": "PESEL zawiera nieistniejącą datę urodzenia.",
    "future": "Data urodzenia z PESEL jest w przyszłości.",
    "pesel_mismatch": "Zapisana płeć nie zgadza się z PESEL (na liście będzie płeć z PESEL).",
    "unknown": "Nie można policzyć wieku: brak daty urodzenia.",
    "born_after_start": "Data urodzenia późniejsza niż rozpoczęcie udziału.",
    "format": "Niepoprawny format.",
    "range": "Dozwolone wartości: 1, 2 albo 3 (jest: {value}).",
    "polish_letters": "Adres e-mail zawiera polskie litery — system instytucji go odrzuci.",
    "dictionary": "Wartości „{value}” nie ma w słowniku listy — zostanie wpisana bez zmian.",
    "long_term_not_unemployed":
        "Zaznaczono długotrwałe bezrobocie, a status na rynku pracy nie jest bezrobociem.",
    "cannot_split": "Odpowiedź „Tak” (mniejszość / migrant / obce pochodzenie) trzeba rozdzielić "
                    "na trzy kolumny listy 2021–2027: kolumny zostaną puste do uzupełnienia.",
    "check_other_flags": "Osoba ma zaznaczone uzależnienie, przemoc lub opuszczenie placówki — "
                         "sprawdź odpowiedź o innej niekorzystnej sytuacji społecznej.",
    "before_start": "Data zakończenia wcześniejsza niż data rozpoczęcia.",
}
_SPECIFIC: dict[tuple[str, str], str] = {
    ("postal_code", "format"): "Kod pocztowy w formacie NN-NNN, np. 87-800.",
    ("email", "format"): "Niepoprawny adres e-mail.",
    ("phone", "format"): "Numer telefonu: co najmniej 9 cyfr (dozwolone spacje, +, -).",
    ("end_date", "required"): "Jest powód zakończenia lub sytuacja po zakończeniu, a brak daty "
                              "zakończenia.",
    ("project_number", "required"): "Projekt nie ma numeru umowy z instytucją (Projekty → "
                                    "edycja projektu).",
    ("technical_id", "required"): "Osoba bez PESEL nie ma innego identyfikatora.",
}

_VERIFY: dict[str, str] = {
    "missing_folder": "Folder nie istnieje.",
    "no_manifest": "Brak pliku MANIFEST.sha256 — eksport jest niekompletny.",
    "manifest_damaged": "Plik MANIFEST.sha256 jest uszkodzony lub niepełny.",
    "missing": "Brak pliku.",
    "changed": "Plik zmieniony lub uszkodzony (inna suma kontrolna).",
    "unreadable": "Nie można odczytać pliku.",
    "unexpected": "Plik spoza eksportu (np. pozostałość przerwanego zapisu).",
}


def problem_text(problem: MonitoringProblem) -> str:
    text = _SPECIFIC.get((problem.key, problem.code)) or _PROBLEMS.get(problem.code)
    if text is None:
        return _t("Problem: {code}.").format(code=problem.code)
    return _t(text).format(value=problem.params.get("value", ""))


def verify_problem_text(problem: VerifyProblem) -> str:
    text = _t(_VERIFY.get(problem.code, problem.code))
    return f"{problem.name}: {text}" if problem.name else text


def export_failure_text(exc: ExportFailed) -> str:
    """A full or pulled drive in plain words, with what happened to the files."""
    if isinstance(exc.storage, DiskFull):
        why = _t("Na nośniku zabrakło miejsca.")
    elif isinstance(exc.storage, MediumFailed):
        why = _t("Nośnik zgłosił błąd zapisu albo został wyjęty w trakcie zapisu.")
    elif isinstance(exc.storage, ReadOnlyLocation):
        why = _t("Na nośniku lub w folderze nie można zapisywać (tylko do odczytu).")
    else:
        why = _t("Zapis się nie powiódł ({error}).").format(
            error=exc.error.strerror or str(exc.error))
    if exc.left_behind:
        first = exc.left_behind[0]
        folder = first if first.name.startswith(FOLDER_PREFIX) else first.parent
        after = _t("Nie udało się usunąć {n} niekompletnych plików — usuń folder {folder} "
                   "po ponownym podłączeniu nośnika.").format(
            n=len(exc.left_behind), folder=folder.name)
    else:
        after = _t("Niekompletne pliki usunięto.")
    return " ".join([_t("Eksport NIE został zapisany."), why, after,
                     _t("Wcześniejsze eksporty na nośniku pozostały nienaruszone.")])
