"""A project summary as one CSV for Excel: UTF-8 with BOM, ';' between fields, every table
one after the other (its title, its header, its rows, an empty line). Numbers are plain;
money and hours carry a decimal comma ("1234,56"), as Polish Excel reads them."""

from __future__ import annotations

import io

from ops_desktop.domain.money import format_pln
from ops_desktop.domain.summary import Summary
from ops_desktop.domain.summary_tables import Hours, Money, period_text, summary_tables
from ops_desktop.exports.spreadsheet import Figure, csv_writer


def render_summary_csv(summary: Summary) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv_writer(buffer)
    writer.writerow([summary.project_title])
    writer.writerow([period_text(summary)])
    writer.writerow([])
    for table in summary_tables(summary):
        writer.writerow([table.title])
        writer.writerow(list(table.header))
        for row in table.rows:
            writer.writerow([_text(value) for value in row])
        writer.writerow([])
    return buffer.getvalue().encode("utf-8-sig")


def _text(value: object) -> object:
    if isinstance(value, Money):
        return Figure(format_pln(value.grosze, currency=False).replace("\u00a0", ""))
    if isinstance(value, Hours):
        return Figure(format_pln(value.x100, currency=False).replace("\u00a0", ""))
    return value
