"""Phrases the demo contracts are written from, by kind of group: instruments (names from the
seeded catalogue), assessment, goals, agreed actions and evaluation findings. Written for the
demo; any likeness to a real person's file is accidental."""

from __future__ import annotations

from dataclasses import dataclass

from ops_desktop.domain.contracts import ActionBy

P, C, INST = ActionBy.PARTICIPANT, ActionBy.CASEWORKER, ActionBy.OTHER_INSTITUTION


@dataclass(frozen=True)
class ContractProfile:
    instruments: tuple[str, ...]          # the first three always, then some of the rest
    causes: tuple[str, ...]
    resources: tuple[str, ...]
    limitations: tuple[str, ...]
    main_goals: tuple[str, ...]
    specific_goals: tuple[str, ...]
    actions: tuple[tuple[str, ActionBy, str, str], ...]  # what, who, institution, how checked


UNEMPLOYED = ContractProfile(
    instruments=("Doradztwo zawodowe", "Warsztaty aktywizacji zawodowej",
                 "Kurs lub szkolenie zawodowe", "Terapia psychologiczna lub psychospołeczna",
                 "Trening kompetencji i umiejętności społecznych", "Staż lub praktyka zawodowa"),
    causes=("Długotrwałe bezrobocie i utrata motywacji do poszukiwania pracy.",
            "Utrata zatrudnienia po likwidacji zakładu pracy; zadłużenie mieszkania.",
            "Brak aktualnych kwalifikacji zawodowych, niski dochód rodziny.",
            "Długa przerwa w pracy związana z opieką nad dziećmi."),
    resources=("Gotowość do zmiany sytuacji, dobry stan zdrowia.",
               "Doświadczenie w pracy fizycznej, wsparcie rodziny.",
               "Systematyczność, chęć podniesienia kwalifikacji.",
               "Prawo jazdy kat. B, umiejętność obsługi komputera."),
    limitations=("Niska samoocena, brak umiejętności autoprezentacji.",
                 "Ograniczone możliwości dojazdu, opieka nad dzieckiem.",
                 "Brak doświadczenia w poszukiwaniu pracy przez internet.",
                 "Problemy zdrowotne ograniczające pracę fizyczną."),
    main_goals=("Podjęcie zatrudnienia i usamodzielnienie się.",
                "Powrót na rynek pracy i poprawa sytuacji materialnej rodziny."),
    specific_goals=("Określenie indywidualnej ścieżki zawodowej.",
                    "Ukończenie kursu podnoszącego kwalifikacje.",
                    "Nabycie umiejętności poruszania się na rynku pracy.",
                    "Przygotowanie dokumentów aplikacyjnych."),
    actions=(("Udział w warsztatach aktywizacji zawodowej (40 godz.)", P, "", "lista obecności"),
             ("Spotkania z doradcą zawodowym i opracowanie planu działania", P, "",
              "karta doradztwa"),
             ("Skierowanie na kurs zawodowy i pomoc w organizacji dojazdu", C, "",
              "skierowanie w aktach"),
             ("Rejestracja i kontakt z pośrednikiem pracy", P, "Powiatowy Urząd Pracy",
              "potwierdzenie z PUP"),
             ("Konsultacja z lekarzem medycyny pracy", INST, "poradnia medycyny pracy",
              "zaświadczenie lekarskie")),
)

CODEPENDENT = ContractProfile(
    instruments=("Grupa wsparcia lub samopomocowa", "Terapia uzależnień lub współuzależnienia",
                 "Trening kompetencji i umiejętności społecznych",
                 "Wyjazdy i imprezy integracyjne", "Doradztwo zawodowe",
                 "Poradnictwo specjalistyczne (prawne, rodzinne, psychologiczne)"),
    causes=("Współuzależnienie od alkoholu osoby bliskiej, napięcia w rodzinie.",
            "Przemoc psychiczna w rodzinie, izolacja od otoczenia.",
            "Życie w rodzinie z problemem alkoholowym, trudności finansowe."),
    resources=("Motywacja do zmiany, regularny kontakt z ośrodkiem.",
               "Wsparcie dorosłych dzieci, dobre relacje z sąsiadami.",
               "Gotowość do udziału w terapii."),
    limitations=("Niskie poczucie własnej wartości, lęk przed zmianą.",
                 "Zależność ekonomiczna od partnera.",
                 "Trudności w stawianiu granic."),
    main_goals=("Poprawa funkcjonowania osobistego i społecznego oraz przygotowanie do "
                "aktywności zawodowej.",
                "Odbudowa poczucia własnej wartości i samodzielności."),
    specific_goals=("Regularny udział w grupie wsparcia.",
                    "Nabycie umiejętności radzenia sobie ze stresem.",
                    "Określenie indywidualnej ścieżki zawodowej.",
                    "Udział w wyjeździe terapeutyczno-edukacyjnym."),
    actions=(("Udział w spotkaniach grupy wsparcia z elementami edukacyjnymi", P, "",
              "lista obecności"),
             ("Konsultacje terapeutyczne w poradni", INST, "poradnia terapii uzależnień",
              "zaświadczenie poradni"),
             ("Udział w wyjeździe z programem terapeutyczno-edukacyjnym", P, "",
              "lista uczestników"),
             ("Monitorowanie sytuacji rodziny, wizyty w środowisku", C, "",
              "notatki z wizyt")),
)

FAMILY = ContractProfile(
    instruments=("Trening kompetencji i umiejętności społecznych",
                 "Poradnictwo specjalistyczne (prawne, rodzinne, psychologiczne)",
                 "Zajęcia wyrównawcze i edukacyjne dla dzieci i młodzieży",
                 "Opieka nad dziećmi i osobami zależnymi w czasie zajęć",
                 "Wyjazdy i imprezy integracyjne", "Doradztwo zawodowe"),
    causes=("Wielodzietność i niskie dochody, trudności opiekuńczo-wychowawcze.",
            "Rodzina niepełna, zaległości w opłatach za mieszkanie.",
            "Bezradność w sprawach opiekuńczo-wychowawczych i prowadzeniu gospodarstwa."),
    resources=("Więź emocjonalna w rodzinie, gotowość do współpracy.",
               "Dzieci uczęszczają regularnie do szkoły.",
               "Pomoc dalszej rodziny."),
    limitations=("Brak stałego dochodu, złe warunki mieszkaniowe.",
                 "Trudności w organizacji dnia i budżetu domowego.",
                 "Problemy szkolne dzieci."),
    main_goals=("Poprawa funkcjonowania rodziny i wzmocnienie kompetencji wychowawczych.",),
    specific_goals=("Udział w warsztatach kompetencji wychowawczych.",
                    "Uregulowanie zaległości czynszowych.",
                    "Objęcie dzieci zajęciami wyrównawczymi.",
                    "Nabycie umiejętności planowania budżetu domowego."),
    actions=(("Udział w edukacyjnych warsztatach kompetencji wychowawczych", P, "",
              "lista obecności"),
             ("Zajęcia wyrównawcze i pomoc w nauce dla dzieci", ActionBy.FAMILY, "",
              "dziennik zajęć"),
             ("Porozumienie w sprawie spłaty zadłużenia", P, "zarządca budynku",
              "kopia porozumienia"),
             ("Poradnictwo rodzinne", INST, "poradnia rodzinna", "potwierdzenie wizyt")),
)

YOUTH = ContractProfile(
    instruments=("Trening kompetencji i umiejętności społecznych",
                 "Terapia psychologiczna lub psychospołeczna",
                 "Zajęcia wyrównawcze i edukacyjne dla dzieci i młodzieży",
                 "Wyjazdy i imprezy integracyjne", "Doradztwo zawodowe", "Wolontariat"),
    causes=("Trudności szkolne i zagrożenie przerwaniem nauki.",
            "Konflikty w rodzinie, brak wzorców aktywności zawodowej.",
            "Usamodzielnianie się po opuszczeniu placówki opiekuńczo-wychowawczej."),
    resources=("Zainteresowania sportowe i muzyczne, chęć nauki zawodu.",
               "Dobre relacje z rówieśnikami, wsparcie wychowawcy.",
               "Otwartość na pomoc."),
    limitations=("Niska asertywność, trudności w kontaktach z dorosłymi.",
                 "Zaległości w nauce, brak planów zawodowych.",
                 "Brak wsparcia rodziny."),
    main_goals=("Kontynuacja nauki i przygotowanie do samodzielnego życia.",
                "Rozwój umiejętności społecznych i wybór ścieżki zawodowej."),
    specific_goals=("Udział w warsztatach umiejętności społecznych.",
                    "Poprawa wyników w nauce.",
                    "Udział w wyjazdowym warsztacie asertywności.",
                    "Wybór kierunku kształcenia zawodowego."),
    actions=(("Udział w warsztatach umiejętności społecznych", P, "", "lista obecności"),
             ("Indywidualne konsultacje psychologiczne", INST, "psycholog projektu",
              "karta konsultacji"),
             ("Kontakt ze szkołą i wychowawcą", C, "", "notatka służbowa"),
             ("Udział w wyjazdowym warsztacie asertywności", P, "", "lista uczestników")),
)

DISABLED = ContractProfile(
    instruments=("Rehabilitacja i turnus rehabilitacyjny", "Grupa wsparcia lub samopomocowa",
                 "Trening kompetencji i umiejętności społecznych", "Zatrudnienie wspierane",
                 "Poradnictwo specjalistyczne (prawne, rodzinne, psychologiczne)"),
    causes=("Niepełnosprawność ograniczająca samodzielność i aktywność zawodową.",
            "Izolacja społeczna związana z chorobą przewlekłą."),
    resources=("Orzeczenie o stopniu niepełnosprawności, wsparcie rodziny.",
               "Motywacja do rehabilitacji, regularny udział w zajęciach ŚDS."),
    limitations=("Ograniczenia ruchowe, bariery architektoniczne w miejscu zamieszkania.",
                 "Brak doświadczenia zawodowego."),
    main_goals=("Zwiększenie samodzielności i udziału w życiu społecznym.",),
    specific_goals=("Udział w turnusie rehabilitacyjnym.", "Regularny udział w grupie wsparcia.",
                    "Rozpoznanie możliwości zatrudnienia wspieranego."),
    actions=(("Udział w turnusie rehabilitacyjnym", P, "", "zaświadczenie organizatora"),
             ("Udział w spotkaniach grupy wsparcia", P, "", "lista obecności"),
             ("Pomoc w kompletowaniu dokumentacji do PFRON", C, "", "kopia wniosku")),
)

FINDINGS = (
    "Osoba realizuje uzgodnione działania; frekwencja na zajęciach dobra.",
    "Działania realizowane zgodnie z harmonogramem; widoczny wzrost motywacji.",
    "Część działań opóźniona z przyczyn zdrowotnych; termin przesunięto.",
    "Osoba ukończyła warsztaty; kontynuuje spotkania ze specjalistą.",
    "Współpraca poprawna, wymaga dalszego wsparcia w poszukiwaniu pracy.",
)
CLOSING = {
    "reached": ("Cel główny osiągnięty: osoba podjęła zatrudnienie.",
                "Cel osiągnięty: wszystkie działania zrealizowane, "
                "sytuacja rodziny poprawiła się."),
    "partly": ("Działania zrealizowane częściowo; osoba ukończyła kurs, zatrudnienia nie podjęła.",
               "Poprawa funkcjonowania społecznego, cel zawodowy w trakcie realizacji."),
    "not_reached": ("Cel nieosiągnięty: osoba nie kontynuowała części działań.",),
}
TERMINATION = {
    "found_job": "Osoba podjęła zatrudnienie przed końcem okresu kontraktu.",
    "withdrew": "Osoba złożyła pisemną rezygnację z udziału.",
    "breach": "Powtarzające się nieusprawiedliwione nieobecności na zajęciach.",
    "change_of_circumstances": "Zmiana sytuacji rodzinnej uniemożliwiająca udział.",
}
PROFESSIONS = ("sprzedawca", "krawiec", "murarz", "kucharz", "magazynier", "fryzjer",
               "ślusarz", "brak zawodu wyuczonego")
WORK_HISTORY = ("Krótkie okresy zatrudnienia w handlu i usługach, ostatnio przed 3 laty.",
                "Praca sezonowa i dorywcza bez umowy.",
                "Kilkuletnie zatrudnienie w zakładzie produkcyjnym, zwolnienie grupowe.")
EARLIER_ACTIVATION = ("Szkolenie z PUP w 2007 r. nieukończone z powodu opieki nad dzieckiem.",
                      "Staż przerwany po 2 miesiącach z powodu choroby.",
                      "Dotychczas nie korzystała z form aktywizacji.")
