"""The dashboard's charts (QtCharts): people per year by sex, people per group, instruments
by category, budget use. Each chart redraws itself from a Summary; clicking a bar emits the
figure key of the people behind it (`figure_clicked`)."""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter
from PySide6.QtWidgets import QToolTip

from ops_desktop.domain.money import format_pln
from ops_desktop.domain.summary import FigureKey, Summary
from ops_desktop.ui.common.translation import translator

MIN_HEIGHT = 230
MAX_LINES = 4     # of a category label; a longer name ends in "…" (whole in the table)
WOMEN, MEN, TOTAL = QColor("#c0504d"), QColor("#4f81bd"), QColor("#6b8e23")


_t = translator("SummaryCharts")


class SummaryChart(QChartView):
    """A bar chart whose bars can be clicked; subclasses say what to draw."""

    figure_clicked = Signal(str)

    def __init__(self, parent=None):
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_HEIGHT)
        self._keys: list[list[str | None]] = []   # per bar set, per category
        self._labels: list[str] = []               # the whole category labels
        self._horizontal = False

    def show_summary(self, summary: Summary) -> None:
        raise NotImplementedError

    def categories(self) -> list[str]:
        """The category labels as drawn, as plain text (wrapped lines joined by a space)."""
        axes = self._chart.axes(Qt.Orientation.Horizontal) + self._chart.axes(
            Qt.Orientation.Vertical)
        for axis in axes:
            if isinstance(axis, QBarCategoryAxis):
                return [html.unescape(c.replace("<br>", " ")) for c in axis.categories()]
        return []

    def bar_values(self) -> list[list[float]]:
        result = []
        for series in self._chart.series():
            for bar_set in series.barSets():
                result.append([bar_set.at(i) for i in range(bar_set.count())])
        return result

    def _draw(self, categories: list[str], sets: list[tuple[str, QColor, list[float],
                                                             list[str | None]]],
              *, horizontal: bool = False, money: bool = False) -> None:
        self._chart.removeAllSeries()
        for axis in self._chart.axes():
            self._chart.removeAxis(axis)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        self._keys = []
        top = 0.0
        for index, (name, colour, values, keys) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.setColor(colour)
            for value in values:
                bar_set.append(value)
                top = max(top, value)
            bar_set.clicked.connect(lambda bar, s=index: self._clicked(s, bar))
            bar_set.hovered.connect(self._hovered)
            series.append(bar_set)
            self._keys.append(keys)
        series.setLabelsVisible(not money)   # money is in the category labels, as "1 234,56 zł"
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(15)         # "7502449", never "7.50245e+06"
        for bar_set in series.barSets():
            bar_set.setLabelColor(QColor("#222222"))
        self._chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        self._labels, self._horizontal = _unique(categories) or ["—"], horizontal
        category_axis.setTruncateLabels(False)
        self._chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal
                            else Qt.AlignmentFlag.AlignBottom)
        fitted = self._fitted_labels()
        category_axis.append(fitted)
        self._fit_height(fitted)
        value_axis = QValueAxis()
        value_axis.setRange(0, top * 1.15 if top else 1)
        if top >= 5:
            value_axis.applyNiceNumbers()
        value_axis.setLabelFormat("%.0f")
        value_axis.setTruncateLabels(False)
        if not top or top < 5:
            value_axis.setTickCount(2)
        self._chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal
                            else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        self._chart.legend().setVisible(len(sets) > 1)

    def _fitted_labels(self) -> list[str]:
        """Category labels wrapped at word boundaries into the room the chart gives each
        (a horizontal chart: about a third of its width, what QtCharts gives the axis left of
        the bars; a vertical one: a category's share of the plot), as rich text lines:
        QtCharts then never elides them.
        Only a name longer than MAX_LINES lines ends in "…"; the whole names are in the table
        under the chart and in the bar's tooltip."""
        metrics = QFontMetrics(self._labels_font())
        if self._horizontal:
            room = max(int(self.width() * 0.34) - 8, 80)
        else:
            room = max(int((self.width() - 70) / max(len(self._labels), 1)) - 8, 40)
        return [wrapped_label(label, metrics, room) for label in self._labels]

    def _labels_font(self):
        for axis in self._chart.axes():
            if isinstance(axis, QBarCategoryAxis):
                return axis.labelsFont()
        return self._chart.font()

    def _fit_height(self, labels: list[str]) -> None:
        """A horizontal chart tall enough for its wrapped labels, one category under the
        other (the dashboard scrolls; the labels never overlap)."""
        if not self._horizontal:
            return
        line = QFontMetrics(self._labels_font()).lineSpacing()
        lines = max((label.count("<br>") + 1 for label in labels), default=1)
        # every category gets the same height: that of the label with the most lines
        self.setMinimumHeight(max(MIN_HEIGHT, len(labels) * (lines * line + 10) + 100))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for axis in self._chart.axes():
            if isinstance(axis, QBarCategoryAxis):
                fitted = self._fitted_labels()
                if list(axis.categories()) != fitted:
                    axis.setCategories(fitted)
                    self._fit_height(fitted)

    def _hovered(self, status: bool, bar: int) -> None:
        if status and 0 <= bar < len(self._labels):
            QToolTip.showText(QCursor.pos(), self._labels[bar].replace("\u200b", ""), self)
        else:
            QToolTip.hideText()

    def _clicked(self, set_index: int, bar: int) -> None:
        keys = self._keys[set_index] if set_index < len(self._keys) else []
        if bar < len(keys) and keys[bar]:
            self.figure_clicked.emit(keys[bar])


class YearsChart(SummaryChart):
    def show_summary(self, summary: Summary) -> None:
        rows = summary.by_year
        self._draw([str(r.year) for r in rows], [
            (_t("Kobiety"), WOMEN, [r.participants.women for r in rows],
             [FigureKey("year", str(r.year), "K").text() for r in rows]),
            (_t("Mężczyźni"), MEN, [r.participants.men for r in rows],
             [FigureKey("year", str(r.year), "M").text() for r in rows]),
        ])


class GroupsChart(SummaryChart):
    def show_summary(self, summary: Summary) -> None:
        rows = list(reversed(summary.breakdown("groups").rows))   # first group on top
        self._draw([r.label for r in rows], [
            (_t("Osoby"), TOTAL, [r.count.total for r in rows], [r.key.text() for r in rows]),
        ], horizontal=True)


class InstrumentsChart(SummaryChart):
    def show_summary(self, summary: Summary) -> None:
        rows = summary.instruments.rows if summary.instruments else ()
        empty = not any(r.people.total for r in rows)
        self._chart.setTitle(_t("Brak instrumentów w tym okresie") if empty else "")
        self._draw([_t(r.label) for r in rows], [
            (_t("Osoby"), MEN, [r.people.total for r in rows],
             [FigureKey("instrument_category", r.category.value).text() for r in rows]),
        ])


class BudgetChart(SummaryChart):
    def show_summary(self, summary: Summary) -> None:
        money = summary.money
        labels = [_t("Budżet ogółem"), _t("Dofinansowanie"), _t("Wkład własny"),
                  _t("Świadczenia"), _t("w tym wkład własny")]
        values = [money.budget_total, money.budget_eu, money.budget_own, money.benefits_total,
                  money.benefits_own]
        given = [bool(v) for v in values[:3]] + [True, True]  # a budget of 0: not given
        not_given = _t("nie podano")
        categories = [f"{label}: {format_pln(value) if known else not_given}"
                      for label, value, known in zip(labels, values, given, strict=True)]
        self._draw(list(reversed(categories)), [
            (_t("Kwota"), TOTAL, [v / 100 for v in reversed(values)], [None] * len(values)),
        ], horizontal=True, money=True)


def wrapped_label(text: str, metrics: QFontMetrics, room: int) -> str:
    """`text` broken at spaces into lines at most `room` px wide (a single longer word stays
    whole), escaped and joined with <br> (QtCharts draws a category label as rich text)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > MAX_LINES:
        last = lines[MAX_LINES - 1]
        while " " in last and metrics.horizontalAdvance(last + " …") > room:
            last = last.rsplit(" ", 1)[0]
        lines = lines[:MAX_LINES - 1] + [last + " …"]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _unique(labels: list[str]) -> list[str]:
    """A category axis drops repeated names (and the bars shift): make each one unique."""
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        result.append(label + "\u200b" * (seen[label] - 1))
    return result
