"""First-use launcher behind the README's two Quick start commands.

    python -m ops_desktop.bootstrap demo   # create .venv, install pins, open the demo database
    python -m ops_desktop.bootstrap test   # same environment, then the whole test suite

It uses the standard library only, so it runs on a fresh machine with nothing but Python 3.11+,
on Linux and on Windows. The virtual environment lives in `.venv/` next to `pyproject.toml`
and is (re)installed from `requirements.lock` whenever the lock file changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".lock-sha256"

# Shared libraries the Qt wheels load on Linux (Debian/Ubuntu package names), and the fonts
# and tools the tests use (pdftoppm/pdftotext for rendering printed documents).
LINUX_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
    "libdbus-1-3", "libxcb-cursor0", "fonts-dejavu-core", "poppler-utils",
]
LINUX_PROBE_LIBS = ["libEGL.so.1", "libxkbcommon.so.0", "libfontconfig.so.1", "libGL.so.1"]


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _lock_digest() -> str:
    return hashlib.sha256(LOCK.read_bytes()).hexdigest()


def ensure_environment() -> Path:
    """Create the virtual environment and install the locked dependencies when needed."""
    python = _venv_python()
    if not python.exists():
        print("[ops-desktop] tworzenie środowiska .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = _lock_digest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        print("[ops-desktop] instalowanie zależności z requirements.lock …", flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "install", "-q"]
        subprocess.run([*pip, "-r", str(LOCK)], check=True)
        subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
        STAMP.write_text(digest)
    _compile_translations(python)
    return python


def _compile_translations(python: Path) -> None:
    """Compile resources/i18n/*.ts to .qm with the lrelease shipped in the PySide6 wheel."""
    i18n = ROOT / "resources" / "i18n"
    for ts in sorted(i18n.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        code = (
            "import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv=['lrelease', '-silent', sys.argv[1], '-qm', sys.argv[2]]; lrelease()"
        )
        subprocess.run([str(python), "-c", code, str(ts), str(qm)], check=True)


def ensure_linux_libraries() -> None:
    """Install the system libraries Qt needs when we can (root + apt), else name them."""
    if not sys.platform.startswith("linux"):
        return
    missing = [lib for lib in LINUX_PROBE_LIBS if not _linux_has_library(lib)]
    tools_missing = shutil.which("pdftoppm") is None
    if not missing and not tools_missing:
        return
    apt = shutil.which("apt-get")
    if hasattr(os, "geteuid") and os.geteuid() == 0 and apt:
        print("[ops-desktop] instalowanie bibliotek systemowych dla Qt …", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run([apt, "update", "-qq"], check=False, env=env)
        subprocess.run([apt, "install", "-y", "-qq", *LINUX_PACKAGES], check=True, env=env)
        return
    print(
        "[ops-desktop] Brakuje bibliotek systemowych Qt. Zainstaluj (Debian/Ubuntu):\n"
        f"    sudo apt-get install {' '.join(LINUX_PACKAGES)}",
        file=sys.stderr,
    )


def _linux_has_library(name: str) -> bool:
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    except OSError:
        return True  # cannot tell; let Qt report it
    return name in out


def demo_database_path() -> Path:
    return ROOT / ".venv" / "demo" / "ops-demo.db"


# The demo database's accounts (README, "Demo accounts"; services/demo/accounts_demo.py): the
# demo opens with the coordinator pre-filled in the login dialog — press Enter.
DEMO_USER = "koordynator"
DEMO_PASSWORD = "demo-ops-2011"


def run_demo(python: Path, extra: list[str]) -> int:
    db = demo_database_path()
    if db.exists() and not db.with_name(db.name + ".keys").exists():
        # A demo built by a version without accounts (plain file): build it afresh.
        for stale in (db, *(db.with_name(db.name + s) for s in ("-wal", "-shm"))):
            stale.unlink(missing_ok=True)
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        print("[ops-desktop] tworzenie bazy demonstracyjnej …", flush=True)
        env = {k: v for k, v in os.environ.items()
               if k not in ("OPS_DESKTOP_USER", "OPS_DESKTOP_PASSWORD")}  # the demo admin
        subprocess.run([str(python), "-m", "ops_desktop", "demo", "--db", str(db)], check=True,
                       env=env)
    print(f"[ops-desktop] logowanie: {DEMO_USER} / {DEMO_PASSWORD} (inne konta w README)",
          flush=True)
    env = dict(os.environ, OPS_DESKTOP_USER=os.environ.get("OPS_DESKTOP_USER", DEMO_USER),
               OPS_DESKTOP_PASSWORD=os.environ.get("OPS_DESKTOP_PASSWORD", DEMO_PASSWORD))
    return subprocess.call([str(python), "-m", "ops_desktop", "--db", str(db), *extra], env=env)


def run_tests(python: Path, extra: list[str]) -> int:
    """The linter (ruff, rules in pyproject.toml), then the whole suite; both must pass."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print("[ops-desktop] ruff check …", flush=True)
    lint = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT, env=env)
    tests = subprocess.call([str(python), "-m", "pytest", *extra], cwd=ROOT, env=env)
    return tests or lint


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args.pop(0) if args else "demo"
    if command not in {"demo", "test", "env"}:
        print("użycie: python -m ops_desktop.bootstrap demo|test|env [argumenty]", file=sys.stderr)
        return 2
    ensure_linux_libraries()
    python = ensure_environment()
    if command == "env":
        return 0
    if command == "test":
        return run_tests(python, args)
    return run_demo(python, args)


if __name__ == "__main__":
    raise SystemExit(main())
