"""The read-only list table the dialogs show (import preview, validator problems, people
behind a number): whole rows selected, no editing, no row numbers, interactive column widths
then fitted to the header text and a sample of rows (widgets/fit.py; ResizeToContents is slow
on large models, docs/STACK.md trap 6), the full text of an elided cell in its tooltip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ops_desktop.ui.common.fit import fit_columns


def read_only_table(name: str, model: QAbstractItemModel, widths: Sequence[int]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    fit_columns(table)
    return table
