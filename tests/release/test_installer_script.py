"""The Windows installer script (installer/ops_desktop.nsi): what it promises, read from the
script, and that it compiles with makensis (on Linux too) with a stand-in payload.

The promises (docs/RELIABILITY.md, packaging): per user without administrator rights; Polish and
English; Start-menu shortcut and an optional desktop one; the uninstaller removes program
files only and never the data folder, which is never the program folder."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from ops_desktop import APP_NAME, __version__, paths
from tests import ROOT

NSI = ROOT / "installer" / "ops_desktop.nsi"
TEXT = NSI.read_text(encoding="utf-8-sig")
COMMANDS = [line.strip() for line in TEXT.splitlines()
            if line.strip() and not line.strip().startswith(";")]


def _defines() -> dict[str, str]:
    return dict(re.findall(r'^!define (\w+) "([^"]*)"', TEXT, re.MULTILINE))


def _section(title: str) -> list[str]:
    start = COMMANDS.index(f'Section {title}')
    end = COMMANDS.index("SectionEnd", start)
    return COMMANDS[start + 1:end]


def test_installs_per_user_without_administrator_rights():
    assert "RequestExecutionLevel user" in COMMANDS
    assert "HKLM" not in TEXT and "SetShellVarContext all" not in TEXT
    assert _defines()["DEFAULT_INSTALL_DIR"].startswith("$LOCALAPPDATA\\Programs\\")


def test_program_folder_is_never_the_data_folder(monkeypatch):
    """The script's data folder is the one the application uses on Windows (paths.py), and
    the default program folder is neither it, inside it, nor above it."""
    local = r"C:\Users\kasia\AppData\Local"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("OPS_DESKTOP_HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", local)
    data_home = PureWindowsPath(str(paths.data_home()))
    defines = _defines()
    data_dir = PureWindowsPath(defines["DATA_DIR"].replace("$LOCALAPPDATA", local))
    install = PureWindowsPath(defines["DEFAULT_INSTALL_DIR"].replace("$LOCALAPPDATA", local))
    assert data_dir == data_home == PureWindowsPath(local, APP_NAME)
    assert install != data_dir
    assert data_dir not in install.parents and install not in data_dir.parents
    assert "Function .onVerifyInstDir" in COMMANDS  # the same rule when the user picks a folder


def test_uninstaller_removes_program_files_only():
    uninstall = _section('"Uninstall"')
    assert uninstall.index("Call un.EnsureNotRunning") < uninstall.index(
        'RMDir /r "$INSTDIR\\_internal"')
    assert [c for c in uninstall if c.startswith("RMDir /r")] == ['RMDir /r "$INSTDIR\\_internal"']
    assert 'RMDir "$INSTDIR"' in uninstall  # not recursive: only when nothing else is left
    assert not [c for c in uninstall if "DATA_DIR" in c or "$LOCALAPPDATA" in c]
    writes = ("Delete", "RMDir", "SetOutPath", "File", "Rename", "CreateDirectory", "CopyFiles")
    assert not [c for c in COMMANDS if "${DATA_DIR}" in c and c.startswith(writes)]


def test_upgrade_replaces_program_files_and_nothing_else():
    app = _section('"!$(SEC_APP)" SecApp')
    assert "SectionIn RO" in app
    assert app.index("Call EnsureNotRunning") < app.index('RMDir /r "$INSTDIR\\_internal"') \
        < app.index('File /r "${PAYLOAD}\\*.*"')
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}.lnk" "$INSTDIR\\${APP_EXE}"' in app


def test_polish_and_english_with_a_language_choice():
    languages = re.findall(r'!insertmacro MUI_LANGUAGE "(\w+)"', TEXT)
    assert languages == ["Polish", "English"]  # the first is the default
    assert "!insertmacro MUI_LANGDLL_DISPLAY" in COMMANDS
    strings = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", TEXT, re.MULTILINE)
    names = {name for name, _ in strings}
    assert names and all({(n, "POLISH"), (n, "ENGLISH")} <= set(strings) for n in names)


def test_desktop_shortcut_is_an_optional_component():
    desktop = _section('"$(SEC_DESKTOP)" SecDesktop')
    assert "SectionIn RO" not in desktop
    assert 'CreateShortcut "$DESKTOP\\${APP_NAME}.lnk" "$INSTDIR\\${APP_EXE}"' in desktop
    assert "!insertmacro MUI_PAGE_COMPONENTS" in COMMANDS


def _compile(tmp_path: Path, **env_extra: str) -> subprocess.CompletedProcess:
    if not (shutil.which("makensis") and shutil.which("bash")):
        reason = "makensis is not installed (Debian: apt-get install nsis); .ci/run installs it"
        if os.environ.get("OPS_REQUIRE_MAKENSIS") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    env = dict(os.environ, OUT_DIR=str(tmp_path), **env_extra)
    return subprocess.run(["bash", str(ROOT / "installer" / "compile-installer.sh")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)


def test_installer_compiles_with_a_stand_in_payload(tmp_path):
    done = _compile(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    setup = tmp_path / f"ops-desktop-{__version__}-setup.exe"
    data = setup.read_bytes()
    assert data[:2] == b"MZ"
    assert __version__.encode("utf-16-le") in data  # the installer's version resource


def test_signing_hooks_sign_uninstaller_then_installer(tmp_path):
    log = tmp_path / "signed.txt"
    signer = tmp_path / "sign.sh"
    signer.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\n')
    signer.chmod(0o755)
    done = _compile(tmp_path, SIGN_SCRIPT=str(signer))
    assert done.returncode == 0, done.stdout + done.stderr
    signed = log.read_text().splitlines()
    assert len(signed) == 2  # the uninstaller (a temporary file) before it is packed, then:
    assert signed[1] == str(tmp_path / f"ops-desktop-{__version__}-setup.exe")


def test_a_payload_without_the_program_is_refused(tmp_path):
    empty = tmp_path / "payload"
    empty.mkdir()
    done = _compile(tmp_path, PAYLOAD=str(empty))
    assert done.returncode != 0
    assert "ops-desktop.exe not found" in done.stdout + done.stderr
