"""Summary files read back: JSON, XLSX (numbers are numbers), CSV (BOM, ';'), PDF (text)."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ops_desktop.exports.summary_csv import render_summary_csv
from ops_desktop.exports.summary_json import render_summary_json
from ops_desktop.exports.summary_xlsx import render_summary_xlsx
from ops_desktop.reporting.summary_pdf import render_summary_pdf
from ops_desktop.services import summary
from tests.summary_data import TODAY, build_known


@pytest.fixture
def result(ctx):
    project, _ = build_known(ctx)
    return summary.compute_summary(ctx, project_id=project.id, today=TODAY)


def test_json_holds_the_documented_keys(result):
    data = json.loads(render_summary_json(result))
    assert data["participants"]["unique"] == 5
    assert (data["participants"]["women"], data["participants"]["men"]) == (3, 2)
    assert data["by_year"]["2012"] == {"unique": 2, "women": 2, "men": 0,
                                       "surroundings": {"unique": 1, "women": 0, "men": 1}}
    assert data["surroundings"]["unique"] == 1
    assert data["budget"] == {"total": "7502449.00", "eu": "6377081.65", "own": "1125367.35"}
    assert set(data["benefits"]) == {"total", "own_contribution"}
    assert data["benefits"]["total"].count(".") == 1
    assert data["participants"]["age_at_entry"]["15_24"]["unique"] == 2
    assert data["participants"]["youth_15_25"]["unique"] == 2
    assert data["participants"]["target_groups"]["disability"]["refused"]["unique"] == 1
    assert [g["name"] for g in data["participants"]["groups"]] == ["PAL Śródmieście",
                                                                    "Moduł zawodowy"]
    assert data["year"] is None and data["period"]["from"] == "2011-01-01"


def test_xlsx_has_a_sheet_per_breakdown_with_real_numbers(result):
    book = load_workbook(io.BytesIO(render_summary_xlsx(result)))
    assert {"Podsumowanie", "Lata", "Wiek", "Grupy", "Grupy docelowe", "Rynek pracy",
            "Wykształcenie", "Finanse"} <= set(book.sheetnames)
    people = book["Podsumowanie"]
    assert [c.value for c in people[4]] == ["Wyszczególnienie", "Ogółem", "Kobiety", "Mężczyźni"]
    assert [c.value for c in people[5]][1:] == [5, 3, 2]
    years = {row[0]: row[1:4] for row in book["Lata"].iter_rows(min_row=5, values_only=True)}
    assert years["2011"] == (3, 2, 1)
    money = {row[0].value: row[1] for row in book["Finanse"].iter_rows(min_row=5)}
    total = money["Budżet projektu ogółem"]
    assert isinstance(total.value, int | float | Decimal) and Decimal(str(total.value)) == Decimal(
        "7502449")
    assert "zł" in total.number_format
    assert Decimal(str(money["Wkład własny"].value)) == Decimal("1125367.35")
    book.close()


def test_csv_for_excel_has_a_bom_and_semicolons(result):
    data = render_summary_csv(result)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert "Wyszczególnienie;Ogółem;Kobiety;Mężczyźni" in lines
    assert "Uczestnicy (każda osoba liczona raz);5;3;2" in lines
    assert "Budżet projektu ogółem;7502449,00" in lines


def test_pdf_reads_back_in_polish_with_page_numbers(result, ctx):
    info = summary.print_info(ctx, project_id=result.project_id)
    pdf = render_summary_pdf(result, info)
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Sprawozdanie z realizacji projektu" in text
    assert "Skorzystaj z szansy" in text
    assert f"strona 1 z {len(reader.pages)}" in text
    assert "Uczestnicy (każda osoba liczona raz)" in text
    assert "Młodzież 15–25 lat" in text
    assert "7 502 449,00 zł" in text.replace("\u00a0", " ")
    assert "audyt #" in text
