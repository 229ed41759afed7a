"""Import fuzzing (docs/RELIABILITY.md R8): garbage files and files with one bad row among valid
ones end only in controlled outcomes (a refused file, a rejected row), and a refused import
leaves the database unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ops_desktop.domain.enums import Sex
from ops_desktop.domain.import_rules import ImportRefused
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.services import importing
from tests import factories

HEADERS = ["Imię", "Nazwisko", "PESEL", "Płeć", "Wykształcenie", "Kod pocztowy",
           "Data rozpoczęcia udziału w projekcie", "Data zakończenia udziału w projekcie",
           "Osoba z niepełnosprawnościami", "Obszar wg stopnia urbanizacji (DEGURBA)", "Grupa"]
GOOD = [["Anna", "Nowak", make_pesel(dt.date(1975, 2, 1), 11, Sex.FEMALE), "Kobieta",
         "Podstawowe (ISCED 1)", "87-800", "2011-03-01", "2011-06-30", "Tak", "1", "PAL"],
        ["Jan", "Kot", make_pesel(dt.date(1966, 7, 7), 12, Sex.MALE), "Mężczyzna", "",
         "", "01.04.2011", "", "Nie", "", ""]]
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def _checksum(db_path) -> str:
    digest = hashlib.sha256()
    with sqlite3.connect(db_path) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "ORDER BY name"):
            for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def project(ctx):
    return factories.project(ctx, "Fuzz", start=dt.date(2011, 1, 1), end=dt.date(2011, 12, 31))


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_garbage_files_are_refused_and_change_nothing(ctx, project, tmp_path, data, suffix):
    path = tmp_path / f"plik{suffix}"
    path.write_bytes(data)
    before = _checksum(ctx.db_path)
    try:
        result = importing.run_import(ctx, project_id=project.id, path=path,
                                      rejected_path=tmp_path / f"odrzucone{suffix}")
    except ImportRefused:
        assert _checksum(ctx.db_path) == before
    else:   # random bytes that happen to read as a list: every row judged, none half-written
        assert result.accepted + result.rejected >= 1


# No lone surrogates: no UTF-8 file can hold them (the seed follows the test's module name).
_cells = st.one_of(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                           max_size=30),
                   st.integers(-10**12, 10**12).map(str),
                   st.sampled_from(["", "Tak", "Nie", "Odmowa", "Kobieta", "K", "2011-02-30",
                                    "31.12.2011", "99-999", "4", "Wyższe (ISCED 5–8)",
                                    "00000000000", "12345678903"]))


@SETTINGS
@given(bad=st.lists(_cells, min_size=0, max_size=len(HEADERS) + 2))
def test_one_random_row_among_valid_ones_is_judged_on_its_own(ctx, project, tmp_path, bad):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADERS)
    writer.writerow(GOOD[0])
    writer.writerow(bad)
    writer.writerow(GOOD[1])
    path = tmp_path / "lista.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    preview = importing.preview_import(ctx, project_id=project.id, path=path)
    result = importing.run_import(ctx, project_id=project.id, path=path,
                                  rejected_path=tmp_path / "odrzucone.csv")
    lines = {row.line: row for row in preview.rows}
    assert lines[2].problems == () and lines[4].problems == ()   # the valid rows stay valid
    assert result.accepted + result.rejected == len(preview.rows)
    assert result.rejected == preview.rejected
