"""Guards against a Qt-binding regression measured here: PySide6 6.12.0 dropped one reference
to None (and True/False) on every QVariant → Python conversion, so after enough clicks Python
3.11 aborted with "none_dealloc". If an upgrade brings it back, this test fails first."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QWidget


class _Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 1

    def columnCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_variant_conversions_keep_none_and_bools_alive(qapp):
    combo = QComboBox()
    combo.addItem("—", None)
    widget = QWidget()
    widget.setProperty("flag", True)
    model = _Model()
    before = (sys.getrefcount(None), sys.getrefcount(True))
    for _ in range(500):
        combo.currentData()
        widget.property("missing")
        widget.property("flag")
        model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    after = (sys.getrefcount(None), sys.getrefcount(True))
    # A correct binding leaves both counts where they were (give or take a few caches);
    # the broken one loses 1 500 references to None and 500 to True here.
    assert abs(after[0] - before[0]) < 50
    assert abs(after[1] - before[1]) < 50
