"""Importing participants from XLSX and CSV lists: real files, a real database."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ops_desktop.db.models import Participation, Person, PersonFlag, ProjectGroup
from ops_desktop.domain.enums import RecruitmentStatus, SensitiveFlag, Sex
from ops_desktop.domain.import_rules import ImportRefused, RowAction, refusal_text
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.services import importing
from tests import factories

D = dt.date
HEADERS = ["Kraj", "Imię", "Nazwisko", "PESEL", "Płeć", "Wykształcenie", "Kod pocztowy",
           "Data rozpoczęcia udziału w projekcie", "Data zakończenia udziału w projekcie",
           "Osoba z niepełnosprawnościami", "Grupa"]
ANNA = make_pesel(D(1975, 2, 1), 501, Sex.FEMALE)
JAN = make_pesel(D(1969, 7, 7), 502, Sex.MALE)
OLA = make_pesel(D(2001, 3, 3), 503, Sex.FEMALE)   # starts with 0: Excel loses it as a number


def _rows():
    return [
        ["Polska", "Anna", "Nowak", ANNA, "Kobieta", "Podstawowe (ISCED 1)", "87-800",
         D(2011, 3, 1), D(2011, 6, 30), "Tak", "Moduł zawodowy"],
        ["Polska", "Jan", "Kowalski", JAN, "Mężczyzna", "", "87-800",
         D(2011, 4, 1), None, "Odmowa podania informacji", "Grupa wsparcia"],
        ["Polska", "Anna", "Nowak", ANNA, "Kobieta", "Podstawowe (ISCED 1)", "87-800",
         D(2012, 3, 1), D(2012, 6, 30), "Tak", "Moduł zawodowy"],
        ["Polska", "Ola", "Wójcik", int(OLA), "Kobieta", "Wyższe (ISCED 5–8)", "",
         "2012-09-01", "", "Nie", ""],
    ]


def _xlsx(path, headers=HEADERS, rows=None, title=True):
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append(["Lista uczestników projektu"])   # a title above the headers
    sheet.append(headers)
    for row in rows if rows is not None else _rows():
        sheet.append(row)
    book.save(path)
    return path


def _csv(path, headers, rows, *, delimiter=";", encoding="utf-8-sig"):
    with open(path, "w", encoding=encoding, newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if c is None else c.isoformat() if isinstance(c, dt.date) else c
                             for c in row])
    return path


def _checksum(db_path, tables=None) -> str:
    digest = hashlib.sha256()
    with sqlite3.connect(db_path) as conn:
        names = tables or [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for name in names:
            digest.update(name.encode())
            for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


DATA_TABLES = ["people", "person_flags", "participations", "project_groups"]


@pytest.fixture
def project(ctx):
    return factories.project(ctx, "Aktywna Integracja", start=D(2011, 1, 1), end=D(2012, 12, 31),
                             groups=(("Moduł zawodowy", 118),))


def test_a_good_file_is_previewed_then_imported(ctx, project, tmp_path):
    path = _xlsx(tmp_path / "lista.xlsx")
    before = _checksum(ctx.db_path)
    preview = importing.preview_import(ctx, project_id=project.id, path=path)
    assert _checksum(ctx.db_path) == before                      # the preview writes nothing
    assert [r.action for r in preview.rows] == [
        RowAction.NEW_PERSON, RowAction.NEW_PERSON, RowAction.NEW_PARTICIPATION,
        RowAction.NEW_PERSON]
    assert [r.line for r in preview.rows] == [3, 4, 5, 6]
    assert preview.new_groups == ("Grupa wsparcia",)
    assert preview.rows[1].new_group and not preview.rows[0].new_group
    assert preview.rejected == 0

    result = importing.run_import(ctx, project_id=project.id, path=path)
    assert (result.accepted, result.rejected, result.people_created,
            result.participations_created) == (4, 0, 3, 4)
    assert result.rejected_file is None
    with ctx.reading() as session:
        people = {p.pesel: p for p in session.query(Person)}
        assert set(people) == {ANNA, JAN, OLA}                   # Ola's leading zero restored
        anna = people[ANNA]
        assert anna.sex == "K" and anna.birth_date == D(1975, 2, 1)
        assert anna.education == "isced1" and anna.postal_code == "87-800"
        parts = session.query(Participation).filter_by(person_id=anna.id).all()
        assert sorted(p.start_date for p in parts) == [D(2011, 3, 1), D(2012, 3, 1)]
        assert {p.status for p in parts} == {RecruitmentStatus.COMPLETED.value}
        jan_part = session.query(Participation).filter_by(person_id=people[JAN].id).one()
        assert jan_part.status == RecruitmentStatus.PARTICIPANT.value
        groups = {g.id: g.name for g in session.query(ProjectGroup)}
        assert groups[jan_part.group_id] == "Grupa wsparcia"
        flags = {(f.person_id, f.flag): f.answer for f in session.query(PersonFlag)}
        assert flags[(anna.id, SensitiveFlag.DISABILITY.value)] == "yes"
        assert flags[(people[JAN].id, SensitiveFlag.DISABILITY.value)] == "refused"


def test_one_bad_row_is_rejected_and_the_rest_imported(ctx, project, tmp_path):
    existing = factories.person(ctx, "Zenon", "Stary", born=D(1950, 1, 1))
    rows = _rows()
    bad_pesel = ANNA[:-1] + str((int(ANNA[-1]) + 1) % 10)
    rows.insert(1, ["Polska", "Ewa", "Błędna", bad_pesel, "Kobieta", "", "87800",
                    D(2011, 5, 1), None, "", ""])
    path = _xlsx(tmp_path / "lista.xlsx", rows=rows)
    preview = importing.preview_import(ctx, project_id=project.id, path=path)
    bad = preview.rows[1]
    assert bad.action is RowAction.REJECTED
    assert any("PESEL" in p and "kontrolna" in p for p in bad.problems)
    assert any("Kod pocztowy" in p for p in bad.problems)

    result = importing.run_import(ctx, project_id=project.id, path=path)
    assert (result.accepted, result.rejected, result.people_created) == (4, 1, 3)
    rejected = load_workbook(result.rejected_file)
    sheet = rejected.active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][-1] == "Powód odrzucenia"
    assert values[1][1:3] == ("Ewa", "Błędna") and "kontrolna" in values[1][-1]
    assert len(values) == 2
    rejected.close()
    with ctx.reading() as session:
        assert session.get(Person, existing.id).last_name == "Stary"   # nothing else lost
        assert session.query(Person).count() == 4


def test_sex_must_agree_with_the_pesel(ctx, project, tmp_path):
    rows = [["Polska", "Jan", "Kowalski", JAN, "Kobieta", "", "", D(2011, 4, 1), None, "", ""]]
    path = _xlsx(tmp_path / "plec.xlsx", rows=rows)
    preview = importing.preview_import(ctx, project_id=project.id, path=path)
    assert preview.rows[0].action is RowAction.REJECTED
    assert any("Płeć" in p and "PESEL" in p for p in preview.rows[0].problems)


def test_the_same_file_twice_changes_nothing(ctx, project, tmp_path):
    path = _xlsx(tmp_path / "lista.xlsx")
    importing.run_import(ctx, project_id=project.id, path=path)
    before = _checksum(ctx.db_path, DATA_TABLES)
    again = importing.run_import(ctx, project_id=project.id, path=path)
    assert (again.people_created, again.participations_created, again.unchanged) == (0, 0, 4)
    assert again.groups_created == ()
    assert _checksum(ctx.db_path, DATA_TABLES) == before


def test_same_pesel_already_in_the_database_gets_a_participation_not_a_duplicate(
        ctx, project, tmp_path):
    person = factories.person(ctx, "Anna", "Nowak", born=D(1975, 2, 1), sex=Sex.FEMALE)
    with ctx.reading() as session:
        pesel = session.get(Person, person.id).pesel
    rows = [["Polska", "Anna", "Nowak", pesel, "Kobieta", "", "", D(2011, 3, 1), None, "", ""]]
    path = _xlsx(tmp_path / "jedna.xlsx", rows=rows)
    result = importing.run_import(ctx, project_id=project.id, path=path)
    assert (result.people_created, result.participations_created) == (0, 1)
    with ctx.reading() as session:
        assert session.query(Person).filter_by(pesel=pesel).count() == 1


def test_headers_in_other_case_order_and_without_diacritics(ctx, project, tmp_path):
    headers = ["data ROZPOCZECIA udzialu w projekcie", "PESEL", "nazwisko", "IMIE", "plec",
               "grupa", "Wyksztalcenie"]
    rows = [[D(2011, 3, 1), ANNA, "Nowak", "Anna", "kobieta", "moduł ZAWODOWY",
             "podstawowe (isced 1)"]]
    path = _csv(tmp_path / "lista.csv", headers, rows)
    preview = importing.preview_import(ctx, project_id=project.id, path=path)
    assert [r.action for r in preview.rows] == [RowAction.NEW_PERSON]
    assert preview.new_groups == ()                         # "moduł ZAWODOWY" is the same group
    result = importing.run_import(ctx, project_id=project.id, path=path)
    assert result.people_created == 1


def test_csv_with_commas_in_windows_1250(ctx, project, tmp_path):
    rows = [["Polska", "Łucja", "Żółć", ANNA, "Kobieta", "", "", "01.03.2011", "", "", ""]]
    path = _csv(tmp_path / "cp.csv", HEADERS, rows, delimiter=",", encoding="cp1250")
    result = importing.run_import(ctx, project_id=project.id, path=path)
    assert result.people_created == 1
    with ctx.reading() as session:
        assert session.query(Person).one().last_name == "Żółć"


def test_excel_unicode_text_utf16_with_tabs(ctx, project, tmp_path):
    rows = [["Polska", "Łucja", "Żółć", ANNA, "Kobieta", "", "", "2011-03-01", "", "", ""]]
    path = _csv(tmp_path / "unicode.txt", HEADERS, rows, delimiter="\t", encoding="utf-16")
    result = importing.run_import(ctx, project_id=project.id, path=path)
    assert (result.people_created, result.rejected) == (1, 0)


def test_rejected_rows_of_a_csv_go_to_a_csv_with_bom_and_semicolons(ctx, project, tmp_path):
    rows = [["Polska", "Jan", "", JAN, "", "", "", "2011-13-01", "", "", ""]]
    path = _csv(tmp_path / "zle.csv", HEADERS, rows)
    result = importing.run_import(ctx, project_id=project.id, path=path)
    assert result.rejected == 1
    data = Path(result.rejected_file).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig").splitlines()
    assert text[0].endswith(";Powód odrzucenia")
    assert "Nazwisko: brak wartości" in text[1] and "2011-13-01" in text[1]


@pytest.mark.parametrize("kind", ["random.xlsx", "random.csv", "no_header.csv", "lista.pdf",
                                  "missing.xlsx", "empty.xlsx"])
def test_a_garbage_file_is_refused_and_the_database_unchanged(ctx, project, tmp_path, kind):
    factories.person(ctx)
    path = tmp_path / kind
    if kind.startswith("random"):
        path.write_bytes(bytes(range(256)) * 40)
    elif kind == "no_header.csv":
        path.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    elif kind == "lista.pdf":
        path.write_bytes(b"%PDF-1.4 nothing")
    elif kind == "missing.xlsx":
        _xlsx(path, headers=["Imię", "Nazwisko", "Płeć"], rows=[["Jan", "Kowalski", "M"]])
    else:
        _xlsx(path, rows=[])
    before = _checksum(ctx.db_path)
    with pytest.raises(ImportRefused) as info:
        importing.preview_import(ctx, project_id=project.id, path=path)
    with pytest.raises(ImportRefused):
        importing.run_import(ctx, project_id=project.id, path=path)
    assert _checksum(ctx.db_path) == before
    message = refusal_text(info.value)
    assert message and "{" not in message
    if kind == "missing.xlsx":
        assert "PESEL" in message and "Data rozpoczęcia udziału w projekcie" in message
    assert not list(tmp_path.glob("*odrzucone*"))
