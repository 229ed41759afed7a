"""The certificate register (rejestr zaświadczeń): number, person, PESEL, activity, kind,
date of issue and an empty column for the receipt signature (potwierdzenie odbioru)."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from ops_desktop.domain.certificates import CertificateKind
from ops_desktop.domain.certificates import RegisterView
from ops_desktop.reporting.activity_texts import compact_table, date_text, header_for
from ops_desktop.reporting.document import build_pdf, para, spacer

KIND_NAMES = {CertificateKind.COMPLETION: "ukończenie",
              CertificateKind.PARTICIPATION: "uczestnictwo"}
WIDTHS = [16 * mm, 35 * mm, 23 * mm, 30 * mm, 22 * mm, 19 * mm, 29 * mm]


def render_certificate_register(view: RegisterView, out: BinaryIO) -> None:
    office = view.office
    story = [
        para(view.title.upper(), "title"),
        para(f"Liczba wpisów: {len(view.rows)}", "subtitle"),
        spacer(2),
    ]
    rows: list[list[object]] = [["Nr", "Imię i nazwisko", "PESEL", "Zajęcia", "Rodzaj",
                                 "Data wydania", "Podpis odbierającego"]]
    for row in view.rows:
        kind = KIND_NAMES[row.kind] + (" (duplikat)" if row.prints > 1 else "")
        rows.append([row.number, row.person_name, row.pesel, row.activity_name, kind,
                     date_text(row.issued_on), ""])
    if not view.rows:
        rows.append(["", "Brak wpisów.", "", "", "", "", ""])
    grid = compact_table(rows, WIDTHS, size=8)
    grid.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [None]),
                              ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
                              ("TOPPADDING", (0, 1), (-1, -1), 6)]))
    story.append(grid)
    build_pdf(out, header_for(office.name, office.address, view.funding_line, view.title), story)
