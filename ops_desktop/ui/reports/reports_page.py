"""Raporty: the dashboard of the chosen project and year.

Four charts (people per year by sex, per group, instruments by category, budget use), each
with its table underneath, then every other table of the summary. Everything follows the
project and year chosen at the top. Double-clicking a number (or clicking a bar) opens the
list of people behind it, for those allowed to see them. The summary is computed in the
background; saving the PDF (preview, print, save), XLSX and CSV too. "Importuj uczestników…"
opens the spreadsheet import for the chosen project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QGridLayout, QGroupBox, QHeaderView,
    QLabel, QPushButton, QScrollArea, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.file_names import corrected
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.summary import Summary
from ops_desktop.domain.summary_tables import SummaryTable, display_text, summary_tables
from ops_desktop.services import projects, summary
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.messages import no_assigned_projects_text
from ops_desktop.ui.common.roles import FIGURE_ROLE
from ops_desktop.ui.reports.summary_table_model import SummaryTableModel
from ops_desktop.ui.common.save_names import confirmed_path
from ops_desktop.ui.common.tasks import TaskRunner, run_in_background
from ops_desktop.ui.common.flow_layout import FlowLayout
from ops_desktop.ui.common.fit import FullTextDelegate, fit_combo, header_metrics
from ops_desktop.ui.reports.summary_charts import (
    BudgetChart, GroupsChart, InstrumentsChart, SummaryChart, YearsChart,
)

DASHBOARD = (("years", YearsChart), ("groups", GroupsChart), ("instruments", InstrumentsChart),
             ("money", BudgetChart))
# (row, column, columns spanned) of each tile: the groups' long names get the whole width,
# so their labels wrap over fewer lines
TILES = {"years": (0, 0, 1), "instruments": (0, 1, 1), "groups": (1, 0, 2), "money": (2, 0, 2)}


class ReportsPage(QWidget):
    summary_shown = Signal()       # a summary has been drawn (tests wait on it)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.summary: Summary | None = None
        self.runner: TaskRunner | None = None
        self.people_dialog = None
        self.pdf_dialog = None
        self.import_dialog = None
        self._sequence = 0
        layout = QVBoxLayout(self)
        if not ctx.can(Permission.REPORT_READ):
            denied = QLabel(self.tr("Zestawienia i raporty przeglądają koordynator, kierownik "
                                    "ośrodka i inspektor ochrony danych."))
            denied.setObjectName("reportsDenied")
            denied.setWordWrap(True)
            layout.addWidget(denied)
            layout.addStretch(1)
            return
        self._can_open = summary.can_open_people(ctx)
        layout.addLayout(self._top_bar())
        self.headline = QLabel()
        self.headline.setObjectName("summaryHeadline")
        self.headline.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("reportsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.headline)
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scrolled(self._dashboard()), self.tr("Pulpit"))
        self._rest_layout = QVBoxLayout()
        rest = QWidget()
        rest.setLayout(self._rest_layout)
        self.tabs.addTab(self._scrolled(rest), self.tr("Wszystkie zestawienia"))
        layout.addWidget(self.tabs, 1)
        self._fill_projects()

    # --- building -------------------------------------------------------------------------
    def _top_bar(self) -> FlowLayout:
        self.project = QComboBox()
        self.project.setObjectName("reportProject")
        fit_combo(self.project, whole=True)
        self.year = QComboBox()
        self.year.setObjectName("reportYear")
        self.import_button = QPushButton(self.tr("Importuj uczestników…"))
        self.import_button.setObjectName("importParticipants")
        self.import_button.setVisible(self._ctx.can(Permission.IMPORT))
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.xlsx_button = QPushButton(self.tr("Zapisz XLSX…"))
        self.csv_button = QPushButton(self.tr("Zapisz CSV…"))
        for button, name in ((self.pdf_button, "savePdf"), (self.xlsx_button, "saveXlsx"),
                             (self.csv_button, "saveCsv")):
            button.setObjectName(name)
        self.project.currentIndexChanged.connect(self._project_changed)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button.clicked.connect(self.open_import)
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.xlsx_button.clicked.connect(lambda: self._ask_and_save("xlsx"))
        self.csv_button.clicked.connect(lambda: self._ask_and_save("csv"))
        bar = FlowLayout()  # wraps onto more rows at large text
        bar.add_group(QLabel(self.tr("Projekt:")), self.project, stretch=1)
        bar.add_group(QLabel(self.tr("Okres:")), self.year)
        for button in (self.import_button, self.pdf_button, self.xlsx_button, self.csv_button):
            bar.add_widget(button)
        return bar

    def _dashboard(self) -> QWidget:
        widget = QWidget()
        grid = QGridLayout(widget)
        self.charts: dict[str, SummaryChart] = {}
        self.tables: dict[str, QTableView] = {}
        titles = {"years": self.tr("Uczestnicy w latach"), "groups": self.tr("Grupy i moduły"),
                  "instruments": self.tr("Instrumenty według kategorii"),
                  "money": self.tr("Wykorzystanie budżetu")}
        for key, chart_type in DASHBOARD:
            box = QGroupBox(titles[key])
            box_layout = QVBoxLayout(box)
            chart = chart_type()
            chart.setObjectName(f"chart_{key}")
            chart.figure_clicked.connect(lambda text: self.open_people(text))
            box_layout.addWidget(chart)
            table = self._table_view(key)
            box_layout.addWidget(table)
            # A screen reader hears the chart's title and finds its figures in the table.
            chart.setAccessibleName(titles[key])
            chart.setAccessibleDescription(self.tr("Te same dane są w tabeli pod wykresem."))
            table.setAccessibleName(self.tr("{title} — tabela").format(title=titles[key]))
            row, column, span = TILES[key]
            grid.addWidget(box, row, column, 1, span)
            self.charts[key] = chart
        return widget

    def _table_view(self, key: str) -> QTableView:
        view = QTableView()
        view.setObjectName(f"table_{key}")
        model = SummaryTableModel(view)
        model.can_open = self._can_open
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setWordWrap(True)  # a long label wraps over lines (the whole text of a chart's)
        view.setItemDelegate(FullTextDelegate(view))
        view.installEventFilter(self)  # a new width: the wrapped rows get their heights again
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        view.doubleClicked.connect(lambda index, v=view: self._cell_opened(v, index))
        self.tables[key] = view
        return view

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def _fill_projects(self) -> None:
        self.project.blockSignals(True)
        self.project.clear()
        for row in projects.list_projects(self._ctx, managed_only=True):
            self.project.addItem(f"{row.title} ({row.start_date.year}–{row.end_date.year})",
                                 (row.id, row.start_date.year, row.end_date.year))
        self.project.blockSignals(False)
        if self.project.count():
            self._project_changed()
        elif projects.list_projects(self._ctx):
            self.headline.setText(no_assigned_projects_text())
        else:
            self.headline.setText(self.tr("Brak projektów: dodaj projekt w sekcji Projekty."))

    def showEvent(self, event) -> None:
        """Coming back to Raporty after work elsewhere shows the figures as they are now."""
        super().showEvent(event)
        if self.summary is not None:
            self.refresh()   # an older computation still running is cancelled and ignored

    # --- following the project and the year ------------------------------------------------
    def select(self, project_id: int, year: int | None = None) -> None:
        for index in range(self.project.count()):
            if self.project.itemData(index)[0] == project_id:
                self.project.setCurrentIndex(index)
        index = self.year.findData(year)
        if index >= 0:
            self.year.setCurrentIndex(index)

    def project_id(self) -> int | None:
        data = self.project.currentData()
        return data[0] if data else None

    def chosen_year(self) -> int | None:
        return self.year.currentData()

    def _project_changed(self, _index: int = 0) -> None:
        data = self.project.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Cały okres realizacji"), None)
        if data:
            for year in range(data[1], data[2] + 1):
                self.year.addItem(str(year), year)
        self.year.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        project_id, year = self.project_id(), self.chosen_year()
        if project_id is None:
            return
        self._sequence += 1
        sequence = self._sequence
        if self.runner is not None:
            self.runner.cancel()
        self.message.clear()
        self.runner = run_in_background(
            self, self.tr("Obliczanie zestawienia"),
            lambda progress: summary.compute_summary(self._ctx, project_id=project_id, year=year,
                                                     progress=progress),
            on_done=lambda result: self._show(sequence, result), on_error=self._failed)

    def _show(self, sequence: int, result: Summary) -> None:
        if sequence != self._sequence:
            return   # an older request finished after a newer one started
        self.summary = result
        self.headline.setText(self.tr(
            "Okres: {start} – {end}. Uczestnicy: {total} (kobiety {women}, mężczyźni {men}), "
            "każda osoba liczona raz; otoczenie: {surroundings}.").format(
            start=f"{result.period_from:%d.%m.%Y}", end=f"{result.period_to:%d.%m.%Y}",
            total=result.participants.total, women=result.participants.women,
            men=result.participants.men, surroundings=result.surroundings.total))
        tables = {table.key: table for table in summary_tables(result)}
        for chart in self.charts.values():
            chart.show_summary(result)
        for key, table in tables.items():
            if key not in self.tables:
                title = QLabel(f"<b>{table.title}</b>")
                self._rest_layout.addWidget(title)
                self._rest_layout.addWidget(self._table_view(key))
                self.tables[key].setAccessibleName(table.title)
            self._set_table(self.tables[key], table)
        if not self._rest_layout.itemAt(self._rest_layout.count() - 1).spacerItem():
            self._rest_layout.addStretch(1)
        self.summary_shown.emit()

    def _set_table(self, view: QTableView, table: SummaryTable) -> None:
        model: SummaryTableModel = view.model()
        model.set_table(table)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics, bold = view.fontMetrics(), header_metrics(header)  # a selected cell: bold
        for column in range(1, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            texts = [display_text(row[column]) for row in table.rows]
            width = max([bold.horizontalAdvance(table.header[column])]
                        + [metrics.horizontalAdvance(text) for text in texts]) + 20
            view.setColumnWidth(column, max(width, 72))
        labels = [table.header[0]] + [display_text(row[0]) for row in table.rows]
        widest = max(metrics.horizontalAdvance(text) for text in labels) + 20
        columns = sum(view.columnWidth(column) for column in range(1, model.columnCount()))
        # never narrower than its figures and a label column 24 x's wide (wrapped beyond):
        # a tile does not scroll sideways, the dashboard does at large text
        label = max(min(widest, metrics.horizontalAdvance("x" * 24)),
                    header.minimumSectionSize())
        view.setMinimumWidth(columns + label + 2 * view.frameWidth() + 2)
        self._fit_rows(view)

    def _fit_rows(self, view: QTableView) -> None:
        """Every row of a tile shown at the height its wrapped label needs."""
        view.resizeRowsToContents()
        default = view.verticalHeader().defaultSectionSize()
        for row in range(view.model().rowCount()):
            if view.rowHeight(row) < default:  # one line: as high as before, not squeezed
                view.setRowHeight(row, default)
        header_height = max(view.horizontalHeader().height(),
                            view.horizontalHeader().sizeHint().height())
        height = header_height + 2 * view.frameWidth()
        height += sum(view.rowHeight(row) for row in range(view.model().rowCount()))
        view.setFixedHeight(max(height, 40))  # every row shown, no scroll bar of its own

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QTableView) and (
                event.oldSize().width() != event.size().width()):
            self._fit_rows(watched)
        return super().eventFilter(watched, event)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.message.setText(self.tr("Nie udało się obliczyć zestawienia ({error}).")
                                 .format(error=type(exc).__name__))
            return
        raise exc

    # --- people behind a number -----------------------------------------------------------
    def _cell_opened(self, view: QTableView, index: QModelIndex) -> None:
        key = index.data(FIGURE_ROLE)
        if key:
            model: SummaryTableModel = view.model()
            table = model.table()
            header = model.headerData(index.column(), Qt.Orientation.Horizontal)
            label = model.index(index.row(), 0).data()
            self.open_people(key, f"{table.title if table else ''}: {label} — {header}")

    def open_people(self, figure_key: str, title: str = ""):
        from ops_desktop.domain.errors import PermissionDenied
        from ops_desktop.ui.reports.people_behind_dialog import PeopleBehindDialog

        if not self._can_open or self.project_id() is None:
            self.message.setText(self.tr("Listy osób widzą tylko osoby uprawnione do danych "
                                         "uczestników."))
            return None
        try:
            people, cut = summary.people_behind(self._ctx, project_id=self.project_id(),
                                                year=self.chosen_year(), figure_key=figure_key)
        except PermissionDenied:
            self.message.setText(self.tr("Ta lista zawiera dane szczególnej kategorii: nie masz "
                                         "uprawnień do ich przeglądania."))
            return None
        self.people_dialog = PeopleBehindDialog(people, title=title or figure_key, cut=cut,
                                                parent=self)
        self.people_dialog.show()
        return self.people_dialog

    # --- files ------------------------------------------------------------------------------
    def _render(self, project_id: int, year: int | None, file_format: str,
                progress) -> bytes:
        from ops_desktop.services.summary_files import render_summary_file

        result = summary.compute_summary(self._ctx, project_id=project_id, year=year,
                                         progress=progress)
        info = summary.print_info(self._ctx, project_id=project_id)
        return render_summary_file(result, info, file_format)

    def preview_pdf(self) -> TaskRunner | None:
        project_id, year = self.project_id(), self.chosen_year()
        if project_id is None:
            return None
        return run_in_background(self, self.tr("Przygotowanie raportu PDF"),
                                 lambda progress: self._render(project_id, year, "pdf", progress),
                                 on_done=self._show_pdf, on_error=self._failed)

    def _show_pdf(self, data: bytes) -> None:
        from ops_desktop.services.summary_files import suggested_name
        from ops_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog

        project_id, year = self.project_id(), self.chosen_year()
        name = suggested_name(self.summary, "pdf") if self.summary else "zestawienie.pdf"
        self.pdf_dialog = PdfPreviewDialog(data, title=self.tr("Raport z realizacji projektu"),
                                           suggested_name=name, parent=self)
        self.pdf_dialog.saved.connect(lambda _path: summary.record_output(
            self._ctx, project_id=project_id, year=year, file_format="pdf"))
        self.pdf_dialog.printed.connect(lambda: summary.record_output(
            self._ctx, project_id=project_id, year=year, file_format="pdf", printed=True))
        self.pdf_dialog.show()

    def _ask_and_save(self, file_format: str) -> None:
        from ops_desktop.services.summary_files import suggested_name

        if self.summary is None:
            return
        filters = {"xlsx": self.tr("Skoroszyt Excel (*.xlsx)"), "csv": self.tr("CSV (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Zapisz zestawienie"),
                                              suggested_name(self.summary, file_format),
                                              filters[file_format])
        chosen = confirmed_path(self, path, file_format) if path else None
        if chosen is not None:
            self.save_to(chosen, file_format)

    def save_to(self, path: Path, file_format: str) -> TaskRunner:
        """Write the summary file in the background (temp file, fsync, rename) and audit it."""
        from ops_desktop.services.files import save_file

        project_id, year = self.project_id(), self.chosen_year()
        path = corrected(path, file_format)  # the name follows the format (x.csv → x.xlsx)

        def work(progress) -> str:
            save_file(path, self._render(project_id, year, file_format, progress))
            summary.record_output(self._ctx, project_id=project_id, year=year,
                                  file_format=file_format)
            return str(path)

        return run_in_background(
            self, self.tr("Zapisywanie zestawienia"), work,
            on_done=lambda saved: self.message.setText(self.tr("Zapisano: {path}").format(
                path=saved)),
            on_error=lambda exc: self.message.setText(self.tr("Nie zapisano pliku ({error}).")
                                                      .format(error=type(exc).__name__)))

    # --- import -----------------------------------------------------------------------------
    def open_import(self):
        from ops_desktop.ui.reports.import_dialog import ImportDialog

        if self.project_id() is None:
            return None
        self.import_dialog = ImportDialog(self._ctx, project_id=self.project_id(),
                                          project_title=self.project.currentText(), parent=self)
        self.import_dialog.imported.connect(self.refresh)
        self.import_dialog.show()
        return self.import_dialog
