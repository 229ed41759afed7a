"""Storage problems the user can act on (docs/ARCHITECTURE.md, "Errors"): each has a clear
message in the UI and a way out. Anything else that goes wrong in storage is a bug and reaches
the crash dialog."""

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


class DatabaseDamaged(DatabaseUnreadable):
    """The quick check at start (or a backup's verification) found damage; `problems` are
    SQLite's own lines (e.g. "HMAC verification failed for page 3"), `pages` the page numbers
    named in them. The file was not opened for writing."""

    def __init__(self, path: Path | str, problems: list[str], pages: list[int] | None = None):
        super().__init__(path, "; ".join(problems[:5]))
        self.problems = problems
        self.pages = pages or []


class DatabaseLocked(StorageError):
    """Another program holds the file."""


class DiskFull(StorageError):
    """No space left where the file is written."""


class ReadOnlyLocation(StorageError):
    """The folder or file cannot be written."""


class NoPermission(ReadOnlyLocation):
    """The operating system refuses this account access to the folder or file (EACCES,
    EPERM): rights to be granted, not a full or read-only medium."""


class MediumFailed(StorageError):
    """Reading or writing the medium failed (an I/O error, a drive or stick removed)."""


class KeyFileDamaged(StorageError):
    """The key file cannot be read as a key file (truncated, edited, another format)."""


class KeyFileForeign(StorageError):
    """The key file beside the database opened with the password, but its master key does not
    open the database: the key file belongs to another database (another office, another
    copy), or the database's first page is damaged. `path` is the key file, `database` the
    database it was tried on. Not a DatabaseUnreadable: restoring a backup with this key
    would not help."""

    def __init__(self, path: Path | str, database: Path | str):
        super().__init__(path, str(database))
        self.database = Path(database)
class ServerBackupFailed(StorageError):
    """A backup or restore of the office server's database could not be made: `path` is the
    client program (pg_dump, pg_restore) with detail "missing" when it is not on this PC, or
    its own last lines when it failed (connection refused, no rights, a damaged archive)."""


class ExportFailed(Exception):
    """The export did not complete. `step`: space | folder | write | fsync | read_back |
    rename | manifest. `storage` is the StorageError the user can act on (DiskFull,
    ReadOnlyLocation, MediumFailed) or None for anything else. `left_behind` lists files of
    this export that could not be removed (a pulled stick)."""

    def __init__(self, step: str, path: Path, error: OSError, left_behind: list[Path]):
        super().__init__(f"{step}: {path.name}: {error}")
        self.step = step
        self.path = path
        self.error = error
        self.storage: StorageError | None = storage_error_from(error, path)
        self.left_behind = left_behind


# SQLite's primary result codes (the low byte of an extended code) that the user can act on.
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM = 13, 8, 14, 3
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_CORRUPT, _SQLITE_NOTADB = 5, 6, 11, 26
_SQLITE_IOERR = 10
_ERRNO_FULL = {"ENOSPC", "EDQUOT", "EFBIG"}
_ERRNO_READONLY = {"EROFS"}
_ERRNO_PERMISSION = {"EACCES", "EPERM"}
_ERRNO_MEDIUM = {"EIO", "ENXIO", "ENODEV", "ENOENT"}


def storage_error_from(exc: BaseException, path: Path | str) -> StorageError | None:
    """The StorageError the user can act on behind a driver or OS error, or None when it is
    not one (then it is a bug and goes to the crash dialog). Accepts SQLAlchemy's wrappers,
    sqlite3 / sqlcipher3 errors and OSError."""
    import errno

    if isinstance(exc, StorageError):
        return exc
    inner = getattr(exc, "orig", None) or exc
    if isinstance(inner, OSError):
        name = errno.errorcode.get(inner.errno or 0, "")
        if name in _ERRNO_FULL:
            return DiskFull(path, name)
        if name in _ERRNO_READONLY:
            return ReadOnlyLocation(path, name)
        if name in _ERRNO_PERMISSION:
            return NoPermission(path, name)
        if name in _ERRNO_MEDIUM:
            return MediumFailed(path, name)
        return None
    code = getattr(inner, "sqlite_errorcode", None)
    message = str(inner).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL or "disk is full" in message:
        return DiskFull(path, str(inner))
    if primary == _SQLITE_PERM:
        return NoPermission(path, str(inner))
    if primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN) or "readonly" in message:
        return ReadOnlyLocation(path, str(inner))
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in message:
        return DatabaseLocked(path, str(inner))
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in message \
            or "not a database" in message:
        return DatabaseUnreadable(path, str(inner))
    if primary == _SQLITE_IOERR or "disk i/o error" in message:
        return MediumFailed(path, str(inner))
    return None
