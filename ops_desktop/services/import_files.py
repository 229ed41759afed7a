"""Reading participant spreadsheets (XLSX, CSV) and writing the file of rejected rows.

CSV from Polish Excel comes as UTF-8 (often with a BOM), Windows-1250 or UTF-16 ("Unicode
text"), separated by ';' (sometimes ',' or a tab): the separator that yields the best header
match wins. Anything that cannot be read as a table is refused with `ImportRefused`, before a
single row is looked at."""

from __future__ import annotations

import csv
import io
import os
import tempfile
import warnings
import zipfile
from pathlib import Path

from ops_desktop.domain.import_rules import (
    HEADER_SEARCH_ROWS, MAX_ROWS, ImportRefused, cell_text, match_headers,
)
from ops_desktop.exports import spreadsheet

XLSX_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".txt"}
REASON_HEADER = "Powód odrzucenia"
_SEPARATORS = (";", ",", "\t")


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    raise ImportRefused("unsupported_format", suffix=suffix)


def read_rows(path: Path) -> tuple[str, list[list[object]]]:
    """The file's format and all its rows (cells as read; trailing empty cells dropped)."""
    fmt = file_format(path)
    try:
        rows = _read_xlsx(path) if fmt == "xlsx" else _read_csv(path.read_bytes())
    except ImportRefused:
        raise
    except (OSError, ValueError, KeyError, IndexError, TypeError, zipfile.BadZipFile,
            csv.Error) as exc:
        raise ImportRefused("unreadable", reason=type(exc).__name__) from exc
    if len(rows) > MAX_ROWS:
        raise ImportRefused("too_many_rows", limit=MAX_ROWS)
    return fmt, rows


def _trim(row: list[object]) -> list[object]:
    end = len(row)
    while end and (row[end - 1] is None or str(row[end - 1]).strip() == ""):
        end -= 1
    return list(row[:end])


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles it does not know
        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except InvalidFileException as exc:
            raise ImportRefused("unreadable", reason="invalid_xlsx") from exc
        try:
            sheet = book.worksheets[0]
            rows = []
            for row in sheet.iter_rows(values_only=True):
                rows.append(_trim(list(row)))
                if len(rows) > MAX_ROWS:
                    break
            return rows
        finally:
            book.close()


def _decode(data: bytes) -> str:
    """UTF-16 with its BOM (Excel's "Unicode text"), UTF-8 (with or without BOM), else
    Windows-1250; a NUL left after decoding means a binary file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1250", errors="replace")
    if "\x00" in text:
        raise ImportRefused("unreadable", reason="binary")
    return text


def _read_csv(data: bytes) -> list[list[object]]:
    text = _decode(data)
    best: tuple[int, list[list[object]]] | None = None
    for separator in _SEPARATORS:
        rows = [_trim(row) for row in csv.reader(io.StringIO(text, newline=""),
                                                  delimiter=separator)]
        try:
            matched = len(match_headers(rows[:HEADER_SEARCH_ROWS]).columns)
        except ImportRefused:
            matched = 0
        if best is None or matched > best[0]:
            best = (matched, rows)
    assert best is not None
    return best[1]


def write_rejected(target: Path, fmt: str, header: list[object],
                   rows: list[tuple[list[object], str]]) -> Path:
    """Write the rejected rows (each with its reason) to a temporary file beside `target`;
    the caller renames it into place once the import has committed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".odrzucone-", suffix=target.suffix,
                                    dir=target.parent)
    os.close(handle)
    temp = Path(name)
    try:
        headers = [cell_text(c) for c in header] + [REASON_HEADER]
        if fmt == "xlsx":
            _write_xlsx(temp, headers, rows)
        else:
            _write_csv(temp, headers, rows)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _write_xlsx(path: Path, headers: list[str], rows: list[tuple[list[object], str]]) -> None:
    book = spreadsheet.new_workbook()
    sheet = book.active
    sheet.title = "Odrzucone"
    sheet.append(spreadsheet.xlsx_row(sheet, headers))
    width = len(headers) - 1
    for cells, reason in rows:
        padded = list(cells[:width]) + [None] * (width - len(cells))
        sheet.append(spreadsheet.xlsx_row(sheet, [*padded, reason]))
    book.save(path)


def _write_csv(path: Path, headers: list[str], rows: list[tuple[list[object], str]]) -> None:
    width = len(headers) - 1
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = spreadsheet.csv_writer(out, delimiter=";")
        writer.writerow(headers)
        for cells, reason in rows:
            texts = [cell_text(c) for c in cells[:width]]
            writer.writerow([*texts, *[""] * (width - len(texts)), reason])
        out.flush()
        os.fsync(out.fileno())
