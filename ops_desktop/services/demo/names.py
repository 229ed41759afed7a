"""Realistic Polish names and places for the synthetic people of the demo database.

First names by sex, with a younger set for people born from the mid-1980s on; surnames in
their masculine form with the feminine form derived the way Polish does it (-ski → -ska,
-cki → -cka, -dzki → -dzka, adjectival -y → -a; Nowak, Mazur, Zając stay as they are). A few
regional surnames per office's town (Silesian ones in Rybnik, for instance). Towns: streets,
postal codes and the administrative units the monitoring lists ask for."""

from __future__ import annotations

from dataclasses import dataclass

from ops_desktop.domain.enums import Sex

FEMALE_NAMES = (
    "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna",
    "Elżbieta", "Zofia", "Teresa", "Joanna", "Magdalena", "Monika", "Jadwiga", "Danuta",
    "Irena", "Halina", "Helena", "Beata", "Aleksandra", "Marta", "Dorota", "Grażyna",
    "Jolanta", "Stanisława", "Iwona", "Bożena", "Urszula", "Renata", "Alicja", "Sylwia",
    "Wanda", "Agata", "Aneta", "Izabela", "Marzena", "Wiesława", "Genowefa", "Kazimiera",
    "Edyta", "Wioletta", "Lucyna", "Żaneta", "Violetta", "Mirosława", "Henryka", "Leokadia",
)
FEMALE_NAMES_YOUNG = (
    "Paulina", "Karolina", "Justyna", "Natalia", "Patrycja", "Ewelina", "Dominika",
    "Weronika", "Klaudia", "Angelika", "Martyna", "Kinga", "Emilia", "Gabriela", "Julia",
    "Aleksandra", "Magdalena", "Monika", "Katarzyna", "Joanna", "Izabela", "Marlena",
    "Sandra", "Daria", "Oliwia", "Nikola", "Wiktoria", "Zuzanna", "Łucja", "Kamila",
)
MALE_NAMES = (
    "Jan", "Andrzej", "Piotr", "Krzysztof", "Stanisław", "Tomasz", "Paweł", "Józef",
    "Marek", "Michał", "Grzegorz", "Jerzy", "Tadeusz", "Adam", "Zbigniew", "Ryszard",
    "Dariusz", "Henryk", "Mariusz", "Kazimierz", "Wojciech", "Robert", "Marian", "Rafał",
    "Jacek", "Janusz", "Mirosław", "Sławomir", "Jarosław", "Wiesław", "Roman", "Władysław",
    "Artur", "Zdzisław", "Edward", "Mieczysław", "Czesław", "Leszek", "Waldemar", "Bogdan",
    "Zenon", "Ireneusz", "Eugeniusz", "Bogusław", "Lech", "Łukasz", "Marcin", "Sylwester",
)
MALE_NAMES_YOUNG = (
    "Łukasz", "Mateusz", "Kamil", "Jakub", "Bartosz", "Marcin", "Damian", "Dawid",
    "Przemysław", "Sebastian", "Daniel", "Szymon", "Patryk", "Kacper", "Karol", "Hubert",
    "Dominik", "Adrian", "Konrad", "Mikołaj", "Arkadiusz", "Norbert", "Krystian", "Oskar",
    "Filip", "Wiktor", "Maciej", "Michał", "Piotr", "Tomasz",
)

SURNAMES = (
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski",
    "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel",
    "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk",
    "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Sikora", "Baran",
    "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak", "Zalewski",
    "Wróblewski", "Marciniak", "Jasiński", "Zawadzki", "Sadowski", "Bąk", "Chmielewski",
    "Włodarczyk", "Borkowski", "Czarnecki", "Sawicki", "Sokołowski", "Urbański", "Kubiak",
    "Maciejewski", "Szczepański", "Kucharski", "Wilk", "Kalinowski", "Lis", "Mazurek",
    "Wysocki", "Adamski", "Kaźmierczak", "Wasilewski", "Sobczak", "Czerwiński",
    "Andrzejewski", "Cieślak", "Głowacki", "Zakrzewski", "Kołodziej", "Sikorski",
    "Krajewski", "Gajewski", "Szymczak", "Szulc", "Baranowski", "Laskowski", "Brzeziński",
    "Makowski", "Ziółkowski", "Przybylski", "Domański", "Nowacki", "Borowski", "Błaszczyk",
    "Chojnacki", "Ciesielski", "Mróz", "Szczepaniak", "Wesołowski", "Górecki", "Krupa",
    "Kaczmarczyk", "Leśniak", "Kowalewski", "Urban", "Kołodziejczyk", "Żak", "Biały",
    "Czarny", "Wesoły", "Żurawski", "Śliwiński", "Łukasik", "Głowiński",
)

# Regional surnames, mixed into the common ones for the people of that town.
REGIONAL_SURNAMES = {
    "rybnik": ("Musioł", "Kuczera", "Mrozek", "Kempny", "Nowok", "Wolny", "Pszczółka",
               "Kozielski", "Grzegorzyca", "Pietrasz", "Bugla", "Fojcik", "Wawrzyczek",
               "Sobik", "Kolorz", "Paszek", "Ryguła", "Mura"),
    "bartoszyce": ("Kowalewski", "Jankowski", "Ostrowski", "Zawadzki", "Łukaszewicz",
                   "Kozłowski", "Sienkiewicz", "Romanowski", "Orłowski"),
    "jelenia_gora": ("Kubicki", "Leszczyński", "Łuczak", "Kaczorowski", "Fiedorowicz",
                     "Romańczuk", "Dziedzic"),
    "wloclawek": ("Kujawski", "Lewandowski", "Dzikowski", "Jaroszewski", "Kubacki",
                  "Szczęsny", "Grabarczyk", "Kamińczak"),
    "warszawa": ("Wiśniewski", "Zalewski", "Pawłowski", "Dmochowski", "Gołębiowski"),
}

_FEMININE_ENDINGS = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ny", "na"),
                     ("ły", "ła"), ("ty", "ta"))


def surname_for(masculine: str, sex: Sex) -> str:
    """The surname in the form that matches sex: Kowalski / Kowalska, Nowak / Nowak."""
    if sex is Sex.MALE:
        return masculine
    for ending, feminine in _FEMININE_ENDINGS:
        if masculine.endswith(ending):
            return masculine[: -len(ending)] + feminine
    return masculine


@dataclass(frozen=True)
class Town:
    key: str
    city: str
    municipality: str   # gmina
    county: str         # powiat
    voivodeship: str
    degurba: int        # 1 city, 2 town/suburb, 3 rural
    postal_codes: tuple[str, ...]
    streets: tuple[str, ...]
    phone_area: str     # landline area code, for the few landline numbers


TOWNS: dict[str, Town] = {
    "warszawa": Town(
        "warszawa", "Warszawa", "Warszawa", "Warszawa", "mazowieckie", 1,
        ("00-020", "00-024", "00-043", "00-322", "00-359", "00-503", "00-514", "00-547",
         "00-626", "00-672", "00-679", "00-691", "00-838", "00-864"),
        ("Marszałkowska", "Hoża", "Wilcza", "Żurawia", "Poznańska", "Emilii Plater",
         "Chmielna", "Złota", "Mokotowska", "Piękna", "Koszykowa", "Krucza", "Solec",
         "Dobra", "Tamka", "Górnośląska", "Smolna", "Nowy Świat", "Bracka", "Śniadeckich"),
        "22",
    ),
    "rybnik": Town(
        "rybnik", "Rybnik", "Rybnik", "Rybnik", "śląskie", 2,
        ("44-200", "44-203", "44-206", "44-207", "44-210", "44-213", "44-217", "44-251",
         "44-253", "44-270", "44-273"),
        ("Żużlowa", "Sobieskiego", "Raciborska", "Wodzisławska", "Chwałowicka", "Gliwicka",
         "Rudzka", "Mikołowska", "Kościuszki", "Powstańców Śląskich", "Górnośląska",
         "Małachowskiego", "Jastrzębska", "Żorska", "Reymonta", "Hallera", "Orzepowicka",
         "Niedobczycka", "Patriotów", "Zebrzydowicka", "Kotucza"),
        "32",
    ),
    "bartoszyce": Town(
        "bartoszyce", "Bartoszyce", "Bartoszyce", "bartoszycki", "warmińsko-mazurskie", 2,
        ("11-200",),
        ("Pieniężnego", "Bohaterów Monte Cassino", "Kętrzyńska", "Limanowskiego",
         "Warszawska", "Kajki", "Grunwaldzka", "Mickiewicza", "Słowackiego", "Prusa",
         "Bema", "Sportowa", "Leśna", "Jagiellońska", "Ogrodowa", "Kasprowicza"),
        "89",
    ),
    "jelenia_gora": Town(
        "jelenia_gora", "Jelenia Góra", "Jelenia Góra", "Jelenia Góra", "dolnośląskie", 2,
        ("58-500", "58-506", "58-508", "58-560", "58-570", "58-573"),
        ("Jana Pawła II", "Wolności", "Podwale", "Bankowa", "Grunwaldzka", "Różyckiego",
         "Wiejska", "Kiepury", "Ogińskiego", "Cieplicka", "Sobieszowska", "Karłowicza",
         "Kochanowskiego", "Drzymały", "Działkowicza", "Morcinka", "Noskowskiego"),
        "75",
    ),
    "wloclawek": Town(
        "wloclawek", "Włocławek", "Włocławek", "Włocławek", "kujawsko-pomorskie", 2,
        ("87-800", "87-805", "87-810", "87-816", "87-817"),
        ("Kościuszki", "Kilińskiego", "Toruńska", "Żabia", "Chopina", "Wyszyńskiego",
         "Kaliska", "Okrzei", "Ogniowa", "Płocka", "Zapiecek", "Stodólna", "Promienna",
         "Wojska Polskiego", "Kapitulna", "Brzeska", "Żytnia", "Nowomiejska"),
        "54",
    ),
}

EMAIL_DOMAINS = ("wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com", "op.pl")
