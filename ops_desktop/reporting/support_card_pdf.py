"""The individual support card (karta wsparcia indywidualnego): one-to-one consultations of a
person in a project (date, time, hours, topic, specialist) with both signatures per row."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from ops_desktop.domain.activities import SupportCardView, format_hours
from ops_desktop.reporting.activity_texts import (
    SPECIALIST_NAMES, compact_table, date_text, header_for, unit_adjective,
)
from ops_desktop.reporting.document import (
    MARGIN, PAGE_WIDTH, build_pdf, para, signature_block, spacer, table,
)

CONTENT = PAGE_WIDTH - 2 * MARGIN


def render_support_card(view: SupportCardView, out: BinaryIO) -> None:
    info = [
        ["Uczestnik", view.person_name],
        ["PESEL", view.pesel or "—"],
        ["Projekt", view.project_title],
        ["Grupa", view.group_name or "—"],
    ]
    rows: list[list[object]] = [["Lp.", "Data", "Godziny", "Godz.", "Zakres wsparcia / temat",
                                 "Specjalista", "Podpis specjalisty", "Podpis uczestnika"]]
    for n, entry in enumerate(view.entries, start=1):
        d = entry.draft
        time = f"{d.time_from:%H:%M}–{d.time_to:%H:%M}" if d.time_from and d.time_to else ""
        rows.append([str(n), date_text(d.day), time, format_hours(d.hours), d.topic,
                     f"{d.specialist}, {SPECIALIST_NAMES[d.specialist_kind]}", "", ""])
    if not view.entries:
        rows.append(["", "", "", "", "Brak wpisów.", "", "", ""])
    rows.append(["", "", "Razem", format_hours(view.total_hours), "", "", "", ""])
    grid = compact_table(rows, [8 * mm, 19 * mm, 20 * mm, 12 * mm, CONTENT - 139 * mm, 32 * mm,
                                22 * mm, 22 * mm], size=7.5)
    grid.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -2), 6),
                              ("BOTTOMPADDING", (0, 1), (-1, -2), 6)]))
    story = [
        para("KARTA WSPARCIA INDYWIDUALNEGO", "title"),
        para("konsultacje i poradnictwo specjalistyczne", "subtitle"),
        table(info, [32 * mm, CONTENT - 32 * mm], header_rows=0), spacer(4), grid, spacer(2),
        para(f"Godziny liczone jako {unit_adjective(view.hour_minutes)} godzina.", "small"),
        signature_block(["podpis uczestnika", "podpis pracownika socjalnego"]),
    ]
    office = view.office
    build_pdf(out, header_for(office.name, office.address, view.funding_line,
                              "Karta wsparcia indywidualnego"), story)
