"""The one way the application writes a spreadsheet cell (XLSX through openpyxl, CSV).

Files the office opens in Excel must never carry a live formula that came from data: a
surname or a group name beginning with "=" (or "+", "-", "@") is text and stays text.
- XLSX: every text is a cell typed as a string (`data_type = "s"`), so openpyxl never turns
  "=HYPERLINK(…)" into `<f>`; characters XML cannot hold (control characters) become U+FFFD.
- CSV: a text beginning with "=", "+", "-", "@", a tab or a carriage return gets a leading
  apostrophe (OWASP's advice for CSV injection). Numbers are numbers and are written as they
  are; a number already spelled as text for Polish Excel ("-1234,56") is passed as `Figure`.

Every writer goes through `new_workbook`/`xlsx_row` or `csv_writer`;
tests/unit/exports/test_spreadsheet_writers.py sweeps the package for any other `Workbook(` or
`csv.writer(` and fails on it.
A writer's tool, so it lives in exports/ beside the writers; services/import_files.py uses it
for the file of rejected rows (services may call exports)."""

from __future__ import annotations

import csv
import datetime as dt
import os
from decimal import Decimal
from pathlib import Path
from typing import IO
from collections.abc import Iterable

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class Figure(str):
    """A number spelled as text ("1234,56", "-3"): written to CSV as it is, never neutralised."""


def new_workbook(*, write_only: bool = False) -> Workbook:
    return Workbook(write_only=write_only)


def write_only_sheet(book: Workbook, title: str, *, scratch: Path):
    """A sheet of a write-only workbook whose uncompressed XML is built in `scratch` (a path
    the caller chose and removes) instead of openpyxl's file in the system's temp folder,
    which a killed process would leave there with whatever the rows hold."""
    from openpyxl.worksheet._writer import WorksheetWriter

    class _ScratchWriter(WorksheetWriter):
        def cleanup(self) -> None:       # openpyxl's own also unregisters its temp file
            os.remove(self.out)

    sheet = book.create_sheet(title)
    # openpyxl's WriteOnlyWorksheet._get_writer, with the file named: it keeps the writer in
    # `_writer` and makes one only when none is there (tests/unit/services/ holds it).
    sheet._writer = _ScratchWriter(sheet, out=str(scratch))
    sheet._writer.write_top()
    return sheet


def xlsx_cell(sheet, value: object) -> object:
    """What to append for `value`: None for nothing, numbers and dates as they are, text as
    a string-typed cell."""
    if value is None or value == "":
        return None
    if isinstance(value, bool | int | float | Decimal | dt.date | dt.datetime):
        return value
    if isinstance(value, Cell):
        if isinstance(value.value, str):
            value.data_type = "s"
        return value
    cell = Cell(sheet, row=1, column=1, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", str(value)))
    cell.data_type = "s"       # never a formula, whatever the text begins with
    return cell


def xlsx_row(sheet, values: Iterable[object]) -> list[object]:
    return [xlsx_cell(sheet, value) for value in values]


def csv_text(value: object) -> str:
    """One CSV field: text neutralised when it could be read as a formula."""
    if value is None:
        return ""
    if isinstance(value, Figure):
        return str(value)
    if isinstance(value, bool | int | float | Decimal | dt.date):
        return str(value)
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


class _SafeWriter:
    def __init__(self, stream: IO[str], **options: object) -> None:
        self._writer = csv.writer(stream, **options)

    def writerow(self, values: Iterable[object]) -> None:
        self._writer.writerow([csv_text(value) for value in values])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(stream: IO[str], *, delimiter: str = ";", lineterminator: str = "\r\n",
               quoting: int = csv.QUOTE_MINIMAL) -> _SafeWriter:
    return _SafeWriter(stream, delimiter=delimiter, lineterminator=lineterminator,
                       quoting=quoting)
