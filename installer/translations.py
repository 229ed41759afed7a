"""Compile `resources/i18n/*.ts` to `.qm` for a release build, with the `lrelease` that ships
in the PySide6 wheel (docs/STACK.md, trap 9). Used by `ops_desktop.spec`; standard library only."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

_MODULE_LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv = ['lrelease', *sys.argv[1:]]; lrelease()"
)


def lrelease_command(python: str = sys.executable) -> list[str]:
    """`pyside6-lrelease` beside the interpreter or on PATH, else the wheel's module entry."""
    scripts = Path(python).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = scripts / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    return [python, "-c", _MODULE_LRELEASE]


def compile_translations(source: Path, target: Path) -> list[Path]:
    """Every `source/*.ts` compiled to `target/<same name>.qm`; a failure stops the build."""
    target.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.exists() or qm.stat().st_size == 0:
            raise RuntimeError(f"lrelease wrote nothing for {ts.name}")
        compiled.append(qm)
    return compiled


def main(argv: list[str]) -> int:
    """`python installer/translations.py [OUT_DIR]`: compile into OUT_DIR (build/i18n)."""
    root = Path(__file__).resolve().parent.parent
    target = Path(argv[0]) if argv else root / "build" / "i18n"
    compiled = compile_translations(root / "resources" / "i18n", target)
    print(f"translations: {len(compiled)} compiled into {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
