"""File steps of backups and restores that must survive a power cut or a full disk: fsync a
file and its folder, copy through a temporary name with a read-back comparison, write a
small text file durably. Every step raises OSError as the OS reports it; the callers map it to
a StorageError (domain/storage_errors.py) and remove what they left half-written."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from ops_desktop.fsync import fsync_folder

CHUNK = 1 << 20
LEFTOVER_AGE_S = 300


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def copy_verified(source: Path, target: Path) -> str:
    """Copy `source` to `target` through `target.partial`: write, flush, fsync, read back and
    compare SHA-256, then rename into place and fsync the folder. Returns the SHA-256.
    On any error the temporary file is removed and `target` is untouched."""
    temp = target.with_name(target.name + ".partial")
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as src, open(temp, "wb") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        if sha256_file(temp) != digest.hexdigest():
            raise OSError(5, "read-back differs from what was written", str(temp))
        os.replace(temp, target)
        fsync_folder(target.parent)
    except BaseException:
        remove_quietly(temp)
        raise
    return digest.hexdigest()


def write_text_durably(target: Path, text: str) -> None:
    """Write a small text file through a temporary name, fsynced, renamed into place."""
    temp = target.with_name(target.name + ".partial")
    try:
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        fsync_folder(target.parent)
    except BaseException:
        remove_quietly(temp)
        raise


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def remove_leftovers(db_path: Path, backups_dir: Path) -> list[Path]:
    """At start: what a killed run left half-written — a backup's `….db.partial` (a whole
    copy of the database), a manifest's or key copy's `.partial`, a key file's
    `.<db>.keys.*.tmp`. Each is only ever renamed into place once complete, so a leftover is
    never the only copy of anything. One untouched for LEFTOVER_AGE_S only: a backup another
    window is writing right now keeps its file. Returns what was removed."""
    import time

    found = list(backups_dir.glob("*.partial")) if backups_dir.is_dir() else []
    found += db_path.parent.glob(f".{db_path.name}.keys.*.tmp")
    removed = []
    for path in found:
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime < LEFTOVER_AGE_S:
                continue
        remove_quietly(path)
        if not path.exists():
            removed.append(path)
    return removed
