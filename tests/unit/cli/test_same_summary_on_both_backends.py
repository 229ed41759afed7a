"""The same summary from the same imported spreadsheet on a SQLite file and on the office
server (PostgreSQL): the office set up, a project added and the spreadsheet imported
through the command line, one contract with a benefit signed through the services, then
`ops-desktop summary --format json` for the whole project and for each year — the JSON is
identical, byte for byte, and holds what the spreadsheet says (people counted once, by year,
money). And `ops-desktop demo` on an empty server database: the summaries of its five projects
are those of the demo on a file, and the server goes on taking plain inserts after the
demo's bulk-written people and contracts."""

from __future__ import annotations

import datetime as dt
import json

from openpyxl import Workbook

from ops_desktop.cli.main import main
from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.domain.enums import Sex
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.services import participants, projects
from ops_desktop.services.sign_in import sign_in
from tests.factories import contracts as contract_factory
from tests.security_support import PASSWORD, cli_sign_in

D = dt.date
TITLE = "Krok do przodu"
YEARS = (2010, 2011, 2012)
WOMEN = [make_pesel(D(1970 + i, 2, 1 + i), 700 + i, Sex.FEMALE) for i in range(4)]
MEN = [make_pesel(D(1960 + i, 6, 10 + i), 720 + i, Sex.MALE) for i in range(3)]
ROWS = [
    ["Anna", "Nowak", WOMEN[0], "Kobieta", D(2010, 3, 1), D(2010, 12, 31), "KIS edycja I"],
    ["Anna", "Nowak", WOMEN[0], "Kobieta", D(2011, 2, 1), None, "KIS edycja II"],  # again
    ["Beata", "Łącka", WOMEN[1], "Kobieta", D(2010, 9, 1), D(2011, 6, 30), "KIS edycja I"],
    ["Celina", "Żak", WOMEN[2], "Kobieta", D(2012, 1, 10), None, "PAL"],
    ["Dorota", "Ślusarz", WOMEN[3], "Kobieta", D(2011, 5, 5), D(2012, 4, 30), "PAL"],
    ["Edward", "Kot", MEN[0], "Mężczyzna", D(2010, 3, 1), None, "PAL"],
    ["Feliks", "Źdźbło", MEN[1], "Mężczyzna", D(2011, 11, 1), D(2011, 12, 31), "KIS edycja II"],
    ["Grzegorz", "Wiśniewski", MEN[2], "Mężczyzna", D(2012, 3, 1), None, "KIS edycja II"],
    ["Zły", "Wiersz", "12345678901", "", D(2010, 3, 1), None, "PAL"],  # rejected
]


def _sheet(path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Imię", "Nazwisko", "PESEL", "Płeć", "Data rozpoczęcia udziału w projekcie",
                  "Data zakończenia udziału w projekcie", "Grupa"])
    for row in ROWS:
        sheet.append(row)
    book.save(path)
    return path


def _summaries(location, sheet, tmp_path, capsys) -> dict[str, str]:
    db = str(location)
    assert main(["new", "--db", db, "--admin", "kierownik", "--role", "head"]) == 0
    assert main(["project", "add", "--db", db, "--title", TITLE, "--from", "2010-01-01",
                 "--to", "2012-12-31", "--budget-total", "1 234 567,89", "--budget-eu",
                 "1049382.71", "--budget-own", "185185,18"]) == 0
    assert main(["import", "participants", "--db", db, "--project", TITLE, str(sheet)]) == 0
    assert "odrzucono: 1" in capsys.readouterr().out
    session = sign_in(location, username="kierownik", password=PASSWORD, channel="cli")
    try:
        ctx = session.context
        project = projects.get_project(ctx, project_id=projects.find_project_id(ctx, title=TITLE))
        person_id = participants.find_by_pesel(ctx, pesel=MEN[0])
        contract_factory.signed(ctx, project, participants.get_person(ctx, person_id=person_id),
                                signed_on=D(2011, 3, 1))
    finally:
        session.close()
    out = {}
    for year in (None, *YEARS):
        target = tmp_path / f"{location.__class__.__name__}-{year or 'all'}.json"
        extra = ["--year", str(year)] if year else []
        assert main(["summary", "--db", db, "--project", TITLE, *extra, "--format", "json",
                     "--out", str(target)]) == 0
        out[str(year or "all")] = target.read_text(encoding="utf-8")
    capsys.readouterr()
    return out


def test_the_same_spreadsheet_gives_the_same_summary_json(
        tmp_path, pg_cluster, pg_database, monkeypatch, capsys):
    cli_sign_in(monkeypatch, "kierownik", PASSWORD)
    sheet = _sheet(tmp_path / "uczestnicy.xlsx")
    on_file = _summaries(tmp_path / "ops.db", sheet, tmp_path, capsys)
    on_server = _summaries(pg_cluster.address(pg_database), sheet, tmp_path, capsys)
    assert on_server == on_file
    whole = json.loads(on_file["all"])
    people = whole["participants"]
    assert (people["unique"], people["women"], people["men"]) == (7, 4, 3)  # Anna once
    assert {year: whole["by_year"][str(year)]["unique"] for year in YEARS} == {
        2010: 3, 2011: 5, 2012: 5}
    assert whole["budget"] == {"total": "1234567.89", "eu": "1049382.71", "own": "185185.18"}
    assert whole["benefits"]["total"] == "160.00" and whole["contracts"]["signed"] == 1
    assert json.loads(on_file["2011"])["contracts"]["signed"] == 1
    assert json.loads(on_file["2012"])["benefits"]["total"] == "0.00"



def _demo_summaries(location, tmp_path, monkeypatch, capsys) -> dict[str, str]:
    from ops_desktop.services.demo.accounts_demo import DEMO_PASSWORD
    from ops_desktop.services.demo.seed_projects import SEED_PROJECTS

    monkeypatch.delenv("OPS_DESKTOP_USER", raising=False)
    monkeypatch.delenv("OPS_DESKTOP_PASSWORD", raising=False)
    db = str(location)
    assert main(["demo", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "2244 osoby" in out and "1551 kontraktów" in out
    assert ("Kod odzyskiwania" in out) is not isinstance(location, ServerAddress)
    cli_sign_in(monkeypatch, "kierownik", DEMO_PASSWORD)
    summaries = {}
    for seed in SEED_PROJECTS:
        target = tmp_path / f"{location.__class__.__name__}-{seed.key}.json"
        assert main(["summary", "--db", db, "--project", seed.title, "--format", "json",
                     "--out", str(target)]) == 0
        summaries[seed.key] = target.read_text(encoding="utf-8")
    capsys.readouterr()
    return summaries


def test_the_demo_on_the_server_gives_the_summaries_of_the_demo_on_a_file(
        tmp_path, pg_cluster, pg_database, monkeypatch, capsys):
    from ops_desktop.services.demo.accounts_demo import DEMO_PASSWORD

    on_file = _demo_summaries(tmp_path / "demo.db", tmp_path, monkeypatch, capsys)
    server = pg_cluster.address(pg_database)
    on_server = _demo_summaries(server, tmp_path, monkeypatch, capsys)
    assert on_server == on_file
    assert json.loads(on_file["bartoszyce"])["participants"]["unique"] > 0
    session = sign_in(server, username="kierownik", password=DEMO_PASSWORD, channel="cli")
    try:  # a person, a participation and a contract written one at a time after the demo
        project, person = contract_factory.setup(session.context)
        view = contract_factory.signed(session.context, project, person,
                                       signed_on=D(2011, 3, 1))
        assert view.number.startswith("KS/") and view.id > 1551
    finally:
        session.close()
    # An office in the database already: the demo is refused, nothing added.
    assert main(["demo", "--db", str(server)]) == 2
    assert "ma już konta" in capsys.readouterr().err
