"""Reading participant spreadsheets (XLSX, CSV).

CSV from Polish Excel comes as UTF-8 (often with a BOM), Windows-1250 or UTF-16 ("Unicode
text"), separated by ';' (sometimes ',' or a tab): the separator that yields the best header
match wins. Anything that cannot be read as a table is refused with `ImportRefused`, before a
single row is looked at."""

from __future__ import annotations

import csv
import hashlib
import io
import warnings
import zipfile
from pathlib import Path

from ops_desktop.domain.import_rules import (
    HEADER_SEARCH_ROWS, MAX_ROWS, ImportRefused, match_headers,
)

XLSX_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".txt"}
_SEPARATORS = (";", ",", "\t")
MiB = 1 << 20
MAX_INFLATED = 1024 * MiB        # the whole archive, inflated (a 200 000-row list: ~450 MiB)
MAX_MEMBERS = 1000
MAX_RATIO = 100                  # inflated : compressed, for a member over RATIO_FROM
RATIO_FROM = 10 * MiB


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
        if fmt == "xlsx":
            check_archive(path)
            rows = _read_xlsx(path)
        else:
            rows = _read_csv(path.read_bytes())
    except ImportRefused:
        raise
    except Exception as exc:
        # Any parser's error (xml ParseError, BadZipFile, zlib.error, csv.Error, openpyxl's
        # own, UnicodeError, …) is a file that cannot be read: the same refusal as garbage.
        raise ImportRefused("unreadable", reason=type(exc).__name__) from exc
    if len(rows) > MAX_ROWS:
        raise ImportRefused("too_many_rows", limit=MAX_ROWS)
    return fmt, rows


def check_archive(path: Path) -> None:
    """Refuse an XLSX from its archive's declared sizes, before anything is inflated."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise ImportRefused("unreadable", reason=type(exc).__name__) from exc
    inflated = sum(m.file_size for m in members)
    if len(members) > MAX_MEMBERS or inflated > MAX_INFLATED:
        raise ImportRefused("too_large", size=inflated // MiB, limit=MAX_INFLATED // MiB)
    for member in members:
        if member.file_size > RATIO_FROM and member.file_size > MAX_RATIO * max(
                member.compress_size, 1):
            raise ImportRefused("zip_bomb")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(MiB):
            digest.update(chunk)
    return digest.hexdigest()


def _trim(row: list[object]) -> list[object]:
    end = len(row)
    while end and (row[end - 1] is None or str(row[end - 1]).strip() == ""):
        end -= 1
    return list(row[:end])


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    # The file object is ours, so it is closed whatever openpyxl raises half-way.
    with path.open("rb") as handle, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles it does not know
        try:
            book = load_workbook(handle, read_only=True, data_only=True)
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
    Windows-1250; bytes that none of them can hold, or a NUL, mean no text file (refused)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1250")
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
