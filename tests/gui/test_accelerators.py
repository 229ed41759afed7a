"""Alt accelerators (the & of a text) in Polish and in English: every menu of the main
window and every item in it has one, and no two share a letter in one menu bar, one menu or
one dialog (buttons, labels of fields, tabs). A button without one is reached by Tab
(tests/gui/test_tab_walk.py)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QTabBar

from ops_desktop import paths
from ops_desktop.ui.app import install_translations
from tests.dialog_support import all_dialogs
from tests.layout_support import layout_demo  # noqa: F401 (fixture)
from tests.gui.test_layout import english_resources  # noqa: F401 (fixture)


def mnemonic(text: str) -> str | None:
    """The letter after a single & ("&&" is a plain ampersand)."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(where: str, texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for text in texts:
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter in seen:
            problems.append(f"{where}: Alt+{letter.upper()} is both {seen[letter]!r} and "
                            f"{text!r}")
        else:
            seen[letter] = text
    return problems


@pytest.fixture(params=["pl", "en"])
def language(request, qapp, monkeypatch, english_resources):  # noqa: F811
    if request.param == "en":
        monkeypatch.setattr(paths, "resources_dir", lambda: english_resources)
    install_translations(qapp, request.param)
    try:
        yield request.param
    finally:
        install_translations(qapp, "pl")


def _menu_problems(menu: QMenu, where: str) -> list[str]:
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    problems = [f"{where}: {a.text()!r} has no accelerator" for a in actions
                if mnemonic(a.text()) is None and a.isEnabled()]   # not a heading line
    problems += _clashes(where, [a.text() for a in actions])
    for action in actions:
        if action.menu() is not None:
            problems += _menu_problems(action.menu(), f"{where} › {action.text()}")
    return problems


def test_menus_have_accelerators_without_clashes(qtbot, layout_demo, language):  # noqa: F811
    from ops_desktop.ui.main_window import MainWindow

    window = MainWindow(layout_demo)
    qtbot.addWidget(window)
    bar = window.menuBar()
    tops = [a for a in bar.actions() if a.isVisible()]
    problems = [f"{language} menu bar: {a.text()!r} has no accelerator" for a in tops
                if mnemonic(a.text()) is None]
    problems += _clashes(f"{language} menu bar", [a.text() for a in tops])
    for action in tops:
        problems += _menu_problems(action.menu(), f"{language} menu {action.text()}")
    assert not problems, "\n".join(problems)


def _dialog_texts(dialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QAbstractButton)
             if w.isVisibleTo(dialog) and w.window() is dialog]
    texts += [w.text() for w in dialog.findChildren(QLabel)
              if w.buddy() is not None and w.isVisibleTo(dialog)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox) if w.isVisibleTo(dialog)]
    for bar in dialog.findChildren(QTabBar):
        if bar.isVisibleTo(dialog):
            texts += [bar.tabText(i) for i in range(bar.count())]
    return texts


def test_no_two_controls_of_a_dialog_share_an_accelerator(qtbot, layout_demo, tmp_path,  # noqa: F811
                                                          language):
    problems: list[str] = []
    for name, make in all_dialogs(layout_demo, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        problems += _clashes(f"{language} dialog {name}", _dialog_texts(dialog))
        dialog.hide()
    assert not problems, "\n".join(problems)
