"""Turning a plain SQLite database (earlier versions) into a SQLCipher one, in place and safely.

Sequence (`encrypt_database`):
1. Fold the plain file's WAL into it (`wal_checkpoint(TRUNCATE)`); refuse if another
   program holds it.
2. `ATTACH … KEY` a new file `<db>.encrypting` and `sqlcipher_export` everything into it.
3. Verify the new file on its own connection: `integrity_check`, `cipher_integrity_check`,
   `foreign_key_check`, and per table the row count and a SHA-256 of the rows equal to the
   plain file's; then fsync it.
4. Rename the plain file to `<db>.plain-old`, the encrypted one to `<db>`, fsync the folder.
5. Overwrite the plain file (and any `-wal`/`-shm` it left) and delete it.
A crash at any point leaves either the plain database or the verified encrypted one under the
database's name; `resume_interrupted` finishes or undoes the step at the next start.

Overwriting before deleting removes the data from the file's blocks on an ordinary disk; an
SSD or a copy-on-write file system may keep old blocks elsewhere, which only full-disk
encryption (BitLocker) covers. The files are opened with `sqlcipher3` only, never `sqlite3`."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.domain.storage_errors import DatabaseLocked, DatabaseUnreadable
from ops_desktop.fsync import fsync_file, fsync_folder

PLAIN_HEADER = b"SQLite format 3\x00"
ENCRYPTING_SUFFIX = ".encrypting"
PLAIN_OLD_SUFFIX = ".plain-old"
_CHUNK = 1 << 20


class EncryptionCheckFailed(DatabaseUnreadable):
    """The encrypted copy did not check out; the plain database was left untouched."""


@dataclass(frozen=True)
class EncryptionReport:
    tables: int
    rows: int
    seconds: float


def file_kind(path: Path) -> str:
    """"absent" (missing or empty), "plain" (an SQLite header) or "encrypted" (anything else:
    SQLCipher's first 16 bytes are a random salt)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return "absent"
    if not head:
        return "absent"
    return "plain" if head == PLAIN_HEADER else "encrypted"


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def encrypt_database(path: Path, key: bytearray) -> EncryptionReport:
    """Encrypt the plain database at `path` with the raw 32-byte `key`, verified, in place."""
    import sqlcipher3

    started = time.perf_counter()
    resume_interrupted(path)
    if file_kind(path) != "plain":
        raise DatabaseUnreadable(path, "not a plain SQLite database")
    target = path.with_name(path.name + ENCRYPTING_SUFFIX)
    target.unlink(missing_ok=True)
    hex_key = key.hex()
    source = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        busy = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise DatabaseLocked(path, "checkpoint busy")
        expected = _fingerprint(source)
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{hex_key}'\"", (str(target),))
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        source.execute("DETACH DATABASE encrypted")
    except BaseException:
        source.close()
        target.unlink(missing_ok=True)
        raise
    source.close()
    try:
        _verify(target, hex_key, expected)
        fsync_file(target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    leftovers = [p for p in sidecars(path) if p.exists() and p.stat().st_size > 0]
    if leftovers:  # someone else opened the plain file meanwhile: keep it, drop the copy
        target.unlink(missing_ok=True)
        raise DatabaseLocked(path, "in use")
    aside = path.with_name(path.name + PLAIN_OLD_SUFFIX)
    os.replace(path, aside)
    fsync_folder(path.parent)
    os.replace(target, path)
    fsync_folder(path.parent)
    _remove_plain(path, aside)
    return EncryptionReport(len(expected[1]), sum(c for c, _ in expected[1].values()),
                            time.perf_counter() - started)


def resume_interrupted(path: Path) -> None:
    """Finish or undo an encryption that a crash or power cut interrupted."""
    target = path.with_name(path.name + ENCRYPTING_SUFFIX)
    aside = path.with_name(path.name + PLAIN_OLD_SUFFIX)
    if aside.exists():
        if file_kind(path) == "absent" and target.exists():
            # The plain file is set aside only after the copy was verified and fsynced.
            os.replace(target, path)
            fsync_folder(path.parent)
        if file_kind(path) == "encrypted":
            _remove_plain(path, aside)
        elif file_kind(path) == "absent":
            os.replace(aside, path)  # nothing verified to take its place: put it back
            fsync_folder(path.parent)
    elif target.exists():
        target.unlink()  # an unfinished, unverified copy; the plain file is intact


def secure_delete(path: Path) -> None:
    """Overwrite the file's bytes with zeros, fsync, then delete it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as handle:
        zeros = bytes(_CHUNK)
        written = 0
        while written < size:
            written += handle.write(zeros[: min(_CHUNK, size - written)])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def _remove_plain(path: Path, aside: Path) -> None:
    # While the plain file is still set aside the encrypted one has never been opened under
    # the database's name, so any -wal/-shm there are the plain database's (emptied by the
    # checkpoint, but SQLite may leave them behind): they must not be read as its journal.
    for stale in [*sidecars(path), *sidecars(aside), aside]:
        secure_delete(stale)
    fsync_folder(path.parent)


def _fingerprint(conn) -> tuple[list[tuple], dict[str, tuple[int, str]]]:
    fk_problems = sorted(conn.execute("PRAGMA foreign_key_check").fetchall())
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    result: dict[str, tuple[int, str]] = {}
    for table in tables:
        digest = hashlib.sha256()
        count = 0
        quoted = '"' + table.replace('"', '""') + '"'
        try:
            cursor = conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
        except Exception:
            width = len(conn.execute(f"SELECT * FROM {quoted} LIMIT 0").description)
            order = ", ".join(str(i) for i in range(1, width + 1))
            cursor = conn.execute(f"SELECT * FROM {quoted} ORDER BY {order}")
        for row in cursor:
            digest.update(repr(row).encode("utf-8"))
            count += 1
        result[table] = (count, digest.hexdigest())
    return fk_problems, result


def _verify(target: Path, hex_key: str, expected: tuple[list[tuple], dict]) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            raise EncryptionCheckFailed(target, "integrity_check")
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise EncryptionCheckFailed(target, "cipher_integrity_check")
        if _fingerprint(conn) != expected:
            raise EncryptionCheckFailed(target, "rows differ")
    finally:
        conn.close()


