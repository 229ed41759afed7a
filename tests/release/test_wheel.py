"""The wheel holds everything the program needs: built from the files git tracks (in a temp
copy, as `pip wheel .` would), installed into a fresh virtual environment, its
`ops-desktop --smoke-test` reports "ok": true — fonts, the compiled English translation and
the Alembic revisions all come from the wheel, not from this checkout.

Slow (a build, a venv, a smoke test: about a minute): it runs once in CI (.ci/run sets
OPS_REQUIRE_WHEEL=1 and runs it on its own); elsewhere set OPS_REQUIRE_WHEEL=1 to run it.
Offline: the build uses this environment's setuptools and wheel (`--no-build-isolation`) and
its PySide6 lrelease; the fresh environment gets the program from the wheel (`--no-index
--no-deps`) and sees the already installed dependencies of `.venv` through a `.pth` line
(a directory named there is searched after the fresh site-packages, and its own `.pth` files,
such as the editable install's, are not run)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests import ROOT


pytestmark = [
    pytest.mark.wheel,
    pytest.mark.skipif(os.environ.get("OPS_REQUIRE_WHEEL") != "1",
                       reason="slow: set OPS_REQUIRE_WHEEL=1 (CI runs it once)"),
]


def _tracked_copy(target: Path) -> Path:
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _fresh_python(folder: Path) -> Path:
    venv.EnvBuilder(with_pip=False).create(folder)
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _site_packages(python: Path) -> Path:
    out = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path("
                          "'purelib'))"], capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


def test_the_wheel_installs_into_a_fresh_venv_and_passes_the_smoke_test(tmp_path):
    source = _tracked_copy(tmp_path / "src")
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation",
                            "--no-deps", "--no-index", "-q", "-w", str(dist), str(source)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = dist.glob("ops_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for wanted in ("ops_desktop/resources/fonts/DejaVuSans.ttf",
                   "ops_desktop/resources/fonts/LICENSE-DejaVu.txt",
                   "ops_desktop/resources/i18n/ops_desktop_en.qm",
                   "ops_desktop/db/migrations/env.py",
                   "ops_desktop/db/migrations/script.py.mako",
                   "ops_desktop/db/migrations/versions/0001_foundation.py"):
        assert wanted in names, wanted
    revisions = {n.rsplit("/", 1)[1] for n in names
                 if n.startswith("ops_desktop/db/migrations/versions/") and n.endswith(".py")}
    shipped = {p.name for p in (ROOT / "ops_desktop/db/migrations/versions").glob("[0-9]*.py")}
    assert revisions >= shipped and shipped

    python = _fresh_python(tmp_path / "fresh")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                              "--no-index", "--no-deps", "-q", str(wheel)],
                             capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stdout + install.stderr
    fresh_site = _site_packages(python)
    (fresh_site / "ops-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QT_QPA_PLATFORM")}
    env["OPS_DESKTOP_HOME"] = str(tmp_path / "home")
    where = subprocess.run([str(python), "-c", "import ops_desktop.paths as p; "
                            "print(p.__file__); print(p.resources_dir())"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    module, resources = where.stdout.split()
    assert Path(module).is_relative_to(fresh_site) and Path(resources).is_relative_to(fresh_site)
    script = python.parent / ("ops-desktop.exe" if os.name == "nt" else "ops-desktop")
    smoke = subprocess.run([str(script), "--smoke-test"], capture_output=True, text=True,
                           cwd=tmp_path, env=env, timeout=600)
    report = json.loads(smoke.stdout.splitlines()[-1])
    assert report["ok"] is True, smoke.stdout
    assert report["checks"]["translations"]["qm"] == ["ops_desktop_en.qm"]
    assert report["checks"]["fonts"]["family"] == "DejaVu Sans"
