"""A name chosen in a save dialog, corrected to its format's extension (domain/file_names):
"lista.csv" for an XLSX list is saved as "lista.xlsx". When the corrected file already exists
(the dialog asked only about the name typed), the person is asked before it is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ops_desktop.domain.file_names import corrected


def confirmed_path(parent: QWidget | None, chosen: str | Path, file_format: str) -> Path | None:
    """The path to write, or None when the person does not want the existing file replaced."""
    chosen = Path(chosen)
    path = corrected(chosen, file_format)
    if path != chosen and path.exists():
        answer = QMessageBox.question(parent, QCoreApplication.translate("save_names", "Zapisz"),
                                      QCoreApplication.translate(
            "save_names", "Plik w tym formacie musi mieć rozszerzenie {suffix}: zostanie "
            "zapisany jako {name}, a taki plik już istnieje. Zastąpić go?").format(
            suffix=path.suffix, name=path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return path
