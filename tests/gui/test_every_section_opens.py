"""Smoke test of the whole window on the demo database: every section opens, draws
something (a screenshot of each is saved in tmp_path and must not be blank), and the lists
show the demo's projects and people."""

from __future__ import annotations

from PySide6.QtGui import QImage

from ops_desktop.ui.main_window import MainWindow

# `demo_ctx` (tests/conftest.py): a copy of the demo database built once per session.

def _distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_every_section_opens_and_draws(qtbot, demo_ctx, tmp_path):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    keys = window.section_keys()
    assert {"participants", "projects", "settings"} <= set(keys)
    for key in keys:
        page = window.open_section(key)
        assert page.isVisible(), key
        shot = tmp_path / f"{key}.png"
        assert window.grab().save(str(shot)), key
        image = QImage(str(shot))
        assert image.width() >= 1200 and image.height() >= 700, key
        # A blank (or all-one-colour) window has one or two colours; a drawn page has text,
        # borders, a selection.
        assert _distinct_colours(image) > 12, key
        page_image = page.grab().toImage()
        assert _distinct_colours(page_image, step=5) > 3, key


def test_lists_show_the_demo(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    participants = window.open_section("participants")
    assert participants.model.total() > 2000
    assert participants.model.rowCount() > 0
    projects = window.open_section("projects")
    assert projects.model.rowCount() == 5
    assert projects.groups.rowCount() > 0
    settings = window.open_section("settings")
    assert settings.edits["name"].text().startswith("Ośrodek Pomocy Społecznej")
