"""Regenerate the screenshots in this folder: the main screens of the demo database at
1366×768 (the commonest office laptop screen, less a 30 px taskbar) at 100 % and 200 % text
and in the high-contrast theme, plus the person dialog.

    .venv/bin/python docs/screenshots/make_screenshots.py [--lang en] [--out FOLDER]

(from a worktree whose .venv is another checkout's: PYTHONPATH=. so the worktree's code runs)

Offscreen (no display needed); with a display set QT_QPA_PLATFORM=xcb to grab real windows.
The demo is built in a temporary folder; nothing of the user's is touched."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SCREENS = ("start", "participants", "projects", "contracts", "activities", "reports")
VARIANTS = (("100", 100, False), ("200", 200, False), ("contrast", 100, True))
WIDTH, HEIGHT = 1366, 768 - 30


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="pl")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ops-screens-") as folder:
        os.environ["OPS_DESKTOP_HOME"] = folder  # window sizes, text size: not the user's
        return _shoot(Path(folder), args.out, args.lang)


def _shoot(folder: Path, out: Path, lang: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ops_desktop.services.context import SYSTEM_ACTOR
    from ops_desktop.services.database import open_database
    from ops_desktop.services.demo.builder import build_demo
    from ops_desktop.ui.settings import appearance
    from ops_desktop.ui.app import create_application
    from ops_desktop.ui.participants.intake_dialog import IntakeDialog
    from ops_desktop.ui.main_window import MainWindow

    app = create_application(lang=lang)
    from PySide6.QtCore import QSize

    from ops_desktop.ui.common import screen_fit

    # the offscreen platform's screen is 800×800: fit dialogs to the office screen instead
    screen_fit.available_size = lambda _widget: QSize(WIDTH, HEIGHT)
    screen_fit.install_screen_fit(app)  # as run_gui does: a dialog too large scrolls
    from ops_desktop.ui.settings.focus_frame import install_focus_frame

    install_focus_frame(app)  # as run_gui does: the focused control framed
    opened = open_database(folder / "demo.db", actor=SYSTEM_ACTOR)
    build_demo(opened.context, seed=2011)
    ctx = opened.context

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix, percent, contrast in VARIANTS:
        appearance.apply_text_size(app, percent)
        appearance.apply_theme(app, high_contrast=contrast)
        window = MainWindow(ctx)
        window.show()
        frame = window.frameGeometry().size() - window.size()
        window.resize(WIDTH - frame.width(), HEIGHT - frame.height())
        for key in SCREENS:
            page = window.open_section(key)
            settle(300)
            if key == "reports":  # the summary is computed in the background: wait for it
                loop = QEventLoop()
                page.summary_shown.connect(loop.quit)
                QTimer.singleShot(30_000, loop.quit)
                if page.summary is None:
                    loop.exec()
                settle(2000)
            path = out / f"{key}-{suffix}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        person = IntakeDialog(ctx, person_id=1)
        person.show()
        settle()
        path = out / f"person-{suffix}.png"
        person.grab().save(str(path))
        written.append(path)
        person.close()
    appearance.apply_text_size(app, 100)
    appearance.apply_theme(app, high_contrast=False)
    opened.engine.dispose()
    QApplication.processEvents()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
