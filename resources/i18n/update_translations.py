"""Re-extract the user interface's strings into `ops_desktop_en.ts` and report what is left.

    python resources/i18n/update_translations.py            # update the .ts, compile the .qm
    python resources/i18n/update_translations.py --check    # change nothing; exit 1 when a
                                                            # string is missing or unfinished

Polish is the source language: every visible string is Polish in the code and goes through
`self.tr("…")` or `QCoreApplication.translate("<context>", "…")`; tables of literals translated
later through a variable are marked with `QT_TRANSLATE_NOOP("<context>", "…")`. The English
file is what `--lang en` loads (compiled to `ops_desktop_en.qm`, a build product).

pyside6-lupdate reads the code, with two things it cannot see made visible first in a
temporary copy of the package (the sources are not changed; line numbers stay the same):

- calls of the modules' helpers `_t = translator("ctx")` (Qt code,
  ops_desktop/ui/common/translation.py), `_t = i18n.translator("ctx")` (the layers without
  Qt) or `def _t(text): return QCoreApplication.translate("ctx", text)` (any name, also
  methods and local aliases) with a literal: `_t("Zapisz")` is read as
  `QCoreApplication.translate("ctx", "Zapisz")`;
- the tables in RUNTIME_TABLES below: literals defined in layers below `ui/`, which may not
  import Qt, and which the UI translates at run time.

Standard library plus the lupdate/lrelease shipped in the PySide6 wheel.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "ops_desktop"
TS_FILE = ROOT / "resources" / "i18n" / "ops_desktop_en.ts"
SOURCE_LANGUAGE, TARGET_LANGUAGE = "pl_PL", "en_GB"

# (file, module-level name, context): the string literals of that assignment (a string, or
# the values of a dict / tuple) are extracted in that context. Only for texts defined below
# ui/ (no Qt there) that the UI passes to translate() at run time; ui/ itself marks its
# tables with QT_TRANSLATE_NOOP.
_SUMMARY, _MONITORING = "ops_desktop/domain/summary.py", "ops_desktop/domain/monitoring_columns.py"
_MESSAGES = "ops_desktop/domain/messages.py"
RUNTIME_TABLES: list[tuple[str, str, str]] = [
    # The sentences of field problems and rules (ui/messages.py translates them).
    (_MESSAGES, "FIELD_TEXTS", "messages"),
    (_MESSAGES, "CODE_TEXTS", "messages"),
    (_MESSAGES, "RULE_TEXTS", "messages"),
    (_MESSAGES, "FIELD_FALLBACK", "messages"),
    (_MESSAGES, "RULE_FALLBACK", "messages"),
    (_MESSAGES, "EDIT_CONFLICT_TEXTS", "messages"),
    ("ops_desktop/domain/import_rules.py", "ACTION_TEXTS", "ImportDialog"),
    # Import problems and refusals (domain/import_rules.problem_text, refusal_text).
    ("ops_desktop/domain/import_rules.py", "FIELD_NAMES", "import"),
    ("ops_desktop/domain/import_rules.py", "PROBLEM_TEXTS", "import"),
    ("ops_desktop/domain/import_rules.py", "REFUSAL_TEXTS", "import"),
    # A refused server address of --db or office.ini (domain/database_location.problem_text).
    ("ops_desktop/domain/database_location.py", "PROBLEM_TEXTS", "server_url"),
    # Weekday short names on screen (domain/activities.weekday_abbreviation).
    ("ops_desktop/domain/activities.py", "WEEKDAY_ABBREVIATIONS", "weekdays"),
    # argparse's own words for the command line's help and errors (cli/parsing.py).
    ("ops_desktop/cli/parsing.py", "ARGPARSE_WORDS", "argparse"),
    # Header and first-column labels of the summary tables (ui/reports/summary_table_model.py)
    # and the instrument chart's bars (ui/reports/summary_charts.py).
    ("ops_desktop/domain/summary_tables.py", "SEX_HEADER", "summary"),
    (_SUMMARY, "CATEGORY_LABELS", "summary"),
    (_SUMMARY, "BREAKDOWN_TITLES", "summary"),
    (_SUMMARY, "NO_ANSWER_LABEL", "summary"),
    ("ops_desktop/domain/summary_tables.py", "SHEETS", "summary"),
    (_SUMMARY, "CATEGORY_LABELS", "SummaryCharts"),
    (_SUMMARY, "OUTCOME_LABELS", "summary"),
    (_SUMMARY, "UNKNOWN_LABEL", "summary"),
    (_SUMMARY, "POST_SECONDARY_LABEL", "summary"),
    (_SUMMARY, "BELOW_LABEL", "summary"),
    (_SUMMARY, "NO_GROUP_LABEL", "summary"),
    (_MONITORING, "EDUCATION_VALUES", "summary"),
    (_MONITORING, "LABOUR_STATUS_VALUES", "summary"),
    (_MONITORING, "EXIT_SITUATION_VALUES", "summary"),
]


# --- the PySide6 tools ---------------------------------------------------------------------

def tool_command(name: str, python: str = sys.executable) -> list[str]:
    """`pyside6-<name>` beside the interpreter, else the binary inside the PySide6 package,
    else the wheel's module entry point (name is "lupdate" or "lrelease")."""
    scripts = Path(python).parent
    for candidate in (scripts / f"pyside6-{name}", scripts / f"pyside6-{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    try:
        import PySide6
    except ImportError:
        PySide6 = None
    if PySide6 is not None:
        folder = Path(PySide6.__file__).parent
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return [str(candidate)]
    code = (f"import sys; from PySide6.scripts.pyside_tool import {name}; "
            f"sys.argv = ['{name}', *sys.argv[1:]]; {name}()")
    return [python, "-c", code]


def compile_qm(ts: Path, qm: Path) -> Path:
    subprocess.run([*tool_command("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


# --- making helper calls and run-time tables visible to lupdate ------------------------------

@dataclass(frozen=True)
class _Edit:
    line: int      # 1-based
    start: int     # byte offsets in the line
    end: int
    text: str


def _helper_context(func: ast.FunctionDef) -> str | None:
    """The context when `func` is `def f(text): return <…>.translate("ctx", text)`."""
    body = [s for s in func.body  # leave out a docstring and local imports
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
            and not isinstance(s, (ast.Import, ast.ImportFrom))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not func.args.args:
        return None
    call = body[0].value
    params = [a.arg for a in func.args.args if a.arg not in ("self", "cls")]
    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and len(call.args) == 2 and not call.keywords
            and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name) and params and call.args[1].id == params[0]):
        return call.args[0].value
    return None


def _translator_context(node: ast.expr) -> str | None:
    """The context when `node` is `i18n.translator("ctx")` (ops_desktop/i18n.py, the layers
    without Qt) or `translator("ctx")` (ops_desktop/ui/common/translation.py, Qt code)."""
    func = node.func if isinstance(node, ast.Call) else None
    name = (func.attr if isinstance(func, ast.Attribute) else
            func.id if isinstance(func, ast.Name) else None)
    if (isinstance(node, ast.Call) and name == "translator" and len(node.args) == 1
            and not node.keywords
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
        return node.args[0].value
    return None


class _HelperCalls(ast.NodeVisitor):
    """Finds helper definitions (with their scopes) and the calls of them with a literal."""

    def __init__(self) -> None:
        self.scopes: list[dict[str, str]] = [{}]
        self.methods: dict[str, str] = {}   # helpers defined in classes, called as X.name(...)
        self.found: list[tuple[ast.Call, str]] = []

    def _lookup(self, name: str) -> str | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def _declare(self, body: list[ast.stmt], in_class: bool) -> None:
        for stmt in body:
            if isinstance(stmt, ast.FunctionDef):
                context = _helper_context(stmt)
                if context is not None:
                    if in_class:
                        self.methods[stmt.name] = context
                    else:
                        self.scopes[-1][stmt.name] = context
            elif (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                  and isinstance(stmt.targets[0], ast.Name)):
                context = _translator_context(stmt.value) or self._reference(stmt.value)
                if context is not None:
                    self.scopes[-1][stmt.targets[0].id] = context

    def _reference(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return self._lookup(node.id)
        if isinstance(node, ast.Attribute) and node.attr not in ("tr", "translate"):
            return self.methods.get(node.attr)
        return None

    def visit_Module(self, node: ast.Module) -> None:
        for cls in (n for n in ast.walk(node) if isinstance(n, ast.ClassDef)):
            self._declare(cls.body, in_class=True)
        self._declare(node.body, in_class=False)
        self.generic_visit(node)

    def _visit_scope(self, node: ast.AST, body: list[ast.stmt]) -> None:
        self.scopes.append({})
        self._declare(body, in_class=False)
        self.generic_visit(node)
        self.scopes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._visit_scope(node, node.body)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._visit_scope(node, node.body)

    def visit_Call(self, node: ast.Call) -> None:
        context = self._reference(node.func)
        if (context is not None and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            self.found.append((node, context))
        self.generic_visit(node)


def _edits_for_helpers(tree: ast.Module) -> list[_Edit]:
    visitor = _HelperCalls()
    visitor.visit(tree)
    edits = []
    for call, context in visitor.found:
        func, first = call.func, call.args[0]
        edits.append(_Edit(func.lineno, func.col_offset, int(func.end_col_offset or 0),
                           "QCoreApplication.translate"))
        edits.append(_Edit(first.lineno, first.col_offset, first.col_offset,
                           f"{_quote(context)}, "))
    return edits


def _edits_for_tables(tree: ast.Module, names: dict[str, list[str]]) -> list[_Edit]:
    """`"x"` becomes `QT_TRANSLATE_NOOP("c1", "x") or QT_TRANSLATE_NOOP("c2", "x")…`."""
    edits, found = [], set()
    for stmt in tree.body:
        targets = (stmt.targets if isinstance(stmt, ast.Assign) else
                   [stmt.target] if isinstance(stmt, ast.AnnAssign) else [])
        for target in targets:
            if isinstance(target, ast.Name) and target.id in names and stmt.value is not None:
                found.add(target.id)
                first, *others = names[target.id]
                for node in _table_texts(stmt.value):
                    more = "".join(f" or QT_TRANSLATE_NOOP({_quote(c)}, {_quote(node.value)})"
                                   for c in others)
                    edits.append(_Edit(node.lineno, node.col_offset, node.col_offset,
                                       f"QT_TRANSLATE_NOOP({_quote(first)}, "))
                    end_line, end = int(node.end_lineno or 0), int(node.end_col_offset or 0)
                    edits.append(_Edit(end_line, end, end, f"){more}"))
    if set(names) - found:  # renamed or moved: say so rather than lose the texts quietly
        raise LookupError(f"RUNTIME_TABLES: no module-level {sorted(set(names) - found)}")
    return edits


def _table_texts(node: ast.expr) -> list[ast.Constant]:
    """The string literals among a table's values (dict keys are codes, not texts)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    if isinstance(node, ast.Dict):
        return [c for value in node.values for c in _table_texts(value)]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [c for element in node.elts for c in _table_texts(element)]
    return []


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _apply(source: bytes, edits: list[_Edit]) -> bytes:
    lines = source.split(b"\n")
    # Right to left within a line so earlier offsets stay valid; an insertion at the same
    # offset as a replacement's start goes after it (applied first, at the larger key).
    for edit in sorted(edits, key=lambda e: (e.line, e.start, e.end), reverse=True):
        line = lines[edit.line - 1]
        lines[edit.line - 1] = line[:edit.start] + edit.text.encode() + line[edit.end:]
    return b"\n".join(lines)


def prepared_copy(target: Path, root: Path = ROOT) -> list[str]:
    """Copy the package's .py files under `target` with helper calls and run-time tables
    made visible to lupdate; returns the copied paths relative to `target`."""
    tables: dict[str, dict[str, list[str]]] = {}
    for path, name, context in RUNTIME_TABLES:
        tables.setdefault(path, {}).setdefault(name, []).append(context)
    copied = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        source = path.read_bytes()
        tree = ast.parse(source)
        wanted = tables.pop(relative, {})
        edits = _edits_for_helpers(tree) + _edits_for_tables(tree, wanted)
        out = target / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(_apply(source, edits) if edits else source)
        copied.append(relative)
    if tables:
        raise LookupError(f"RUNTIME_TABLES names files that do not exist: {sorted(tables)}")
    return copied


# --- lupdate and the report ----------------------------------------------------------------

def run_lupdate(ts_out: Path, *, merge_with: Path | None = TS_FILE, root: Path = ROOT) -> Path:
    """Extract into `ts_out`, merged with the translations of `merge_with` (if it exists).
    The .ts is written inside the temporary copy at its real place, so the file names in its
    <location> elements are the same as for the real sources."""
    with tempfile.TemporaryDirectory(prefix="ops-i18n-") as tmp:
        work = Path(tmp)
        files = prepared_copy(work, root)
        ts = work / TS_FILE.relative_to(ROOT)
        ts.parent.mkdir(parents=True, exist_ok=True)
        if merge_with is not None and merge_with.exists():
            shutil.copyfile(merge_with, ts)
        listing = work / "files.lst"
        listing.write_text("\n".join(files) + "\n", encoding="utf-8")
        command = [*tool_command("lupdate"), "-silent", "-no-obsolete", "-locations", "absolute",
                   "-source-language", SOURCE_LANGUAGE, "-target-language", TARGET_LANGUAGE,
                   f"@{listing}", "-ts", str(ts.relative_to(work))]
        subprocess.run(command, cwd=work, check=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
        ts_out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ts, ts_out)
    return ts_out


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    finished: bool
    where: str      # "file:line" of the first location


def entries(ts: Path) -> list[Entry]:
    result = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            location = message.find("location")
            where = (f"{location.get('filename', '').removeprefix('../../')}:"
                     f"{location.get('line', '')}" if location is not None else "")
            result.append(Entry(name, message.findtext("source") or "", text,
                                kind not in ("unfinished", "vanished", "obsolete")
                                and bool(text.strip()), where))
    return result


def unfinished(ts: Path) -> list[Entry]:
    return [e for e in entries(ts) if not e.finished]


def report(items: list[Entry]) -> str:
    return "\n".join(f"  [{e.context}] {e.source!r}  ({e.where})" for e in items)


def write_without_locations(fresh: Path, target: Path) -> None:
    """The committed .ts keeps no <location> lines: they change with every edit anywhere in a
    file and made parallel branches conflict; the report reads them from the fresh copy."""
    text = fresh.read_text(encoding="utf-8")
    target.write_text(re.sub(r"^[ \t]*<location [^>]*/>\n", "", text, flags=re.M),
                      encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; fail when a string is missing or unfinished")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ops-i18n-") as tmp:
        fresh = run_lupdate(Path(tmp) / TS_FILE.name)
        todo = unfinished(fresh)
        total = len(entries(fresh))
        if not args.check:
            write_without_locations(fresh, TS_FILE)
            compile_qm(TS_FILE, TS_FILE.with_suffix(".qm"))
    where = "code" if args.check else TS_FILE.relative_to(ROOT).as_posix()
    print(f"{where}: {total} strings, {len(todo)} unfinished")
    if todo:
        print(report(todo))
    return 1 if (todo and args.check) else 0


if __name__ == "__main__":
    raise SystemExit(main())
