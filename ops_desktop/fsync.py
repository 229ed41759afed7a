"""Making a written file, or a rename in a folder, survive a power cut: the one home of the
fsync steps that the key file, the encryption of a plain file, backups, restores and the safe
write of an export share (standard library only, usable from any layer)."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush a closed file's data to the medium."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (POSIX); Windows has no directory
    handles to fsync and NTFS journals the rename itself."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
