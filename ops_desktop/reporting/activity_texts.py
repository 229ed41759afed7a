"""Printed Polish wording shared by the activity documents (forms, specialists, hours).

The screen has its own translatable labels (`ui/activities/activity_labels.py`); these are the words
on paper, which the office does not translate."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from ops_desktop.domain.activities import (
    WEEKDAY_ABBREVIATIONS, ActivityForm, SpecialistKind, format_hours,
)
from ops_desktop.domain.enums import Sex
from ops_desktop.reporting.document import DocumentHeader, styles, table

FORM_NAMES: dict[ActivityForm, str] = {
    ActivityForm.COURSE: "kurs",
    ActivityForm.WORKSHOP: "warsztaty",
    ActivityForm.SUPPORT_GROUP: "grupa wsparcia",
    ActivityForm.CONSULTATION: "konsultacje indywidualne",
    ActivityForm.KIS_EDITION: "zajęcia Klubu Integracji Społecznej",
    ActivityForm.PAL_EVENT: "działanie Programu Aktywności Lokalnej",
    ActivityForm.TRIP: "wyjazd lub impreza integracyjna",
    ActivityForm.DAY_CARE: "opieka nad dziećmi w czasie zajęć",
}

SPECIALIST_NAMES: dict[SpecialistKind, str] = {
    SpecialistKind.PSYCHOLOGIST: "psycholog",
    SpecialistKind.CAREER_ADVISER: "doradca zawodowy",
    SpecialistKind.LAWYER: "prawnik",
    SpecialistKind.PEDAGOGUE: "pedagog",
    SpecialistKind.FAMILY_CONSULTANT: "konsultant rodzinny",
    SpecialistKind.THERAPIST: "terapeuta",
    SpecialistKind.DOCTOR: "lekarz",
    SpecialistKind.OTHER: "specjalista",
}


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def day_with_weekday(day: dt.date) -> str:
    return f"{day:%d.%m.%Y} ({WEEKDAY_ABBREVIATIONS[day.weekday()]})"


def unit_adjective(hour_minutes: int) -> str:
    return "dydaktyczna" if hour_minutes == 45 else "zegarowa"


def hours_genitive(hours_x100: int, hour_minutes: int) -> str:
    """For "w wymiarze …": '40 godzin zegarowych', '1 godziny zegarowej', '4,5 godziny …'."""
    number = format_hours(hours_x100)
    adjective = "dydaktycznej" if hour_minutes == 45 else "zegarowej"
    if hours_x100 % 100 or hours_x100 == 100:
        return f"{number} godziny {adjective}"
    plural = "dydaktycznych" if hour_minutes == 45 else "zegarowych"
    return f"{number} godzin {plural}"


def by_sex(sex: Sex | None, female: str, male: str) -> str:
    """'ukończyła' / 'ukończył'; both 'ukończył(a)' when the sex is not known."""
    if sex is Sex.FEMALE:
        return female
    if sex is Sex.MALE:
        return male
    return f"{male}({female[len(male):] or 'a'})" if female.startswith(male) else f"{male}/{female}"


def header_for(office_name: str, office_address: str, funding_line: str, title: str,
               footer_note: str = "") -> DocumentHeader:
    return DocumentHeader(office_name=office_name or "Ośrodek Pomocy Społecznej",
                          office_address=office_address, funding_line=funding_line,
                          footer_note=footer_note, title=title)



def compact_table(rows: list[list[object]], widths: list[float], *, size: float = 8,
                  header_rows: int = 1, pad: float = 2.5) -> Table:
    """A grid table of small cells: narrow columns of registers and cards need less padding
    and a smaller font than `document.table` gives."""
    cell = ParagraphStyle(f"compact{size}", parent=styles()["cell"], fontSize=size,
                          leading=size + 2)
    bold = ParagraphStyle(f"compact_bold{size}", parent=styles()["cell_bold"], fontSize=size,
                          leading=size + 2)
    data = [[Paragraph(escape(c).replace("\n", "<br/>"), bold if r < header_rows else cell)
             if isinstance(c, str) else c for c in row] for r, row in enumerate(rows)]
    grid = table(data, widths, header_rows=header_rows, font_size=size)
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), pad),
                              ("RIGHTPADDING", (0, 0), (-1, -1), pad)]))
    return grid
