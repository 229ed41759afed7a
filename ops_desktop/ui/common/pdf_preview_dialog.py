"""Preview, print and save one printed document: the same PDF bytes in all three.

    PdfPreviewDialog(pdf_bytes, title=…, suggested_name="KS-1-2011.pdf", parent=self).exec()

Preview uses QtPdf; printing goes through the system print dialog (QPrinter), each page
rendered from the same PDF at the printer's resolution and composited onto white (QtPdf
renders transparent pages, docs/STACK.md trap 4). With no printer installed the dialog says so
and offers "Zapisz jako PDF". `printed` / `saved` are emitted so callers can audit them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from ops_desktop.domain.file_names import corrected
from ops_desktop.ui.common.save_names import confirmed_path
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)


def render_page(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """Page `page` as an opaque image of `size` (white under the transparent render)."""
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


class PdfPreviewDialog(QDialog):
    printed = Signal()
    saved = Signal(str)

    def __init__(self, pdf: bytes, *, title: str, suggested_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf = pdf
        self._suggested = suggested_name
        self.setWindowTitle(title)
        self.resize(820, 960)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages = QLabel(self.tr("Stron: {n}").format(n=self.document.pageCount()))
        self.print_button = QPushButton(self.tr("Drukuj… (Ctrl+P)"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Zapisz jako PDF… (Ctrl+S)"))
        self.save_button.setObjectName("saveButton")
        close = QPushButton(self.tr("Zamknij"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_to(self, path: str | Path) -> None:
        path = corrected(path, "pdf")  # "raport" or "raport.txt" is saved as "raport.pdf"
        path.write_bytes(self.pdf)
        self.saved.emit(str(path))

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz dokument"), self._suggested, self.tr("Dokument PDF (*.pdf)"))
        path = confirmed_path(self, path, "pdf") if path else None
        if path is None:
            return
        try:
            self.save_to(path)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Nie udało się zapisać pliku {path}: {error}. Wybierz inny folder lub zwolnij "
                "miejsce na dysku.").format(path=path, error=exc.strerror or exc))

    def print_document(self) -> None:
        if not QPrinterInfo.availablePrinterNames():
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Na tym komputerze nie ma zainstalowanej drukarki. "
                        "Zapisać dokument jako PDF?"))
            if answer == QMessageBox.StandardButton.Yes:
                self.save_as()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Nie udało się rozpocząć drukowania."))
            return
        try:
            target = painter.viewport()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                scale = min(target.width() / points.width(), target.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                painter.drawImage(0, 0, render_page(self.document, page, size))
        finally:
            painter.end()
        self.printed.emit()
