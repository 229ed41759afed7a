"""The 2021–2027 participant list as CSV: 43 columns in the list's order, `;` between fields,
UTF-8 with a byte-order mark (so Excel reads the Polish letters), dates RRRR-MM-DD, CRLF line
ends. Values are written as stored, except that a text that could be read as a formula gets a
leading apostrophe (exports/spreadsheet.py); quoting only where a field holds `;`, a quote or
a line break."""

from __future__ import annotations

import io

from ops_desktop.domain.monitoring_rows import MonitoringFormat, MonitoringRow, headers
from ops_desktop.exports.spreadsheet import csv_writer

ENCODING = "utf-8-sig"
DELIMITER = ";"


def render_cst2021(rows: list[MonitoringRow]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv_writer(text, delimiter=DELIMITER)
    writer.writerow(headers(MonitoringFormat.CST2021))
    for row in rows:
        writer.writerow(row.cells(MonitoringFormat.CST2021))
    return text.getvalue().encode(ENCODING)
