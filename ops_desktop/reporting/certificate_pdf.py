"""Certificates of completion or participation, one page each, a whole activity into ONE PDF.

Drawn straight on a reportlab canvas (no layout engine): a batch of hundreds costs about as
much as the bare canvas, and the views arrive from an iterator a chunk at a time, so memory
stays flat. The same office header and funding line as every document (`draw_frame`). A
reprint says "DUPLIKAT" and keeps its register number. `progress.report` is called per page;
a cancel raises `Cancelled` before anything reaches `out` (the PDF is written at the end)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

from ops_desktop.domain.attendance import attendance_pct, format_pct
from ops_desktop.domain.certificates import CertificateKind
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


@lru_cache(maxsize=20000)
def _width(text: str, font: str, size: float) -> float:
    """Text width, cached: a batch repeats the same words on every page (measuring is most of
    the layout cost)."""
    return stringWidth(text, font, size)


def _wrap(text: str, font: str, size: float, width: float) -> list[tuple[str, float]]:
    """Greedy line breaking on spaces with cached word widths (as simpleSplit does); each
    line with its width, so centring needs no second measurement."""
    lines: list[tuple[str, float]] = []
    line: list[str] = []
    used = 0.0
    space = _width(" ", font, size)
    for word in text.split():
        w = _width(word, font, size)
        if line and used + space + w > width:
            lines.append((" ".join(line), used))
            line, used = [word], w
        else:
            used = used + space + w if line else w
            line.append(word)
    if line:
        lines.append((" ".join(line), used))
    return lines


@lru_cache(maxsize=64)
def _topic_lines(topics: tuple[str, ...]) -> tuple[str, ...]:
    lines: list[str] = []
    for topic in topics:
        wrapped = [line for line, _ in _wrap(topic, REGULAR, 9.5, TEXT_WIDTH - 8 * mm)] or [""]
        lines.append("• " + wrapped[0])
        lines.extend("   " + rest for rest in wrapped[1:])
    if len(lines) > MAX_TOPIC_LINES:
        more = len(lines) - MAX_TOPIC_LINES + 1
        lines = lines[:MAX_TOPIC_LINES - 1] + [f"   … i {more} dalszych wierszy programu"]
    return tuple(lines)


def _centred(c: rl_canvas.Canvas, text: str, font: str, size: float, y: float) -> None:
    c.setFont(font, size)
    c.drawString(CENTER - _width(text, font, size) / 2, y, text)


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
    _centred(c, "ZAŚWIADCZENIE", BOLD, 26, y)
    y -= 9 * mm
    kind = "o ukończeniu" if view.kind is CertificateKind.COMPLETION else "o uczestnictwie"
    _centred(c, f"{kind} zajęć", REGULAR, 13, y)
    y -= 7 * mm
    _centred(c, f"nr {view.number}", BOLD, 11, y)
    y -= 16 * mm
    _centred(c, "Zaświadcza się, że", REGULAR, 11, y)
    y -= 10 * mm
    _centred(c, view.person_name, BOLD, 18, y)
    y -= 7 * mm
    if view.pesel:
        _centred(c, f"PESEL {view.pesel}", REGULAR, 10.5, y)
    y -= 12 * mm
    c.setFont(REGULAR, 11)
    for line, width in _wrap(_body(view), REGULAR, 11, TEXT_WIDTH):
        c.drawString(CENTER - width / 2, y, line)
        y -= 15
    if view.topics:
        y -= 4 * mm
        c.setFont(BOLD, 10.5)
        c.drawString(MARGIN + 5 * mm, y, "Zakres tematyczny zajęć:")
        y -= 5.5 * mm
        c.setFont(REGULAR, 9.5)
        for line in _topic_lines(view.topics):
            c.drawString(MARGIN + 7 * mm, y, line)
            y -= 4.6 * mm
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


def _signatures(c: rl_canvas.Canvas, view: CertificateView) -> None:
    office = view.office
    base = MARGIN + 30 * mm
    left = MARGIN + 35 * mm
    right = PAGE_WIDTH - MARGIN - 40 * mm
    place = f"{office.city}, {date_text(view.issued_on)}" if office.city else date_text(
        view.issued_on)
    for text, font, size, x, y in (
            (place, REGULAR, 10, left, base + 6 * mm),
            ("." * 45, REGULAR, 8, left, base),
            ("miejsce i data wydania", REGULAR, 8, left, base - 4 * mm),
            ("." * 55, REGULAR, 8, right, base),
            (office.head_name or "", BOLD, 9.5, right, base - 5 * mm),
            ((office.head_title or "podpis i pieczęć")[:60], ITALIC, 8.5, right, base - 9 * mm)):
        c.setFont(font, size)
        c.drawString(x - _width(text, font, size) / 2, y, text)
