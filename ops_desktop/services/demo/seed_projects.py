"""The five real projects of shared/seeds as data: what the demo database is built from.

Every number stated on the offices' own pages is used as stated (people per group or module,
budgets to the grosz, periods, editions, the minimum of 3 instruments per person). Where a
page gives no number, the figure here is an assumption of the demo and is marked
`# assumed` beside it: the Otwarci Na Jutro 2008 group sizes, the split of 2010 into its three
groups, the split of Jelenia Góra's 282 people, Rybnik's disabled-people and PAI programmes,
and which people took part in more than one programme. Budget parts a page does not state
stay 0 ("not stated"): Rybnik states only the total, Jelenia Góra only the EFS amount of 2014.

A group's `drawn_from` names earlier groups whose people also took part in this one (the same
person, one more participation): that is how Rybnik's programmes add up to more than its 908
unique people, and how people carry on from one yearly edition to the next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ops_desktop.domain.enums import GroupKind, LabourStatus, SensitiveFlag

D = dt.date
U_REG, U_UNREG, INACTIVE, EMPLOYED = (LabourStatus.UNEMPLOYED_REGISTERED,
                                      LabourStatus.UNEMPLOYED_UNREGISTERED,
                                      LabourStatus.INACTIVE, LabourStatus.EMPLOYED)


@dataclass(frozen=True)
class Profile:
    """Who the new people of a group are."""

    ages: tuple[int, int]                     # age at their first support in the group
    women: int | None = None                  # exact number of women among the new people
    female_share: float = 0.6                 # used when `women` is None
    labour: tuple[tuple[LabourStatus, int], ...] = ((U_REG, 6), (U_UNREG, 2), (INACTIVE, 2))
    long_term_share: float = 0.5              # of the unemployed
    flags: tuple[SensitiveFlag, ...] = ()     # answered Yes by everyone in the group
    young: bool = False                       # schooling still possible: education skews lower


@dataclass(frozen=True)
class SeedGroup:
    key: str
    name: str
    kind: GroupKind
    planned_size: int
    target_group: str
    profile: Profile
    year: int | None = None                   # the edition the group belongs to
    years: tuple[int, ...] = ()               # years it ran (groups spanning several years)
    fixed: tuple[dt.date, dt.date] | None = None  # common start and end (courses, KIS editions)
    duration_days: tuple[int, int] = (60, 200)
    multi_year_share: float = 0.0             # of its people supported in more than one year
    drawn_from: tuple[tuple[str, int], ...] = ()
    surroundings: int = 0                     # family members supported alongside (otoczenie)


@dataclass(frozen=True)
class SeedEdition:
    year: int
    target_participants: int | None = None    # None: as many as the groups of that year hold
    target_contracts: int = 0
    notes: str = ""


@dataclass(frozen=True)
class SeedOffice:
    name: str
    short_name: str
    street: str
    postal_code: str
    town: str                                 # key of names.TOWNS


@dataclass(frozen=True)
class SeedProject:
    key: str
    title: str
    office: SeedOffice
    programme: str
    start: dt.date
    end: dt.date
    groups: tuple[SeedGroup, ...]
    editions: tuple[SeedEdition, ...]
    budget_total: int = 0                     # grosze; 0 = not stated
    budget_eu: int = 0
    budget_own: int = 0
    funder_contract_no: str = ""
    min_instruments: int = 3
    target_age_min: int | None = 15
    target_age_max: int | None = 64
    rejected_applicants: int = 0              # applicants refused or left on the reserve list
    funding_line: str = field(default="")


POKL_711 = ("PO KL, Priorytet VII, Działanie 7.1, Poddziałanie 7.1.1 „Rozwój i upowszechnianie "
            "aktywnej integracji przez ośrodki pomocy społecznej”")


def _funding(title: str, office: str) -> str:
    return (f"Projekt „{title}” realizowany przez {office}, współfinansowany przez Unię "
            "Europejską w ramach Europejskiego Funduszu Społecznego (Program Operacyjny Kapitał "
            "Ludzki, Poddziałanie 7.1.1).")


# --- "Otwarci Na Jutro", OPS Warszawa Śródmieście, 2008–2010 ------------------------------
_WAW = SeedOffice("Ośrodek Pomocy Społecznej Dzielnicy Śródmieście m.st. Warszawy",
                  "OPS Śródmieście", "", "", "warszawa")
_YOUTH = Profile(ages=(15, 24), female_share=0.5, labour=((INACTIVE, 7), (U_UNREG, 3)),
                 long_term_share=0.1, young=True)
OTWARCI = SeedProject(
    key="otwarci", title="Otwarci Na Jutro", office=_WAW, programme=POKL_711,
    start=D(2008, 1, 1), end=D(2010, 12, 31), min_instruments=3, target_age_min=15,
    target_age_max=64, rejected_applicants=4,
    funding_line=_funding("Otwarci Na Jutro", "Ośrodek Pomocy Społecznej Dzielnicy Śródmieście"),
    editions=(
        SeedEdition(2008, None, 35, "Kontrakty socjalne z bezrobotnymi klientami Ośrodka oraz "
                    "Program Aktywności Lokalnej Samopomocowego Klubu Rodzin Śródmiejskich."),
        SeedEdition(2009, 60, 60, "Wyłącznie indywidualnie zawierane kontrakty socjalne: 60 "
                    "kontraktów w czterech grupach; wsparcie otoczenia (dzieci), wolontariat."),
        SeedEdition(2010, 64, 64, "64 osoby korzystające z pomocy Ośrodka, trzy grupy; 10 rodzin "
                    "objętych pomocą asystenta rodziny."),
    ),
    groups=(
        SeedGroup("o08_unemployed", "2008 — aktywizacja społeczno-zawodowa osób bezrobotnych",
                  GroupKind.INDIVIDUAL_PATH, 35,  # assumed
                  "bezrobotni klienci Ośrodka, kontrakt socjalny",
                  Profile(ages=(22, 58), female_share=0.6), year=2008, duration_days=(90, 200)),
        SeedGroup("o08_pal", "2008 — PAL Samopomocowy Klub Rodzin Śródmiejskich",
                  GroupKind.PAL_DISTRICT, 25,  # assumed
                  "rodziny śródmiejskiej społeczności lokalnej i młodzież 15–25 lat",
                  Profile(ages=(15, 55), female_share=0.7, labour=((INACTIVE, 5), (U_REG, 3),
                                                                   (U_UNREG, 2))),
                  year=2008, duration_days=(120, 240), surroundings=12),
        SeedGroup("o09_unemployed", "2009 — osoby bezrobotne", GroupKind.INDIVIDUAL_PATH, 15,
                  "ok. 15 osób bezrobotnych: ścieżka zawodowa, warsztaty aktywizacji 40 godz.",
                  Profile(ages=(22, 58), female_share=0.55), year=2009,
                  drawn_from=(("o08_unemployed", 4),)),
        SeedGroup("o09_codependent", "2009 — osoby współuzależnione", GroupKind.SUPPORT_GROUP, 20,
                  "ok. 20 osób współuzależnionych: grupa wsparcia, wyjazd terapeutyczno-edukacyjny",
                  Profile(ages=(25, 60), female_share=0.85, labour=((U_REG, 4), (INACTIVE, 4),
                                                                    (U_UNREG, 2)),
                          flags=(SensitiveFlag.ADDICTION,)), year=2009),
        SeedGroup("o09_families", "2009 — rodziny wieloproblemowe", GroupKind.OTHER, 10,
                  "ok. 10 rodzin wieloproblemowych: warsztaty kompetencji wychowawczych",
                  Profile(ages=(24, 50), female_share=0.8, labour=((INACTIVE, 6), (U_REG, 4)),
                          flags=(SensitiveFlag.OTHER_DISADVANTAGE,)),
                  year=2009, surroundings=18, drawn_from=(("o08_pal", 3),)),
        SeedGroup("o09_youth", "2009 — młodzież 15–25 lat", GroupKind.SOCIALISATION_GROUP, 15,
                  "15-osobowa grupa młodzieży 15–25 lat: umiejętności społeczne, asertywność",
                  _YOUTH, year=2009),
        SeedGroup("o10_codependent_violence",
                  "2010 — grupa I: osoby współuzależnione i doznające przemocy domowej",
                  GroupKind.SUPPORT_GROUP, 22,  # assumed split of the 64
                  "osoby współuzależnione i osoby doznające przemocy domowej",
                  Profile(ages=(25, 60), female_share=0.85, labour=((U_REG, 4), (INACTIVE, 4),
                                                                    (U_UNREG, 2)),
                          flags=(SensitiveFlag.ADDICTION, SensitiveFlag.DOMESTIC_VIOLENCE)),
                  year=2010, drawn_from=(("o09_codependent", 12),)),
        SeedGroup("o10_families", "2010 — grupa II: rodziny zagrożone wykluczeniem społecznym",
                  GroupKind.OTHER, 27,  # assumed split of the 64
                  "rodziny wielodzietne, niepełne i zastępcze; 10 rodzin z asystentem rodziny",
                  Profile(ages=(22, 50), female_share=0.8, labour=((INACTIVE, 6), (U_REG, 4)),
                          flags=(SensitiveFlag.OTHER_DISADVANTAGE,)),
                  year=2010, surroundings=25, drawn_from=(("o09_families", 6),)),
        SeedGroup("o10_youth", "2010 — grupa III: młodzież 15–25 lat",
                  GroupKind.SOCIALISATION_GROUP, 15,
                  "młodzież 15–25 lat zagrożona wykluczeniem społecznym", _YOUTH, year=2010,
                  drawn_from=(("o09_youth", 5),)),
    ),
)

# --- "Skorzystaj z szansy", OPS Rybnik, 2008-06-01 – 2015-06-30 ---------------------------
_RYB = SeedOffice("Ośrodek Pomocy Społecznej w Rybniku", "OPS Rybnik", "ul. Żużlowa 25",
                  "44-200", "rybnik")
_ALL_YEARS = tuple(range(2008, 2016))
RYBNIK = SeedProject(
    key="rybnik", title="Skorzystaj z szansy", office=_RYB, programme=POKL_711,
    start=D(2008, 6, 1), end=D(2015, 6, 30), budget_total=750_244_900,
    target_age_min=15, target_age_max=64, rejected_applicants=12,
    funding_line=_funding("Skorzystaj z szansy", "Ośrodek Pomocy Społecznej w Rybniku"),
    editions=tuple(SeedEdition(year) for year in _ALL_YEARS),
    groups=(
        # 495 = 158 men + 337 women; 908 unique people, 639 women, over all programmes.
        SeedGroup("r_contracts", "Kontrakty — osoby niepracujące", GroupKind.INDIVIDUAL_PATH, 495,
                  "osoby niepracujące, w szczególności kobiety: kursy, umiejętności miękkie",
                  Profile(ages=(20, 58), women=337), years=_ALL_YEARS, multi_year_share=0.25),
        SeedGroup("r_homeless", "Indywidualny program wychodzenia z bezdomności",
                  GroupKind.INDIVIDUAL_PATH, 52,
                  "22 mężczyzn i 30 kobiet; 4 mieszkania chronione (2 dla mężczyzn, 2 dla kobiet)",
                  Profile(ages=(25, 62), women=30, labour=((U_REG, 5), (U_UNREG, 4), (INACTIVE, 1)),
                          long_term_share=0.9, flags=(SensitiveFlag.HOMELESSNESS,)),
                  years=_ALL_YEARS, multi_year_share=0.7, duration_days=(150, 300)),
        SeedGroup("r_youth", "Młodzież — warsztaty profilaktyczno-terapeutyczne",
                  GroupKind.OTHER, 262, "młodzież zagrożona wykluczeniem społecznym",
                  Profile(ages=(15, 24), women=193, labour=((INACTIVE, 7), (U_UNREG, 3)),
                          long_term_share=0.1, young=True),
                  years=_ALL_YEARS, multi_year_share=0.1, duration_days=(40, 150)),
        SeedGroup("r_pal_boguszowice", "PAL Boguszowice „Moja dzielnica – moje miejsce”",
                  GroupKind.PAL_DISTRICT, 119,
                  "mieszkańcy dzielnicy Boguszowice Osiedle i Stare wraz z rodzinami",
                  Profile(ages=(18, 62), women=33), years=tuple(range(2009, 2016)),
                  multi_year_share=0.3, drawn_from=(("r_contracts", 80),), surroundings=30),
        SeedGroup("r_pal_niedobczyce", "PAL Niedobczyce „Czas na zmiany”",
                  GroupKind.PAL_DISTRICT, 57, "mieszkańcy dzielnicy Niedobczyce wraz z otoczeniem",
                  Profile(ages=(18, 62), women=16), years=tuple(range(2011, 2016)),
                  multi_year_share=0.3, drawn_from=(("r_contracts", 38),), surroundings=15),
        SeedGroup("r_pal_paruszowiec", "PAL Paruszowiec-Piaski „Dzielnica z pomysłem”",
                  GroupKind.PAL_DISTRICT, 54,
                  "mieszkańcy dzielnicy Paruszowiec-Piaski wraz z otoczeniem",
                  Profile(ages=(18, 62), women=15), years=tuple(range(2012, 2016)),
                  multi_year_share=0.2, drawn_from=(("r_contracts", 36),), surroundings=12),
        SeedGroup("r_disabled", "Program integracji osób niepełnosprawnych „Jesteśmy razem”",
                  GroupKind.SUPPORT_GROUP, 40,  # assumed
                  "osoby niepełnosprawne i ich otoczenie",
                  Profile(ages=(20, 62), women=15, labour=((INACTIVE, 7), (U_REG, 3)),
                          flags=(SensitiveFlag.DISABILITY,)),
                  years=tuple(range(2010, 2016)), multi_year_share=0.3,
                  drawn_from=(("r_contracts", 17),), surroundings=10),
        SeedGroup("r_pai", "PAI — Program Aktywizacja i Integracja (z PUP w Rybniku)",
                  GroupKind.OTHER, 30,  # assumed
                  "bezrobotni oddaleni od rynku pracy, prace społecznie użyteczne",
                  Profile(ages=(25, 58), labour=((U_REG, 1),), long_term_share=1.0),
                  years=(2014, 2015), drawn_from=(("r_contracts", 30),), duration_days=(60, 120)),
    ),
)

# --- "Twoja Szansa", MOPS Bartoszyce, 2009 ------------------------------------------------
_BAR = SeedOffice("Miejski Ośrodek Pomocy Społecznej w Bartoszycach", "MOPS Bartoszyce",
                  "ul. Pieniężnego 10a", "11-200", "bartoszyce")
_LONG_TERM = Profile(ages=(25, 58), female_share=0.5, labour=((U_REG, 1),), long_term_share=1.0)
BARTOSZYCE = SeedProject(
    key="bartoszyce", title="Twoja Szansa", office=_BAR, programme=POKL_711,
    start=D(2009, 1, 1), end=D(2009, 12, 31),
    budget_total=34_977_380, budget_eu=31_050_380, budget_own=3_927_000,
    target_age_min=18, target_age_max=64, rejected_applicants=6,
    funding_line=_funding("Twoja Szansa", "Miejski Ośrodek Pomocy Społecznej w Bartoszycach "
                          "w partnerstwie z Powiatowym Urzędem Pracy"),
    editions=(SeedEdition(2009, 121, 0, "44 osoby w PAL, 28 w KIS (edycje I i II), 49 na "
                                        "szkoleniach zawodowych; świetlica dla dzieci "
                                        "uczestników."),),
    groups=(
        SeedGroup("b_pal", "PAL „Jak być dobrym rodzicem, sąsiadem i pracownikiem”",
                  GroupKind.PAL_DISTRICT, 44,
                  "osoby bezrobotne, pracujące i członkowie ich rodzin; prace społecznie użyteczne",
                  Profile(ages=(20, 55), female_share=0.65, labour=((U_REG, 7), (EMPLOYED, 1),
                                                                    (INACTIVE, 2))),
                  year=2009, fixed=(D(2009, 7, 1), D(2009, 12, 18)), surroundings=26),
        SeedGroup("b_kis1", "Klub Integracji Społecznej — edycja I", GroupKind.KIS_EDITION, 14,
                  "osoby długotrwale bezrobotne", _LONG_TERM, year=2009,
                  fixed=(D(2009, 7, 1), D(2009, 8, 31))),
        SeedGroup("b_kis2", "Klub Integracji Społecznej — edycja II", GroupKind.KIS_EDITION, 14,
                  "14-osobowa grupa osób długotrwale bezrobotnych", _LONG_TERM, year=2009,
                  fixed=(D(2009, 10, 1), D(2009, 11, 30))),
        SeedGroup("b_nails", "Kurs: pielęgnacja dłoni i stylizacja paznokci",
                  GroupKind.VOCATIONAL_MODULE, 12, "kobiety bezrobotne",
                  Profile(ages=(19, 45), women=12), year=2009,
                  fixed=(D(2009, 7, 6), D(2009, 9, 11))),
        SeedGroup("b_greenery", "Kurs: pracownik pielęgnacji zieleni",
                  GroupKind.VOCATIONAL_MODULE, 12, "kobiety bezrobotne",
                  Profile(ages=(22, 55), women=12), year=2009,
                  fixed=(D(2009, 7, 13), D(2009, 9, 25))),
        SeedGroup("b_paving", "Kurs: brukarz", GroupKind.VOCATIONAL_MODULE, 12,
                  "mężczyźni bezrobotni (kurs wspólny z GOPS w Bartoszycach)",
                  Profile(ages=(20, 55), women=0), year=2009,
                  fixed=(D(2009, 8, 3), D(2009, 10, 16))),
        SeedGroup("b_finishing", "Kurs: technolog robót wykończeniowych w budownictwie",
                  GroupKind.VOCATIONAL_MODULE, 13,
                  "mężczyźni bezrobotni (kurs wspólny z GOPS w Bartoszycach)",
                  Profile(ages=(20, 55), women=0), year=2009,
                  fixed=(D(2009, 8, 17), D(2009, 10, 30))),
    ),
)

# --- "Postaw na siebie", MOPS Jelenia Góra, 2014 (the 7th year) ---------------------------
_JG = SeedOffice("Miejski Ośrodek Pomocy Społecznej w Jeleniej Górze", "MOPS Jelenia Góra",
                 "al. Jana Pawła II 7", "58-500", "jelenia_gora")
JELENIA_GORA = SeedProject(
    key="jelenia_gora", title="Postaw na siebie", office=_JG, programme=POKL_711,
    start=D(2014, 1, 1), end=D(2014, 12, 31), budget_eu=208_471_850,
    target_age_min=15, target_age_max=64, rejected_applicants=8,
    funding_line=_funding("Postaw na siebie", "Miejski Ośrodek Pomocy Społecznej w Jeleniej Górze"),
    editions=(SeedEdition(2014, 282, 0, "Siódmy rok projektu systemowego; kwota EFS pozyskana "
                                        "na rok 2014: 2 084 718,50 zł. Rekrutacja na przełomie "
                                        "2013 i 2014 r."),),
    groups=(
        SeedGroup("j_paths", "Aktywizacja społeczno-zawodowa — osoby w wieku aktywności zawodowej",
                  GroupKind.INDIVIDUAL_PATH, 160,  # assumed split of the 282
                  "osoby zatrudnione lub bez zatrudnienia z trudnościami w integracji",
                  Profile(ages=(25, 60), female_share=0.62,
                          labour=((U_REG, 6), (U_UNREG, 1), (INACTIVE, 2), (EMPLOYED, 1))),
                  year=2014, duration_days=(90, 280), surroundings=40),
        SeedGroup("j_disabled", "Osoby niepełnosprawne (Dział Rehabilitacji)",
                  GroupKind.SUPPORT_GROUP, 58,  # assumed
                  "osoby niepełnosprawne; ćwiczenia psychoruchowe, turnusy rehabilitacyjne",
                  Profile(ages=(20, 62), female_share=0.5, labour=((INACTIVE, 7), (U_REG, 3)),
                          flags=(SensitiveFlag.DISABILITY,)),
                  year=2014, duration_days=(120, 280)),
        SeedGroup("j_foster", "Osoby usamodzielniane opuszczające pieczę zastępczą",
                  GroupKind.SOCIALISATION_GROUP, 14,  # assumed
                  "osoby opuszczające rodzinną lub instytucjonalną pieczę zastępczą",
                  Profile(ages=(18, 24), female_share=0.5, labour=((INACTIVE, 5), (U_UNREG, 5)),
                          long_term_share=0.1, flags=(SensitiveFlag.LEAVING_CARE_OR_PRISON,),
                          young=True),
                  year=2014, duration_days=(120, 280)),
        SeedGroup("j_youth", "Młodzież 15–25 lat ze środowisk zagrożonych wykluczeniem",
                  GroupKind.OTHER, 30,  # assumed
                  "młodzież w wieku 15–25 lat", _YOUTH, year=2014, duration_days=(60, 200)),
        SeedGroup("j_kis", "Klub Integracji Społecznej", GroupKind.KIS_EDITION, 20,  # assumed
                  "osoby długotrwale bezrobotne", _LONG_TERM, year=2014,
                  fixed=(D(2014, 3, 3), D(2014, 6, 27))),
    ),
)

# --- "Aktywna Integracja", MOPR Włocławek, 2011 -------------------------------------------
_WLO = SeedOffice("Miejski Ośrodek Pomocy Rodzinie we Włocławku", "MOPR Włocławek", "", "",
                  "wloclawek")
_WLO_TITLE = "Aktywna Integracja - Projekt Systemowy MOPR Włocławek"
WLOCLAWEK = SeedProject(
    key="wloclawek", title=_WLO_TITLE, office=_WLO, programme=POKL_711,
    start=D(2011, 1, 1), end=D(2011, 12, 31),
    budget_total=217_785_715, budget_eu=194_918_215, budget_own=22_867_500,
    target_age_min=18, target_age_max=64, rejected_applicants=10,
    funding_line=_funding("Aktywna Integracja", "Miejski Ośrodek Pomocy Rodzinie we Włocławku"),
    editions=(SeedEdition(2011, 521, 0, "521 osób: 449 bezrobotnych i nieaktywnych zawodowo, "
                                        "60 niepełnosprawnych, 12 opuszczających rodziny "
                                        "zastępcze i placówki. Zasiłki celowe (wkład własny): "
                                        "160,00 zł w module zawodowym, 117,50 zł pozostali."),),
    groups=(
        SeedGroup("w_vocational", "Moduł zawodowy", GroupKind.VOCATIONAL_MODULE, 118,
                  "osoby bezrobotne i nieaktywne zawodowo (3 miesiące)",
                  Profile(ages=(20, 55), female_share=0.6), year=2011, duration_days=(88, 92)),
        SeedGroup("w_support", "Grupy wsparcia", GroupKind.SUPPORT_GROUP, 256,
                  "osoby bezrobotne i nieaktywne zawodowo",
                  Profile(ages=(20, 62), female_share=0.6), year=2011, duration_days=(90, 240)),
        SeedGroup("w_disabled", "Grupy wsparcia dla osób niepełnosprawnych",
                  GroupKind.SUPPORT_GROUP, 60, "osoby niepełnosprawne (m.in. ŚDS; turnusy dla 48)",
                  Profile(ages=(20, 62), female_share=0.5, labour=((INACTIVE, 8), (U_REG, 2)),
                          flags=(SensitiveFlag.DISABILITY,)),
                  year=2011, duration_days=(120, 280)),
        SeedGroup("w_socialisation", "Grupa socjalizacyjna", GroupKind.SOCIALISATION_GROUP, 12,
                  "osoby opuszczające rodziny zastępcze i placówki opiekuńczo-wychowawcze",
                  Profile(ages=(18, 24), female_share=0.5, labour=((INACTIVE, 6), (U_UNREG, 4)),
                          long_term_share=0.1, flags=(SensitiveFlag.LEAVING_CARE_OR_PRISON,),
                          young=True),
                  year=2011, duration_days=(150, 280)),
        SeedGroup("w_pal", "Programy Aktywności Lokalnej", GroupKind.PAL_DISTRICT, 75,
                  "osoby zagrożone wykluczeniem społecznym oraz ich otoczenie",
                  Profile(ages=(20, 62), female_share=0.6), year=2011, duration_days=(120, 240),
                  surroundings=30),
    ),
)

SEED_PROJECTS: tuple[SeedProject, ...] = (OTWARCI, RYBNIK, BARTOSZYCE, JELENIA_GORA, WLOCLAWEK)
