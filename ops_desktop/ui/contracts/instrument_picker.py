"""Choosing instruments of active integration for a contract: the catalogue by category with
a check box per instrument and a note beside it (hours, term), and the count against the
project's minimum per person."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from ops_desktop.domain.contracts import ChosenInstrument
from ops_desktop.domain.enums import InstrumentCategory
from ops_desktop.domain.instruments import InstrumentView
from ops_desktop.ui.contracts.contract_labels import contract_label
from ops_desktop.ui.common.roles import ID_ROLE


class InstrumentPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Instrument"), self.tr("Uwagi")])
        self.view = QTreeView()
        self.view.setObjectName("instrumentPicker")
        self.view.setModel(self.model)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, 420)
        self.count = QLabel()
        self.count.setObjectName("instrumentCount")
        self._minimum = 0
        self._items: dict[int, tuple[QStandardItem, QStandardItem]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.model.itemChanged.connect(self._item_changed)

    def set_catalogue(self, instruments: list[InstrumentView],
                      chosen: list[ChosenInstrument]) -> None:
        """The active catalogue plus any retired instrument the contract already uses."""
        self.model.blockSignals(True)
        self.model.removeRows(0, self.model.rowCount())
        self._items.clear()
        notes = {c.instrument_id: c.details for c in chosen}
        for category in InstrumentCategory:
            parent = QStandardItem(contract_label(category))
            parent.setEditable(False)
            spare = QStandardItem("")
            spare.setEditable(False)
            for item in instruments:
                if item.category is not category or (not item.active and item.id not in notes):
                    continue
                name = QStandardItem(item.name if item.active
                                     else self.tr("{name} (wycofany)").format(name=item.name))
                name.setData(item.id, ID_ROLE)
                name.setEditable(False)
                name.setCheckable(True)
                name.setToolTip(item.description)
                name.setCheckState(Qt.CheckState.Checked if item.id in notes
                                   else Qt.CheckState.Unchecked)
                note = QStandardItem(notes.get(item.id, ""))
                parent.appendRow([name, note])
                self._items[item.id] = (name, note)
            self.model.appendRow([parent, spare])
        self.model.blockSignals(False)
        self.view.expandAll()
        self._update_count()

    def set_minimum(self, minimum: int) -> None:
        self._minimum = minimum
        self._update_count()

    def chosen(self) -> list[ChosenInstrument]:
        return [ChosenInstrument(instrument_id, note.text().strip())
                for instrument_id, (name, note) in self._items.items()
                if name.checkState() == Qt.CheckState.Checked]

    def check(self, instrument_id: int, checked: bool = True) -> None:
        name, _ = self._items[instrument_id]
        name.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_editable(self, editable: bool) -> None:
        for name, note in self._items.values():
            name.setCheckable(editable)
            name.setEnabled(editable or name.checkState() == Qt.CheckState.Checked)
            note.setEditable(editable)

    def _item_changed(self, _item: QStandardItem) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        count = len(self.chosen())
        text = self.tr("Wybrano: {count} (projekt wymaga co najmniej {minimum} na osobę)").format(
            count=count, minimum=self._minimum)
        self.count.setText(text)
        self.count.setStyleSheet("color: #b00020;" if count < self._minimum else "")
