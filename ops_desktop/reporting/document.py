"""The common frame of every printed document: A4, the office header and funding line on each
page, "strona 2 z 4" and an optional footer note (document text version, audit head) at the
bottom, Polish-capable fonts, and helpers for signature lines and simple tables.

A renderer builds a list of flowables (its "story") and calls `build_pdf(out, header, story)`;
long texts flow over pages by themselves."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)
from xml.sax.saxutils import escape

from ops_desktop.reporting.fonts import BOLD, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER_HEIGHT = 16 * mm
FOOTER_HEIGHT = 12 * mm


@dataclass(frozen=True)
class DocumentHeader:
    """What stands on every page. `funding_line` is the project's co-financing text."""

    office_name: str
    office_address: str = ""
    funding_line: str = ""
    footer_note: str = ""        # e.g. "Wzór dokumentu: wersja 3 · audyt #1234 a1b2c3…"
    title: str = ""              # PDF metadata title
    author: str = "OPS Desktop"


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "small_center": ParagraphStyle("small_center", parent=base, fontSize=8, leading=10,
                                       alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=15, leading=19,
                                alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14,
                                   alignment=TA_CENTER, spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=12, leading=15,
                             spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=10.5, leading=13,
                             spaceBefore=6, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=9,
                                    leading=11),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept)."""
    return Paragraph(escape(text or "").replace("\n", "<br/>"), styles()[style])


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def table(rows: Sequence[Sequence[object]], widths: Sequence[float] | None = None, *,
          header_rows: int = 1, repeat_header: bool = True, font_size: float = 9,
          plain_short: int = 0) -> Table:
    """A grid table; str cells become wrapped paragraphs, header rows bold on grey.
    `plain_short`: body cells of at most that many characters and no space ("12",
    "30.04.2011") stay plain strings, drawn without a paragraph's layout (faster)."""
    cell, cell_bold = styles()["cell"], styles()["cell_bold"]

    def keep_plain(c: object, r: int) -> bool:
        return (r >= header_rows and isinstance(c, str) and len(c) <= plain_short
                and " " not in c and "\n" not in c)

    data = [
        [c if keep_plain(c, r) else
         para(str(c), "cell_bold" if r < header_rows else "cell") if isinstance(c, str) else c
         for c in row]
        for r, row in enumerate(rows)
    ]
    del cell, cell_bold
    result = Table(data, colWidths=widths, repeatRows=header_rows if repeat_header else 0)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e6e6e6")))
    result.setStyle(TableStyle(commands))
    return result


def signature_block(labels: Sequence[str], *, place_date: bool = False) -> KeepTogether:
    """Dotted signature lines side by side, each with its caption underneath."""
    cells = []
    if place_date:
        labels = ["miejscowość, data", *labels]
    for label in labels:
        cells.append([para("." * 48, "center"), para(label, "small_center")])
    width = (PAGE_WIDTH - 2 * MARGIN) / max(len(labels), 1)
    grid = Table([[c[0] for c in cells], [c[1] for c in cells]], colWidths=[width] * len(labels))
    grid.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                              ("TOPPADDING", (0, 0), (-1, 0), 18)]))
    return KeepTogether([spacer(6), grid])


class _NumberedCanvas(rl_canvas.Canvas):
    """Keeps every page until the end so each can say "strona i z n"."""

    def __init__(self, *args, header: DocumentHeader, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._header = header

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_frame(number, total)
            super().showPage()
        super().save()

    def _draw_frame(self, number: int, total: int) -> None:
        draw_frame(self, self._header, number, total)


def draw_frame(canvas: rl_canvas.Canvas, header: DocumentHeader, number: int | None = None,
               total: int | None = None) -> None:
    """The office header, funding line and footer of one page; "strona i z n" when numbered.
    Also used directly by renderers that draw on a canvas (the certificate batch)."""
    top = PAGE_HEIGHT - MARGIN + 4 * mm
    canvas.setFont(BOLD, 9)
    canvas.drawString(MARGIN, top, header.office_name[:110])
    canvas.setFont(REGULAR, 7.5)
    if header.office_address:
        canvas.drawString(MARGIN, top - 3.6 * mm, header.office_address[:140])
    rule = top - 9 * mm
    if header.funding_line:
        # A long funding line is made smaller, then wrapped onto a second line: never cut.
        lines, size = _fit_lines(header.funding_line, PAGE_WIDTH - 2 * MARGIN, 7.5, 6)
        canvas.setFont(REGULAR, size)
        if len(lines) == 1:
            canvas.drawString(MARGIN, top - 7.2 * mm, lines[0])
        else:
            canvas.drawString(MARGIN, top - 6.6 * mm, lines[0])
            canvas.drawString(MARGIN, top - 9.1 * mm, lines[1])
            rule = top - 10.4 * mm
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)
    bottom = MARGIN - 6 * mm
    canvas.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
    canvas.setFont(REGULAR, 7.5)
    if header.footer_note:
        room = PAGE_WIDTH - 2 * MARGIN - 22 * mm  # leave "strona 12 z 12" its place
        lines, size = _fit_lines(header.footer_note, room, 7.5, 6)
        canvas.setFont(REGULAR, size)
        canvas.drawString(MARGIN, bottom, lines[0] + ("…" if len(lines) > 1 else ""))
        canvas.setFont(REGULAR, 7.5)
    if number is not None and total is not None:
        canvas.drawRightString(PAGE_WIDTH - MARGIN, bottom, f"strona {number} z {total}")


def _fit_lines(text: str, width: float, size: float, smallest: float) -> tuple[list[str], float]:
    """`text` at `size` if it fits `width`, else at a smaller size down to `smallest`, else
    wrapped at `smallest` onto two lines (the second shortened with "…" only if it must)."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    current = size
    while current > smallest and stringWidth(text, REGULAR, current) > width:
        current -= 0.5
    if stringWidth(text, REGULAR, current) <= width:
        return [text], current
    lines = simpleSplit(text, REGULAR, smallest, width)
    if len(lines) > 2:
        rest = " ".join(lines[1:])
        while rest and stringWidth(rest + "…", REGULAR, smallest) > width:
            rest = rest[:-1]
        lines = [lines[0], rest.rstrip() + "…"]
    return lines, smallest


def build_pdf(out: BinaryIO, header: DocumentHeader, story: list) -> None:
    """Lay `story` out on A4 pages with the common header and footer, into `out`."""
    register_fonts()
    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT - 6 * mm, bottomMargin=MARGIN + FOOTER_HEIGHT - 8 * mm,
        title=header.title, author=header.author, creator="OPS Desktop",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, header=header, **k))


def pdf_bytes(header: DocumentHeader, story: list) -> bytes:
    buffer = io.BytesIO()
    build_pdf(buffer, header, story)
    return buffer.getvalue()
