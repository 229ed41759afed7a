"""The shared GUI pieces: background tasks with progress and cancel, and the PDF preview that
shows, prints and saves the same bytes."""

from __future__ import annotations

import threading

from PySide6.QtPrintSupport import QPrinter

from ops_desktop.domain.progress import Progress
from ops_desktop.reporting.document import DocumentHeader, para, pdf_bytes
from ops_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog, render_page
from ops_desktop.ui.common.tasks import run_in_background


def test_background_task_reports_progress_and_result(qtbot):
    seen: list[tuple[int, int]] = []
    results: list[object] = []

    def work(progress: Progress) -> str:
        for i in range(1, 6):
            progress.report(i, 5)
        return "gotowe"

    runner = run_in_background(None, "Test", work, on_done=results.append, show_dialog=False)
    runner.progressed.connect(lambda d, t, _text: seen.append((d, t)))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: results == ["gotowe"], timeout=2000)


def test_background_task_can_be_cancelled(qtbot):
    started = threading.Event()
    cancelled: list[bool] = []
    done: list[object] = []

    def work(progress: Progress) -> int:
        started.set()
        for i in range(10_000_000):
            progress.report(i, 10_000_000)
        return 1

    runner = run_in_background(None, "Test", work, on_done=done.append,
                               on_cancelled=lambda: cancelled.append(True), show_dialog=False)
    assert started.wait(5)
    runner.cancel()
    with qtbot.waitSignal(runner.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: cancelled == [True], timeout=2000)
    assert done == []


def _sample_pdf() -> bytes:
    header = DocumentHeader("Ośrodek Pomocy Społecznej w Łodzi", funding_line="EFS")
    return pdf_bytes(header, [para("Zaświadczenie ąćęłńóśźż " * 400)])


def test_preview_saves_and_prints_the_same_document(qtbot, tmp_path):
    pdf = _sample_pdf()
    dialog = PdfPreviewDialog(pdf, title="Podgląd", suggested_name="x.pdf")
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 2
    target = tmp_path / "zapis.pdf"
    dialog.save_to(target)
    assert target.read_bytes() == pdf
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "wydruk.pdf"))
    dialog.print_to(printer)
    assert (tmp_path / "wydruk.pdf").stat().st_size > 1000


def test_rendered_page_is_opaque_white_under_text(qtbot):
    from PySide6.QtCore import QSize

    dialog = PdfPreviewDialog(_sample_pdf(), title="Podgląd", suggested_name="x.pdf")
    qtbot.addWidget(dialog)
    image = render_page(dialog.document, 0, QSize(200, 283))
    assert image.pixelColor(2, 2).name() == "#ffffff"
    assert image.pixelColor(2, 2).alpha() == 255


def test_preview_saves_under_the_pdf_extension(qtbot, tmp_path):
    dialog = PdfPreviewDialog(_sample_pdf(), title="Podgląd", suggested_name="x.pdf")
    qtbot.addWidget(dialog)
    dialog.save_to(tmp_path / "zapis.txt")             # typed with a wrong extension
    assert (tmp_path / "zapis.pdf").read_bytes()[:5] == b"%PDF-"
    assert not (tmp_path / "zapis.txt").exists()
    dialog.save_to(tmp_path / "bez_rozszerzenia")
    assert (tmp_path / "bez_rozszerzenia.pdf").exists()
