"""The frozen one-folder bundle's `--smoke-test` (R12): Qt platform plugin, fonts, SQLCipher,
Alembic revisions, QtPdf and print support really are inside dist/ops-desktop/.

The bundle is built by `installer/build-linux.sh` (CI builds it after the test suite and then
runs this file again with OPS_REQUIRE_BUNDLE=1, so there a missing or stale bundle fails
instead of skipping)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ops_desktop import __version__
from ops_desktop.ui.smoke import CHECKS
from tests import ROOT

BUNDLE = ROOT / "dist" / "ops-desktop"
EXE = BUNDLE / ("ops-desktop.exe" if sys.platform == "win32" else "ops-desktop")
MIGRATIONS = ROOT / "ops_desktop" / "db" / "migrations" / "versions"
INTERNAL = BUNDLE / "_internal"  # PyInstaller 6's contents folder = sys._MEIPASS


def _newest_source_change() -> float:
    sources = [*(ROOT / "ops_desktop").rglob("*.py"), *(ROOT / "resources").rglob("*"),
               *(ROOT / "installer").glob("ops_desktop.spec"), *(ROOT / "installer").glob("*.py")]
    return max(path.stat().st_mtime for path in sources if path.is_file())


def _bundle_or_skip() -> Path:
    required = os.environ.get("OPS_REQUIRE_BUNDLE") == "1"
    problem = None
    if not EXE.exists():
        problem = f"no bundle at {EXE}: build it with installer/build-linux.sh"
    elif EXE.stat().st_mtime < _newest_source_change():
        problem = "the bundle is older than the sources: rebuild with installer/build-linux.sh"
    if problem and required:
        pytest.fail(problem)
    if problem:
        pytest.skip(problem)
    return EXE


def test_bundle_layout_matches_what_the_code_looks_for():
    _bundle_or_skip()
    assert (INTERNAL / "resources" / "fonts" / "DejaVuSans.ttf").exists()
    assert (INTERNAL / "resources" / "fonts" / "LICENSE-DejaVu.txt").exists()
    assert (INTERNAL / "resources" / "i18n").is_dir()
    shipped = sorted(p.name for p in (INTERNAL / "ops_desktop/db/migrations/versions").glob("*.py"))
    assert shipped == sorted(p.name for p in MIGRATIONS.glob("*.py"))
    assert (INTERNAL / "ops_desktop/db/migrations/env.py").exists()
    assert (INTERNAL / "ops_desktop/db/migrations/script.py.mako").exists()
    # Qt plugins: Linux wheels keep them in PySide6/Qt/plugins, Windows in PySide6/plugins.
    assert list(INTERNAL.glob("PySide6/**/platforms/*qoffscreen*"))
    assert list(INTERNAL.glob("PySide6/**/printsupport/*"))
    assert list(INTERNAL.glob("sqlcipher3/*"))
    # One folder, not onefile: the executable is a small launcher beside _internal/.
    assert EXE.stat().st_size < 30 * 1024 * 1024


def test_frozen_bundle_smoke_test_passes(tmp_path):
    exe = _bundle_or_skip()
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "QT_QPA_PLATFORM"}}
    env["OPS_DESKTOP_HOME"] = str(tmp_path / "home")
    done = subprocess.run([str(exe), "--smoke-test"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["ok"] is True and report["frozen"] is True
    assert report["version"] == __version__
    assert list(report["checks"]) == [name for name, _ in CHECKS]
    assert report["checks"]["qt"]["platform"] == "offscreen"
    assert report["checks"]["sqlcipher"]["cipher_version"]
    assert not (tmp_path / "home").exists()
