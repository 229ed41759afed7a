"""The command line end to end: `new`, `project add`, `import participants`, `summary`."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import Workbook

from ops_desktop.cli.main import main
from ops_desktop.domain.enums import Sex
from ops_desktop.domain.pesel import make_pesel
from tests.security_support import PASSWORD, cli_sign_in

D = dt.date
TITLE = "Twoja Szansa"


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    db = tmp_path / "ops.db"
    cli_sign_in(monkeypatch, "kierownik", PASSWORD)
    assert main(["new", "--db", str(db), "--admin", "kierownik", "--role", "head"]) == 0
    assert main(["project", "add", "--db", str(db), "--title", TITLE, "--from", "2009-01-01",
                 "--to", "2009-12-31", "--budget-total", "349 773,80", "--budget-eu",
                 "310503.80", "--budget-own", "39270"]) == 0
    capsys.readouterr()
    return db


def _sheet(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(["Imię", "Nazwisko", "PESEL", "Płeć", "Data rozpoczęcia udziału w projekcie",
                  "Grupa"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_then_summary_from_the_command_line(office, tmp_path, capsys):
    women = [make_pesel(D(1970 + i, 1, 1), 600 + i, Sex.FEMALE) for i in range(2)]
    man = make_pesel(D(1965, 5, 5), 610, Sex.MALE)
    path = _sheet(tmp_path / "kis.xlsx", [
        ["Anna", "Nowak", women[0], "Kobieta", D(2009, 3, 1), "KIS edycja I"],
        ["Beata", "Lis", women[1], "Kobieta", D(2009, 9, 1), "KIS edycja II"],
        ["Cezary", "Kot", man, "Mężczyzna", D(2009, 3, 1), "PAL"],
        ["Zły", "Wiersz", "12345678901", "", D(2009, 3, 1), "PAL"],
    ])
    assert main(["import", "participants", "--db", str(office), "--project", TITLE,
                 str(path)]) == 0
    out = capsys.readouterr().out
    assert "Przyjęto wierszy: 3" in out and "odrzucono: 1" in out
    assert "kis_odrzucone.xlsx" in out
    assert (tmp_path / "kis_odrzucone.xlsx").exists()
    for name in ("Anna", "Nowak", women[0]):
        assert name not in out                                    # no personal data printed

    assert main(["import", "participants", "--db", str(office), "--project", TITLE,
                 str(path)]) == 0
    assert "już w bazie: 3" in capsys.readouterr().out

    target = tmp_path / "zestawienie.json"
    assert main(["summary", "--db", str(office), "--project", TITLE, "--format", "json",
                 "--out", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["participants"]["unique"], data["participants"]["women"],
            data["participants"]["men"]) == (3, 2, 1)
    assert data["by_year"]["2009"]["unique"] == 3
    assert data["budget"] == {"total": "349773.80", "eu": "310503.80", "own": "39270.00"}
    assert data["benefits"] == {"total": "0.00", "own_contribution": "0.00"}
    capsys.readouterr()
    assert main(["summary", "--db", str(office), "--project", TITLE, "--year", "2009",
                 "--format", "json", "--out", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["year"] == 2009
    pdf = tmp_path / "zestawienie.pdf"
    assert main(["summary", "--db", str(office), "--project", TITLE, "--format", "pdf",
                 "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_garbage_file_is_refused_with_status_2(office, tmp_path, capsys):
    path = tmp_path / "smieci.xlsx"
    path.write_bytes(b"to nie jest arkusz")
    assert main(["import", "participants", "--db", str(office), "--project", TITLE,
                 str(path)]) == 2
    err = capsys.readouterr().err
    assert "plik odrzucony, nic nie zapisano" in err


def test_summary_of_a_year_outside_the_project(office, tmp_path, capsys):
    assert main(["summary", "--db", str(office), "--project", TITLE, "--year", "2020",
                 "--format", "xlsx", "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "poza okresem" in capsys.readouterr().err


def test_broken_sheet_xml_is_a_polish_sentence_not_a_traceback(office, tmp_path, capsys):
    """A hostile import file: `&#0;` in the sheet XML crashed the command with ParseError."""
    import zipfile

    good = _sheet(tmp_path / "dobry.xlsx", [["Anna", "Nowak", make_pesel(D(1980, 1, 1), 1,
                                                                         Sex.FEMALE),
                                             "Kobieta", D(2009, 3, 1), ""]])
    broken = tmp_path / "zly.xlsx"
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(broken, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"Nowak", b"No&#0;wak")
            new.writestr(info, data)
    code = main(["import", "participants", "--db", str(office), "--project", TITLE,
                 str(broken)])
    err = capsys.readouterr().err
    assert code == 2
    assert "plik odrzucony, nic nie zapisano" in err and "Nie można odczytać pliku" in err
    assert "Traceback" not in err and "ParseError" not in err


def test_the_import_shows_a_progress_line_without_personal_data(office, tmp_path, capsys):
    rows = [[f"Anna{chr(97 + n % 26)}", "Nowak", make_pesel(D(1980, 1, 1) + dt.timedelta(n), 7,
                                                            Sex.FEMALE),
             "Kobieta", D(2009, 3, 1), ""] for n in range(600)]
    path = _sheet(tmp_path / "duzy.xlsx", rows)
    assert main(["import", "participants", "--db", str(office), "--project", TITLE,
                 str(path)]) == 0
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.startswith("Import:")]
    assert lines and lines[-1].startswith("Import: 100%")
    assert len(lines) <= 11                      # a line a tenth, not one per row
    assert "Nowak" not in captured.err and rows[0][2] not in captured.err


def test_summary_files_follow_the_interface_language(office, tmp_path, capsys,
                                                     english_available):
    """`--lang en`: the tables' titles, headers, row labels and sheet names of the files the
    summary writes are English; without it they are Polish."""
    from openpyxl import load_workbook

    women = [make_pesel(D(1970 + i, 1, 1), 620 + i, Sex.FEMALE) for i in range(2)]
    path = _sheet(tmp_path / "lista.xlsx", [
        ["Anna", "Nowak", women[0], "Kobieta", D(2009, 3, 1), "KIS"],
        ["Beata", "Lis", women[1], "Kobieta", D(2009, 9, 1), "KIS"],
    ])
    assert main(["import", "participants", "--db", str(office), "--project", TITLE,
                 str(path)]) == 0
    capsys.readouterr()
    files = {}
    for lang in ("pl", "en"):
        for fmt in ("csv", "xlsx"):
            out = tmp_path / f"summary-{lang}.{fmt}"
            assert main(["--lang", lang, "summary", "--db", str(office), "--project", TITLE,
                         "--format", fmt, "--out", str(out)]) == 0
            files[lang, fmt] = out
    polish = files["pl", "csv"].read_text(encoding="utf-8-sig")
    english = files["en", "csv"].read_text(encoding="utf-8-sig")
    for text in ("Uczestnicy projektu", "Wyszczególnienie", "Ogółem", "Kobiety",
                 "Uczestnicy (każda osoba liczona raz)", "Wykształcenie", "Finanse",
                 "Budżet projektu ogółem"):
        assert text in polish and text not in english, text
    for text in ("Project participants", "Item", "Total", "Women",
                 "Participants (each person counted once)", "Education", "Finance",
                 "Total project budget", "Groups and modules"):
        assert text in english, text
    assert "Overview" in load_workbook(files["en", "xlsx"]).sheetnames
    assert "Podsumowanie" in load_workbook(files["pl", "xlsx"]).sheetnames
