"""The one build step pyproject.toml cannot say: `resources/` (fonts, translations) goes into
the wheel as `ops_desktop/resources/`, with the English translation compiled there.

`pip wheel .` and `python -m build` run it (build_py); an editable install (`pip install -e .`,
the bootstrap) reads `resources/` of the checkout instead (ops_desktop/paths.py). The `.qm`
is compiled with the lrelease of the PySide6 wheel when the build environment has it (from
`.venv`: `pip wheel . --no-build-isolation`), else the `.qm` the bootstrap or
resources/i18n/update_translations.py compiled is taken when it is newer than its `.ts` (an
sdist carries it); otherwise the build stops and says what to run."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"


def _lrelease(ts: Path, qm: Path) -> bool:
    if importlib.util.find_spec("PySide6") is None:
        return False
    code = ("import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv = ['lrelease', '-silent', sys.argv[1], '-qm', sys.argv[2]]; lrelease()")
    done = subprocess.run([sys.executable, "-c", code, str(ts), str(qm)])
    return done.returncode == 0 and qm.is_file() and qm.stat().st_size > 0


def copy_resources(target: Path) -> list[Path]:
    """Fonts (with their licence) and compiled translations into `target`; the files."""
    written = []
    fonts = target / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    for font in sorted((RESOURCES / "fonts").iterdir()):
        if font.is_file():
            written.append(Path(shutil.copy2(font, fonts / font.name)))
    icons = target / "icons"  # the window icon (ui/app.py)
    icons.mkdir(parents=True, exist_ok=True)
    for icon in sorted((RESOURCES / "icons").glob("ops-desktop*.*")):
        if icon.suffix in (".png", ".ico", ".svg"):
            written.append(Path(shutil.copy2(icon, icons / icon.name)))
    i18n = target / "i18n"
    i18n.mkdir(parents=True, exist_ok=True)
    for ts in sorted((RESOURCES / "i18n").glob("*.ts")):
        qm = i18n / f"{ts.stem}.qm"
        shipped = ts.with_suffix(".qm")
        if _lrelease(ts, qm):
            pass
        elif shipped.is_file() and shipped.stat().st_mtime >= ts.stat().st_mtime:
            shutil.copy2(shipped, qm)
        else:
            raise SystemExit(
                f"{ts.name} is not compiled: build from .venv (`pip wheel . "
                "--no-build-isolation`) or run `python -m ops_desktop.bootstrap env` first")
        written.append(qm)
    return written


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            copy_resources(Path(self.build_lib) / "ops_desktop" / "resources")


setup(cmdclass={"build_py": BuildWithResources})
