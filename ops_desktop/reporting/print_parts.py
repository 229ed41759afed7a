"""Pieces the contract and intake documents share on top of `document.py`: headings kept
with what follows them, a compact grid of signature lines, and tables that fall back to
paragraphs when a cell is too long for a page."""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ops_desktop.reporting.document import MARGIN, PAGE_WIDTH, para, spacer, styles, table

WIDTH = PAGE_WIDTH - 2 * MARGIN
LONG_CELL = 700  # characters: longer cells are printed as paragraphs instead of a table
PLAIN = 12       # table cells this short without spaces (dates, numbers) skip paragraph layout


class Heading(Paragraph):
    """A heading that goes to the next page rather than stand at the foot of one: when less
    than `RESERVE` would remain below it, it reports that it does not fit and refuses to
    split. (reportlab's keepWithNext keeps the whole next paragraph with it, which pushes a
    long text to a new page and leaves half a page empty.)"""

    RESERVE = 16 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = super().wrap(avail_width, avail_height)
        if height + self.RESERVE > avail_height:
            return width, avail_height + 1
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list:
        return []


@cache
def _caption_style() -> ParagraphStyle:
    return ParagraphStyle("signature_caption", parent=styles()["small"], alignment=TA_CENTER)


def heading(text: str, level: str = "h1") -> Paragraph:
    return Heading(escape(text), styles()[level])


def signature_grid(rows: list[list[str]]) -> Table:
    """Rows of dotted signature lines with captions, two to a row. Each line and its caption
    share a cell, so they never part; the grid is a plain table (a KeepTogether nested in
    another one makes reportlab start a new page)."""
    half = WIDTH / 2
    data = [[[para("." * 52, "center"), Paragraph(escape(label), _caption_style())] if label
             else "" for label in labels + [""] * (2 - len(labels))]
            for labels in rows]
    grid = Table(data, colWidths=[half, half])
    grid.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                              ("TOPPADDING", (0, 0), (-1, -1), 22),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return grid


def table_or_paragraphs(header: list[str], rows: list[list[str]],
                         widths: list[float]) -> list[Flowable]:
    """A table, unless a cell is so long that its row might not fit a page: then one block
    of paragraphs per row ("label: text"), which reportlab can split anywhere."""
    if not rows:
        return [para("Brak.")]
    if all(len(cell) <= LONG_CELL for row in rows for cell in row):
        return [table([header, *rows], widths, plain_short=PLAIN)]
    story: list[Flowable] = []
    for row in rows:
        story.append(heading(f"{header[0]} {row[0]}", "h2"))
        story += [para(f"{label}: {cell}")
                  for label, cell in zip(header[1:], row[1:], strict=False) if cell]
        story.append(spacer(2))
    return story
