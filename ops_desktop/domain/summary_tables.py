"""A summary laid out as tables: the one layout the PDF, the workbook, the CSV and the
dashboard's tables all show, so the files and the screen never disagree.

Cells are int (people, counts), `Money` (grosze), `Hours` (hundredths of an hour) or str.
`keys` runs parallel to `rows`: the FigureKey behind each number (None where a cell opens
no list of people)."""

from __future__ import annotations

from dataclasses import dataclass

from ops_desktop import i18n
from ops_desktop.domain.summary import FigureKey, SexCount, Summary


_t = i18n.translator("summary")


@dataclass(frozen=True)
class Money:
    grosze: int


@dataclass(frozen=True)
class Hours:
    x100: int


@dataclass(frozen=True)
class SummaryTable:
    key: str
    title: str
    sheet: str                                   # workbook sheet name (≤ 31 characters)
    header: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    keys: tuple[tuple[FigureKey | None, ...], ...]


SEX_HEADER = ("Ogółem", "Kobiety", "Mężczyźni")

SHEETS: dict[str, str] = {
    "people": "Podsumowanie", "years": "Lata", "age": "Wiek", "youth": "Młodzież",
    "groups": "Grupy", "target_groups": "Grupy docelowe", "labour": "Rynek pracy",
    "education": "Wykształcenie", "outcome": "Zakończenie udziału", "exit": "Sytuacja po",
    "contracts": "Kontrakty", "instruments": "Instrumenty", "activities": "Zajęcia",
    "money": "Finanse",
}


def _sex_header() -> tuple[str, ...]:
    return tuple(_t(text) for text in SEX_HEADER)


def _sex_cells(count: SexCount) -> tuple[int, int, int]:
    return count.total, count.women, count.men


def _sex_keys(key: FigureKey | None) -> tuple[FigureKey | None, ...]:
    if key is None:
        return (None, None, None)
    return key, key.with_sex("K"), key.with_sex("M")


def period_text(summary: Summary) -> str:
    scope = (_t("rok {year}").format(year=summary.year) if summary.year
             else _t("cały okres realizacji"))
    return (f"{scope}: {summary.period_from:%d.%m.%Y} – {summary.period_to:%d.%m.%Y}")


def summary_tables(summary: Summary) -> list[SummaryTable]:
    tables = [_people(summary), _years(summary)]
    for breakdown in summary.breakdowns:
        tables.append(SummaryTable(
            breakdown.key, _t(breakdown.title), _t(SHEETS[breakdown.key]),
            (_t("Wyszczególnienie"), *_sex_header()),
            tuple((_t(row.label), *_sex_cells(row.count)) for row in breakdown.rows),
            tuple((None, *_sex_keys(row.key)) for row in breakdown.rows),
        ))
    if summary.contracts is not None:
        tables.append(_contracts(summary))
    if summary.instruments is not None:
        tables.append(_instruments(summary))
    if summary.activities is not None:
        tables.append(_activities(summary))
    tables.append(_money(summary))
    return tables


def _people(summary: Summary) -> SummaryTable:
    rows = ((_t("Uczestnicy (każda osoba liczona raz)"), *_sex_cells(summary.participants)),
            (_t("Otoczenie uczestników (liczone osobno)"), *_sex_cells(summary.surroundings)))
    keys = ((None, *_sex_keys(FigureKey("participants"))),
            (None, *_sex_keys(FigureKey("surroundings"))))
    return SummaryTable("people", _t("Uczestnicy projektu"), _t(SHEETS["people"]),
                        (_t("Wyszczególnienie"), *_sex_header()), rows, keys)


def _years(summary: Summary) -> SummaryTable:
    header = (_t("Rok"), _t("Uczestnicy"), _t("Kobiety"), _t("Mężczyźni"), _t("Otoczenie"),
              _t("Otocz. K"), _t("Otocz. M"))
    rows = tuple((str(r.year), *_sex_cells(r.participants), *_sex_cells(r.surroundings))
                 for r in summary.by_year)
    keys = tuple((None, *_sex_keys(FigureKey("year", str(r.year))),
                  *_sex_keys(FigureKey("year_surroundings", str(r.year))))
                 for r in summary.by_year)
    return SummaryTable("years",
                        _t("Uczestnicy w kolejnych latach (osoba liczona raz w każdym roku)"),
                        _t(SHEETS["years"]), header, rows, keys)


def _contracts(summary: Summary) -> SummaryTable:
    figures = summary.contracts
    assert figures is not None
    rows: list[tuple[object, ...]] = [(_t("Kontrakty podpisane"), figures.signed),
                                      (_t("Kontrakty zmienione aneksem"), figures.amended)]
    rows += [(_t("Zakończone — {outcome}").format(outcome=_t(item.label)), item.count)
             for item in figures.closed_by_outcome]
    rows.append((_t("Rozwiązane przed terminem"), figures.terminated))
    return SummaryTable("contracts", _t("Kontrakty socjalne"), _t(SHEETS["contracts"]),
                        (_t("Wyszczególnienie"), _t("Liczba")), tuple(rows),
                        tuple((None, None) for _ in rows))


def _instruments(summary: Summary) -> SummaryTable:
    figures = summary.instruments
    assert figures is not None
    rows: list[tuple[object, ...]] = []
    keys: list[tuple[FigureKey | None, ...]] = []
    for row in figures.rows:
        rows.append((_t(row.label), row.uses, *_sex_cells(row.people)))
        keys.append((None, None, *_sex_keys(FigureKey("instrument_category", row.category.value))))
    rows.append((_t("Osoby z co najmniej {n} instrumentami").format(n=figures.minimum), "",
                 *_sex_cells(figures.people_with_minimum)))
    keys.append((None, None, *_sex_keys(FigureKey("instrument_minimum"))))
    return SummaryTable("instruments", _t("Instrumenty aktywnej integracji"),
                        _t(SHEETS["instruments"]),
                        (_t("Kategoria"), _t("Zastosowania"), _t("Osoby"), _t("Kobiety"),
                         _t("Mężczyźni")),
                        tuple(rows), tuple(keys))


def _activities(summary: Summary) -> SummaryTable:
    figures = summary.activities
    assert figures is not None
    rows = ((_t("Godziny obecności uczestników"), Hours(figures.hours_x100)),
            (_t("Zaświadczenia o ukończeniu"), figures.certificates_completion),
            (_t("Zaświadczenia o uczestnictwie"), figures.certificates_participation))
    return SummaryTable("activities", _t("Zajęcia i zaświadczenia"), _t(SHEETS["activities"]),
                        (_t("Wyszczególnienie"), _t("Wartość")), rows,
                        tuple((None, None) for _ in rows))


def _money(summary: Summary) -> SummaryTable:
    money = summary.money
    rows = ((_t("Budżet projektu ogółem"), Money(money.budget_total)),
            (_t("Dofinansowanie (UE i budżet państwa)"), Money(money.budget_eu)),
            (_t("Wkład własny"), Money(money.budget_own)),
            (_t("Świadczenia wypłacone uczestnikom"), Money(money.benefits_total)),
            (_t("w tym zaliczone do wkładu własnego"), Money(money.benefits_own)))
    return SummaryTable("money", _t("Finanse"), _t(SHEETS["money"]),
                        (_t("Wyszczególnienie"), _t("Kwota")), rows,
                        tuple((None, None) for _ in rows))


def display_text(value: object) -> str:
    """A cell as printed and on screen: "1 234", "1 234,56 zł", hours "12,50"."""
    from ops_desktop.domain.money import format_pln

    if isinstance(value, Money):
        return format_pln(value.grosze)
    if isinstance(value, Hours):
        return format_pln(value.x100, currency=False)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u00a0")
    return str(value)
