"""The English translation (`resources/i18n/ops_desktop_en.ts`): compiled with the wheel's
lrelease it turns the Polish source strings into English (`--lang en`), no string in the code
is missing from it or left unfinished, every translation keeps the placeholders of its source,
and without a translator the interface stays Polish."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ops_desktop import paths
from ops_desktop.domain.contracts import ContractStatus
from ops_desktop.domain.enums import Sex
from ops_desktop.domain.errors import FieldProblem, NotFound
from ops_desktop.ui import labels, messages
from ops_desktop.ui.activities import activity_labels
from ops_desktop.ui.contracts import contract_labels
from ops_desktop.ui.app import install_translations
from ops_desktop.ui.common.translation import translator
from ops_desktop.ui.dialogs.project_dialog import ProjectDialog
from ops_desktop.ui.main_window import MainWindow
from tests import ROOT
from tests.i18n_support import translation_tools

I18N = ROOT / "resources" / "i18n"
TS = I18N / "ops_desktop_en.ts"

SECTIONS_EN = ["Start", "Participants", "Projects", "Contracts", "Activities", "Reports",
               "Settings", "Audit trail"]
SECTIONS_PL = ["Start", "Uczestnicy", "Projekty", "Kontrakty", "Zajęcia", "Raporty",
               "Ustawienia", "Dziennik zdarzeń"]


@pytest.fixture(scope="module")
def tools():
    return translation_tools()


@pytest.fixture(scope="module")
def compiled_resources(tmp_path_factory, tools) -> Path:
    """A resources folder with only i18n/ops_desktop_en.qm, compiled from the committed .ts."""
    root = tmp_path_factory.mktemp("resources")
    (root / "i18n").mkdir()
    qm = tools.compile_qm(TS, root / "i18n" / "ops_desktop_en.qm")
    assert qm.stat().st_size > 10_000
    return root


@pytest.fixture
def english(qapp, compiled_resources, monkeypatch):
    """English installed the way `--lang en` does it (ui/app.install_translations), and
    removed again afterwards so no other test sees it."""
    monkeypatch.setattr(paths, "resources_dir", lambda: compiled_resources)
    assert install_translations(qapp, "en") == "en"
    try:
        yield
    finally:
        install_translations(qapp, "pl")


def _sections(window: MainWindow) -> list[str]:
    nav = window._nav
    return [nav.item(row).text() for row in range(nav.count())]


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_english_main_window_and_dialogs(qtbot, ctx, english):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert _sections(window) == SECTIONS_EN
    assert {"&File", "&Export", "&Help"} <= set(_menus(window))
    dialog = ProjectDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New project"
    # Tables marked with QT_TRANSLATE_NOOP, and helper calls `_t("…")`.
    assert labels.label(Sex.FEMALE) == "Female"
    assert contract_labels.contract_label(ContractStatus.DRAFT) == "Draft"
    assert messages.field_problem_text(FieldProblem("pesel", "length")) == \
        "PESEL must have 11 digits."
    assert activity_labels.error_text(NotFound("activity", 1)).startswith("The record was not")
    assert QCoreApplication.translate("MainWindow", "&Zakończ") == "&Quit"


def test_polish_is_the_default(qtbot, ctx, qapp):
    assert install_translations(qapp, None) == "pl"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert _sections(window) == SECTIONS_PL
    assert "&Plik" in _menus(window)
    assert labels.label(Sex.FEMALE) == "Kobieta"
    assert messages.field_problem_text(FieldProblem("pesel", "length")) == \
        "PESEL musi mieć 11 cyfr."


def test_every_string_in_the_code_is_translated(tools, tmp_path):
    """lupdate over the code, merged with the committed .ts: anything new, changed or left
    unfinished shows up here. Fix: `python resources/i18n/update_translations.py`, then
    translate what it lists (README, "Translations")."""
    fresh = tools.run_lupdate(tmp_path / "ops_desktop_en.ts")
    todo = tools.unfinished(fresh)
    assert not todo, (f"{len(todo)} string(s) missing or unfinished in {TS.name}:\n"
                      + tools.report(todo))


def test_translations_keep_placeholders_and_accelerators(tools):
    """`.format(name=…)` on an English text with a different placeholder would fail only in
    English; a lost `&` loses the menu's keyboard accelerator."""
    wrong = []
    for entry in tools.entries(TS):
        same = (sorted(re.findall(r"\{[^{}]*\}", entry.source))
                == sorted(re.findall(r"\{[^{}]*\}", entry.translation))
                and entry.source.count("&") == entry.translation.count("&")
                and entry.source.count("\n") == entry.translation.count("\n"))
        if not same:
            wrong.append(f"[{entry.context}] {entry.source!r} -> {entry.translation!r}")
    assert not wrong, "\n".join(wrong)


def test_lrelease_reports_no_problem(tools, tmp_path):
    result = subprocess.run([*tools.tool_command("lrelease"), str(TS), "-qm",
                             str(tmp_path / "en.qm")], capture_output=True, text=True,
                            check=True)
    assert re.search(r"Generated [1-9]\d* translation\(s\) \(\d+ finished and 0 unfinished\)",
                     result.stdout), result.stdout
    translator = QTranslator()
    assert translator.load(str(tmp_path / "en.qm"))
    assert translator.translate("MainWindow", "Uczestnicy") == "Participants"


def test_the_extractor_reads_every_helper_form(tools):
    """update_translations makes each helper call visible to lupdate under its context: the
    Qt code's `translator("ctx")` (ui/common/translation.py), the layers' without Qt
    `i18n.translator("ctx")`, and a two-line `def`; a call without a literal is left alone."""
    source = (b"from ops_desktop.ui.common.translation import translator\n"
              b"_t = translator(\"Ctx\")\n"
              b"_c = i18n.translator(\"cli\")\n"
              b"def _d(text):\n"
              b"    return QCoreApplication.translate(\"Old\", text)\n"
              b"A = _t(\"Zapisz\")\n"
              b"B = _c(\"Gotowe\")\n"
              b"C = _d(\"Anuluj\")\n"
              b"D = _t(name)\n")
    done = tools._apply(source, tools._edits_for_helpers(ast.parse(source))).decode()
    assert 'A = QCoreApplication.translate("Ctx", "Zapisz")' in done
    assert 'B = QCoreApplication.translate("cli", "Gotowe")' in done
    assert 'C = QCoreApplication.translate("Old", "Anuluj")' in done
    assert "D = _t(name)" in done


def test_the_qt_helper_translates_through_the_installed_translator(english):
    assert translator("MainWindow")("Uczestnicy") == "Participants"
    assert translator("NoSuchContext")("Uczestnicy") == "Uczestnicy"
