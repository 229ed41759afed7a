"""The database at start is damaged: say so calmly and offer the newest good backup.

`open_with_recovery(path, key=…)` is what the start-up calls instead of `open_database`:
when the quick check refuses the file (services/integrity.py) this dialog names the damage,
finds the newest backup that passes every check, shows its date and row counts, and on
"Przywróć tę kopię" keeps the damaged file aside under a timestamped name (never overwritten)
and puts the backup in its place; then the file is opened again. Without a good backup the
file is left as it is and the program closes with a message naming the backups folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ops_desktop import paths
from ops_desktop.domain.backups import RestoreResult
from ops_desktop.domain.storage_errors import DatabaseUnreadable, StorageError
from ops_desktop.services import restore
from ops_desktop.services.context import Actor
from ops_desktop.services.database import OpenedDatabase, open_database
from ops_desktop.ui.backups.restore_dialog import counts_html
from ops_desktop.ui.common.messages import storage_error_text

Key = bytes | bytearray | None
T = TypeVar("T")


def open_with_recovery(path: Path | str, *, open_file: Callable[[], T] | None = None,
                       actor: Actor, recovery_key: Callable[[], Key] = lambda: None,
                       parent: QWidget | None = None) -> T | OpenedDatabase | None:
    """Open the database with `open_file` (default: `open_database(path)`; the sign-in
    passes its own); if the file is damaged, offer recovery with the key `recovery_key()`
    gives (None for a plain database), then open again. None: the person closed instead.
    Other storage errors (too new, locked, read-only) propagate to the caller's message."""
    opener: Callable[[], T | OpenedDatabase] = open_file or (
        lambda: open_database(path, actor=actor))
    for _attempt in range(2):
        try:
            return opener()
        except DatabaseUnreadable as exc:
            key = recovery_key()
            try:
                dialog = RecoveryDialog(Path(path), exc, key=key, actor=actor, parent=parent)
                accepted = dialog.exec() == QDialog.DialogCode.Accepted
            finally:
                if isinstance(key, bytearray):
                    key[:] = bytes(len(key))
            if not accepted:
                return None
    return opener()


class RecoveryDialog(QDialog):
    def __init__(self, db_path: Path, error: StorageError, *, actor: Actor, key: Key = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db_path = Path(db_path).resolve()
        self._key = key
        self._actor = actor
        self.result_: RestoreResult | None = None
        self.setWindowTitle(self.tr("Baza danych jest uszkodzona"))
        self.setMinimumWidth(560)
        self.inspection = restore.newest_good_backup(self._db_path, key=key)
        pages = getattr(error, "pages", [])
        text = self.tr("Plik bazy danych {path} jest uszkodzony albo nieczytelny, dlatego nie "
                       "został otwarty ani zmieniony.").format(path=self._db_path)
        if pages:
            text += " " + self.tr("Błędne strony pliku: {pages}.").format(
                pages=", ".join(str(p) for p in pages[:10]))
        self.problem = QLabel(text)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.offer = QLabel()
        self.offer.setObjectName("offer")
        self.offer.setWordWrap(True)
        self.offer.setTextFormat(Qt.TextFormat.RichText)
        self.restore_button = QPushButton(self.tr("Przywróć tę kopię"))
        self.restore_button.setObjectName("restoreButton")
        self.close_button = QPushButton(self.tr("Zamknij program"))
        self.close_button.setObjectName("closeButton")
        if self.inspection is not None:
            info = self.inspection.backup
            self.offer.setText(self.tr(
                "Najnowsza dobra kopia zapasowa: <b>{date}</b> (wersja programu {version}). "
                "Zawiera:").format(date=info.taken_at.strftime("%d.%m.%Y %H:%M"),
                                   version=info.app_version)
                + counts_html(self.inspection.facts.counts) + self.tr(
                "Zmiany wprowadzone po jej wykonaniu trzeba będzie wpisać ponownie. Uszkodzony "
                "plik zostanie zachowany obok pod nazwą z datą i godziną."))
        else:
            self.restore_button.setEnabled(False)
            self.offer.setText(self.tr(
                "Nie znaleziono dobrej kopii zapasowej w folderze {folder}. Plik bazy "
                "pozostawiono bez zmian; skontaktuj się z informatykiem.").format(
                folder=paths.backups_dir_for(self._db_path)))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.offer)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore_backup)
        self.close_button.clicked.connect(self.reject)

    def restore_backup(self) -> None:
        if self.inspection is None:
            return
        try:
            self.result_ = restore.recover_database(
                self._db_path, backup=self.inspection.backup, key=self._key, actor=self._actor)
        except StorageError as exc:
            self.offer.setText(storage_error_text(exc))
            self.restore_button.setEnabled(False)
            return
        self.accept()
