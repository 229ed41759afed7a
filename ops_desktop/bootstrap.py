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

from ops_desktop import linux_libraries  # standard library only, like this module

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".lock-sha256"

# On Linux, beside the shared libraries of ops_desktop/linux_libraries.py: the fonts and the
# tools the tests use (pdftoppm/pdftotext render printed documents; Xvfb gives the tests a real
# X display for the xcb window check), as Debian/Ubuntu packages with what shows each is there.
LINUX_TOOLS = {
    "poppler-utils": lambda: shutil.which("pdftoppm") is not None,
    "fonts-dejavu-core": lambda: Path("/usr/share/fonts/truetype/dejavu").is_dir(),
    "xvfb": lambda: shutil.which("Xvfb") is not None,
}
PIP_LOG = VENV / "pip-install.log"
EXIT_LIBRARIES_MISSING = 3


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _lock_digest() -> str:
    return hashlib.sha256(LOCK.read_bytes()).hexdigest()


def ensure_environment() -> Path:
    """Create the virtual environment and install the locked dependencies when needed, then
    compile the translations."""
    python = install_environment()
    _compile_translations(python)
    return python


def install_environment() -> Path:
    """The virtual environment with the locked dependencies (nothing of Qt runs yet). pip's
    output goes to .venv/pip-install.log, named on failure."""
    python = _venv_python()
    if not python.exists():
        print("[ops-desktop] tworzenie środowiska .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = _lock_digest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        print("[ops-desktop] instalowanie zależności z requirements.lock (kilka minut) …",
              flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "install", "-q"]
        with PIP_LOG.open("w", encoding="utf-8") as log:
            for step in ([*pip, "-r", str(LOCK)], [*pip, "--no-deps", "-e", str(ROOT)]):
                log.write("$ " + " ".join(step) + "\n")
                log.flush()
                if subprocess.run(step, stdout=log, stderr=subprocess.STDOUT).returncode:
                    raise SystemExit(
                        f"[ops-desktop] pip nie zainstalował zależności; jego komunikaty są w "
                        f"pliku {PIP_LOG} (sprawdź połączenie z PyPI albo wolne miejsce i "
                        "uruchom polecenie ponownie)")
        STAMP.write_text(digest)
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


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the PySide6 in .venv (None before it is installed)."""
    for site in sorted(VENV.glob("lib/python3*/site-packages")):
        plugin = linux_libraries.xcb_plugin_in(site)
        if plugin is not None:
            return plugin
    return None


def missing_linux_packages(plugin: Path | None) -> tuple[list[str], list[str]]:
    """(Debian packages to install, libraries no known package provides): what `ldd` of the
    xcb plugin reports not found, what the library cache lacks of the whole Qt 6 xcb set,
    and the test tools."""
    libraries = (linux_libraries.ldd_missing(plugin) if plugin is not None else None) or []
    libraries += [lib for lib in linux_libraries.cache_missing(linux_libraries.PROBED) or []
                  if lib not in libraries]
    packages, unknown = linux_libraries.packages_for(libraries)
    packages += [name for name, present in LINUX_TOOLS.items() if not present()]
    return sorted(set(packages)), unknown


def _may_install() -> bool:
    """Root with apt-get: the bootstrap installs what is missing itself."""
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get") is not None


def ensure_linux_libraries(plugin: Path | None = None, *,
                           may_install: bool | None = None) -> list[str]:
    """Install the system libraries Qt needs when we can (root + apt-get), else print the one
    `apt-get install` line. Returns the packages still missing (empty: all there)."""
    if not sys.platform.startswith("linux"):
        return []
    packages, unknown = missing_linux_packages(plugin)
    if unknown:
        print("[ops-desktop] Qt nie znajduje bibliotek " + ", ".join(unknown) + " (pakiet "
              "wskaże `apt-file search NAZWA`)", file=sys.stderr)
    if not packages:
        return []
    apt = shutil.which("apt-get")
    if (_may_install() if may_install is None else may_install) and apt:
        print("[ops-desktop] instalowanie bibliotek systemowych dla Qt: "
              + " ".join(packages), flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run([apt, "update", "-qq"], check=False, env=env,
                       stdout=subprocess.DEVNULL)
        done = subprocess.run([apt, "install", "-y", "-qq", *packages], env=env,
                              stdout=subprocess.DEVNULL)
        if done.returncode == 0:
            return missing_linux_packages(plugin)[0]
    print("[ops-desktop] Brakuje bibliotek systemowych Qt. Zainstaluj je (Debian/Ubuntu):\n"
          f"    {linux_libraries.install_line(packages)}", file=sys.stderr)
    return packages


def demo_database_path() -> Path:
    return ROOT / ".venv" / "demo" / "ops-demo.db"


# The demo database's accounts (README, "Demo accounts"; domain/demo_accounts.py), printed for
# the first launch. The login dialog pre-fills the coordinator itself, because the database
# is a demo (its key file says so), however it was opened — press Enter.
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
    return subprocess.call([str(python), "-m", "ops_desktop", "--db", str(db), *extra])


def run_tests(python: Path, extra: list[str]) -> int:
    """The linter (ruff, rules in pyproject.toml), then the whole suite; both must pass."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print("[ops-desktop] ruff check …", flush=True)
    lint = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT, env=env)
    if not postgresql_available():
        print("[ops-desktop] brak programów serwera PostgreSQL (initdb, pg_ctl): testy serwera "
              "ośrodka zostaną pominięte (lista na końcu); zainstaluj je (Debian: apt-get "
              "install postgresql), by przeszły wszystkie testy", flush=True)
    tests = subprocess.call([str(python), "-m", "pytest", *extra], cwd=ROOT, env=env)
    return tests or lint


def postgresql_available() -> bool:
    """The server programs the tests' throw-away cluster needs (tests/pg_support.py)."""
    if os.environ.get("OPS_PG_BIN"):
        return (Path(os.environ["OPS_PG_BIN"]) / "initdb").exists()
    return any(Path("/usr/lib/postgresql").glob("*/bin/initdb")) or bool(shutil.which("initdb"))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args.pop(0) if args else "demo"
    if command not in {"demo", "test", "env"}:
        print("użycie: python -m ops_desktop.bootstrap demo|test|env [argumenty]", file=sys.stderr)
        return 2
    python = install_environment()
    missing = ensure_linux_libraries(xcb_plugin())  # before Qt runs for the first time
    _compile_translations(python)
    if command == "env":
        return 0
    if command == "test":
        return run_tests(python, args)
    window_libraries = set(missing) & set(linux_libraries.PACKAGE_OF.values())
    if window_libraries and os.environ.get("DISPLAY"):
        print("[ops-desktop] Okno programu nie otworzy się bez tych bibliotek: zainstaluj je "
              "poleceniem powyżej i uruchom ponownie.", file=sys.stderr)
        return EXIT_LIBRARIES_MISSING
    return run_demo(python, args)


if __name__ == "__main__":
    raise SystemExit(main())
