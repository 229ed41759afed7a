"""No spreadsheet the application writes carries a formula that came
from data. A hostile value goes through every writer (rejected rows XLSX/CSV, summary
XLSX/CSV, monitoring PEFS 2007/SL2014/2021–27, statistical data set) and the files are
read back: the XLSX's XML holds no <f>, every CSV cell that held such a text begins with an
apostrophe. A sweep over the package fails on any `Workbook(`/`csv.writer(` outside
exports/spreadsheet.py, so a writer added later cannot escape the rule."""

from __future__ import annotations

import ast
import csv
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from ops_desktop.db.models import Person, Project, ProjectGroup
from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.services.monitoring_file import monitoring_file
from ops_desktop.exports.statistical_dataset import render_statistical
from ops_desktop.exports.summary_csv import render_summary_csv
from ops_desktop.exports.summary_xlsx import render_summary_xlsx
from ops_desktop.exports import spreadsheet
from ops_desktop.services import import_rejected, summary
from ops_desktop.domain.usb_export import StatisticalRow
from tests.export_support import monitoring_project, participant
from tests.summary_data import TODAY, build_known
from tests import ROOT

PACKAGE = ROOT / "ops_desktop"
HOSTILE = ('=HYPERLINK("http://evil.example","kliknij")', "=cmd|' /C calc'!A0", "+1", "-2+3",
           "@SUM(A1)")


def _no_formula(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


def _csv_cells(data: bytes) -> list[str]:
    text = data.decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=";")
            for cell in row]


def _neutralised(cells: list[str], value: str) -> None:
    assert "'" + value in cells, value
    assert value not in cells, value


# --- the sweep: one writer rule --------------------------------------------------------------

def _writer_calls(path: Path, root: Path = PACKAGE) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
            if name == "Workbook" or (owner == "csv" and name in {"writer", "DictWriter"}):
                found.append(f"{path.relative_to(root)}:{node.lineno} {name}")
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("openpyxl"):
            for alias in node.names:
                if alias.name in {"Workbook", "WriteOnlyCell"}:
                    found.append(f"{path.relative_to(root)}:{node.lineno} {alias.name}")
    return found


def test_every_spreadsheet_writer_goes_through_the_one_module():
    offenders = [hit for path in sorted(PACKAGE.rglob("*.py"))
                 if path.name != "spreadsheet.py" for hit in _writer_calls(path)]
    assert offenders == []


def test_the_sweep_sees_a_writer(tmp_path):
    rogue = tmp_path / "rogue.py"
    rogue.write_text("import csv\nfrom openpyxl import Workbook\nw = csv.writer(x)\n"
                     "b = Workbook()\n")
    hits = sorted(hit.split(" ")[-1] for hit in _writer_calls(rogue, root=tmp_path))
    assert hits == ["Workbook", "Workbook", "writer"]


# --- the rule itself ---------------------------------------------------------------------------

def test_csv_neutralises_text_not_numbers():
    assert [spreadsheet.csv_text(v) for v in HOSTILE] == ["'" + v for v in HOSTILE]
    assert spreadsheet.csv_text("\tx") == "'\tx" and spreadsheet.csv_text("\rx") == "'\rx"
    assert spreadsheet.csv_text(-5) == "-5" and spreadsheet.csv_text(Decimal("-1.50")) == "-1.50"
    assert spreadsheet.csv_text(spreadsheet.Figure("-1234,56")) == "-1234,56"
    assert spreadsheet.csv_text("Żółć-Gęślą") == "Żółć-Gęślą" and spreadsheet.csv_text(None) == ""


# --- every writer the application has ---------------------------------------------------------

@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_rejected_rows_file(tmp_path, suffix):
    rows = [([value, "Jan", "\x07bell"], "Błąd") for value in HOSTILE]
    temp = import_rejected.write_rejected(tmp_path / f"odrzucone{suffix}", suffix[1:],
                                          ["Nazwisko", "Imię", "Uwagi"], rows)
    data = temp.read_bytes()
    if suffix == ".xlsx":
        _no_formula(data)
        sheet = load_workbook(temp).active
        assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == list(HOSTILE)
    else:
        cells = _csv_cells(data)
        for value in HOSTILE:
            _neutralised(cells, value)


@pytest.fixture
def hostile_summary(ctx):
    project, _ = build_known(ctx)
    with ctx.transaction() as session:
        session.execute(update(ProjectGroup).where(ProjectGroup.project_id == project.id,
                                                   ProjectGroup.name == "PAL Śródmieście")
                        .values(name=HOSTILE[0]))
        session.execute(update(ProjectGroup).where(ProjectGroup.project_id == project.id,
                                                   ProjectGroup.name == "Moduł zawodowy")
                        .values(name=HOSTILE[3]))
        session.execute(update(Project).where(Project.id == project.id).values(title=HOSTILE[1]))
    return summary.compute_summary(ctx, project_id=project.id, today=TODAY)


def test_summary_xlsx(hostile_summary):
    data = render_summary_xlsx(hostile_summary)
    _no_formula(data)
    book = load_workbook(io.BytesIO(data))
    texts = {c for sheet in book for row in sheet.iter_rows(values_only=True) for c in row}
    assert {HOSTILE[0], HOSTILE[1], HOSTILE[3]} <= texts


def test_summary_csv(hostile_summary):
    cells = _csv_cells(render_summary_csv(hostile_summary))
    for value in (HOSTILE[0], HOSTILE[1], HOSTILE[3]):
        _neutralised(cells, value)
    assert any(c.replace(",", "").replace("-", "").isdigit() for c in cells)


@pytest.fixture
def hostile_monitoring(ctx):
    project = monitoring_project(ctx)
    people = [participant(ctx, project) for _ in HOSTILE]
    with ctx.transaction() as session:
        for person, value in zip(people, HOSTILE, strict=True):
            session.execute(update(Person).where(Person.id == person.id)
                            .values(last_name=value, first_name=value))
    return project


@pytest.mark.parametrize("fmt", [MonitoringFormat.SL2014, MonitoringFormat.PEFS2007])
def test_monitoring_xlsx(ctx, hostile_monitoring, fmt):
    item, _ = monitoring_file(ctx, project_id=hostile_monitoring.id, fmt=fmt)
    _no_formula(item.data)
    sheet = load_workbook(io.BytesIO(item.data)).active
    values = {c for row in sheet.iter_rows(values_only=True) for c in row}
    assert set(HOSTILE) <= values


def test_monitoring_cst2021(ctx, hostile_monitoring):
    item, _ = monitoring_file(ctx, project_id=hostile_monitoring.id,
                              fmt=MonitoringFormat.CST2021)
    cells = _csv_cells(item.data)
    for value in HOSTILE:
        _neutralised(cells, value)


def test_statistical_dataset():
    rows = [StatisticalRow(number=n, sex="K", age_band=value, group_kind=value, entry_year=2015,
                           labour_status="", education="", long_term_unemployed=False,
                           completed_path="", exit_situation="")
            for n, value in enumerate(HOSTILE, start=1)]
    cells = _csv_cells(render_statistical(rows))
    for value in HOSTILE:
        _neutralised(cells, value)
    assert "1" in cells
