"""`ops-desktop --smoke-test` (R12) from a source checkout: in this process and as a program.

The frozen bundle's run is in test_smoke_bundle.py."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from ops_desktop import __version__, paths
from ops_desktop.ui import smoke
from tests import ROOT

CHECK_NAMES = [name for name, _ in smoke.checks_to_run()]  # xcb too with a DISPLAY


def _report(text: str) -> dict:
    lines = text.splitlines()
    assert len(lines) == 1, "the smoke test prints exactly one line"
    return json.loads(lines[0])


def test_every_check_passes_in_process(qapp):
    out = io.StringIO()
    assert smoke.run_smoke_test(out) == 0
    report = _report(out.getvalue())
    assert report["ok"] is True
    assert report["version"] == __version__ and report["frozen"] is False
    assert list(report["checks"]) == CHECK_NAMES
    assert all(check["ok"] for check in report["checks"].values())
    assert all(check["ms"] >= 0 for check in report["checks"].values())
    checks = report["checks"]
    assert checks["fonts"]["family"] == "DejaVu Sans"
    assert checks["database"]["revision"] == checks["sqlcipher"]["revision"]
    assert checks["sqlcipher"]["cipher_version"]
    assert checks["qtpdf"]["pages"] == 1 and checks["qtpdf"]["inked_permille"] > 0
    assert set(report["versions"]) >= {"ops_desktop", "python", "qt", "pyside6", "sqlalchemy"}


def test_a_broken_installation_fails_with_the_checks_named(qapp, tmp_path, monkeypatch):
    """The same program pointed at an empty resources folder: the shipped fonts are missing."""
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(paths, "resources_dir", lambda: empty)
    out = io.StringIO()
    assert smoke.run_smoke_test(out) == 1
    report = _report(out.getvalue())
    assert report["ok"] is False
    failed = {name for name, check in report["checks"].items() if not check["ok"]}
    assert "fonts" in failed
    assert "no fonts in" in report["checks"]["fonts"]["error"]
    assert report["checks"]["database"]["ok"] is True  # one failure does not stop the rest


def test_smoke_test_flag_as_a_program(tmp_path):
    """`python -m ops_desktop --smoke-test` with no Qt platform chosen: it picks offscreen
    itself, prints one JSON line, exits 0 and leaves the user's data folder alone."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["OPS_DESKTOP_HOME"] = str(home)
    done = subprocess.run([sys.executable, "-m", "ops_desktop", "--smoke-test"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = _report(done.stdout)
    assert report["ok"] is True
    assert report["checks"]["qt"]["platform"] == "offscreen"
    assert not home.exists()


def test_without_standard_output_the_line_goes_to_the_logs_folder(qapp, monkeypatch):
    """The windowed Windows build started without a redirect has no sys.stdout."""
    monkeypatch.setattr(sys, "stdout", None)
    assert smoke.run_smoke_test() == 0
    report = _report((paths.logs_dir() / "smoke-test.json").read_text(encoding="utf-8"))
    assert report["ok"] is True
