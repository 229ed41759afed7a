"""Files the front ends save where the user chose, and export folders checked again later:
the safe write of exports/safe_write.py (temp file, fsync, read back, rename; whole or not
there) and the removable drives mounted now, for the GUI and the command line."""

from __future__ import annotations

from pathlib import Path

from ops_desktop.domain.usb_export import RemovableDrive, Verification
from ops_desktop.exports import removable_drives as drives
from ops_desktop.exports import safe_write


def save_file(path: Path, data: bytes) -> str:
    """Write `data` to `path` safely; returns its SHA-256. ExportFailed (domain/storage_errors)
    says at which step and why, and leaves no temp file behind."""
    return safe_write.write_file(Path(path), data)


def verify_export(folder: Path) -> Verification:
    """Every file of an export folder against its manifest."""
    return safe_write.verify_export(Path(folder))


def removable_drives() -> list[RemovableDrive]:
    """The removable drives mounted now (empty on systems this does not know)."""
    return drives.list_removable_drives()
