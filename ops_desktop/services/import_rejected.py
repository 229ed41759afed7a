"""The file of rejected rows of an import, written only after the import has committed, and
what a killed import may leave behind, removed at the next start.

While the import's transaction runs only the rejected rows' line numbers and reasons are kept;
nothing personal is on disk until the database holds the import, and then the rows are read
from the input once more. Then the file is written under a
recognisable temporary name beside its target (`.odrzucone-XXXX.xlsx|csv`) and renamed into
place. Before that temporary file exists, a note naming it is written into the database's own
folder (`.ops-import-XXXX.pending`); XLSX's uncompressed sheet, which openpyxl would put in the
system's temp folder, goes there too (`.ops-import-XXXX.sheet.xml`). A kill -9 at any moment
therefore leaves nothing the next start cannot find: `remove_leftovers` (called by
`services/database.open_database`) deletes the noted temporary files and every `.ops-import-*`
file of the database's folder."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from pathlib import Path

from ops_desktop.domain.import_rules import cell_text
from ops_desktop.exports import spreadsheet
from ops_desktop.fsync import fsync_file

REASON_HEADER = "Powód odrzucenia"
LEFTOVER_PREFIX = ".ops-import-"
TEMP_PREFIX = ".odrzucone-"


def save_rejected(target: Path, fmt: str, header: list[object],
                  rows: Iterable[tuple[list[object], str]], *, scratch_dir: Path) -> Path:
    """Write `rows` (each with its reason) to `target`, atomically; returns `target`."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_hex(6)
    note = Path(scratch_dir) / f"{LEFTOVER_PREFIX}{token}.pending"
    temp = target.parent / f"{TEMP_PREFIX}{token}{target.suffix}"
    _write_synced(note, str(temp.resolve()))
    try:
        write_rejected(temp, fmt, header, rows, scratch=Path(scratch_dir) /
                       f"{LEFTOVER_PREFIX}{token}.sheet.xml")
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        note.unlink(missing_ok=True)
    return target


def write_rejected(path: Path, fmt: str, header: list[object],
                   rows: Iterable[tuple[list[object], str]], *,
                   scratch: Path | None = None) -> Path:
    """The file itself (XLSX or CSV, the input's format) at `path`; XLSX's sheet is built in
    `scratch` (default: beside `path`, with the leftover prefix)."""
    headers = [cell_text(c) for c in header] + [REASON_HEADER]
    if fmt == "xlsx":
        _write_xlsx(path, headers, rows,
                    scratch or path.with_name(f"{LEFTOVER_PREFIX}{path.name}.sheet.xml"))
    else:
        _write_csv(path, headers, rows)
    return path


def remove_leftovers(db_folder: Path) -> int:
    """Delete what killed imports left (see the module's text); returns how many files."""
    removed = 0
    try:
        leftovers = sorted(Path(db_folder).glob(f"{LEFTOVER_PREFIX}*"))
    except OSError:
        return 0
    for item in leftovers:
        if item.name.endswith(".pending"):
            try:
                noted = Path(item.read_text(encoding="utf-8").strip())
            except (OSError, UnicodeDecodeError):
                noted = None
            # Only a file of our own naming is ever deleted from outside the folder.
            if noted is not None and noted.name.startswith(TEMP_PREFIX):
                try:
                    if noted.exists():
                        noted.unlink()
                        removed += 1
                except OSError:
                    continue       # the stick is gone: keep the note for another start
        try:
            item.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _write_synced(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    fsync_file(path)


def _write_xlsx(path: Path, headers: list[str], rows: Iterable[tuple[list[object], str]],
                scratch: Path) -> None:
    book = spreadsheet.new_workbook(write_only=True)
    sheet = spreadsheet.write_only_sheet(book, "Odrzucone", scratch=scratch)
    try:
        sheet.append(spreadsheet.xlsx_row(sheet, headers))
        width = len(headers) - 1
        for cells, reason in rows:
            padded = list(cells[:width]) + [None] * (width - len(cells))
            sheet.append(spreadsheet.xlsx_row(sheet, [*padded, reason]))
        book.save(path)
    finally:
        scratch.unlink(missing_ok=True)
    fsync_file(path)


def _write_csv(path: Path, headers: list[str], rows: Iterable[tuple[list[object], str]]) -> None:
    width = len(headers) - 1
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = spreadsheet.csv_writer(out, delimiter=";")
        writer.writerow(headers)
        for cells, reason in rows:
            texts = [cell_text(c) for c in cells[:width]]
            writer.writerow([*texts, *[""] * (width - len(texts)), reason])
    fsync_file(path)
