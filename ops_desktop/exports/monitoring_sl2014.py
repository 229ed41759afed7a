"""The SL2014 participant list as an XLSX workbook: one sheet, the list's headers in its order
(`domain/monitoring_columns.py`), one row per participant.

Every value is written as text except the age and DEGURBA (numbers); a PESEL stays text so a
leading zero survives, and a value that begins with "=" stays text instead of becoming a
formula (the value is written as stored, never changed). Streamed (openpyxl's write-only
mode): about four times faster than building the sheet in memory."""

from __future__ import annotations

import io

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ops_desktop.domain.monitoring_rows import MonitoringFormat, MonitoringRow, headers
from ops_desktop.exports.spreadsheet import new_workbook, xlsx_cell, xlsx_row

SHEET_TITLE = "Uczestnicy"


def render_sl2014(rows: list[MonitoringRow]) -> bytes:
    workbook = new_workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    names = headers(MonitoringFormat.SL2014)
    for index, name in enumerate(names, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = min(max(len(name) * 0.6, 12), 40)
    sheet.freeze_panes = "A2"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header_cells = []
    for name in names:
        cell = xlsx_cell(sheet, name)
        cell.font, cell.alignment = bold, wrap
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append(xlsx_row(sheet, row.cells(MonitoringFormat.SL2014)))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()

