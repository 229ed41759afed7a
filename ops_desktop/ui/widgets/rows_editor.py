"""A small editable table with "Dodaj" and "Usuń" buttons, over an EditableRowsModel; dates
are edited with a calendar, choices from a list (delegates per column)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QPushButton, QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from ops_desktop.ui.common.table_models import EditableRowsModel
from ops_desktop.ui.widgets.fit import fit_columns
from ops_desktop.ui.widgets.forms import NO_DATE

Index = QModelIndex | QPersistentModelIndex


class DateDelegate(QStyledItemDelegate):
    """Edits a cell whose EditRole value is a `datetime.date` or None (shown as —)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(QDate(value.year, value.month, value.day) if value else
                       QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value = editor.date()
        day = None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())
        model.setData(index, day, Qt.ItemDataRole.EditRole)


class RowsEditor(QWidget):
    def __init__(self, model: EditableRowsModel, *, name: str, widths: list[int],
                 add_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setObjectName(name)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        fit_columns(self.table)
        self.add_button = QPushButton(add_text or self.tr("Dodaj wiersz"))
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(self.tr("Usuń wiersz"))
        self.remove_button.setObjectName(f"{name}Remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)

    def set_delegate(self, column: int, delegate: QStyledItemDelegate) -> None:
        delegate.setParent(self.table)
        self.table.setItemDelegateForColumn(column, delegate)

    def add_row(self) -> None:
        row = self.model.append()
        self.table.selectRow(row)
        self.table.edit(self.model.index(row, 0))

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())

    def set_editable(self, editable: bool) -> None:
        self.model.editable = editable
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
