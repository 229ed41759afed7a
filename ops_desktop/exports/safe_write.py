"""Writing an export to a removable drive (or any folder) so that it is whole or clearly not.

The procedure of docs/RELIABILITY.md ("export to USB"):
1. a new dated folder per export (`OPS-eksport-RRRR-MM-DD_GGMMSS`), created exclusively;
2. each file: a temp file in that folder → write → flush → fsync → read back (page cache
   dropped first where the OS allows) and compare SHA-256 → `os.replace` to its name → fsync
   of the folder;
3. `MANIFEST.sha256` written LAST, the same way, with the audit head in it. An export folder
   without a valid manifest is incomplete by definition; `verify_export` re-checks one later.
On any OSError (a full stick, a pulled stick, a read-only medium) the files of this export are
removed where possible and `ExportFailed` says at which step and why; earlier exports are never
touched. The manifest is `sha256sum -c` compatible (its comment lines start with "#").

`FileOps` is the one place the real file system is touched: tests inject faults by
overriding one of its steps."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import secrets
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ops_desktop.domain.storage_errors import ExportFailed
from ops_desktop.domain.progress import NO_PROGRESS, Cancelled, Progress
from ops_desktop.domain.usb_export import FOLDER_PREFIX, Verification, VerifyProblem
from ops_desktop.fsync import fsync_folder

MANIFEST_NAME = "MANIFEST.sha256"
TEMP_MARK = ".tmp-"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ExportFile:
    name: str          # a plain file name, no folders
    data: bytes


@dataclass(frozen=True)
class WrittenExport:
    folder: Path
    files: tuple[tuple[str, str], ...]    # (name, sha256 hex), manifest not included
    manifest_sha256: str


class FileOps:
    """The real file operations of the procedure, one method per step."""

    def make_folder(self, path: Path) -> None:
        path.mkdir()                            # exclusive: an existing folder is an error

    def open_temp(self, path: Path) -> BinaryIO:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        return os.fdopen(fd, "wb")

    def write(self, handle: BinaryIO, data: bytes, path: Path) -> None:
        view = memoryview(data)
        for start in range(0, len(view), _CHUNK):
            handle.write(view[start:start + _CHUNK])

    def flush(self, handle: BinaryIO, path: Path) -> None:
        handle.flush()

    def fsync(self, handle: BinaryIO, path: Path) -> None:
        os.fsync(handle.fileno())

    def read_back(self, path: Path) -> bytes:
        with open(path, "rb") as handle:
            _drop_cache(handle.fileno())        # read from the medium, not the page cache
            return handle.read()

    def rename(self, source: Path, target: Path) -> None:
        os.replace(source, target)

    def sync_folder(self, path: Path) -> None:
        fsync_folder(path)                         # a no-op on Windows (no folder handles)

    def remove(self, path: Path) -> None:
        path.unlink()

    def remove_folder(self, path: Path) -> None:
        path.rmdir()


REAL_FILE_OPS = FileOps()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_export(target: Path, files: Sequence[ExportFile], *, kind: str,
                 audit_head: str, when: dt.datetime | None = None,
                 ops: FileOps = REAL_FILE_OPS, progress: Progress = NO_PROGRESS,
                 check_space: bool = True) -> WrittenExport:
    """Write `files` into a new dated folder under `target`; raise ExportFailed (or
    Cancelled) with nothing of this export left where that could be helped."""
    when = when or dt.datetime.now()
    target = Path(target)
    names = [f.name for f in files]
    if not files or len(set(names)) != len(names) or MANIFEST_NAME in names or any(
            Path(n).name != n or n.startswith(".") for n in names):
        raise ValueError("export files need distinct plain names")
    if check_space:
        _check_space(target, sum(len(f.data) for f in files))
    created: list[Path] = []
    folder = target
    step = "folder"
    try:
        folder = _new_folder(target, when, ops)
        written: list[tuple[str, str]] = []
        total = len(files) + 1
        for index, item in enumerate(files):
            progress.report(index, total, item.name)
            digest = _write_one(folder, item.name, item.data, ops, created, step_prefix="")
            written.append((item.name, digest))
        progress.report(len(files), total, MANIFEST_NAME)
        manifest = manifest_text(written, kind=kind, audit_head=audit_head, when=when)
        step = "manifest"
        manifest_digest = _write_one(folder, MANIFEST_NAME, manifest.encode("utf-8"), ops,
                                     created, step_prefix="manifest")
        ops.sync_folder(target)
        progress.report(total, total, "")
        return WrittenExport(folder, tuple(written), manifest_digest)
    except _StepFailed as failed:
        left = _clean(folder, created, ops, remove_folder=folder != target)
        raise ExportFailed(failed.step, failed.path, failed.error, left) from failed.error
    except OSError as exc:  # the folder step
        left = _clean(folder, created, ops, remove_folder=folder != target)
        raise ExportFailed(step, folder, exc, left) from exc
    except Cancelled:
        _clean(folder, created, ops, remove_folder=folder != target)
        raise


def write_file(path: Path, data: bytes, *, ops: FileOps = REAL_FILE_OPS) -> str:
    """One file by the same steps (temp beside it, fsync, read back, rename): for a list saved
    where the user chose. Returns its SHA-256; ExportFailed leaves no temp file behind."""
    path = Path(path)
    created: list[Path] = []
    try:
        return _write_one(path.parent, path.name, data, ops, created, step_prefix="")
    except _StepFailed as failed:
        left = _clean(path.parent, [p for p in created if TEMP_MARK in p.name], ops,
                      remove_folder=False)
        raise ExportFailed(failed.step, path, failed.error, left) from failed.error


def manifest_text(files: Sequence[tuple[str, str]], *, kind: str, audit_head: str,
                  when: dt.datetime) -> str:
    lines = [
        "# OPS Desktop export manifest (sha256sum -c compatible)",
        f"# kind: {kind}",
        f"# created: {when.isoformat(timespec='seconds')}",
        f"# audit-head: {audit_head}",
    ]
    lines += [f"{digest}  {name}" for name, digest in files]
    lines.append(f"# files: {len(files)}")
    return "\n".join(lines) + "\n"



def verify_export(folder: Path) -> Verification:
    """Re-check an export folder against its manifest: every listed file present with its
    SHA-256, nothing else in the folder, the manifest complete."""
    folder = Path(folder)
    if not folder.is_dir():
        return Verification(folder, [VerifyProblem("", "missing_folder")])
    manifest = folder / MANIFEST_NAME
    try:
        text = manifest.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Verification(folder, [VerifyProblem(MANIFEST_NAME, "no_manifest")])
    except (OSError, UnicodeDecodeError):
        return Verification(folder, [VerifyProblem(MANIFEST_NAME, "manifest_damaged")])
    meta, listed, damaged = _parse_manifest(text)
    problems: list[VerifyProblem] = []
    if damaged:
        problems.append(VerifyProblem(MANIFEST_NAME, "manifest_damaged"))
    for name, expected in listed:
        path = folder / name
        try:
            actual = _file_sha256(path)
        except FileNotFoundError:
            problems.append(VerifyProblem(name, "missing"))
            continue
        except OSError:
            problems.append(VerifyProblem(name, "unreadable"))
            continue
        if actual != expected:
            problems.append(VerifyProblem(name, "changed"))
    known = {name for name, _ in listed} | {MANIFEST_NAME}
    try:
        present = sorted(p.name for p in folder.iterdir())
    except OSError:
        present = []
        problems.append(VerifyProblem("", "unreadable"))
    problems += [VerifyProblem(name, "unexpected") for name in present if name not in known]
    return Verification(folder, problems, [name for name, _ in listed], meta.get("kind", ""),
                        meta.get("created", ""), meta.get("audit-head", ""))


def find_exports(target: Path) -> list[Path]:
    """Export folders directly under `target`, oldest first."""
    try:
        return sorted(p for p in Path(target).iterdir()
                      if p.is_dir() and p.name.startswith(FOLDER_PREFIX))
    except OSError:
        return []


class _StepFailed(Exception):
    def __init__(self, step: str, path: Path, error: OSError):
        super().__init__(step)
        self.step, self.path, self.error = step, path, error


def _write_one(folder: Path, name: str, data: bytes, ops: FileOps, created: list[Path], *,
               step_prefix: str) -> str:
    def step(plain: str) -> str:
        return step_prefix or plain

    expected = sha256_hex(data)
    temp = folder / f".{name}{TEMP_MARK}{secrets.token_hex(4)}"
    try:
        handle = ops.open_temp(temp)
    except OSError as exc:
        raise _StepFailed(step("write"), temp, exc) from exc
    created.append(temp)
    current = "write"
    try:
        with handle:
            ops.write(handle, data, temp)
            current = "fsync"
            ops.flush(handle, temp)
            ops.fsync(handle, temp)
        current = "read_back"
        if sha256_hex(ops.read_back(temp)) != expected:
            raise OSError(errno.EIO, "read back differs from what was written", str(temp))
        current = "rename"
        final = folder / name
        ops.rename(temp, final)
        created.append(final)
        ops.sync_folder(folder)
    except OSError as exc:
        raise _StepFailed(step(current), temp, exc) from exc
    return expected


def _new_folder(target: Path, when: dt.datetime, ops: FileOps) -> Path:
    base = f"{FOLDER_PREFIX}{when:%Y-%m-%d_%H%M%S}"
    for attempt in range(1, 100):
        folder = target / (base if attempt == 1 else f"{base}-{attempt}")
        try:
            ops.make_folder(folder)
            return folder
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free export folder name", str(target))


def _check_space(target: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(target).free
    except OSError as exc:
        raise ExportFailed("space", target, exc, []) from exc
    # The files, the manifest and some room for the file system's own blocks.
    if free < needed + 64 * 1024 + needed // 50:
        # A read-only medium (a locked stick, a CD) often reports no free space: say why.
        if _read_only(target):
            raise ExportFailed("space", target, OSError(errno.EROFS, "read-only file system",
                                                        str(target)), [])
        raise ExportFailed("space", target, OSError(errno.ENOSPC, "not enough free space",
                                                    str(target)), [])


def _read_only(target: Path) -> bool:
    if hasattr(os, "statvfs"):
        try:
            return bool(os.statvfs(target).f_flag & os.ST_RDONLY)
        except OSError:
            return False
    return not os.access(target, os.W_OK)


def _clean(folder: Path, created: list[Path], ops: FileOps, *, remove_folder: bool) -> list[Path]:
    """Remove what this export wrote (temps first); what cannot be removed is returned."""
    left: list[Path] = []
    for path in sorted(set(created), key=lambda p: TEMP_MARK not in p.name):
        try:
            ops.remove(path)
        except FileNotFoundError:
            pass
        except OSError:
            left.append(path)
    if remove_folder and not left:
        try:
            ops.remove_folder(folder)
        except FileNotFoundError:
            pass
        except OSError:
            left.append(folder)
    return left


def _parse_manifest(text: str) -> tuple[dict[str, str], list[tuple[str, str]], bool]:
    meta: dict[str, str] = {}
    listed: list[tuple[str, str]] = []
    damaged = not text.endswith("\n")
    for line in text.splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].strip().partition(": ")
            meta[key] = value
            continue
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest) \
                or not name or Path(name).name != name:
            damaged = True
            continue
        listed.append((name, digest))
    if meta.get("files") != str(len(listed)) or "audit-head" not in meta or not listed:
        damaged = True
    return meta, listed, damaged


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        _drop_cache(handle.fileno())
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _drop_cache(fd: int) -> None:
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        try:
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass
