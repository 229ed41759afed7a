"""The instrument catalogue as the coordinator edits it: by category, with retired ones on
request; add, rename, retire and bring back (CATALOGUE_WRITE). Contracts keep pointing at a
retired instrument; pickers no longer offer it."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ops_desktop.domain.errors import DomainError, ValidationFailed
from ops_desktop.domain.instruments import InstrumentView
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import instruments
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.contracts.contract_labels import contract_label
from ops_desktop.ui.contracts.contract_messages import problems_text
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.widgets.fit import fit_columns


class InstrumentCataloguePanel(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.model = RowsModel([
            Column(self.tr("Kategoria"), lambda r: contract_label(r.category)),
            Column(self.tr("Instrument"), lambda r: r.name),
            Column(self.tr("Stan"), lambda r: self.tr("w użyciu") if r.active
                   else self.tr("wycofany")),
            Column(self.tr("Opis"), lambda r: r.description)], self)
        self.model.highlight = lambda r: None if r.active else "#eeeeee"
        self.table = QTableView()
        self.table.setObjectName("instrumentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 380, 90)):
            self.table.setColumnWidth(column, width)
        fit_columns(self.table)
        self.show_retired = QCheckBox(self.tr("Pokaż wycofane"))
        self.show_retired.setObjectName("showRetired")
        self.message = QLabel()
        self.message.setObjectName("catalogueMessage")
        self.message.setWordWrap(True)
        writable = ctx.can(Permission.CATALOGUE_WRITE)
        row = QHBoxLayout()
        row.addWidget(self.show_retired)
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Dodaj…"), self.add),
                                ("rename", self.tr("Zmień nazwę…"), self.rename),
                                ("retire", self.tr("Wycofaj / przywróć"), self.toggle_active)):
            button = QPushButton(text)
            button.setObjectName(f"{key}Instrument")
            button.setEnabled(writable)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        if not writable:
            layout.addWidget(QLabel(self.tr("Katalog edytuje koordynator projektu.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.show_retired.toggled.connect(lambda _on: self.reload())
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(instruments.list_instruments(
            self._ctx, include_retired=self.show_retired.isChecked()))

    def selected(self) -> InstrumentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def add(self) -> None:
        self._edit(None)

    def rename(self) -> None:
        if (item := self.selected()) is not None:
            self._edit(item)

    def toggle_active(self) -> None:
        item = self.selected()
        if item is None:
            return
        self._call(lambda: instruments.set_instrument_active(
            self._ctx, instrument_id=item.id, active=not item.active))
        self.reload()

    def _edit(self, item: InstrumentView | None) -> None:
        dialog = InstrumentDialogRunner(self, item)
        while dialog.ask():
            category, name, description = dialog.values()
            if item is None:
                done = self._call(partial(
                    instruments.add_instrument, self._ctx, category=category, name=name,
                    description=description), dialog.show_error)
            else:
                done = self._call(partial(
                    instruments.rename_instrument, self._ctx, instrument_id=item.id, name=name,
                    description=description), dialog.show_error)
            if done is not None:
                break
        self.reload()

    def _call(self, work, show=None):
        show = show or self.message.setText
        try:
            return work()
        except ValidationFailed as exc:
            show(problems_text(exc.problems))
        except DomainError as exc:
            show(self.tr("Nie udało się: {error}").format(error=type(exc).__name__))
        return None


class InstrumentDialogRunner:
    """Keeps the dialog open with its message until the name is accepted or the user
    cancels."""

    def __init__(self, parent: QWidget, item: InstrumentView | None):
        from ops_desktop.ui.contracts.instrument_dialog import InstrumentDialog

        self.dialog = InstrumentDialog(instrument=item, parent=parent)

    def ask(self) -> bool:
        return self.dialog.exec() == QDialog.DialogCode.Accepted

    def values(self):
        return self.dialog.values()

    def show_error(self, text: str) -> None:
        self.dialog.error.setText(text)
