"""The monitoring lists written as an XLSX workbook: SL2014 (2014–2020, `domain/
monitoring_columns.py`) and the PO KL 2007–2013 form PEFS 2007 (individual participants,
`domain/monitoring_pefs2007.py`). One sheet, the list's headers in its order in bold, one
row per participant.

Written through `exports/spreadsheet.py` like every other sheet: every text is a string
cell (a PESEL keeps its leading zero, a value beginning with "=" stays text instead of
becoming a formula; the value is written as stored); the numbers of the list ("Lp.", the
age, DEGURBA) are numbers; dates are text DD.MM.RRRR. Streamed (openpyxl's write-only
mode): about four times faster than building the sheet in memory."""

from __future__ import annotations

import io

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ops_desktop.domain import monitoring_pefs2007
from ops_desktop.domain.monitoring_rows import MonitoringFormat, MonitoringRow, headers
from ops_desktop.exports.spreadsheet import new_workbook, xlsx_cell, xlsx_row

# The sheet's title and the narrowest column (in characters) of each XLSX list.
SHEETS: dict[MonitoringFormat, tuple[str, int]] = {
    MonitoringFormat.SL2014: ("Uczestnicy", 12),
    MonitoringFormat.PEFS2007: (monitoring_pefs2007.SHEET_TITLE, 8),
}


def render_monitoring_xlsx(rows: list[MonitoringRow], fmt: MonitoringFormat) -> bytes:
    title, narrowest = SHEETS[fmt]
    workbook = new_workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    names = headers(fmt)
    for index, name in enumerate(names, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = min(max(len(name) * 0.6, narrowest), 40)
    sheet.freeze_panes = "A2"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header_cells = []
    for name in names:
        cell = xlsx_cell(sheet, name)
        cell.font, cell.alignment = bold, wrap
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append(xlsx_row(sheet, row.cells(fmt)))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
