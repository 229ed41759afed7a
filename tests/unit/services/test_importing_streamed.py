"""The import streams its file a chunk of rows at a time (services/importing.py): what one
chunk decides must hold for the next (the same person, a duplicate line, a new group, a person
already in the database), the row limit counts data rows as they come, and the rejected-rows
file is the same whether its cells were kept or read again. Chunks are made small here so that
a few rows cross several of them; real files, a real database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from ops_desktop.db.models import Participation, Person, ProjectGroup
from ops_desktop.domain.enums import Sex
from ops_desktop.domain.import_rules import ImportRefused, RowAction
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.domain.progress import Cancelled, Progress
from ops_desktop.services import importing
from tests import factories
from tests.unit.services.test_importing import DATA_TABLES, HEADERS, _checksum, _csv, _xlsx

D = dt.date


def _pesel(n: int) -> str:
    return make_pesel(D(1970 + n % 30, 1 + n % 12, 1 + n % 28), 100 + n,
                      Sex.FEMALE if n % 2 else Sex.MALE)


def _row(n: int, start: dt.date, group: str = "", pesel: str | None = None) -> list:
    sex = "Kobieta" if n % 2 else "Mężczyzna"
    return ["Polska", f"Imię{chr(65 + n % 26)}", f"Nazwisko{chr(65 + n % 26)}",
            pesel or _pesel(n), sex, "", "", start, None, "", group]


@pytest.fixture
def project(ctx):
    return factories.project(ctx, "Aktywna Integracja", start=D(2011, 1, 1), end=D(2012, 12, 31),
                             groups=(("Moduł zawodowy", 118),))


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(importing, "_ROWS_CHUNK", 3)


def test_what_one_chunk_decides_holds_in_the_next(ctx, project, tmp_path, small_chunks):
    known = factories.person(ctx, "Ewa", "Znana", born=D(1980, 5, 5), sex=Sex.FEMALE)
    with ctx.reading() as session:
        known_pesel = session.get(Person, known.id).pesel
    rows = [_row(n, D(2011, 3, 1), "Moduł zawodowy") for n in range(5)]          # chunks 1–2
    rows += [_row(0, D(2011, 3, 1))]                  # line 8: row 3's duplicate, chunk 2
    rows += [_row(1, D(2012, 3, 1), "Grupa nowa")]    # the person of chunk 1, a new group
    rows += [_row(5, D(2011, 5, 1), "grupa NOWA")]    # the same new group, chunk 3
    rows += [_row(9, D(2011, 6, 1), pesel=known_pesel)]   # already in the database, chunk 3
    path = _xlsx(tmp_path / "lista.xlsx", rows=rows)

    preview = importing.preview_import(ctx, project_id=project.id, path=path)
    assert [r.action for r in preview.rows] == [RowAction.NEW_PERSON] * 5 + [
        RowAction.UNCHANGED, RowAction.NEW_PARTICIPATION, RowAction.NEW_PERSON,
        RowAction.NEW_PARTICIPATION]
    assert "wiersz 3" in preview.rows[5].warnings[0]
    assert preview.new_groups == ("Grupa nowa",)
    assert [r.new_group for r in preview.rows[6:8]] == [True, True]

    result = importing.run_import(ctx, project_id=project.id, path=path)
    assert (result.people_created, result.participations_created, result.unchanged) == (6, 8, 1)
    assert result.groups_created == ("Grupa nowa",)
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 7
        assert session.scalar(select(func.count()).select_from(ProjectGroup)) == 2
        second = session.scalars(select(Participation).join(Person).where(
            Person.pesel == _pesel(1)).order_by(Participation.start_date)).all()
        assert [p.start_date for p in second] == [D(2011, 3, 1), D(2012, 3, 1)]
        assert session.scalar(select(func.count()).select_from(Participation).where(
            Participation.person_id == known.id)) == 1
    again = importing.run_import(ctx, project_id=project.id, path=path)
    assert (again.people_created, again.participations_created, again.unchanged) == (0, 0, 9)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_the_row_limit_counts_data_rows_and_a_longer_file_leaves_nothing(
        ctx, project, tmp_path, monkeypatch, small_chunks, fmt):
    monkeypatch.setattr(importing, "MAX_ROWS", 5)
    rows = [_row(n, D(2011, 3, 1)) for n in range(5)]
    write = _xlsx if fmt == "xlsx" else (lambda p, rows: _csv(p, HEADERS, rows))
    exactly = write(tmp_path / f"piec.{fmt}", rows=rows)      # 5 rows + header (+ title)
    longer = write(tmp_path / f"szesc.{fmt}", rows=[*rows, _row(7, D(2011, 4, 1))])
    before = _checksum(ctx.db_path)
    with pytest.raises(ImportRefused) as refused:
        importing.run_import(ctx, project_id=project.id, path=longer)
    assert refused.value.code == "too_many_rows"
    assert _checksum(ctx.db_path) == before             # two chunks had been written: rolled back
    assert importing.run_import(ctx, project_id=project.id, path=exactly).people_created == 5


def test_cancel_half_way_rolls_every_chunk_back(ctx, project, tmp_path, small_chunks):
    path = _xlsx(tmp_path / "lista.xlsx", rows=[_row(n, D(2011, 3, 1)) for n in range(10)])
    before = _checksum(ctx.db_path, DATA_TABLES)
    reports = []

    def cancel_at_the_second(done, total, _text):
        reports.append((done, total))
        if len(reports) == 2:
            progress.cancel()

    progress = Progress(cancel_at_the_second)
    with pytest.raises(Cancelled):
        importing.run_import(ctx, project_id=project.id, path=path, progress=progress)
    assert _checksum(ctx.db_path, DATA_TABLES) == before
    assert all(0 < done <= total == path.stat().st_size for done, total in reports)


def _rejected_cells(path: Path) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def test_rejected_rows_read_again_when_too_many_to_keep(ctx, project, tmp_path, monkeypatch,
                                                        small_chunks):
    bad = [["Polska", "Jan", "", _pesel(n), "", "", "", D(2011, 3, 1), None, "", ""]
           for n in range(20, 24)]
    rows = [_row(0, D(2011, 3, 1)), *bad[:2], _row(1, D(2011, 3, 1)), *bad[2:]]
    path = _xlsx(tmp_path / "lista.xlsx", rows=rows)
    kept = importing.run_import(ctx, project_id=project.id, path=path,
                                rejected_path=tmp_path / "kept.xlsx")
    monkeypatch.setattr(importing, "_KEEP_REJECTED", 1)
    again = importing.run_import(ctx, project_id=project.id, path=path,
                                 rejected_path=tmp_path / "again.xlsx")
    assert kept.rejected == again.rejected == 4
    cells = _rejected_cells(tmp_path / "kept.xlsx")
    assert cells == _rejected_cells(tmp_path / "again.xlsx")
    assert [c[3] for c in cells[1:]] == [_pesel(n) for n in range(20, 24)]
    assert all("Nazwisko" in c[-1] for c in cells[1:])


def _peak_import_bytes(ctx, project, path: Path) -> int:
    import tracemalloc

    tracemalloc.start()
    try:
        importing.run_import(ctx, project_id=project.id, path=path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_grows_with_the_people_not_with_the_rows_cells(ctx, project, tmp_path,
                                                              monkeypatch):
    """Python's own allocations (tracemalloc: exact, not disturbed by other work on the
    machine) at the peak of an import of 500 and of 2 000 rows, each into an empty project:
    what the 1 500 more rows add is what is kept per row (an identity, a key, ids), not their
    parsed cells: 320 bytes a row here, 3 360 when the whole file was held and parsed."""
    monkeypatch.setattr(importing, "_ROWS_CHUNK", 200)
    from openpyxl import Workbook

    def sheet(name: str, count: int, offset: int) -> Path:
        book = Workbook(write_only=True)
        rows = book.create_sheet("Lista")
        rows.append(HEADERS)
        for n in range(offset, offset + count):
            rows.append(_row(n, D(2011, 3, 1), pesel=make_pesel(
                D(1950, 1, 1) + dt.timedelta(days=n % 15000), n // 15000 * 10 + 1,
                Sex.FEMALE if n % 2 else Sex.MALE)))
        book.save(tmp_path / name)
        return tmp_path / name

    small = sheet("mala.xlsx", 500, 0)
    large = sheet("duza.xlsx", 2000, 500)
    other = factories.project(ctx, "Druga", start=D(2011, 1, 1), end=D(2012, 12, 31))
    first = _peak_import_bytes(ctx, project, small)
    second = _peak_import_bytes(ctx, other, large)
    per_row = (second - first) / 1500
    assert per_row < 1500, f"{per_row:.0f} bytes a row"
