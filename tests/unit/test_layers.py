"""The layers of docs/ARCHITECTURE.md hold: only ui/ imports PySide6, and every import between
the packages of ops_desktop follows an edge of ALLOWED. Walks every module with ast (no import
side effects), including module names given to importlib as strings (cli/main.py,
cli/cmd_print.py, ui/session_flow.py) or f-strings (ui/main_window.py's pages). The front
ends name no dataclass or enum of services/ but the handles of SERVICE_HANDLES."""

from __future__ import annotations

import ast

from tests import ROOT

PACKAGE = ROOT / "ops_desktop"

# Who may import whom (a package may always import itself).
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "db": {"domain"},
    "services": {"db", "domain", "reporting", "exports"},
    "reporting": {"domain"},
    "exports": {"domain"},
    "ui": {"services", "domain"},
    "cli": {"services", "domain"},
}
# Standard-library helpers any layer may use.
SHARED = {"paths", "fsync", "bootstrap", "linux_libraries", "i18n", "__init__", "__main__"}

# Not violations: the program's one entry point starts the GUI (and its --smoke-test) from
# the command line, and imports nothing else of ui/.
ENTRY_POINTS = {
    ("cli/main.py", "ops_desktop.ui.app"),
    ("cli/main.py", "ops_desktop.ui.smoke"),
}

# Known violations, to SHRINK: each line is an import that breaks the table above and is
# still to be moved. A new violation fails the test; so does a line here that no longer
# happens (delete it). Keys are a module (as a path under ops_desktop/) or a whole layer.
# Empty now: keep it so, and move code instead of adding a line.
KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


def _layer_of_path(rel) -> str:
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path, *, strings: bool = True) -> list[str]:
    """Modules imported, plus module names written as strings ("ops_desktop.x.y", or the
    constant start of an f-string "ops_desktop.ui.{module}")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif not strings:
            continue
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _looks_like_module(node.value):
                names.append(node.value)
        elif isinstance(node, ast.JoinedStr) and node.values:
            head = node.values[0]
            if isinstance(head, ast.Constant) and isinstance(head.value, str) \
                    and _looks_like_module(head.value.rstrip(".")):
                names.append(head.value.rstrip("."))
    return names


def _looks_like_module(text: str) -> bool:
    parts = text.split(".")
    return len(parts) >= 2 and parts[0] == "ops_desktop" and all(p.isidentifier() for p in parts)


def _target_layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "ops_desktop" or len(parts) < 2 or parts[1] not in ALLOWED:
        return None
    return parts[1]


def _violations() -> set[tuple[str, str]]:
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        layer = _layer_of_path(rel)
        if layer in SHARED or layer not in ALLOWED:
            continue
        for name in _imports(path):
            target = _target_layer(name)
            if target is None or target == layer or target in ALLOWED[layer]:
                continue
            found.add((rel.as_posix(), name))
    return found


def _known(module: str, name: str) -> tuple[str, str] | None:
    for key in ((module, name), (module.split("/")[0], name)):
        if key in KNOWN_VIOLATIONS:
            return key
    return None


def test_only_ui_imports_pyside6():
    offenders = [
        str(path.relative_to(PACKAGE)) for path in sorted(PACKAGE.rglob("*.py"))
        if _layer_of_path(path.relative_to(PACKAGE)) != "ui"
        and any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path))
    ]
    # The CLI starts the GUI through ops_desktop.ui, never by importing Qt itself.
    assert offenders == []


def test_every_import_follows_an_allowed_edge():
    found = _violations() - ENTRY_POINTS
    new = sorted(f"{module} imports {name}" for module, name in found
                 if _known(module, name) is None)
    assert new == [], "imports against docs/ARCHITECTURE.md's table (move the code instead)"


def test_the_list_of_known_violations_only_shrinks():
    """A line of KNOWN_VIOLATIONS (or ENTRY_POINTS) that no longer happens is deleted."""
    found = _violations()
    used = {_known(module, name) for module, name in found} | (found & ENTRY_POINTS)
    stale = sorted(set(KNOWN_VIOLATIONS) - used) + sorted(ENTRY_POINTS - found)
    assert stale == []


def test_the_check_itself_sees_a_violation(tmp_path):
    """The walker really finds imports and importlib names (a check that cannot fail is no
    check)."""
    sample = tmp_path / "x.py"
    sample.write_text("import importlib\nfrom ops_desktop.ui.app import run_gui\n"
                      "import PySide6.QtCore\n"
                      "importlib.import_module('ops_desktop.cli.cmd_demo')\n"
                      "importlib.import_module(f'ops_desktop.ui.home.{name}')\n"
                      "print('ops_desktop is a name, not a module')\n")
    assert _imports(sample) == ["importlib", "ops_desktop.ui.app", "PySide6.QtCore",
                                "ops_desktop.cli.cmd_demo", "ops_desktop.ui.home"]
    assert _target_layer("ops_desktop.ui.app") == "ui"
    assert "ui" not in ALLOWED["services"] and "services" not in ALLOWED["exports"]


def test_the_bootstrap_needs_nothing_but_the_standard_library():
    """It runs on a fresh machine before .venv exists (README, Quick start)."""
    import sys

    for name in ("bootstrap.py", "linux_libraries.py"):
        foreign = [module for module in _imports(PACKAGE / name, strings=False)
                   if module.split(".")[0] not in sys.stdlib_module_names
                   and module not in ("ops_desktop", "ops_desktop.linux_libraries")
                   and module != "__future__"]
        assert foreign == [], name


# The front ends take every draft, view, result and enum from domain/<feature>.py. What
# services/ defines for them are handles carrying live resources (an engine, a session, a
# key), allowed by name here: (module under ops_desktop/, class) -> what it carries.
SERVICE_HANDLES: dict[tuple[str, str], str] = {
    ("services/context.py", "Actor"): "who a ServiceContext (engine, keyring) acts for",
    ("services/database.py", "OpenedDatabase"): "the opened database's ServiceContext",
    ("services/sign_in.py", "SetUpResult"): "the signed-in UserSession (engine, key)",
}
FRONT_ENDS = ("ui", "cli")


def _data_classes(tree: ast.Module) -> set[str]:
    """Top-level classes that are dataclasses, enums or named tuples."""
    found = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        marks = [ast.unparse(d) for d in node.decorator_list] + [ast.unparse(b) for b in node.bases]
        if any("dataclass" in mark or mark.endswith(("Enum", "Flag", "NamedTuple"))
               for mark in marks):
            found.add(node.name)
    return found


def _service_data_classes() -> dict[str, set[str]]:
    """Module name (ops_desktop.services.x) -> its data classes."""
    found = {}
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        module = ".".join(("ops_desktop", *path.relative_to(PACKAGE).with_suffix("").parts))
        found[module] = _data_classes(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _named_service_classes(tree: ast.Module, defined: dict[str, set[str]]) -> set[tuple[str, str]]:
    """(service module, class) pairs a module names: `from ops_desktop.services.x import C`,
    or `x.C` after `from ops_desktop.services import x` / `import ops_desktop.services.x as x`."""
    named, modules = set(), {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                if alias.name in defined.get(node.module, ()):
                    named.add((node.module, alias.name))
                elif f"{node.module}.{alias.name}" in defined:
                    modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in defined and alias.asname:
                    modules[alias.asname] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id in modules \
                and node.attr in defined[modules[node.value.id]]:
            named.add((modules[node.value.id], node.attr))
    return named


def _front_end_service_classes() -> set[tuple[str, str]]:
    """(module under ops_desktop/ as in SERVICE_HANDLES, class) named by ui/ or cli/."""
    defined = _service_data_classes()
    found = set()
    for layer in FRONT_ENDS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for module, name in _named_service_classes(
                    ast.parse(path.read_text(encoding="utf-8")), defined):
                found.add((module.removeprefix("ops_desktop.").replace(".", "/") + ".py", name))
    return found


def test_front_ends_take_their_data_types_from_domain():
    """Every dataclass or enum the GUI or the command line names lives in domain/, except the
    handles of SERVICE_HANDLES; and each of those is still named (no stale line)."""
    found = _front_end_service_classes()
    assert sorted(found - set(SERVICE_HANDLES)) == [], "move these into domain/<feature>.py"
    assert sorted(set(SERVICE_HANDLES) - found) == []


def test_the_data_type_check_sees_a_service_class():
    tree = ast.parse("from dataclasses import dataclass\nfrom enum import StrEnum\n"
                     "@dataclass(frozen=True)\nclass Result:\n    n: int\n"
                     "class Kind(StrEnum):\n    A = 'a'\nclass Handle:\n    pass\n")
    assert _data_classes(tree) == {"Result", "Kind"}
    defined = {"ops_desktop.services.demo": {"Result", "Kind"}}
    user = ast.parse("from ops_desktop.services.demo import Result\n"
                     "from ops_desktop.services import demo\n"
                     "def f(k: demo.Kind) -> None: ...\n")
    assert _named_service_classes(user, defined) == {
        ("ops_desktop.services.demo", "Result"), ("ops_desktop.services.demo", "Kind")}
