"""Polish sentences for the exports: the monitoring validator's problems, the verification of
an export folder, and why an export to a drive failed (through translate, context "exports")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ops_desktop.domain.monitoring import MonitoringProblem
from ops_desktop.domain.storage_errors import DiskFull, MediumFailed, ReadOnlyLocation
from ops_desktop.domain.usb_export import VerifyProblem
from ops_desktop.domain.storage_errors import ExportFailed
from ops_desktop.domain.usb_export import FOLDER_PREFIX
from ops_desktop.ui.common.translation import translator


_t = translator("exports")


# Codes of services/monitoring_validator.py. {value} is the stored value where one is named.
_PROBLEMS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("exports", "Brak wartości — lista jej wymaga."),
    "length": QT_TRANSLATE_NOOP("exports", "PESEL musi mieć 11 cyfr."),
    "checksum": QT_TRANSLATE_NOOP("exports", "Błędna cyfra kontrolna PESEL."),
    "date": QT_TRANSLATE_NOOP("exports", "PESEL zawiera nieistniejącą datę urodzenia."),
    "future": QT_TRANSLATE_NOOP("exports", "Data urodzenia z PESEL jest w przyszłości."),
    "pesel_mismatch":
        QT_TRANSLATE_NOOP("exports", "Zapisana płeć nie zgadza się z PESEL (na liście będzie płeć "
                                     "z PESEL)."),
    "unknown": QT_TRANSLATE_NOOP("exports", "Nie można policzyć wieku: brak daty urodzenia."),
    "born_after_start":
        QT_TRANSLATE_NOOP("exports", "Data urodzenia późniejsza niż rozpoczęcie udziału."),
    "format": QT_TRANSLATE_NOOP("exports", "Niepoprawny format."),
    "range": QT_TRANSLATE_NOOP("exports", "Dozwolone wartości: 1, 2 albo 3 (jest: {value})."),
    "polish_letters":
        QT_TRANSLATE_NOOP("exports", "Adres e-mail zawiera polskie litery — system instytucji go "
                                     "odrzuci."),
    "dictionary":
        QT_TRANSLATE_NOOP("exports", "Wartości „{value}” nie ma w słowniku listy — zostanie "
                                     "wpisana bez zmian."),
    "long_term_not_unemployed":
        QT_TRANSLATE_NOOP("exports", "Zaznaczono długotrwałe bezrobocie, a status na rynku pracy "
                                     "nie jest bezrobociem."),
    "cannot_split":
        QT_TRANSLATE_NOOP("exports", "Odpowiedź „Tak” (mniejszość / migrant / obce pochodzenie) "
                                     "trzeba rozdzielić na trzy kolumny listy 2021–2027: "
                                     "kolumny zostaną puste do uzupełnienia."),
    "check_other_flags":
        QT_TRANSLATE_NOOP("exports", "Osoba ma zaznaczone uzależnienie, przemoc lub opuszczenie "
                                     "placówki — sprawdź odpowiedź o innej niekorzystnej "
                                     "sytuacji społecznej."),
    "before_start":
        QT_TRANSLATE_NOOP("exports", "Data zakończenia wcześniejsza niż data rozpoczęcia."),
    "substatus_mismatch":
        QT_TRANSLATE_NOOP("exports", "Wybrane „w tym” nie pasuje do statusu na rynku pracy "
                                     "(np. rolnik przy osobie bezrobotnej) — popraw jedno z nich."),
}
_SPECIFIC: dict[tuple[str, str], str] = {
    ("postal_code", "format"):
        QT_TRANSLATE_NOOP("exports", "Kod pocztowy w formacie NN-NNN, np. 87-800."),
    ("email", "format"): QT_TRANSLATE_NOOP("exports", "Niepoprawny adres e-mail."),
    ("phone", "format"):
        QT_TRANSLATE_NOOP("exports", "Numer telefonu: co najmniej 9 cyfr (dozwolone spacje, +, "
                                     "-)."),
    ("end_date", "required"):
        QT_TRANSLATE_NOOP("exports", "Jest powód zakończenia lub sytuacja po zakończeniu, a brak "
                                     "daty zakończenia."),
    ("project_number", "required"):
        QT_TRANSLATE_NOOP("exports", "Projekt nie ma numeru umowy z instytucją (Projekty → "
                                     "edycja projektu)."),
    ("pefs_minority", "cannot_split"):
        QT_TRANSLATE_NOOP("exports", "Odpowiedź „Tak” (mniejszość / migrant) trzeba rozdzielić "
                                     "na dwie kolumny PEFS 2007: obie zostaną puste do "
                                     "uzupełnienia w formularzu."),
    ("area", "required"):
        QT_TRANSLATE_NOOP("exports", "Brak obszaru zamieszkania (miejski / wiejski) — uzupełnij "
                                     "w danych osoby."),
    ("technical_id", "required"):
        QT_TRANSLATE_NOOP("exports", "Osoba bez PESEL nie ma innego identyfikatora."),
}

_VERIFY: dict[str, str] = {
    "missing_folder": QT_TRANSLATE_NOOP("exports", "Folder nie istnieje."),
    "no_manifest":
        QT_TRANSLATE_NOOP("exports", "Brak pliku MANIFEST.sha256 — eksport jest niekompletny."),
    "manifest_damaged":
        QT_TRANSLATE_NOOP("exports", "Plik MANIFEST.sha256 jest uszkodzony lub niepełny."),
    "missing": QT_TRANSLATE_NOOP("exports", "Brak pliku."),
    "changed": QT_TRANSLATE_NOOP("exports", "Plik zmieniony lub uszkodzony (inna suma kontrolna)."),
    "unreadable": QT_TRANSLATE_NOOP("exports", "Nie można odczytać pliku."),
    "unexpected":
        QT_TRANSLATE_NOOP("exports", "Plik spoza eksportu (np. pozostałość przerwanego zapisu)."),
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
