"""Storage problems the user can act on (STYLE.md §3): each has a clear message in the UI and
a way out. Anything else that goes wrong in storage is a bug and reaches the crash dialog."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base: the file cannot be used as it is, for a reason the user can act on."""

    def __init__(self, path: Path | str, detail: str = ""):
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = Path(path)
        self.detail = detail


class DatabaseTooNew(StorageError):
    """The file was written by a newer version of the application."""

    def __init__(self, path: Path | str, revision: str):
        super().__init__(path, revision)
        self.revision = revision


class DatabaseUnreadable(StorageError):
    """Not a database, damaged, or encrypted with another key."""


class DatabaseLocked(StorageError):
    """Another program holds the file."""


class DiskFull(StorageError):
    """No space left where the file is written."""


class ReadOnlyLocation(StorageError):
    """The folder or file cannot be written."""
