"""The project's monitoring list, chosen in the project dialog: PEFS 2007 (PO KL 2007–2013),
SL2014 (2014–2020), 2021–2027, or "by start year" (stored empty; the list of the year the
project starts, `domain/monitoring_rows.default_format`)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.ui.common.translation import translator


def monitoring_format_combo() -> QComboBox:
    tr = translator("MonitoringFormatCombo")

    combo = QComboBox()
    combo.setObjectName("monitoring_format")
    combo.addItem(tr("Według roku rozpoczęcia (do 2013 PEFS 2007, do 2020 SL2014, "
                     "potem 2021–2027)"), None)
    combo.addItem(tr("PEFS 2007 (PO KL 2007–2013)"), MonitoringFormat.PEFS2007.value)
    combo.addItem(tr("SL2014 (2014–2020)"), MonitoringFormat.SL2014.value)
    combo.addItem(tr("2021–2027 (CSV)"), MonitoringFormat.CST2021.value)
    return combo


def select_format(combo: QComboBox, value: str | None) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
