"""The SL2014 participant list as an XLSX workbook: one sheet, the list's headers in its order
(`domain/monitoring_columns.py`), one row per participant.

Every value is written as text except the age and DEGURBA (numbers); a PESEL stays text so a
leading zero survives, and a value that begins with "=" stays text instead of becoming a
formula (the value is written as stored, never changed)."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from ops_desktop.domain.monitoring_rows import MonitoringFormat, MonitoringRow, headers

SHEET_TITLE = "Uczestnicy"


def render_sl2014(rows: list[MonitoringRow]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    names = headers(MonitoringFormat.SL2014)
    sheet.append(names)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append(row.cells(MonitoringFormat.SL2014))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"   # never a formula, whatever the text begins with
    for index, name in enumerate(names, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = min(max(len(name) * 0.6, 12), 40)
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
