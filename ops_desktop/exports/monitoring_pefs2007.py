"""The PO KL 2007–2013 participant list (Formularz PEFS 2007, individual participants) as an
XLSX workbook: one sheet, the form's headers in its order (`domain/monitoring_pefs2007.py`),
one row per participation.

Written through `exports/spreadsheet.py` like every other sheet: every text is a string
cell (a PESEL keeps its leading zero, a name beginning with "=" is never a formula); "Lp."
and the age are numbers; dates are text DD.MM.RRRR."""

from __future__ import annotations

import io

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ops_desktop.domain.monitoring_pefs2007 import SHEET_TITLE
from ops_desktop.domain.monitoring_rows import MonitoringFormat, MonitoringRow, headers
from ops_desktop.exports.spreadsheet import new_workbook, xlsx_cell, xlsx_row


def render_pefs2007(rows: list[MonitoringRow]) -> bytes:
    workbook = new_workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    names = headers(MonitoringFormat.PEFS2007)
    for index, name in enumerate(names, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(len(name) * 0.6, 8), 40)
    sheet.freeze_panes = "A2"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header_cells = []
    for name in names:
        cell = xlsx_cell(sheet, name)
        cell.font, cell.alignment = bold, wrap
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append(xlsx_row(sheet, row.cells(MonitoringFormat.PEFS2007)))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
