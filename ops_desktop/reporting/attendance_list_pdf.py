"""Attendance lists (listy obecności): one per session, blank for the signatures, a whole
schedule in one PDF. Each list: project and funding line (page header), activity and its
form, date, hours, place, trainer, topic; numbered rows with names and an empty signature
column; the surroundings (children in day-care, family) on their own rows after the
participants; the trainer's signature at the bottom."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, TableStyle

from ops_desktop.domain.activities import format_hours
from ops_desktop.domain.attendance import AttendanceListsView, ListSession
from ops_desktop.reporting.activity_texts import FORM_NAMES, day_with_weekday, header_for
from ops_desktop.reporting.document import (
    PAGE_WIDTH, MARGIN, build_pdf, para, signature_block, spacer, table,
)

CONTENT = PAGE_WIDTH - 2 * MARGIN


def render_attendance_lists(view: AttendanceListsView, out: BinaryIO) -> None:
    story: list = []
    for index, listed in enumerate(view.sessions):
        if index:
            story.append(PageBreak())
        story.extend(_one_list(view, listed))
    if not view.sessions:
        story.append(para("Brak spotkań w harmonogramie.", "body"))
    office = view.office
    build_pdf(out, header_for(office.name, office.address, view.funding_line,
                              f"Listy obecności — {view.activity_name}"), story)


def _one_list(view: AttendanceListsView, listed: ListSession) -> list:
    unit = "dydaktycznych (45 min)" if view.hour_minutes == 45 else "zegarowych"
    hours = f"{listed.time_text}  ({format_hours(listed.hours)} godz. {unit})".strip()
    info = [
        ["Projekt", view.project_title],
        ["Zajęcia", f"{view.activity_name} ({FORM_NAMES[view.form]})"],
        ["Data", f"{day_with_weekday(listed.day)}, spotkanie nr {listed.number}"],
        ["Godziny", hours],
        ["Miejsce", view.place],
        ["Prowadzący", view.trainer],
        ["Temat", listed.topic],
    ]
    info_table = table(info, [32 * mm, CONTENT - 32 * mm], header_rows=0)
    info_table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "#999999")]))
    story: list = [
        para("LISTA OBECNOŚCI", "title"),
        info_table, spacer(3),
        _people_table(listed.participants, "Imię i nazwisko uczestnika"),
    ]
    if listed.surroundings:
        story += [para("Otoczenie uczestników (liczone osobno)", "h2"),
                  _people_table(listed.surroundings, "Imię i nazwisko (otoczenie)")]
    story.append(signature_block(["podpis prowadzącego zajęcia"]))
    return story


def _people_table(names: tuple[str, ...], heading: str):
    rows: list[list[object]] = [["Lp.", heading, "Podpis"]]
    rows += [[str(n), name, ""] for n, name in enumerate(names, start=1)]
    if not names:
        rows.append(["", "—", ""])
    grid = table(rows, [12 * mm, 78 * mm, CONTENT - 90 * mm], font_size=9.5)
    grid.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 5),
                              ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
                              ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    return grid
