"""A project summary as an XLSX workbook: one sheet per breakdown, numbers stored as numbers,
money as numbers with a złoty format, hours as numbers with two decimals."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ops_desktop.domain.money import grosze_to_decimal
from ops_desktop.domain.summary import Summary
from ops_desktop.domain.summary_tables import Hours, Money, period_text, summary_tables
from ops_desktop.exports.spreadsheet import new_workbook, xlsx_row

MONEY_FORMAT = '#,##0.00 "zł"'
HOURS_FORMAT = "#,##0.00"
_HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")


def render_summary_xlsx(summary: Summary) -> bytes:
    book = new_workbook()
    book.remove(book.active)
    for table in summary_tables(summary):
        sheet = book.create_sheet(table.sheet[:31])
        sheet.append(xlsx_row(sheet, [summary.project_title]))
        sheet.append(xlsx_row(sheet, [f"{table.title} — {period_text(summary)}"]))
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append([])
        sheet.append(xlsx_row(sheet, table.header))
        for cell in sheet[4]:
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            sheet.append(xlsx_row(sheet, [_value(value) for value in row]))
            for cell, value in zip(sheet[sheet.max_row], row, strict=False):
                if isinstance(value, Money):
                    cell.number_format = MONEY_FORMAT
                elif isinstance(value, Hours):
                    cell.number_format = HOURS_FORMAT
        sheet.column_dimensions["A"].width = 58
        for column in range(2, len(table.header) + 1):
            sheet.column_dimensions[get_column_letter(column)].width = 16
        sheet.freeze_panes = "A5"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _value(value: object) -> object:
    if isinstance(value, Money):
        return grosze_to_decimal(value.grosze)
    if isinstance(value, Hours):
        return Decimal(value.x100) / 100
    if value == "":
        return None
    return value
