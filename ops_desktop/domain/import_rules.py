"""Rules of the participant import from spreadsheets (pure: no files, no database).

Headers are matched against the monitoring lists' column sets (`domain/monitoring_columns.py`)
regardless of case, diacritics, spaces, punctuation and order; missing optional columns are
allowed, plus the optional "Grupa". Each row becomes a person draft, a participation and
its problems; a row with any problem is rejected with every reason, never half-taken."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from enum import StrEnum

from ops_desktop import i18n
from ops_desktop.domain.enums import (
    EndReason, ExitSituation, RecruitmentStatus, SensitiveFlag, Sex, TriState,
)
from ops_desktop.domain.errors import DomainError, FieldProblem
from ops_desktop.domain.monitoring_columns import (
    COMPLETED_PATH_VALUES, CSV_2021_COLUMNS, EDUCATION_VALUES, EXIT_SITUATION_VALUES,
    FLAG_COLUMNS, GROUP_COLUMN, IMPORT_REQUIRED_KEYS, LABOUR_STATUS_VALUES,
    LONG_TERM_UNEMPLOYED_VALUE, SEX_VALUES, SL2014_PARTICIPANT_COLUMNS, TRISTATE_VALUES,
)
from ops_desktop.domain.import_pefs2007 import apply_pefs_columns
from ops_desktop.domain.monitoring_pefs2007 import (
    EDUCATION_VALUES as PEFS_EDUCATION, LABOUR_STATUS_VALUES as PEFS_LABOUR, PEFS2007_COLUMNS,
)
from ops_desktop.domain.names import group_name_problem
from ops_desktop.domain.participants import Address, PersonDraft, validate_person
from ops_desktop.domain.pesel import parse_pesel, pesel_problem
from ops_desktop.domain.text import fold

HEADER_SEARCH_ROWS = 10   # a title may stand above the header row
MAX_ROWS = 200_000


class ImportRefused(DomainError):
    """The whole file is refused; nothing was written. Codes: unsupported_format, unreadable,
    no_header, missing_columns (params: missing = headers), empty, too_many_rows,
    too_large (params: size, limit in MB), zip_bomb."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code = code
        self.params = params


def normalise(text: object) -> str:
    """"Data rozpoczęcia udziału w projekcie" → "datarozpoczeciaudzialuwprojekcie"."""
    return _normalised(str(text or ""))


@functools.lru_cache(maxsize=4096)   # the same dictionary values on every row of a list
def _normalised(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


def _header_keys() -> dict[str, list[str]]:
    """Normalised header → keys in the order they stand (two "W tym" columns differ by order)."""
    lookup: dict[str, list[str]] = {}
    for columns in (SL2014_PARTICIPANT_COLUMNS, CSV_2021_COLUMNS, PEFS2007_COLUMNS,
                    (GROUP_COLUMN,)):
        for column in columns:
            keys = lookup.setdefault(normalise(column.header), [])
            if column.key not in keys:
                keys.append(column.key)
    return lookup


HEADER_KEYS = _header_keys()
REQUIRED_HEADERS: dict[str, str] = {
    column.key: column.header
    for column in (*SL2014_PARTICIPANT_COLUMNS, GROUP_COLUMN)
    if column.key in IMPORT_REQUIRED_KEYS | {"pesel"}
}


@dataclass(frozen=True)
class HeaderMatch:
    row_index: int                 # 0-based index of the header row in the file
    columns: dict[str, int]        # key → 0-based column index
    ignored: tuple[str, ...]       # headers not recognised (kept in the rejected-rows file)


def match_headers(rows: list[list[object]]) -> HeaderMatch:
    """Find the header row among the first rows and map its columns to keys."""
    best: HeaderMatch | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        match = _match_row(index, row)
        if best is None or len(match.columns) > len(best.columns):
            best = match
    if best is None or len(best.columns) < 2:
        raise ImportRefused("no_header")
    missing = [REQUIRED_HEADERS[k] for k in ("first_name", "last_name", "pesel", "start_date")
               if k not in best.columns and not (k == "pesel" and "no_pesel" in best.columns)]
    if missing:
        raise ImportRefused("missing_columns", missing=missing)
    return best


def _match_row(index: int, row: list[object]) -> HeaderMatch:
    used: dict[str, int] = {}
    ignored: list[str] = []
    for position, cell in enumerate(row):
        text = str(cell).strip() if cell is not None else ""
        if not text:
            continue
        keys = [k for k in HEADER_KEYS.get(normalise(text), []) if k not in used]
        if keys:
            used[keys[0]] = position
        else:
            ignored.append(text)
    return HeaderMatch(index, used, tuple(ignored))


# --- values ---------------------------------------------------------------------------------
def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as RRRR-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%Y.%m.%d", "%d/%m/%Y", "%Y/%m/%d")


def parse_date(value: object) -> dt.date | None:
    """Raises ValueError for text that is no date; None for an empty cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value).split(" ")[0]
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def pesel_text(value: object) -> str:
    """A PESEL cell; a number cell lost its leading zero (born 2000–2009): put it back."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{int(value):011d}"
    return re.sub(r"\s", "", cell_text(value))


def _dictionary(*tables: dict) -> dict[str, object]:
    """Spelling → code; where two codes share a spelling the first one named is read back."""
    found: dict[str, object] = {}
    for values in tables:
        for member, text in values.items():
            found.setdefault(normalise(text), member)
    return found


_SEXES = {**_dictionary(SEX_VALUES), "k": Sex.FEMALE, "m": Sex.MALE}
_TRISTATES = {**_dictionary(TRISTATE_VALUES), "odmowa": TriState.REFUSED}
_EDUCATION = _dictionary(EDUCATION_VALUES, PEFS_EDUCATION)
_LABOUR = _dictionary(LABOUR_STATUS_VALUES, PEFS_LABOUR)
_EXITS = _dictionary(EXIT_SITUATION_VALUES)
_YES_NO = {normalise(text): reason for text, reason in COMPLETED_PATH_VALUES.items()}


# --- rows -----------------------------------------------------------------------------------
@dataclass
class ParsedRow:
    """One data row of the file: what it would write, and why it cannot."""

    line: int                                  # row number as the spreadsheet shows it
    cells: list[object]                        # the row as read (for the rejected-rows file)
    person: PersonDraft
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: RecruitmentStatus = RecruitmentStatus.PARTICIPANT
    end_reason: EndReason | None = None
    exit_situation: ExitSituation | None = None
    group_name: str = ""
    problems: list[FieldProblem] = field(default_factory=list)
    warnings: list[FieldProblem] = field(default_factory=list)

    @property
    def identity(self) -> str:
        """What makes two rows the same person: the PESEL, or the technical identifier."""
        return self.person.pesel if not self.person.no_pesel else f"id:{self.person.other_id}"


def parse_row(line: int, cells: list[object], columns: dict[str, int], *,
              period: tuple[dt.date, dt.date], today: dt.date | None = None) -> ParsedRow:
    def raw(key: str) -> object:
        index = columns.get(key)
        return cells[index] if index is not None and index < len(cells) else None

    def text(key: str) -> str:
        return cell_text(raw(key))

    problems: list[FieldProblem] = []
    warnings: list[FieldProblem] = []
    no_pesel = normalise(text("no_pesel")) == normalise(TRISTATE_VALUES[TriState.YES])
    pesel = "" if no_pesel else pesel_text(raw("pesel"))
    draft = PersonDraft(
        first_name=text("first_name"), last_name=text("last_name"), pesel=pesel,
        no_pesel=no_pesel, other_id=text("technical_id") if no_pesel else "",
        address=Address(
            street=text("street"), building=text("building"), flat=text("flat"),
            postal_code=text("postal_code"), city=text("city"),
            municipality=text("municipality"), county=text("county"),
            voivodeship=text("voivodeship"),
        ),
        phone=text("phone"), email=text("email"),
    )
    draft.sex = _lookup(text("sex"), _SEXES, "sex", problems)
    draft.education = _lookup(text("education"), _EDUCATION, "education", problems)
    draft.labour_status = _lookup(text("labour_status"), _LABOUR, "labour_status", problems)
    draft.long_term_unemployed = (
        normalise(text("labour_status_detail")) == normalise(LONG_TERM_UNEMPLOYED_VALUE))
    degurba = text("degurba")
    if degurba:
        if degurba in ("1", "2", "3"):
            draft.address.degurba = int(degurba)
        else:
            problems.append(FieldProblem("degurba", "range"))
    for key, flag in FLAG_COLUMNS.items():
        answer = _lookup(text(key), _TRISTATES, key, problems)
        if answer is not None:
            draft.sensitive[SensitiveFlag(flag)] = answer
    apply_pefs_columns(text, columns, draft, problems, normalise)
    if not no_pesel and pesel and pesel_problem(pesel, today=today) is None:
        info = parse_pesel(pesel)
        draft.birth_date = info.birth_date
    problems += validate_person(draft, today=today)
    if no_pesel and "technical_id" not in columns:
        problems = [p for p in problems if p.field != "other_id"]
        problems.append(FieldProblem("pesel", "no_identity"))
    group = text("group")
    group_code = group_name_problem(group) if group else None
    if group_code:
        problems.append(FieldProblem("group", group_code))
    row = ParsedRow(line=line, cells=cells, person=draft, problems=problems, warnings=warnings,
                    group_name="" if group_code else " ".join(group.split()))
    _dates(row, raw("start_date"), raw("end_date"), period)
    path = text("completed_path")
    outcome = _YES_NO.get(normalise(path)) if path else None
    if path and outcome is None:
        problems.append(FieldProblem("completed_path", "unknown_value", {"value": path}))
    exit_text = text("exit_situation")
    if exit_text:
        row.exit_situation = _EXITS.get(normalise(exit_text))  # type: ignore[assignment]
        if row.exit_situation is None:
            warnings.append(FieldProblem("exit_situation", "ignored_value", {"value": exit_text}))
    if row.end_date is not None:
        row.end_reason = outcome or EndReason.COMPLETED_PATH
        row.status = (RecruitmentStatus.DROPPED_OUT if row.end_reason is EndReason.DROPPED_OUT
                      else RecruitmentStatus.COMPLETED)
    return row


def _lookup(value: str, table: dict[str, object], name: str, problems: list[FieldProblem]):
    if not value:
        return None
    found = table.get(normalise(value))
    if found is None:
        problems.append(FieldProblem(name, "unknown_value", {"value": value}))
    return found


def _dates(row: ParsedRow, start: object, end: object, period: tuple[dt.date, dt.date]) -> None:
    for name, value in (("start_date", start), ("end_date", end)):
        try:
            day = parse_date(value)
        except ValueError:
            row.problems.append(FieldProblem(name, "date_format", {"value": cell_text(value)}))
            continue
        if day is not None and not period[0] <= day <= period[1]:
            row.problems.append(FieldProblem(name, "outside_project",
                                             {"from": period[0], "to": period[1]}))
        setattr(row, name, day)
    if row.start_date is None and not any(p.field == "start_date" for p in row.problems):
        row.problems.append(FieldProblem("start_date", "required"))
    if row.start_date and row.end_date and row.end_date < row.start_date:
        row.problems.append(FieldProblem("end_date", "before_start"))


# --- Polish reasons (written into the rejected-rows file; the screen shows the same) --------
FIELD_NAMES: dict[str, str] = {
    "first_name": "Imię", "last_name": "Nazwisko", "pesel": "PESEL", "sex": "Płeć",
    "education": "Wykształcenie", "labour_status": "Status na rynku pracy",
    "postal_code": "Kod pocztowy", "email": "Adres e-mail", "degurba": "DEGURBA",
    "start_date": "Data rozpoczęcia udziału", "end_date": "Data zakończenia udziału",
    "completed_path": "Zakończenie zgodnie ze ścieżką", "exit_situation": "Sytuacja po zakończeniu",
    "other_id": "Techniczny identyfikator", "birth_date": "Data urodzenia", "group": "Grupa",
    "area": "Obszar",
    **{key: header for key, header in (
        (c.key, c.header) for c in SL2014_PARTICIPANT_COLUMNS if c.key in FLAG_COLUMNS)},
}

PROBLEM_TEXTS: dict[str, str] = {
    "required": "brak wartości",
    "length": "musi mieć 11 cyfr",
    "checksum": "błędna cyfra kontrolna",
    "date": "nieistniejąca data urodzenia",
    "future": "data w przyszłości",
    "pesel_mismatch": "nie zgadza się z numerem PESEL",
    "format": "niepoprawny format",
    "range": "wartość spoza zakresu",
    "unknown_value": "nieznana wartość „{value}”",
    "ignored_value": "nieznana wartość „{value}” — pominięta",
    "date_format": "niepoprawna data „{value}” (RRRR-MM-DD lub DD.MM.RRRR)",
    "outside_project": "poza okresem realizacji projektu",
    "before_start": "wcześniejsza niż data rozpoczęcia",
    "no_identity": "brak PESEL i technicznego identyfikatora",
    "without_disability": "stopień niepełnosprawności bez odpowiedzi „Tak”",
    "duplicate_in_file": "ten sam udział występuje w pliku wcześniej (wiersz {line})",
    "control_characters": "zawiera znaki sterujące lub niewidoczne",
    "bidi_override": "zawiera znak zmiany kierunku tekstu",
    "formula_prefix": "nie może zaczynać się od „=”, „+”, „-” ani „@”",
    "too_long": "zbyt długa wartość",
    "too_early": "data urodzenia przed 1900 rokiem",
}

REFUSAL_TEXTS: dict[str, str] = {
    "unsupported_format": "Nieobsługiwany rodzaj pliku — wybierz plik XLSX albo CSV.",
    "unreadable": "Nie można odczytać pliku jako arkusza XLSX ani CSV (plik uszkodzony "
                  "albo innego rodzaju).",
    "no_header": "W pliku nie ma wiersza nagłówków listy uczestników (PEFS 2007, SL2014 "
                 "lub 2021–2027).",
    "missing_columns": "Brak wymaganych kolumn: {missing}.",
    "empty": "Plik nie zawiera żadnego wiersza z danymi.",
    "too_many_rows": "Plik ma zbyt wiele wierszy (najwięcej {limit}).",
    "too_large": "Arkusz po rozpakowaniu byłby zbyt duży ({size} MB, najwięcej {limit} MB) — "
                 "podziel listę na kilka plików.",
    "zip_bomb": "Plik rozpakowuje się do rozmiaru setki razy większego niż on sam — to nie "
                "jest zwykły arkusz (podejrzany plik), nic nie odczytano.",
}


_t = i18n.translator("import")


def problem_text(problem: FieldProblem) -> str:
    """"Płeć: nieznana wartość „x”" — in the interface language (`--lang en`), on screen, in
    the command's output and in the rejected-rows file alike."""
    name = _t(FIELD_NAMES.get(problem.field, problem.field))
    template = _t(PROBLEM_TEXTS.get(problem.code, problem.code))
    return f"{name}: {template.format(**problem.params)}"


def refusal_text(exc: ImportRefused) -> str:
    params = {k: ", ".join(v) if isinstance(v, list | tuple) else v for k, v in exc.params.items()}
    return _t(REFUSAL_TEXTS.get(exc.code, exc.code)).format(**params)


# --- what the preview shows and the import reports -----------------------------------------
class RowAction(StrEnum):
    NEW_PERSON = "new_person"                # a new person and their participation
    NEW_PARTICIPATION = "new_participation"  # a person already known (same PESEL): another one
    UNCHANGED = "unchanged"                  # this participation is in the database already
    REJECTED = "rejected"


ACTION_TEXTS: dict[RowAction, str] = {
    RowAction.NEW_PERSON: "nowa osoba",
    RowAction.NEW_PARTICIPATION: "osoba w bazie — nowy udział",
    RowAction.UNCHANGED: "już w bazie — bez zmian",
    RowAction.REJECTED: "odrzucony",
}


@dataclass(frozen=True)
class PreviewRow:
    line: int
    last_name: str
    first_name: str
    pesel: str
    group: str
    new_group: bool
    start_date: dt.date | None
    end_date: dt.date | None
    action: RowAction
    problems: tuple[str, ...]     # reasons of a rejection, in Polish
    warnings: tuple[str, ...]     # notes that do not reject the row


@dataclass(frozen=True)
class ImportPreview:
    file_format: str              # "xlsx" | "csv"
    rows: tuple[PreviewRow, ...]
    new_groups: tuple[str, ...]
    ignored_headers: tuple[str, ...]

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action)

    @property
    def accepted(self) -> int:
        return len(self.rows) - self.count(RowAction.REJECTED)

    @property
    def rejected(self) -> int:
        return self.count(RowAction.REJECTED)


@dataclass(frozen=True)
class ImportResult:
    accepted: int
    rejected: int
    people_created: int
    participations_created: int
    unchanged: int
    groups_created: tuple[str, ...]
    rejected_file: str | None     # where the rejected rows went (None: nothing rejected)
