"""Certificates of completion or participation, one page each, a whole activity into ONE PDF.

Drawn straight on a reportlab canvas (no layout engine): a batch of hundreds costs about as
much as the bare canvas, and the views arrive from an iterator a chunk at a time, so memory
stays flat. The same office header and funding line as every document (`draw_frame`). A
reprint says "DUPLIKAT" and keeps its register number. `progress.report` is called per page;
a cancel raises `Cancelled` before anything reaches `out` (the PDF is written at the end)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas as rl_canvas

from ops_desktop.domain.attendance import CertificateKind, attendance_pct, format_pct
from ops_desktop.domain.certificates import CertificateView
from ops_desktop.domain.progress import NO_PROGRESS, Progress
from ops_desktop.reporting.activity_texts import (
    FORM_NAMES, by_sex, date_text, header_for, hours_genitive,
)
from ops_desktop.reporting.document import MARGIN, PAGE_HEIGHT, PAGE_WIDTH, draw_frame
from ops_desktop.reporting.fonts import BOLD, ITALIC, REGULAR, register_fonts

TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 10 * mm
CENTER = PAGE_WIDTH / 2
MAX_TOPIC_LINES = 14


def render_certificates(views: Iterable[CertificateView], out: BinaryIO, *, total: int = 0,
                        progress: Progress = NO_PROGRESS) -> int:
    """Write every certificate of `views` into `out` as one PDF; returns the page count."""
    register_fonts()
    canvas = rl_canvas.Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle("Zaświadczenia")
    canvas.setAuthor("OPS Desktop")
    canvas.setCreator("OPS Desktop")
    pages = 0
    for view in views:
        _draw_certificate(canvas, view)
        canvas.showPage()
        pages += 1
        progress.report(pages, total or pages, "")
    if pages == 0:
        canvas.setFont(REGULAR, 11)
        canvas.drawString(MARGIN, PAGE_HEIGHT / 2, "Brak zaświadczeń do wydruku.")
        canvas.showPage()
    canvas.save()
    return pages


def _draw_certificate(c: rl_canvas.Canvas, view: CertificateView) -> None:
    office = view.office
    draw_frame(c, header_for(office.name, office.address, view.funding_line, "Zaświadczenie",
                             footer_note=f"Zaświadczenie nr {view.number} — wpis w rejestrze "
                                         f"zaświadczeń {office.name}"[:120]))
    if view.duplicate:
        c.saveState()
        c.setFillColor(colors.HexColor("#b00020"))
        c.setFont(BOLD, 16)
        c.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN - 14 * mm, "DUPLIKAT")
        c.restoreState()
    y = PAGE_HEIGHT - MARGIN - 34 * mm
    c.setFont(BOLD, 26)
    c.drawCentredString(CENTER, y, "ZAŚWIADCZENIE")
    y -= 9 * mm
    c.setFont(REGULAR, 13)
    kind = "o ukończeniu" if view.kind is CertificateKind.COMPLETION else "o uczestnictwie"
    c.drawCentredString(CENTER, y, f"{kind} zajęć")
    y -= 7 * mm
    c.setFont(BOLD, 11)
    c.drawCentredString(CENTER, y, f"nr {view.number}")
    y -= 16 * mm
    c.setFont(REGULAR, 11)
    c.drawCentredString(CENTER, y, "Zaświadcza się, że")
    y -= 10 * mm
    c.setFont(BOLD, 18)
    c.drawCentredString(CENTER, y, view.person_name)
    y -= 7 * mm
    c.setFont(REGULAR, 10.5)
    c.drawCentredString(CENTER, y, f"PESEL {view.pesel}" if view.pesel else "")
    y -= 12 * mm
    y = _paragraph(c, _body(view), y, size=11, leading=15)
    if view.topics:
        y -= 4 * mm
        c.setFont(BOLD, 10.5)
        c.drawString(MARGIN + 5 * mm, y, "Zakres tematyczny zajęć:")
        y -= 5.5 * mm
        y = _topics(c, view.topics, y)
    _signatures(c, view)


def _body(view: CertificateView) -> str:
    verb = (by_sex(view.sex, "ukończyła", "ukończył") + " zajęcia"
            if view.kind is CertificateKind.COMPLETION
            else by_sex(view.sex, "uczestniczyła", "uczestniczył") + " w zajęciach")
    period = ""
    if view.first_day and view.last_day:
        period = (f" w dniu {date_text(view.first_day)}" if view.first_day == view.last_day
                  else f" w okresie od {date_text(view.first_day)} do {date_text(view.last_day)}")
    pct = format_pct(attendance_pct(view.present_hours, view.planned_hours))
    return (f"{verb} „{view.activity_name}” (forma: {FORM_NAMES[view.form]}){period} "
            f"w wymiarze {hours_genitive(view.planned_hours, view.hour_minutes)}, "
            f"realizowane w ramach projektu „{view.project_title}”. "
            f"Obecność: {hours_genitive(view.present_hours, view.hour_minutes)} ({pct}).")


def _paragraph(c: rl_canvas.Canvas, text: str, y: float, *, size: float, leading: float) -> float:
    c.setFont(REGULAR, size)
    for line in simpleSplit(text, REGULAR, size, TEXT_WIDTH):
        c.drawCentredString(CENTER, y, line)
        y -= leading  # points
    return y


def _topics(c: rl_canvas.Canvas, topics: tuple[str, ...], y: float) -> float:
    c.setFont(REGULAR, 9.5)
    lines: list[str] = []
    for topic in topics:
        wrapped = simpleSplit(topic, REGULAR, 9.5, TEXT_WIDTH - 8 * mm) or [""]
        lines.append("• " + wrapped[0])
        lines.extend("   " + rest for rest in wrapped[1:])
    if len(lines) > MAX_TOPIC_LINES:
        lines = lines[:MAX_TOPIC_LINES - 1] + [f"   … i {len(lines) - MAX_TOPIC_LINES + 1} dalszych wierszy programu"]
    for line in lines:
        c.drawString(MARGIN + 7 * mm, y, line)
        y -= 4.6 * mm
    return y


def _signatures(c: rl_canvas.Canvas, view: CertificateView) -> None:
    office = view.office
    base = MARGIN + 30 * mm
    c.setFont(REGULAR, 10)
    place = f"{office.city}, {date_text(view.issued_on)}" if office.city else date_text(view.issued_on)
    c.drawCentredString(MARGIN + 35 * mm, base + 6 * mm, place)
    c.setFont(REGULAR, 8)
    c.drawCentredString(MARGIN + 35 * mm, base, "." * 45)
    c.drawCentredString(MARGIN + 35 * mm, base - 4 * mm, "miejsce i data wydania")
    right = PAGE_WIDTH - MARGIN - 40 * mm
    c.drawCentredString(right, base, "." * 55)
    c.setFont(BOLD, 9.5)
    c.drawCentredString(right, base - 5 * mm, office.head_name or "")
    c.setFont(ITALIC, 8.5)
    c.drawCentredString(right, base - 9 * mm, (office.head_title or "podpis i pieczęć")[:60])
