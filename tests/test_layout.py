"""Layout for office screens (issue 14): every page of the main window and every dialog,
on the demo database, at 1366×768 and 100 % text, in Polish and in English, shows its text
whole — no elided or clipped label, button, combo, header or cell (tests/layout_support.py
says what counts) — no window is larger than the screen, and the main window keeps its size
from section to section. All problems are collected into one assertion message."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget
from sqlalchemy import select

from ops_desktop import paths
from ops_desktop.db.models import Participation, Person, Project
from ops_desktop.db.models.activities import Activity
from ops_desktop.db.models.contracts import Contract
from ops_desktop.ui.app import install_fonts, install_translations
from ops_desktop.ui.main_window import MainWindow
from tests.layout_support import SCREEN_HEIGHT, SCREEN_WIDTH, layout_problems, window_problems


@pytest.fixture(scope="module")
def layout_demo(demo_template, tmp_path_factory) -> Iterator:
    """One copy of the session's demo for the whole module (the pages only read)."""
    from ops_desktop.services.database import open_database

    path = tmp_path_factory.mktemp("layout") / "demo.db"
    shutil.copy2(demo_template, path)
    opened = open_database(path)
    yield opened.context
    opened.engine.dispose()


@pytest.fixture(scope="module")
def english_resources(tmp_path_factory):
    import importlib.util
    import sys
    from pathlib import Path

    i18n = Path(__file__).resolve().parent.parent / "resources" / "i18n"
    spec = importlib.util.spec_from_file_location("update_translations_layout",
                                                  i18n / "update_translations.py")
    tools = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations_layout", tools)
    spec.loader.exec_module(tools)
    root = tmp_path_factory.mktemp("resources")
    (root / "i18n").mkdir()
    tools.compile_qm(i18n / "ops_desktop_en.ts", root / "i18n" / "ops_desktop_en.qm")
    return root


@pytest.fixture(params=["pl", "en"])
def language(request, qapp, monkeypatch, english_resources):
    install_fonts(qapp)  # the font the application really uses (DejaVu Sans 10)
    if request.param == "en":
        monkeypatch.setattr(paths, "resources_dir", lambda: english_resources)
    install_translations(qapp, request.param)
    try:
        yield request.param
    finally:
        install_translations(qapp, "pl")


def _ids(ctx) -> dict[str, int]:
    with ctx.reading() as session:
        project = session.execute(select(Project.id).order_by(Project.id)).scalars().first()
        activity = session.execute(select(Activity.id).order_by(Activity.id)).scalars().first()
        contract = session.execute(select(Contract.id).order_by(Contract.id)).scalars().first()
        person = session.execute(
            select(Participation.person_id).order_by(Participation.id)).scalars().first()
        any_person = session.execute(select(Person.id).order_by(Person.id)).scalars().first()
    return {"project": project, "activity": activity, "contract": contract,
            "person": person or any_person}


def _dialogs(ctx, ids) -> list[tuple[str, Callable[[], QDialog]]]:
    from ops_desktop.ui.dialogs import (
        accounts_dialog, activity_dialog, certificates_dialog, choose_participation_dialog,
        contract_dialog, document_texts_dialog, enrol_people_dialog, intake_dialog,
        intake_documents_dialog, login_dialog, monitoring_export_dialog, project_dialog,
        restore_dialog, retention_dialog, schedule_dialog, session_dialog, usb_export_dialog,
    )

    return [
        ("login", lambda: login_dialog.LoginDialog(lambda u, p: None, username="koordynator")),
        ("new person", lambda: intake_dialog.IntakeDialog(ctx)),
        ("person", lambda: intake_dialog.IntakeDialog(ctx, person_id=ids["person"])),
        ("person documents", lambda: intake_documents_dialog.IntakeDocumentsDialog(
            ctx, person_id=ids["person"])),
        ("new project", lambda: project_dialog.ProjectDialog(ctx)),
        ("project", lambda: project_dialog.ProjectDialog(ctx, project_id=ids["project"])),
        ("contract", lambda: contract_dialog.ContractDialog(ctx, contract_id=ids["contract"])),
        ("choose participant", lambda: choose_participation_dialog.ChooseParticipationDialog(ctx)),
        ("new activity", lambda: activity_dialog.ActivityDialog(ctx, project_id=ids["project"])),
        ("activity", lambda: activity_dialog.ActivityDialog(
            ctx, project_id=ids["project"], activity_id=ids["activity"])),
        ("schedule", lambda: schedule_dialog.ScheduleDialog(ctx, activity_id=ids["activity"])),
        ("session", lambda: session_dialog.SessionDialog(ctx, activity_id=ids["activity"])),
        ("enrol people", lambda: enrol_people_dialog.EnrolPeopleDialog(
            ctx, activity_id=ids["activity"])),
        ("certificates", lambda: certificates_dialog.CertificatesDialog(
            ctx, activity_id=ids["activity"])),
        ("document texts", lambda: document_texts_dialog.DocumentTextsDialog(ctx)),
        ("accounts", lambda: accounts_dialog.AccountsDialog(ctx)),
        ("backups", lambda: restore_dialog.BackupsDialog(ctx)),
        ("retention", lambda: retention_dialog.RetentionDialog(ctx)),
        ("monitoring export", lambda: monitoring_export_dialog.MonitoringExportDialog(
            ctx, project_id=ids["project"], review_only=True)),
        ("USB export", lambda: usb_export_dialog.UsbExportDialog(
            ctx, project_id=ids["project"], drives=list)),
    ]


class _ReportsShown(QObject):
    """Relays the reports page's `summary_shown` (the page exists only once opened)."""

    shown = Signal()

    def __init__(self, window: MainWindow):
        super().__init__(window)
        window._stack.currentChanged.connect(self._changed)
        self._window = window

    def _changed(self, _row: int) -> None:
        page = self._window.page("reports")
        if page is not None and not getattr(self, "_connected", False):
            self._connected = True
            page.summary_shown.connect(self.shown)


def _report(problems: list[str]) -> str:
    return f"{len(problems)} layout problem(s) at {SCREEN_WIDTH}×{SCREEN_HEIGHT}:\n" + "\n".join(
        problems)


def _show(qtbot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()


def test_every_page_fits_the_office_screen(qtbot, layout_demo, language):
    window = MainWindow(layout_demo)
    qtbot.addWidget(window)
    _show(qtbot, window)
    frame = window.frameGeometry().size() - window.size()  # the taskbar takes 30 px
    window.resize(SCREEN_WIDTH - frame.width(), SCREEN_HEIGHT - 30 - frame.height())
    QApplication.processEvents()
    problems: list[str] = []
    first_size = None
    for key in window.section_keys():
        if key == "reports":  # the summary is computed in the background: wait for it
            with qtbot.waitSignal(_ReportsShown(window).shown, timeout=30000):
                window.open_section(key)
        else:
            window.open_section(key)
        QApplication.processEvents()
        where = f"[{language}] section {key}"
        size = window.size()
        if first_size is None:
            first_size = size
        elif size != first_size:
            problems.append(f"{where}: the window changed size from {first_size.width()}×"
                            f"{first_size.height()} to {size.width()}×{size.height()}")
        problems += window_problems(window, where)
        problems += layout_problems(window, where)
        holder = window.findChild(QScrollArea, f"section_{key}")
        if holder is not None and holder.horizontalScrollBar().isVisible():
            problems.append(f"{where}: the page needs {holder.widget().minimumSizeHint().width()}"
                            f" px, wider than its {holder.viewport().width()} px: it scrolls")
    assert not problems, _report(problems)


def test_every_dialog_fits_the_office_screen(qtbot, layout_demo, language):
    problems: list[str] = []
    for name, make in _dialogs(layout_demo, _ids(layout_demo)):
        dialog = make()
        qtbot.addWidget(dialog)
        _show(qtbot, dialog)
        where = f"[{language}] dialog {name}"
        problems += window_problems(dialog, where)
        problems += layout_problems(dialog, where)
        dialog.reject()
        dialog.close()
    assert not problems, _report(problems)
