"""Which system libraries Qt needs on Linux and which Debian/Ubuntu packages provide them.

Standard library only: the bootstrap uses it before the virtual environment exists (a probe
of the library cache for the whole list) and after (`ldd` of the xcb platform plugin the
PySide6 wheel ships, which names exactly what the window would fail on); `--smoke-test` uses
the `ldd` half when a display is set. The Qt wheels bring Qt itself; what they load from the
system is the X11/xcb stack, EGL/GL, fontconfig, D-Bus and xkbcommon."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

# Shared object → Debian/Ubuntu package, for every library the Qt 6 xcb plugin and the
# widgets load from the system (the Qt 6 "xcb" requirements list plus what `ldd` shows).
PACKAGE_OF = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}
# Known, but loaded by none of the plugins the program uses: named when `ldd` reports them,
# never probed (probing would install packages nothing needs).
_NAMED_ONLY = {"libxcb-glx.so.0", "libxcb-xinput.so.0", "libOpenGL.so.0", "libSM.so.6",
               "libICE.so.6"}
# What the bootstrap probes in the library cache: the whole Qt 6 xcb set and what `ldd` of
# the PySide6 6.x xcb plugin lists from the system.
PROBED = [library for library in PACKAGE_OF if library not in _NAMED_ONLY]

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")


def missing_in_ldd_report(report: str) -> list[str]:
    """The shared objects an `ldd` report says are not found, in the report's order."""
    missing: list[str] = []
    for line in report.splitlines():
        match = _NOT_FOUND.match(line)
        if match and match.group(1) not in missing:
            missing.append(match.group(1))
    return missing


def packages_for(libraries: Iterable[str]) -> tuple[list[str], list[str]]:
    """(packages to install, sorted and once each; libraries no package is known for)."""
    packages: set[str] = set()
    unknown: list[str] = []
    for library in libraries:
        package = PACKAGE_OF.get(library)
        if package:
            packages.add(package)
        else:
            unknown.append(library)
    return sorted(packages), unknown


def install_line(packages: Iterable[str], *, root: bool = False) -> str:
    """The one command that installs them (Debian/Ubuntu)."""
    return ("" if root else "sudo ") + "apt-get install " + " ".join(packages)


def ldd_missing(library: Path) -> list[str] | None:
    """What `ldd` says `library` cannot find; None when it cannot be asked (no ldd, no file)."""
    ldd = shutil.which("ldd")
    if ldd is None or not library.is_file():
        return None
    try:
        done = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return missing_in_ldd_report(done.stdout)


def cache_missing(libraries: Iterable[str]) -> list[str] | None:
    """Which of `libraries` the dynamic linker's cache (`ldconfig -p`) lacks; None: unknown."""
    ldconfig = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if Path(p).exists()), None)
    if ldconfig is None:
        return None
    try:
        done = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    present = {line.split()[0] for line in done.stdout.splitlines()[1:] if line.strip()}
    return [library for library in libraries if library not in present]


def xcb_plugin_in(site_packages: Path) -> Path | None:
    """The xcb platform plugin of the PySide6 wheel installed under `site_packages`."""
    plugin = site_packages / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None
