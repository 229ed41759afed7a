"""The fixed wording of printed documents: which texts exist, their starting content, and
the few placeholders a text may use.

The office edits these texts (Ustawienia → Teksty dokumentów); every change is a new version,
old versions are never altered, a printed document names the versions it used and a signed
consent records the version of the text the person signed. The defaults below are a plain
starting point written for this application, to be adapted by the office's lawyer or DPO."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from ops_desktop.domain.enums import ConsentType


class TextKey(StrEnum):
    FUNDING_LINE = "funding_line"
    CONTRACT_CLAUSES = "contract_clauses"
    AMENDMENT_CLAUSES = "amendment_clauses"
    DECLARATION = "declaration"
    INFORMATION_NOTICE = "information_notice"
    CONSENT_DATA = "consent_data_processing"
    CONSENT_SPECIAL = "consent_special_category"
    CONSENT_IMAGE = "consent_image"


CONSENT_TEXT_KEYS: dict[ConsentType, TextKey] = {
    ConsentType.DATA_PROCESSING: TextKey.CONSENT_DATA,
    ConsentType.SPECIAL_CATEGORY: TextKey.CONSENT_SPECIAL,
    ConsentType.IMAGE: TextKey.CONSENT_IMAGE,
}

# Placeholders a text may contain; anything else in braces is printed as written.
PLACEHOLDERS = ("{ośrodek}", "{adres_ośrodka}", "{projekt}")

MAX_LENGTH = 20_000


@dataclass(frozen=True)
class DocumentTextView:
    key: TextKey
    version: int
    text: str
    created_at: dt.datetime
    created_by: str = ""


def fill_placeholders(text: str, *, office: str, office_address: str, project: str) -> str:
    """Put the office and project into a text (plain replacement: other braces stay)."""
    return (text.replace("{ośrodek}", office or "ośrodek pomocy społecznej")
            .replace("{adres_ośrodka}", office_address or "")
            .replace("{projekt}", project or ""))


DEFAULT_TEXTS: dict[TextKey, str] = {
    TextKey.FUNDING_LINE: (
        "Projekt współfinansowany przez Unię Europejską w ramach Europejskiego Funduszu "
        "Społecznego."
    ),
    TextKey.CONTRACT_CLAUSES: (
        "1. Strony zobowiązują się do współdziałania w realizacji ustaleń kontraktu i do "
        "wzajemnego informowania się o okolicznościach, które mogą mieć wpływ na jego "
        "wykonanie.\n"
        "2. Osoba zawierająca kontrakt zobowiązuje się do udziału w uzgodnionych działaniach, a "
        "w razie nieobecności do jej usprawiedliwienia w ciągu 7 dni.\n"
        "3. Ośrodek zobowiązuje się do udzielenia wsparcia wymienionego w kontrakcie w "
        "uzgodnionych terminach, w granicach posiadanych środków.\n"
        "4. Realizacja kontraktu podlega ocenie w terminach w nim wskazanych; wyniki oceny "
        "odnotowuje się w części II.\n"
        "5. Zmiana kontraktu wymaga aneksu w formie pisemnej, podpisanego przez strony.\n"
        "6. Nieprzestrzeganie ustaleń kontraktu przez osobę może stanowić podstawę do jego "
        "rozwiązania oraz do odmowy przyznania, ograniczenia lub wstrzymania świadczeń "
        "(art. 11 ustawy o pomocy społecznej).\n"
        "7. Kontrakt sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej "
        "ze stron."
    ),
    TextKey.AMENDMENT_CLAUSES: (
        "Pozostałe postanowienia kontraktu pozostają bez zmian. Aneks sporządzono w dwóch "
        "jednobrzmiących egzemplarzach, po jednym dla każdej ze stron; stanowi on integralną "
        "część kontraktu."
    ),
    TextKey.DECLARATION: (
        "Ja, niżej podpisany(-a), deklaruję wolę udziału w projekcie „{projekt}” realizowanym "
        "przez {ośrodek}.\n"
        "Oświadczam, że:\n"
        "1) spełniam kryteria uczestnictwa w projekcie określone w regulaminie rekrutacji;\n"
        "2) zapoznałem(-am) się z regulaminem projektu i akceptuję jego postanowienia;\n"
        "3) zobowiązuję się do udziału w formach wsparcia, na które zostanę skierowany(-a), "
        "oraz do informowania ośrodka o zmianie danych i sytuacji, w tym o podjęciu "
        "zatrudnienia;\n"
        "4) zostałem(-am) poinformowany(-a), że projekt jest współfinansowany ze środków Unii "
        "Europejskiej w ramach Europejskiego Funduszu Społecznego;\n"
        "5) dane podane w formularzu zgłoszeniowym są zgodne z prawdą; jestem świadomy(-a) "
        "odpowiedzialności za składanie oświadczeń niezgodnych z prawdą."
    ),
    TextKey.INFORMATION_NOTICE: (
        "Zgodnie z art. 13 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia "
        "27 kwietnia 2016 r. (RODO) informujemy, że:\n"
        "1. Administratorem Pani/Pana danych osobowych jest {ośrodek}, {adres_ośrodka}.\n"
        "2. W sprawach ochrony danych można kontaktować się z inspektorem ochrony danych pod "
        "adresem siedziby administratora.\n"
        "3. Dane są przetwarzane w celu realizacji projektu „{projekt}”, w tym udzielenia "
        "wsparcia, monitorowania, sprawozdawczości, kontroli, ewaluacji i archiwizacji, na "
        "podstawie art. 6 ust. 1 lit. c i e RODO w związku z przepisami ustawy o pomocy "
        "społecznej i przepisami o realizacji programów finansowanych ze środków Unii "
        "Europejskiej; dane szczególnych kategorii — wyłącznie na podstawie odrębnej, "
        "dobrowolnej zgody (art. 9 ust. 2 lit. a RODO) lub przepisu prawa.\n"
        "4. Odbiorcami danych mogą być instytucja zarządzająca i pośrednicząca programem, "
        "podmioty realizujące na zlecenie ośrodka formy wsparcia, badania ewaluacyjne i "
        "kontrole, a także organy uprawnione na podstawie przepisów prawa.\n"
        "5. Dane będą przechowywane przez okres realizacji projektu i okres archiwizacji "
        "wynikający z umowy o dofinansowanie oraz przepisów o archiwizacji.\n"
        "6. Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, ograniczenia "
        "przetwarzania, a w przypadkach przewidzianych prawem — usunięcia i wniesienia "
        "sprzeciwu; zgodę można wycofać w dowolnym momencie bez wpływu na zgodność z prawem "
        "przetwarzania dokonanego przed jej wycofaniem.\n"
        "7. Przysługuje Pani/Panu prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych "
        "Osobowych.\n"
        "8. Podanie danych jest warunkiem udziału w projekcie; odmowa ich podania uniemożliwia "
        "udział. Podanie danych szczególnych kategorii jest dobrowolne.\n"
        "9. Dane nie będą podlegały zautomatyzowanemu podejmowaniu decyzji ani profilowaniu i "
        "nie będą przekazywane do państw trzecich."
    ),
    TextKey.CONSENT_DATA: (
        "Wyrażam zgodę na przetwarzanie moich danych osobowych przez {ośrodek} w celu "
        "realizacji projektu „{projekt}”, w zakresie wskazanym w formularzu zgłoszeniowym. "
        "Zapoznałem(-am) się z powyższą informacją o przetwarzaniu danych osobowych."
    ),
    TextKey.CONSENT_SPECIAL: (
        "Wyrażam zgodę na przetwarzanie danych szczególnych kategorii, które dobrowolnie "
        "podaję (w szczególności o stanie zdrowia i niepełnosprawności), w celu dopasowania "
        "wsparcia w projekcie „{projekt}” i sprawozdawczości. Zgoda jest dobrowolna; jej brak "
        "nie wyklucza udziału w projekcie."
    ),
    TextKey.CONSENT_IMAGE: (
        "Wyrażam zgodę na nieodpłatne utrwalenie i rozpowszechnianie mojego wizerunku w "
        "materiałach informacyjnych i promocyjnych projektu „{projekt}”. Zgoda jest "
        "dobrowolna i może być wycofana w dowolnym momencie."
    ),
}
