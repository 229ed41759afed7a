"""Layout for office screens: every page of the main window and every dialog,
on the demo database, at 1366×768 and 100 % text, in Polish and in English, shows its text
whole — no elided or clipped label, button, combo, header or cell (tests/layout_support.py
says what counts) — no window is larger than the screen, and the main window keeps its size
from section to section. All problems are collected into one assertion message."""

from __future__ import annotations


import pytest

from ops_desktop import paths
from ops_desktop.ui.app import install_fonts, install_translations
from tests.layout_support import (  # noqa: F401 - layout_demo is a fixture
    dialog_problems, layout_demo, main_window_problems, office_screen, report,
)
from tests import ROOT


@pytest.fixture(scope="module")
def english_resources(tmp_path_factory):
    import importlib.util
    import sys

    i18n = ROOT / "resources" / "i18n"
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


def test_every_page_fits_the_office_screen(qtbot, layout_demo, language, office_screen):  # noqa: F811
    problems = main_window_problems(qtbot, layout_demo, f"[{language}]")
    assert not problems, report(problems)


def test_every_dialog_fits_the_office_screen(qtbot, layout_demo, language, office_screen):  # noqa: F811
    problems = dialog_problems(qtbot, layout_demo, f"[{language}]")
    assert not problems, report(problems)
