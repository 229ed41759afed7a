"""The pseudonymised statistical data set as CSV (`;`, UTF-8 with BOM, like the monitoring
CSV): participant number, sex, age band, kind of group, year of entry and dictionary answers
spelled as the monitoring lists spell them. No names, PESELs, addresses, dates or free text."""

from __future__ import annotations

import io

from ops_desktop.domain import monitoring_columns as mc
from ops_desktop.domain.enums import Education, EndReason, ExitSituation, LabourStatus, Sex
from ops_desktop.domain.monitoring_rows import dictionary_label
from ops_desktop.domain.usb_export import StatisticalRow
from ops_desktop.exports.spreadsheet import csv_writer

HEADERS = (
    "Nr uczestnika", "Płeć", "Przedział wieku w chwili przystąpienia", "Rodzaj grupy (kod)",
    "Rok przystąpienia", "Status osoby na rynku pracy w chwili przystąpienia do projektu",
    "Osoba długotrwale bezrobotna", "Wykształcenie", "Zakończenie udziału zgodnie ze ścieżką",
    "Sytuacja osoby po zakończeniu udziału",
)


def render_statistical(rows: list[StatisticalRow]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv_writer(text)
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([
            row.number,
            dictionary_label(row.sex, Sex, mc.SEX_VALUES),
            row.age_band,
            row.group_kind,
            row.entry_year or "",
            dictionary_label(row.labour_status, LabourStatus, mc.LABOUR_STATUS_VALUES),
            "Tak" if row.long_term_unemployed else "Nie",
            dictionary_label(row.education, Education, mc.EDUCATION_VALUES),
            "" if not row.completed_path else (
                "Tak" if row.completed_path == EndReason.COMPLETED_PATH.value else "Nie"),
            dictionary_label(row.exit_situation, ExitSituation, mc.EXIT_SITUATION_VALUES),
        ])
    return text.getvalue().encode("utf-8-sig")

