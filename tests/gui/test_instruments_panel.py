"""The instrument catalogue editor in the Kontrakty page: add, rename, retire and restore
through its dialog; duplicates refused with the dialog kept open; read-only without the
catalogue permission."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ops_desktop.domain.enums import InstrumentCategory, Role
from ops_desktop.services import instruments
from ops_desktop.ui.contracts.instrument_catalogue_panel import InstrumentCataloguePanel
from tests.factories import contracts as cf


def _answer(fills: list) -> None:
    """Fill the modal dialogs the next actions open, one after another."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        fill, accept = fills.pop(0)
        fill(dialog)
        dialog.accept() if accept else dialog.reject()
        if fills:
            QTimer.singleShot(10, run)
    QTimer.singleShot(0, run)


def test_add_refuses_a_duplicate_then_adds_renames_and_retires(qtbot, ctx):
    panel = InstrumentCataloguePanel(ctx)
    qtbot.addWidget(panel)
    before = panel.model.rowCount()
    errors: list[str] = []

    def duplicate(d) -> None:
        d.category.setCurrentIndex(d.category.findData(InstrumentCategory.VOCATIONAL.value))
        d.name.setText("Doradztwo zawodowe")

    def corrected(d) -> None:
        errors.append(d.error.text())
        d.name.setText("Konsultacja z lekarzem medycyny pracy")

    _answer([(duplicate, True), (corrected, True)])
    panel.add()
    assert errors == ["• Instrument o tej nazwie jest już w tej kategorii."]
    assert panel.model.rowCount() == before + 1
    added = next(r for r in panel.model.rows() if r.name.startswith("Konsultacja"))
    assert added.category is InstrumentCategory.VOCATIONAL
    panel.table.selectRow(panel.model.rows().index(added))
    _answer([(lambda d: d.name.setText("Konsultacja lekarza medycyny pracy"), True)])
    panel.rename()
    panel.table.selectRow([r.id for r in panel.model.rows()].index(added.id))
    panel.toggle_active()
    assert added.id not in [r.id for r in instruments.list_instruments(ctx)]
    panel.show_retired.setChecked(True)
    retired = next(r for r in panel.model.rows() if r.id == added.id)
    assert retired.name == "Konsultacja lekarza medycyny pracy" and not retired.active


def test_caseworkers_see_the_catalogue_but_cannot_edit_it(qtbot, ctx):
    anna = cf.user(ctx, 5, "anna", Role.CASEWORKER)
    panel = InstrumentCataloguePanel(anna)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() > 0
    assert not any(button.isEnabled() for button in panel.buttons.values())
