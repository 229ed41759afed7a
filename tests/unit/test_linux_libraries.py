"""What the Qt xcb plugin lacks on Linux, and what the bootstrap and `--smoke-test` say about
it: a real `ldd` report of PySide6's libqxcb.so (Debian 12, two libraries removed as in the
issue) read by the parser and, through a stand-in `ldd` program on PATH, by the bootstrap's
detection and the smoke test's xcb check; then the real plugin of this machine, and a real
window on Xvfb when it is installed (CI installs it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ops_desktop import bootstrap, linux_libraries
from ops_desktop.ui import smoke
from tests import ROOT

REPORT = ROOT / "tests" / "fixtures" / "ldd" / "libqxcb-debian12-missing-icccm-keysyms.txt"
MISSING = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def test_the_ldd_report_names_the_two_missing_libraries_and_their_packages():
    report = REPORT.read_text(encoding="utf-8")
    assert len(report.splitlines()) > 40  # the whole report, not just the two lines
    assert linux_libraries.missing_in_ldd_report(report) == MISSING
    packages, unknown = linux_libraries.packages_for(MISSING)
    assert (packages, unknown) == (["libxcb-icccm4", "libxcb-keysyms1"], [])
    assert linux_libraries.install_line(packages) == (
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert linux_libraries.packages_for(["libfoo.so.7"]) == ([], ["libfoo.so.7"])
    assert linux_libraries.missing_in_ldd_report("\tlinux-vdso.so.1 (0x00007f)\n") == []


def test_the_whole_qt6_xcb_set_is_known():
    wanted = {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
              "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0", "libxcb-xkb1",
              "libxkbcommon-x11-0", "libxcb-cursor0"}
    assert wanted <= set(linux_libraries.PACKAGE_OF.values())


@pytest.fixture
def stand_in_ldd(tmp_path, monkeypatch):
    """`ldd` and `ldconfig` programs first on PATH: ldd prints the fixture report, ldconfig a
    cache holding every probed library but the two."""
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "ldd").write_text(f"#!/bin/sh\ncat '{REPORT}'\n")
    cache = "\n".join(f"\t{lib} (libc6,x86-64) => /lib/x86_64-linux-gnu/{lib}"
                      for lib in linux_libraries.PROBED if lib not in MISSING)
    (folder / "cache.txt").write_text(f"{len(linux_libraries.PROBED)} libs found in cache\n"
                                      + cache + "\n")
    (folder / "ldconfig").write_text(f"#!/bin/sh\ncat '{folder / 'cache.txt'}'\n")
    for name in ("ldd", "ldconfig"):
        (folder / name).chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"\x7fELF")  # stands for the plugin; the stand-in ldd reads the report
    return plugin


@linux_only
def test_bootstrap_names_the_packages_and_prints_one_apt_get_line(stand_in_ldd, capsys):
    packages, unknown = bootstrap.missing_linux_packages(stand_in_ldd)
    assert {"libxcb-icccm4", "libxcb-keysyms1"} <= set(packages) and unknown == []
    assert not set(packages) & (set(linux_libraries.PACKAGE_OF.values())
                                - {"libxcb-icccm4", "libxcb-keysyms1"})
    assert bootstrap.ensure_linux_libraries(stand_in_ldd, may_install=False) == packages
    err = capsys.readouterr().err
    lines = [line.strip() for line in err.splitlines() if "apt-get install" in line]
    assert lines == [linux_libraries.install_line(packages)]


@linux_only
def test_the_bootstrap_stops_before_building_the_demo_when_a_window_cannot_open(
        stand_in_ldd, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(bootstrap, "install_environment", lambda: Path(sys.executable))
    monkeypatch.setattr(bootstrap, "xcb_plugin", lambda: stand_in_ldd)
    monkeypatch.setattr(bootstrap, "_may_install", lambda: False)
    built = []
    monkeypatch.setattr(bootstrap, "run_demo", lambda python, extra: built.append(1) or 0)
    assert bootstrap.main(["demo"]) == bootstrap.EXIT_LIBRARIES_MISSING
    assert built == []
    err = capsys.readouterr().err
    assert "sudo apt-get install" in err and "libxcb-icccm4" in err
    assert "Okno programu nie otworzy się" in err


@linux_only
def test_smoke_test_with_a_display_names_the_missing_xcb_libraries(qapp, stand_in_ldd,
                                                                   monkeypatch):
    monkeypatch.setenv("DISPLAY", ":0")  # the platform stays offscreen (QT_QPA_PLATFORM)
    assert [name for name, _ in smoke.checks_to_run()][0] == "xcb"
    check = smoke._Run(stand_in_ldd.parent)
    check.check("xcb", smoke._check_xcb)
    entry = check.checks["xcb"]
    assert entry["ok"] is False
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in entry["error"]
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in entry["error"]
    monkeypatch.delenv("DISPLAY")
    assert "xcb" not in [name for name, _ in smoke.checks_to_run()]


@linux_only
def test_the_xcb_plugin_of_this_machine_finds_every_library():
    """What CI's bootstrap installed is enough for a window (`ldd` of the real plugin)."""
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    plugin = bootstrap.xcb_plugin() or linux_libraries.xcb_plugin_in(
        Path(__import__("PySide6").__file__).parent.parent)
    assert plugin is not None
    assert linux_libraries.ldd_missing(plugin) == []


@linux_only
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb not installed")
def test_a_real_window_on_xvfb(tmp_path):
    """`--smoke-test` on the xcb platform of a real X server: the xcb check and a real
    QApplication there."""
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        deadline = time.monotonic() + 30
        while not socket.exists() and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.1)
        assert socket.exists(), "Xvfb did not start"
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   OPS_DESKTOP_HOME=str(tmp_path / "home"))
        done = subprocess.run([sys.executable, "-m", "ops_desktop", "--smoke-test"],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
        report = json.loads(done.stdout.splitlines()[-1])
        assert report["checks"]["xcb"] == {"missing": [], "ok": True,
                                           "ms": report["checks"]["xcb"]["ms"]}
        assert report["checks"]["qt"]["platform"] == "xcb"
        assert report["ok"] is True, done.stdout
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_pip_output_goes_to_a_log_named_on_failure(tmp_path, monkeypatch, capsys):
    """A failing pip (an unknown requirement, no network needed to fail): the bootstrap says
    where pip's output is and prints none of it."""
    venv_dir = tmp_path / "venv"
    lock = tmp_path / "requirements.lock"
    lock.write_text("ops-desktop-no-such-package==0.0.0 ; python_version < '3'\n./nowhere\n")
    monkeypatch.setattr(bootstrap, "VENV", venv_dir)
    monkeypatch.setattr(bootstrap, "LOCK", lock)
    monkeypatch.setattr(bootstrap, "STAMP", venv_dir / ".lock-sha256")
    monkeypatch.setattr(bootstrap, "PIP_LOG", venv_dir / "pip-install.log")
    monkeypatch.setattr(bootstrap, "_venv_python", lambda: Path(sys.executable))
    venv_dir.mkdir()
    with pytest.raises(SystemExit) as stopped:
        bootstrap.install_environment()
    assert str(venv_dir / "pip-install.log") in str(stopped.value)
    log = (venv_dir / "pip-install.log").read_text(encoding="utf-8")
    assert "nowhere" in log and "ERROR" in log
    printed = capsys.readouterr()
    assert "ERROR" not in printed.out + printed.err  # pip said it into the log only
    assert not (venv_dir / ".lock-sha256").exists()
