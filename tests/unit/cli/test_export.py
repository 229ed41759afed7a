"""`ops-desktop export participants | usb | verify` on a real database, signed in through the
environment like a script would."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ops_desktop.cli.main import main
from ops_desktop.domain.enums import Role
from ops_desktop.exports.safe_write import MANIFEST_NAME, find_exports
from tests.export_support import monitoring_project, participant
from tests.security_support import add_account, cli_sign_in


@pytest.fixture
def signed_in(ctx, db_path, monkeypatch):
    project = monitoring_project(ctx)
    person = participant(ctx, project)
    add_account(ctx, "koordynator", Role.COORDINATOR, projects=(project,))
    cli_sign_in(monkeypatch, "koordynator")
    return db_path, project, person


def test_participants_list_in_both_formats(signed_in, tmp_path, capsys):
    db_path, project, person = signed_in
    xlsx, csv_out = tmp_path / "lista.xlsx", tmp_path / "lista.csv"
    assert main(["export", "participants", "--db", str(db_path), "--project", project.draft.title,
                 "--format", "sl2014", "--out", str(xlsx)]) == 0
    assert main(["export", "participants", "--db", str(db_path), "--project", project.draft.title,
                 "--format", "cst2021", "--out", str(csv_out)]) == 0
    sheet = load_workbook(xlsx).active
    assert sheet.cell(row=2, column=6).value == person.draft.pesel
    rows = list(csv.reader(io.StringIO(csv_out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 2 and len(rows[0]) == 43
    out = capsys.readouterr()
    assert "Walidator: brak problemów." in out.out
    assert person.draft.pesel not in out.out + out.err      # never printed
    assert not list(tmp_path.glob(".*tmp-*"))


def test_participants_prints_the_problems_by_person_id(signed_in, ctx, tmp_path, capsys):
    db_path, project, _ = signed_in
    other = participant(ctx, project, last="Bezmailowa", email="")
    assert main(["export", "participants", "--db", str(db_path), "--project", project.draft.title,
                 "--format", "cst2021", "--out", str(tmp_path / "l.csv")]) == 0
    err = capsys.readouterr().err
    assert f"osoba {other.id} · Adres e-mail: required" in err and "Bezmailowa" not in err


def test_usb_statistical_then_verify(signed_in, tmp_path, capsys):
    db_path, project, _ = signed_in
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["export", "usb", "--db", str(db_path), "--project", project.draft.title,
                 "--what", "statistical", "--to", str(stick)]) == 0
    [folder] = find_exports(stick)
    assert "zweryfikowany" in capsys.readouterr().out
    assert main(["export", "verify", str(folder)]) == 0
    assert "Eksport poprawny" in capsys.readouterr().out
    (folder / MANIFEST_NAME).unlink()
    assert main(["export", "verify", str(folder)]) == 2
    assert "MANIFEST.sha256" in capsys.readouterr().err


def test_usb_monitoring_prints_the_passphrase_once(signed_in, tmp_path, capsys):
    db_path, project, _ = signed_in
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["export", "usb", "--db", str(db_path), "--project", project.draft.title,
                 "--what", "monitoring", "--format", "cst2021", "--to", str(stick)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("Hasło do archiwum"))
    passphrase = lines[index + 1].strip()
    assert out.count(passphrase) == 1
    [folder] = find_exports(stick)
    from ops_desktop.exports.encrypted_archive import open_archive

    [archive] = [p for p in folder.iterdir() if p.suffix == ".7z"]
    assert len(open_archive(archive.read_bytes(), passphrase)) == 1


def test_usb_to_a_missing_folder_and_an_unknown_project(signed_in, tmp_path, capsys):
    db_path, project, _ = signed_in
    assert main(["export", "usb", "--db", str(db_path), "--project", project.draft.title,
                 "--what", "statistical", "--to", str(tmp_path / "brak")]) == 1
    assert main(["export", "usb", "--db", str(db_path), "--project", "Nie ma takiego",
                 "--what", "statistical", "--to", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "folder docelowy nie istnieje" in err and "nie znaleziono" in err


def test_a_caseworker_cannot_export(signed_in, ctx, monkeypatch, tmp_path, capsys):
    db_path, project, _ = signed_in
    add_account(ctx, "pracownik", Role.CASEWORKER)
    cli_sign_in(monkeypatch, "pracownik")
    assert main(["export", "participants", "--db", str(db_path), "--project", project.draft.title,
                 "--format", "sl2014", "--out", str(tmp_path / "x.xlsx")]) == 1
    assert "brak uprawnienia" in capsys.readouterr().err
    assert not Path(tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize("command", [
    ["export", "participants", "--project", "P", "--format", "sl2014", "--out", "x.csv"],
    ["summary", "--project", "P", "--format", "xlsx", "--out", "x.csv"],
    ["summary", "--project", "P", "--format", "pdf", "--out", "x.xlsx"],
    ["print", "contract", "--number", "KS/1/2011", "--out", "x.xlsx"],
    ["print", "attendance-list", "--activity", "1", "--out", "x.csv"],
    ["subject-access", "--person-id", "1", "--out", "x.txt"],
])
def test_an_output_name_must_follow_its_format(signed_in, tmp_path, capsys, command):
    db_path, project, _ = signed_in
    command = [project.draft.title if part == "P" else part for part in command]
    out = tmp_path / command[-1]
    command[-1] = str(out)
    assert main([*command, "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "musi mieć rozszerzenie ." in err and "nic nie zapisano" in err
    assert not out.exists() and not list(tmp_path.glob(".*tmp-*"))


@pytest.mark.parametrize("fmt", ["pefs2007", "sl2014", "cst2021"])
def test_monitoring_files_stay_in_the_official_polish_wording_under_lang_en(
        signed_in, tmp_path, capsys, english_available, fmt):
    """The list sent to the institution is the same file, byte for byte, whatever the
    interface language: its headings and values are the official Polish vocabulary."""
    db_path, project, _person = signed_in
    files = {}
    for lang in ("pl", "en"):
        suffix = ".csv" if fmt == "cst2021" else ".xlsx"
        files[lang] = tmp_path / f"lista-{lang}{suffix}"
        assert main(["--lang", lang, "export", "participants", "--db", str(db_path),
                     "--project", project.draft.title, "--format", fmt,
                     "--out", str(files[lang])]) == 0
    polish, english = _cells(files["pl"]), _cells(files["en"])
    assert polish == english and len(polish) >= 2
    header = " ".join(str(cell) for cell in english[0])
    assert "PESEL" in header and any(word in header for word in ("Płeć", "Imię", "Nazwisko"))
    capsys.readouterr()


def _cells(path: Path) -> list[tuple[object, ...]]:
    """Every row of a list written as a workbook (PEFS 2007, SL2014) or a CSV."""
    data = path.read_bytes()
    if data.startswith(b"PK"):
        with path.open("rb") as stream:
            return [tuple(row) for row in load_workbook(stream).active.iter_rows(values_only=True)]
    return [tuple(row) for row in csv.reader(io.StringIO(data.decode("utf-8-sig")),
                                             delimiter=";")]
