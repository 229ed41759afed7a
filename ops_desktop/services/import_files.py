"""Reading participant spreadsheets (XLSX, CSV).

CSV from Polish Excel comes as UTF-8 (often with a BOM), Windows-1250 or UTF-16 ("Unicode
text"), separated by ';' (sometimes ',' or a tab): the separator that yields the best header
match wins. Rows are streamed (`open_rows`), so a file's size does not decide the memory an
import needs. Anything that cannot be read as a table is refused with `ImportRefused`: the
archive's declared sizes and the encoding before the first row, a parser's error half-way
when it is met (the import's transaction then rolls back)."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ops_desktop.domain.import_rules import (
    HEADER_SEARCH_ROWS, ImportRefused, match_headers,
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


@dataclass
class SheetRows:
    """An open file's rows, read one at a time (`rows`: cells as read, trailing empty cells
    dropped); `position()` is how far into the file the reading is, (bytes read, file size),
    for progress. A parser's error half-way arrives as ImportRefused("unreadable")."""

    fmt: str
    rows: Iterator[list[object]]
    position: Callable[[], tuple[int, int]]


@contextmanager
def open_rows(path: Path) -> Iterator[SheetRows]:
    """The rows of `path`, streamed: memory does not grow with the file (openpyxl's read-only
    mode, a csv reader over the decoded stream). Refusals before the first row: format,
    archive sizes (zip bomb), encoding, no workbook."""
    fmt = file_format(path)
    size = path.stat().st_size
    with ExitStack() as stack:
        try:
            if fmt == "xlsx":
                check_archive(path)
                handle = stack.enter_context(path.open("rb"))
                rows = _xlsx_rows(stack, handle)
            else:
                handle = stack.enter_context(path.open("rb"))
                rows = _csv_rows(stack, path, handle)
        except ImportRefused:
            raise
        except Exception as exc:
            raise ImportRefused("unreadable", reason=type(exc).__name__) from exc
        yield SheetRows(fmt, _refusing(rows), lambda: (_tell(handle), size))


def _tell(handle: BinaryIO) -> int:
    try:
        return handle.tell()
    except (OSError, ValueError):
        return 0


def _refusing(rows: Iterator[list[object]]) -> Iterator[list[object]]:
    """Any parser's error (xml ParseError, BadZipFile, zlib.error, csv.Error, openpyxl's own,
    UnicodeError, …) is a file that cannot be read: the same refusal as garbage."""
    try:
        yield from rows
    except ImportRefused:
        raise
    except Exception as exc:
        raise ImportRefused("unreadable", reason=type(exc).__name__) from exc


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


def _trim(row: Sequence[object]) -> list[object]:
    end = len(row)
    while end and (row[end - 1] is None or str(row[end - 1]).strip() == ""):
        end -= 1
    return list(row[:end])


def _xlsx_rows(stack: ExitStack, handle: BinaryIO) -> Iterator[list[object]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    # The file object is ours, so it is closed whatever openpyxl raises half-way.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles it does not know
        try:
            book = load_workbook(handle, read_only=True, data_only=True)
        except InvalidFileException as exc:
            raise ImportRefused("unreadable", reason="invalid_xlsx") from exc
    stack.callback(book.close)
    sheet = book.worksheets[0]

    def rows() -> Iterator[list[object]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for row in sheet.iter_rows(values_only=True):
                yield _trim(row)

    return rows()


def _encoding(path: Path, head: bytes) -> str:
    """UTF-16 with its BOM (Excel's "Unicode text"), UTF-8 (with or without BOM) when the
    whole file decodes as such (checked a block at a time), else Windows-1250."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as source:
            while block := source.read(MiB):
                decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1250"
    return "utf-8-sig"


def _csv_rows(stack: ExitStack, path: Path, handle: BinaryIO) -> Iterator[list[object]]:
    """The separator that yields the best header match among ';', ',' and a tab wins (the
    first rows read once per separator); bytes the encoding cannot hold, or a NUL, mean no
    text file (refused)."""
    encoding = _encoding(path, handle.read(4))
    best: tuple[int, str] | None = None
    for separator in _SEPARATORS:
        handle.seek(0)
        text = io.TextIOWrapper(handle, encoding=encoding, newline="")
        try:
            head = [_trim(row) for row in itertools.islice(
                csv.reader(_no_nul(text), delimiter=separator), HEADER_SEARCH_ROWS)]
        finally:
            text.detach()
        try:
            matched = len(match_headers(head).columns)
        except ImportRefused:
            matched = 0
        if best is None or matched > best[0]:
            best = (matched, separator)
    assert best is not None
    handle.seek(0)
    text = io.TextIOWrapper(handle, encoding=encoding, newline="")
    stack.callback(text.detach)
    return (_trim(row) for row in csv.reader(_no_nul(text), delimiter=best[1]))


def _no_nul(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        if "\x00" in line:
            raise ImportRefused("unreadable", reason="binary")
        yield line
