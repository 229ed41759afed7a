"""`ops-desktop --smoke-test`: does this installation work? (docs/RELIABILITY.md, R12)

Run by CI on the frozen Linux bundle, by `installer/build-windows.ps1` on the Windows bundle
and by the office's IT person after installing. It touches nothing of the user's: everything
happens in a temporary folder that is removed at the end. Checks, in order:

- qt:           QApplication on the offscreen platform plugin (set when QT_QPA_PLATFORM is unset)
- fonts:        the shipped DejaVu fonts registered, a family with every Polish letter present
- database:     a new database file created and migrated through `open_database`, a row
                written and read back through the services
- sqlcipher:    a second file created, migrated and used through SQLCipher with a raw key;
                its bytes on disk are not plain SQLite
- pdf:          a document with Polish text rendered with `reporting/document.py`
(those three are `services/smoke_checks.py`'s: the front end calls the service, never the
database engine or a renderer itself)
- qtpdf:        that PDF loaded with QtPdf, its text read back, page 1 rendered onto white
- print_support: QtPrintSupport imports and prints the rendered page to a PDF file
- charts:       QtCharts imports (the reports dashboard)
- translations: every compiled `.qm` loads and every `.ts` has one (the bundle must have the
                folder; a source checkout without translations passes)
- xcb:          (Linux with DISPLAY set, run first) `ldd` of the xcb platform plugin finds
                every library; otherwise the missing ones and the `apt-get install` line

One JSON line goes to standard output: versions, each check's result and time, the total.
Exit status 0 when every check passed, 1 otherwise. No personal data is involved."""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from ops_desktop import __version__, paths
from ops_desktop.services import smoke_checks
from ops_desktop.services.smoke_checks import POLISH_SAMPLE, SmokeFailure

POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
FONT_FAMILY = "DejaVu Sans"


class _Run:
    """Runs the checks one after another; a failed check does not stop the others."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.checks: dict[str, dict] = {}
        self.state: dict[str, object] = {}

    def check(self, name: str, func: Callable[[_Run], dict | None]) -> None:
        started = time.perf_counter()
        entry: dict[str, object] = {}
        try:
            entry.update(func(self) or {})
            entry["ok"] = True
        except Exception as exc:
            entry["ok"] = False
            entry["error"] = f"{type(exc).__name__}: {exc}"
            if not isinstance(exc, SmokeFailure):
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                entry["where"] = f"{Path(frame.filename).name}:{frame.lineno}"
        entry["ms"] = round((time.perf_counter() - started) * 1000, 1)
        self.checks[name] = entry


def _check_qt(run: _Run) -> dict:
    from PySide6.QtWidgets import QApplication

    from ops_desktop.ui.app import create_application

    app = create_application()
    run.state["app"] = app
    if QApplication.instance() is None:
        raise SmokeFailure("no QApplication")
    return {"platform": QApplication.platformName()}


def _check_fonts(run: _Run) -> dict:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from ops_desktop.ui.app import install_fonts

    folder = paths.resources_dir() / "fonts"
    shipped = sorted(p.name for p in folder.glob("DejaVuSans*.ttf"))
    if not shipped:
        raise SmokeFailure(f"no fonts in {folder}")
    if not (folder / "LICENSE-DejaVu.txt").exists():
        raise SmokeFailure("font licence missing")
    app = run.state["app"]
    install_fonts(app)  # the start-up code path: sets the application font only when a
    # shipped file registered, so a DejaVu installed on the system does not hide a failure
    if app.font().family() != FONT_FAMILY or FONT_FAMILY not in QFontDatabase.families():
        raise SmokeFailure(f"font family {FONT_FAMILY!r} not registered from {folder}")
    metrics = QFontMetrics(QFont(FONT_FAMILY, 10))
    missing = [ch for ch in POLISH_LETTERS if not metrics.inFontUcs4(ord(ch))]
    if missing:
        raise SmokeFailure(f"letters without glyphs: {''.join(missing)}")
    return {"family": FONT_FAMILY, "files": len(shipped)}


def _check_database(run: _Run) -> dict:
    return smoke_checks.check_database(run.workdir)


def _check_sqlcipher(run: _Run) -> dict:
    return smoke_checks.check_sqlcipher(run.workdir)


def _check_pdf(run: _Run) -> dict:
    path = run.workdir / "smoke.pdf"
    result = smoke_checks.render_sample_pdf(path)
    run.state["pdf"] = path
    return result


def _check_qtpdf(run: _Run) -> dict:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(str(run.state["pdf"]))
    if error != QPdfDocument.Error.None_:
        raise SmokeFailure(f"QtPdf could not load the PDF: {error.name}")
    text = document.getAllText(0).text()
    if POLISH_SAMPLE not in " ".join(text.split()):
        raise SmokeFailure("the Polish text did not come back out of the PDF")
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * 100 / 72), round(points.height() * 100 / 72))
    rendered = document.render(0, size)  # transparent background (docs/STACK.md, trap 4)
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    inked = _inked_fraction(page)
    if inked <= 0:
        raise SmokeFailure("page 1 rendered blank")
    run.state["page"] = page
    pages = document.pageCount()
    document.close()
    return {"pages": pages, "render_px": [size.width(), size.height()],
            "inked_permille": round(inked * 1000, 1)}


def _inked_fraction(image) -> float:
    """Share of sampled pixels that are not white (every 4th pixel of every 4th row)."""
    white = 0xFFFFFFFF
    sampled = inked = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            sampled += 1
            inked += image.pixel(x, y) != white
    return inked / max(sampled, 1)


def _check_print_support(run: _Run) -> dict:
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    printers = len(QPrinterInfo.availablePrinterNames())
    target = run.workdir / "smoke-printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    painter = QPainter()
    if not painter.begin(printer):
        raise SmokeFailure("QPrinter would not start")
    page = run.state.get("page")
    if page is not None:
        area = painter.viewport()
        painter.drawImage(area, page)
    painter.end()
    if not target.read_bytes().startswith(b"%PDF"):
        raise SmokeFailure("printing to PDF wrote no PDF")
    return {"printers": printers}


def _check_charts(run: _Run) -> dict:
    from PySide6.QtCharts import QChart, QPieSeries

    chart = QChart()
    series = QPieSeries()
    series.append("a", 1)
    chart.addSeries(series)
    return {"series": len(chart.series())}


def _check_translations(run: _Run) -> dict:
    from PySide6.QtCore import QTranslator

    folder = paths.resources_dir() / "i18n"
    if not folder.is_dir():
        if getattr(sys, "frozen", False):  # the spec always ships the folder
            raise SmokeFailure(f"no translations folder at {folder}")
        return {"qm": [], "folder": "absent"}  # a checkout with no translations yet
    compiled = sorted(folder.glob("*.qm"))
    sources = sorted(folder.glob("*.ts"))  # present in a source checkout only
    uncompiled = [ts.name for ts in sources if not ts.with_suffix(".qm").exists()]
    if uncompiled:
        raise SmokeFailure(f"not compiled: {', '.join(uncompiled)}")
    for qm in compiled:
        translator = QTranslator()
        if not translator.load(str(qm)) or translator.isEmpty():
            raise SmokeFailure(f"does not load: {qm.name}")
    return {"qm": [qm.name for qm in compiled]}


def _check_xcb(run: _Run) -> dict:
    """With a display set on Linux: can the xcb platform plugin load? `ldd` of the plugin, the
    missing libraries named with the one `apt-get install` line that brings them."""
    from PySide6.QtCore import QLibraryInfo

    from ops_desktop import linux_libraries

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        raise SmokeFailure(f"no xcb platform plugin at {plugin}")
    missing = linux_libraries.ldd_missing(plugin)
    if missing is None:
        return {"ldd": "unavailable"}
    if missing:
        packages, unknown = linux_libraries.packages_for(missing)
        fix = linux_libraries.install_line(packages) if packages else "apt-file search"
        raise SmokeFailure(f"the xcb platform plugin cannot load {', '.join(missing)}; "
                           f"install: {fix}" + (f" (unknown: {', '.join(unknown)})"
                                                if unknown and packages else ""))
    return {"missing": []}


CHECKS: list[tuple[str, Callable[[_Run], dict | None]]] = [
    ("qt", _check_qt),
    ("fonts", _check_fonts),
    ("database", _check_database),
    ("sqlcipher", _check_sqlcipher),
    ("pdf", _check_pdf),
    ("qtpdf", _check_qtpdf),
    ("print_support", _check_print_support),
    ("charts", _check_charts),
    ("translations", _check_translations),
]


def checks_to_run() -> list[tuple[str, Callable[[_Run], dict | None]]]:
    """CHECKS, and first the xcb check when a display is set on Linux (a window would open
    there, so the xcb plugin's libraries matter)."""
    if sys.platform.startswith("linux") and os.environ.get("DISPLAY"):
        return [("xcb", _check_xcb), *CHECKS]
    return list(CHECKS)


def _versions() -> dict[str, str]:
    import sqlite3

    import alembic
    import reportlab
    import sqlalchemy
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return {
        "ops_desktop": __version__,
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": pyside_version,
        "sqlalchemy": sqlalchemy.__version__,
        "alembic": alembic.__version__,
        "reportlab": reportlab.Version,
        "sqlite": sqlite3.sqlite_version,
    }


def _safe_versions() -> dict[str, str]:
    try:
        return _versions()
    except Exception as exc:
        return {"ops_desktop": __version__, "error": f"{type(exc).__name__}: {exc}"}


def run_smoke_test(out: TextIO | None = None) -> int:
    """Run every check, print one JSON line to `out` (stdout), return the exit status."""
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ops-smoke-") as folder:
        run = _Run(Path(folder))
        for name, func in checks_to_run():
            run.check(name, func)
        run.state.clear()
    ok = all(entry["ok"] for entry in run.checks.values())
    report = {
        "smoke_test": "ops-desktop",
        "ok": ok,
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "platform": sys.platform,
        "versions": _safe_versions(),
        "checks": run.checks,
        "total_ms": round((time.perf_counter() - started) * 1000, 1),
    }
    line = json.dumps(report, ensure_ascii=True) + "\n"
    stream = out or sys.stdout
    if stream is None:  # the windowed Windows build started without redirected output
        target = paths.logs_dir() / "smoke-test.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(line, encoding="utf-8")
    else:
        stream.write(line)
        stream.flush()
    return 0 if ok else 1
