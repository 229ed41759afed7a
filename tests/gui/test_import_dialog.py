"""The participant import dialog (opened from Raporty): the preview with each row's action and
problems, the import, its progress window and Anuluj; pytest-qt on real databases and files."""

from __future__ import annotations

import datetime as dt
import threading

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from ops_desktop.domain.enums import Sex
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.ui.reports.import_dialog import ImportDialog
from tests import factories
from tests.unit.services.test_importing import _checksum

D = dt.date


def test_import_preview_lists_a_bad_rows_problem(qtbot, ctx, tmp_path):
    project = factories.project(ctx, "Import", start=D(2011, 1, 1), end=D(2011, 12, 31))
    book = Workbook()
    sheet = book.active
    sheet.append(["Imię", "Nazwisko", "PESEL", "Płeć", "Data rozpoczęcia udziału w projekcie",
                  "Grupa"])
    good = make_pesel(D(1980, 1, 1), 901, Sex.FEMALE)
    sheet.append(["Anna", "Nowak", good, "Kobieta", D(2011, 3, 1), "Klub KIS"])
    sheet.append(["Jan", "Zły", "12345678901", "Mężczyzna", D(2011, 3, 1), ""])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    dialog = ImportDialog(ctx, project_id=project.id, project_title="Import")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.load(path).finished, timeout=20_000):
        pass
    rows = dialog.model.rows()
    assert [r.line for r in rows] == [2, 3]
    problems = dialog.model.index(1, 8).data()
    assert "PESEL" in problems and "kontrolna" in problems
    assert "nowa grupa" in dialog.model.index(0, 4).data()
    assert "Klub KIS" in dialog.status.text() and "odrzuconych 1" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "import.png"))
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert dialog.result.people_created == 1 and dialog.result.rejected == 1
    assert (tmp_path / "lista_odrzucone.xlsx").exists()


def test_import_shows_progress_and_anuluj_leaves_the_database_unchanged(qtbot, ctx, tmp_path):
    """A cancelled import: the import dialog's progress window has Anuluj, and a cancelled
    import (rows already written inside its transaction) leaves nothing behind."""
    project = factories.project(ctx, "Import", start=D(2011, 1, 1), end=D(2011, 12, 31))
    book = Workbook()
    sheet = book.active
    sheet.append(["Imię", "Nazwisko", "PESEL", "Płeć", "Data rozpoczęcia udziału w projekcie"])
    for n in range(1500):
        sheet.append(["Anna", "Nowak", make_pesel(D(1960, 1, 1) + dt.timedelta(days=n), 11,
                                                  Sex.FEMALE), "Kobieta", D(2011, 3, 1)])
    sheet.append(["Jan", "Zły", "12345678901", "Mężczyzna", D(2011, 3, 1)])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    dialog = ImportDialog(ctx, project_id=project.id, project_title="Import")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.load(path).finished, timeout=60_000):
        pass
    before = _checksum(ctx.db_path)
    pressed = threading.Event()
    runner = dialog.run_import()

    def hold(done: int, total: int, _text: str) -> None:      # on the worker thread
        if done > total // 2:                                  # people already written
            pressed.wait(30)

    runner.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    progress = None

    def progress_window_shown():
        nonlocal progress
        progress = dialog.findChild(QProgressDialog)
        assert progress is not None and progress.isVisible()

    qtbot.waitUntil(progress_window_shown, timeout=30_000)
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Anuluj")
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        pressed.set()
    assert runner.cancelled and dialog.result is None
    assert "nic nie zapisano" in dialog.status.text()
    assert _checksum(ctx.db_path) == before
    assert not list(tmp_path.glob("*odrzucone*"))
