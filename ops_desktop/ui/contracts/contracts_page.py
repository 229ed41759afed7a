"""Kontrakty: the social contracts (filters: project, status, caseworker, year; search by
person or number, Polish letters folded), the instrument catalogue, and the wording of the
printed documents.

Ctrl+N new contract (choose the participant first), Enter or double click opens one, Ctrl+P
preview and print the selected contract, Ctrl+R renews it (next year's draft from it: goals,
instruments and benefits carried over for review). Ctrl+F goes to the search; Enter there
goes to the first contract found."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ops_desktop.domain.contract_views import ContractFilter
from ops_desktop.domain.contracts import ContractStatus
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.text import fold
from ops_desktop.services import contract_lists, contracts, projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.contracts.contract_labels import fill
from ops_desktop.ui.common.roles import ROW_ROLE, SORT_ROLE
from ops_desktop.ui.contracts.contracts_model import ContractsModel
from ops_desktop.ui.common.empty_state import set_empty_text
from ops_desktop.ui.common.record_actions import add_shortcut
from ops_desktop.ui.common.flow_layout import FlowLayout
from ops_desktop.ui.common.fit import fit_columns, fit_combo, fit_placeholder


class _SearchFilter(QSortFilterProxyModel):
    """Rows whose person or number contains the typed text (case and diacritics ignored)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return self._needle in fold(f"{row.person_name} {row.number}")


class ContractsPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.model = ContractsModel(self)
        self.proxy = _SearchFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._contracts_tab(), self.tr("Kontrakty socjalne"))
        from ops_desktop.ui.contracts.instrument_catalogue_panel import InstrumentCataloguePanel

        self.catalogue = InstrumentCataloguePanel(ctx)
        self.tabs.addTab(self.catalogue, self.tr("Katalog instrumentów"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._load_filters()
        self.reload()

    def _contracts_tab(self) -> QWidget:
        page = QWidget()
        self.search = QLineEdit()
        self.search.setObjectName("contractSearch")
        self.search.setPlaceholderText(self.tr("Szukaj: nazwisko lub numer kontraktu"))
        fit_placeholder(self.search)
        self.search.setClearButtonEnabled(True)
        self.project, self.status = QComboBox(), QComboBox()
        self.caseworker, self.year = QComboBox(), QComboBox()
        for name, combo in (("projectFilter", self.project), ("statusFilter", self.status),
                            ("caseworkerFilter", self.caseworker), ("yearFilter", self.year)):
            combo.setObjectName(name)
            fit_combo(combo)
        fill(self.status, list(ContractStatus), empty=self.tr("Każdy status"))
        self.table = QTableView()
        self.table.setObjectName("contractsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # ResizeToContents is slow
        header.setStretchLastSection(True)
        for column, width in enumerate((95, 170, 140, 140, 120, 195, 150, 55)):
            self.table.setColumnWidth(column, width)
        # short columns keep their text whole; the long project and group names give way
        # (whole in a tooltip and in the line under the table)
        fit_columns(self.table, give_way=(ContractsModel.PROJECT, ContractsModel.GROUP))
        self.detail = QLabel()
        self.detail.setObjectName("contractDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_empty_text(self.table, self.tr(
            "Brak kontraktów na tej liście. Zmień wyszukiwanie lub filtry albo zawrzyj "
            "nowy kontrakt: Nowy kontrakt… (Ctrl+N)."))
        self.count = QLabel()
        self.buttons: dict[str, QPushButton] = {}
        can_write, can_print = (self._ctx.can(Permission.CONTRACT_WRITE),
                                self._ctx.can(Permission.PRINT))
        row = FlowLayout(align_right=True)  # wraps onto more rows at large text
        row.add_widget(self.count, 1)
        for key, text, slot, enabled in (
                ("texts", self.tr("Teksty dokumentów…"), self.edit_texts, True),
                ("documents", self.tr("Dokumenty uczestnika…"), self.person_documents,
                 can_print),
                ("print", self.tr("Podgląd i druk… (Ctrl+P)"), self.print_selected, can_print),
                ("open", self.tr("Otwórz"), self.open_selected, True),
                ("renew", self.tr("Odnów… (Ctrl+R)"), self.renew_selected, can_write),
                ("new", self.tr("Nowy kontrakt… (Ctrl+N)"), self.new_contract, can_write)):
            button = QPushButton(text)
            button.setObjectName(f"{key}Contract")
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.add_widget(button)
        filters = FlowLayout()
        filters.add_widget(self.search, 1)
        for label, combo in ((self.tr("Projekt:"), self.project), (self.tr("Status:"), self.status),
                             (self.tr("Pracownik:"), self.caseworker), (self.tr("Rok:"),
                                                                        self.year)):
            filters.add_group(QLabel(label), combo, stretch=1)
        self.table.sortByColumn(ContractsModel.NUMBER, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        self.search.textChanged.connect(self._search_changed)
        for combo in (self.project, self.status, self.caseworker, self.year):
            combo.currentIndexChanged.connect(self.reload)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.search.returnPressed.connect(self._to_first_found)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.proxy.modelReset.connect(self._show_detail)  # a reload clears the selection
        self._show_detail()
        for keys, slot, widget in (("Ctrl+N", self.new_contract, page),
                                   ("Ctrl+P", self.print_selected, page),
                                   ("Ctrl+R", self.renew_selected, page),
                                   ("Ctrl+F", self._to_search, self),
                                   ("Return", self.open_selected, self.table)):
            add_shortcut(widget, keys, slot)
        return page

    def _load_filters(self) -> None:
        for combo in (self.project, self.caseworker, self.year):
            combo.blockSignals(True)
            combo.clear()
        self.project.addItem(self.tr("Wszystkie projekty"), None)
        years: set[int] = set()
        for row in projects.list_projects(self._ctx):
            self.project.addItem(row.title, row.id)
            years.update(range(row.start_date.year, row.end_date.year + 1))
        self.caseworker.addItem(self.tr("Wszyscy"), None)
        for name in contract_lists.caseworker_names(self._ctx):
            self.caseworker.addItem(name, name)
        self.year.addItem(self.tr("Każdy rok"), None)
        for year in sorted(years):
            self.year.addItem(str(year), year)
        for combo in (self.project, self.caseworker, self.year):
            combo.blockSignals(False)

    def current_filter(self) -> ContractFilter:
        status = self.status.currentData()
        return ContractFilter(project_id=self.project.currentData(),
                              status=ContractStatus(status) if status else None,
                              caseworker_name=self.caseworker.currentData(),
                              year=self.year.currentData())

    def reload(self) -> None:
        self.model.set_rows(contract_lists.list_contracts(self._ctx, flt=self.current_filter()))
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("Kontraktów: {n}").format(n=self.proxy.rowCount()))

    def _show_detail(self) -> None:
        """The selected contract's project and group in full (the table may elide them)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.setText(self.tr("Wybierz kontrakt: tu widać pełną nazwę jego projektu "
                                        "i grupy."))
            return
        row = rows[0].data(ROW_ROLE)
        self.detail.setText(self.tr("{number}: projekt „{project}”, grupa „{group}”").format(
            number=row.number or self.tr("(projekt)"), project=row.project_title,
            group=row.group_name or "—"))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE).id if rows else None

    def _to_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _to_first_found(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions ----------------------------------------------------------------------------
    def renew_selected(self) -> None:
        """Next year's contract from the selected one, opened as a new draft to review."""
        contract_id = self.selected_id()
        if contract_id is None or not self._ctx.can(Permission.CONTRACT_WRITE):
            return
        from ops_desktop.services.contract_renewal import renewal_draft

        self._open_dialog(draft=renewal_draft(self._ctx, contract_id=contract_id))

    def new_contract(self) -> None:
        if not self._ctx.can(Permission.CONTRACT_WRITE):
            return
        from ops_desktop.ui.contracts.choose_participation_dialog import ChooseParticipationDialog

        chooser = ChooseParticipationDialog(self._ctx, parent=self)
        if chooser.exec() != QDialog.DialogCode.Accepted or chooser.chosen is None:
            return
        chosen = chooser.chosen
        draft = contracts.prefill(self._ctx, person_id=chosen.person_id,
                                  project_id=chosen.project_id, group_id=chosen.group_id)
        self._open_dialog(draft=draft)

    def open_selected(self) -> None:
        contract_id = self.selected_id()
        if contract_id is not None:
            self._open_dialog(contract_id=contract_id)

    def print_selected(self) -> None:
        contract_id = self.selected_id()
        if contract_id is None:
            return
        from ops_desktop.ui.contracts.contract_printing import preview_contract

        self.preview = preview_contract(self._ctx, self, contract_id=contract_id)

    def person_documents(self) -> None:
        contract_id = self.selected_id()
        if contract_id is None:
            return
        from ops_desktop.ui.participants.intake_documents_dialog import IntakeDocumentsDialog

        row = next(r for r in self.model.rows() if r.id == contract_id)
        IntakeDocumentsDialog(self._ctx, person_id=row.person_id, project_id=row.project_id,
                              parent=self).exec()

    def edit_texts(self) -> None:
        from ops_desktop.ui.contracts.document_texts_dialog import DocumentTextsDialog

        DocumentTextsDialog(self._ctx, parent=self).exec()

    def _open_dialog(self, **kwargs) -> None:
        from ops_desktop.ui.contracts.contract_dialog import ContractDialog

        dialog = ContractDialog(self._ctx, parent=self, **kwargs)
        dialog.exec()
        self._load_filters()
        self.reload()
