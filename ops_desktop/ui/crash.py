"""The one place unexpected errors end: a log file and a calm dialog that names it."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox

from ops_desktop import __version__, paths

log = logging.getLogger("ops_desktop")


def log_file() -> paths.Path:
    folder = paths.logs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"ops-desktop-{__version__}.log"


def install_crash_handler() -> None:
    logging.basicConfig(filename=str(log_file()), level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    def hook(kind, value, tb):
        if _storage_warning(value):
            return
        # Tracebacks name code locations and ids; services never put names or PESELs in them.
        log.error("unhandled %s at %s\n%s", kind.__name__, dt.datetime.now().isoformat(),
                  "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None, QApplication.translate("crash", "Nieoczekiwany błąd"),
                QApplication.translate(
                    "crash",
                    "Wystąpił nieoczekiwany błąd. Dane zapisane wcześniej są bezpieczne.\n"
                    "Szczegóły zapisano w pliku:\n{path}\nPrzekaż ten plik informatykowi.",
                ).format(path=log_file()),
            )

    sys.excepthook = hook


def _storage_warning(error: BaseException) -> bool:
    """A full disk, a read-only folder, a locked file… met anywhere in the GUI (a save, a
    sign-off, an attendance grid, a background task): its sentence, not the crash dialog;
    the program keeps running and nothing half-done was written (one transaction)."""
    from ops_desktop.domain.storage_errors import storage_error_from
    from ops_desktop.ui.common.messages import storage_error_text

    found = storage_error_from(error, getattr(error, "filename", None) or "")
    if found is None or QApplication.instance() is None:
        return False
    log.warning("storage error %s", type(found).__name__)  # no path: it may name a person
    QMessageBox.warning(None, QApplication.translate("crash", "Nie zapisano"),
                        storage_error_text(found))
    return True
