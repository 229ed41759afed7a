"""The layers of docs/ARCHITECTURE.md hold: only ui/ imports PySide6, and no lower layer imports a
higher one. Walks every module's imports with ast (no import side effects)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests import ROOT

PACKAGE = ROOT / "ops_desktop"
# Lower number = lower layer. A module may import its own layer or lower ones.
LAYERS = {"domain": 0, "db": 1, "services": 2, "reporting": 3, "exports": 3, "ui": 4, "cli": 5}
# Standard-library-only helpers, usable from any layer.
SHARED = {"paths", "bootstrap", "linux_libraries", "__init__", "__main__"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "ops_desktop" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in LAYERS else None


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        yield rel.parts[0] if len(rel.parts) > 1 else rel.stem, path


def test_only_ui_imports_pyside6():
    offenders = [
        str(path.relative_to(PACKAGE)) for layer, path in _modules()
        if layer not in {"ui"} and any(name.split(".")[0] in {"PySide6", "shiboken6"}
                                       for name in _imports(path))
    ]
    # The CLI starts the GUI through ops_desktop.ui, never by importing Qt itself.
    assert offenders == []


def test_lower_layers_do_not_import_higher_ones():
    offenders = []
    for layer, path in _modules():
        if layer in SHARED or layer not in LAYERS:
            continue
        for name in _imports(path):
            target = _layer_of(name)
            if target is not None and LAYERS[target] > LAYERS[layer]:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_check_itself_sees_a_violation(tmp_path):
    """The walker really finds imports (a check that cannot fail is no check)."""
    sample = tmp_path / "x.py"
    sample.write_text("from ops_desktop.ui.app import run_gui\nimport PySide6.QtCore\n")
    assert _imports(sample) == ["ops_desktop.ui.app", "PySide6.QtCore"]
    assert _layer_of("ops_desktop.ui.app") == "ui"


def test_the_bootstrap_needs_nothing_but_the_standard_library():
    """It runs on a fresh machine before .venv exists (README, Quick start)."""
    import sys

    for name in ("bootstrap.py", "linux_libraries.py"):
        foreign = [module for module in _imports(PACKAGE / name)
                   if module.split(".")[0] not in sys.stdlib_module_names
                   and module not in ("ops_desktop", "ops_desktop.linux_libraries")
                   and module != "__future__"]
        assert foreign == [], name
