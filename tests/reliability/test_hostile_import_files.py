"""Hostile and broken import files are refused with the same clear
Polish sentence as any other bad file, before anything is inflated for a zip bomb, with no
traceback and the database unchanged."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from openpyxl import Workbook

from ops_desktop.domain.import_rules import ImportRefused, refusal_text
from ops_desktop.services import importing
from tests import factories
from tests.unit.services.test_importing import HEADERS, _checksum, _rows, _xlsx

D = dt.date


@pytest.fixture
def project(ctx):
    return factories.project(ctx, "Aktywna Integracja", start=D(2011, 1, 1), end=D(2012, 12, 31))


def _rewrite_member(source, target, name, change):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, change(data) if info.filename == name else data)
    return target


def _broken_xml(tmp_path):
    good = _xlsx(tmp_path / "dobry.xlsx")
    return _rewrite_member(good, tmp_path / "zly_xml.xlsx", "xl/worksheets/sheet1.xml",
                           lambda data: data.replace(b"Nowak", b"No&#0;wak", 1))


def _truncated(tmp_path):
    good = _xlsx(tmp_path / "dobry.xlsx").read_bytes()
    path = tmp_path / "uciety.xlsx"
    path.write_bytes(good[: len(good) * 2 // 3])
    return path


def _bad_member_crc(tmp_path):
    good = _xlsx(tmp_path / "dobry.xlsx")
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    # Flip a byte inside the compressed sheet: inflating it fails (zlib error or bad CRC).
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    data[start] ^= 0xFF
    path = tmp_path / "crc.xlsx"
    path.write_bytes(bytes(data))
    return path


def _bad_csv_encoding(tmp_path):
    # UTF-16 BOM, then an odd number of bytes and a lone surrogate half
    path = tmp_path / "zle_kodowanie.csv"
    text = ";".join(HEADERS) + "\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le") + b"\x00\xd8\x41")
    return path


def _csv_with_nul(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes((";".join(HEADERS) + "\nPolska;An\x00na\n").encode("utf-8"))
    return path


def _not_a_sheet_inside(tmp_path):
    path = tmp_path / "pusty_zip.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "to nie arkusz")
    return path


CASES = {"broken sheet XML (&#0;)": _broken_xml, "truncated archive": _truncated,
         "damaged member": _bad_member_crc, "bad encoding in CSV": _bad_csv_encoding,
         "NUL in CSV": _csv_with_nul, "zip without a workbook": _not_a_sheet_inside}


@pytest.mark.parametrize("case", list(CASES))
def test_a_parser_error_is_the_same_refusal_as_a_bad_file(ctx, project, tmp_path, case):
    factories.person(ctx)
    path = CASES[case](tmp_path)
    before = _checksum(ctx.db_path)
    for call in (importing.preview_import, importing.run_import):
        with pytest.raises(ImportRefused) as info:
            call(ctx, project_id=project.id, path=path)
        message = refusal_text(info.value)
        assert message and "{" not in message
    assert _checksum(ctx.db_path) == before
    assert not list(tmp_path.glob("*odrzucone*"))


def _bomb(path, inflated: int):
    """A real XLSX (it opens) whose sheet is padded with blanks to `inflated` bytes."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in _rows():
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                                                         compresslevel=1) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                with new.open(info.filename, "w", force_zip64=True) as out:
                    head, tail = data.split(b"<sheetData>", 1)
                    out.write(head + b"<sheetData>")
                    blanks = b" " * (1 << 20)
                    for _ in range(inflated >> 20):
                        out.write(blanks)
                    out.write(tail)
            else:
                new.writestr(info, data)
    return path


@pytest.mark.parametrize("inflated, code", [(64 << 20, "zip_bomb"), (1100 << 20, "too_large")])
def test_a_zip_bomb_is_refused_from_its_declared_sizes(ctx, project, tmp_path, inflated, code):
    path = _bomb(tmp_path / "bomba.xlsx", inflated)
    assert path.stat().st_size < inflated // 50
    before = _checksum(ctx.db_path)
    with pytest.raises(ImportRefused) as info:
        importing.run_import(ctx, project_id=project.id, path=path)
    assert info.value.code == code
    assert "{" not in refusal_text(info.value)
    assert _checksum(ctx.db_path) == before
