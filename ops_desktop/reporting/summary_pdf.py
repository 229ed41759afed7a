"""The printed project summary: the dashboard's charts (reportlab graphics) and every table
of the summary, in Polish, on the office's A4 frame with page numbers and the audit head in
the footer."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph

from ops_desktop.domain.money import format_pln
from ops_desktop.domain.summary import Summary, SummaryPrintInfo
from ops_desktop.domain.summary_tables import (
    Money, SummaryTable, display_text, period_text, summary_tables,
)
from ops_desktop.reporting.document import (
    MARGIN, PAGE_WIDTH, DocumentHeader, para, pdf_bytes, spacer, styles, table,
)
from ops_desktop.reporting.fonts import BOLD, REGULAR

WIDTH = PAGE_WIDTH - 2 * MARGIN
WOMEN = colors.HexColor("#c0504d")
MEN = colors.HexColor("#4f81bd")
TOTAL = colors.HexColor("#6b8e23")
PALETTE = [colors.HexColor(c) for c in ("#4f81bd", "#9bbb59", "#8064a2", "#f79646", "#4bacc6")]


def render_summary_pdf(summary: Summary, info: SummaryPrintInfo) -> bytes:
    header = DocumentHeader(
        office_name=info.office_name or "Ośrodek Pomocy Społecznej",
        office_address=info.office_address, funding_line=info.funding_line,
        footer_note=f"Wygenerowano {summary.generated_on:%d.%m.%Y}"
                    + (f" · {info.audit_head}" if info.audit_head else ""),
        title=f"Sprawozdanie — {summary.project_title}",
    )
    tables = {t.key: t for t in summary_tables(summary)}
    story: list = [
        para("Sprawozdanie z realizacji projektu", "title"),
        para(summary.project_title, "subtitle"),
        para(period_text(summary).capitalize(), "center"),
        spacer(4),
        para("Każda osoba jest liczona raz, bez względu na liczbę lat i udziałów; w zestawieniu "
             "rocznym osoba liczy się w każdym roku, w którym trwał którykolwiek jej udział. "
             "Otoczenie uczestników liczone jest osobno. Wiek — pełne lata w dniu pierwszego "
             "wsparcia.", "small"),
        spacer(2),
        _table(tables.pop("people")),
        _section("Uczestnicy w kolejnych latach", _years_chart(summary)),
        _table(tables.pop("years")),
        _section("Uczestnicy według grup", _groups_chart(summary)),
        _table(tables.pop("groups")),
    ]
    if summary.instruments is not None:
        story += [_section("Instrumenty aktywnej integracji", _instruments_chart(summary)),
                  _table(tables.pop("instruments"))]
    story += [_section("Budżet i świadczenia", _budget_chart(summary)), _table(tables.pop("money"))]
    for rest in tables.values():
        story += [CondPageBreak(40 * mm), para(rest.title, "h1"), _table(rest)]
    if summary.contracts is None or summary.activities is None:
        story += [spacer(4), para("Kontrakty, instrumenty, godziny zajęć i zaświadczenia: brak "
                                  "danych w tej bazie.", "small")]
    return pdf_bytes(header, story)


def _section(title: str, chart: Drawing) -> KeepTogether:
    return KeepTogether([CondPageBreak(70 * mm), para(title, "h1"), chart])


def _right() -> ParagraphStyle:
    return ParagraphStyle("cell_right", parent=styles()["cell"], alignment=TA_RIGHT)


def _table(data: SummaryTable):
    right = _right()
    rows: list[list[object]] = [list(data.header)]
    for row in data.rows:
        cells: list[object] = [display_text(row[0])]
        cells += [Paragraph(display_text(v), right) for v in row[1:]]
        rows.append(cells)
    others = len(data.header) - 1
    if data.key == "years":
        first = 16 * mm
    else:
        money = any(isinstance(v, Money) for row in data.rows for v in row)
        first = WIDTH - others * (40 * mm if money else 27 * mm)
    return table(rows, [first, *[(WIDTH - first) / others] * others])


def _style_axis(axis, size: float = 7) -> None:
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = size


def _value_axis(chart, values: list[float]) -> None:
    top = max([*values, 0])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.15 if top else 1
    if top < 5:
        chart.valueAxis.valueStep = 1
    _style_axis(chart.valueAxis)


def _years_chart(summary: Summary) -> Drawing:
    drawing = Drawing(WIDTH, 62 * mm)
    chart = VerticalBarChart()
    # Narrow for one or two years: bars as wide as the page look like a different chart.
    width = min(WIDTH - 140, max(120, 60 * len(summary.by_year)))
    chart.x, chart.y, chart.width, chart.height = 30, 22, width, 48 * mm
    women = [r.participants.women for r in summary.by_year]
    men = [r.participants.men for r in summary.by_year]
    chart.data = [women or [0], men or [0]]
    chart.categoryAxis.categoryNames = [str(r.year) for r in summary.by_year] or ["—"]
    _style_axis(chart.categoryAxis)
    _value_axis(chart, women + men)
    chart.bars[0].fillColor, chart.bars[1].fillColor = WOMEN, MEN
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = REGULAR, 6, 6
    drawing.add(chart)
    drawing.add(_legend(WIDTH - 95, 50 * mm, [(WOMEN, "Kobiety"), (MEN, "Mężczyźni")]))
    return drawing


def _legend(x: float, y: float, items: list[tuple[object, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = REGULAR, 8
    legend.colorNamePairs = items
    legend.alignment = "right"
    return legend


def _horizontal(labels: list[str], values: list[float], colour, label_format) -> Drawing:
    rows = max(len(labels), 1)
    height = max(rows * 7 * mm, 20 * mm)
    drawing = Drawing(WIDTH, height + 12 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 62 * mm, 8 * mm, WIDTH - 62 * mm - 30 * mm, height
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = [_short(t) for t in reversed(labels)] or ["—"]
    _style_axis(chart.categoryAxis)
    _value_axis(chart, values)
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", "\u00a0")
    chart.bars[0].fillColor = colour
    chart.barLabelFormat = label_format
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 6.5
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    drawing.add(chart)
    return drawing


def _short(text: str, limit: int = 42) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _groups_chart(summary: Summary) -> Drawing:
    rows = summary.breakdown("groups").rows
    return _horizontal([r.label for r in rows], [r.count.total for r in rows], TOTAL, "%d")


def _instruments_chart(summary: Summary) -> Drawing:
    assert summary.instruments is not None
    rows = summary.instruments.rows
    return _horizontal([r.label for r in rows], [r.people.total for r in rows], PALETTE[2], "%d")


def _budget_chart(summary: Summary) -> Drawing:
    money = summary.money
    labels = ["Budżet ogółem", "Dofinansowanie", "Wkład własny", "Świadczenia wypłacone",
              "w tym wkład własny"]
    values = [money.budget_total, money.budget_eu, money.budget_own, money.benefits_total,
              money.benefits_own]
    drawing = _horizontal(labels, [v / 100 for v in values], PALETTE[0],
                          lambda v: format_pln(round(v * 100)))
    if not any(values):
        drawing.add(String(WIDTH / 2, 4, "Projekt nie ma wpisanego budżetu.", fontName=BOLD,
                           fontSize=8, textAnchor="middle"))
    return drawing
