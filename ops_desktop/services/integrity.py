"""Is a database file sound? The checks behind the quick check at start, backup verification
and `ops-desktop check` (docs/RELIABILITY.md: backups, corruption).

- `quick_check` runs at every start: SQLite's `quick_check`, which on an encrypted file reads
  every page in use through SQLCipher's page HMAC (a single flipped bit is caught, which plain
  SQLite's checks miss inside a record); when it fails, `cipher_integrity_check` names the
  pages.
- `full_check` adds `integrity_check` (indexes against tables) and `foreign_key_check`.
- `fingerprints` gives each table's row count and a SHA-256 of its rows in a stable order, so
  a backup can be compared with its source table by table.

Checks run on the DBAPI connection (never inside a SQLAlchemy transaction: ATTACH and VACUUM
refuse to run in one). A file beside the open database (a backup) is checked by ATTACHing it
to a connection of the open engine: SQLCipher then uses the open database's key, so neither
this module nor its callers ever handle the key for that. A file that cannot be opened
through an engine (the damaged database at start) is checked with `check_file(path, key=…)`."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from ops_desktop.domain.backups import CheckReport, FileFacts
from ops_desktop.domain.storage_errors import (
    DatabaseLocked, DiskFull, ReadOnlyLocation, storage_error_from,
)

_PAGE = re.compile(r"page (\d+)", re.IGNORECASE)
_READ_THROUGH_CACHE_KIB = 2048
_FULL_BELOW_BYTES = 1 << 20


@dataclass(frozen=True)
class TableFingerprint:
    rows: int
    sha256: str


def is_encrypted(engine: Engine) -> bool:
    """True when the engine opens its file through SQLCipher with a key."""
    return getattr(engine.dialect.dbapi, "__name__", "").startswith("sqlcipher3")


def quick_check(engine: Engine, path: Path | str, *, keep_cache: bool = True) -> CheckReport:
    """The start-up check; raises DatabaseDamaged when the file is damaged (or unreadable
    with this key), so a damaged database is never opened for writing. `keep_cache=False`
    (the check beside the window, on a connection of its own): read through a small cache
    and let go, instead of filling a second 32 MiB cache beside the window's (peak memory).
    """
    try:
        with raw_connection(engine) as conn:
            if not keep_cache:
                size = conn.execute("PRAGMA cache_size").fetchone()[0]
                conn.execute(f"PRAGMA cache_size = -{_READ_THROUGH_CACHE_KIB}")
            report = run_checks(conn, encrypted=is_encrypted(engine), full=False)
            if not keep_cache:
                conn.execute("PRAGMA shrink_memory")
                conn.execute(f"PRAGMA cache_size = {int(size)}")
    except Exception as exc:  # the first connection's PRAGMAs fail raw ("not a database")
        if not _is_driver_error(exc):
            raise
        detail = exc.orig if isinstance(exc, DBAPIError) else exc
        storage = storage_error_from(detail, path)
        if isinstance(storage, (DiskFull, ReadOnlyLocation, DatabaseLocked)):
            raise storage from exc  # a full disk or a lock is not damage: nothing to restore
        report = _failed(str(detail), is_encrypted(engine), full=False)
    if not report.ok:
        _raise_if_not_damage(report, Path(path))
    report.raise_if_damaged(path)
    return report


def _raise_if_not_damage(report: CheckReport, path: Path) -> None:
    """SQLite says "disk I/O error" when the WAL index cannot grow on a full disk, or
    "disk is full" / "readonly": that is the medium, not damage — no backup to restore."""
    import shutil

    text = " ".join(report.problems).lower()
    if "disk is full" in text:
        raise DiskFull(path, text)
    if "readonly" in text or "read-only" in text:
        raise ReadOnlyLocation(path, text)
    if "disk i/o error" in text:
        try:
            free = shutil.disk_usage(path.parent).free
        except OSError:
            return
        if free < _FULL_BELOW_BYTES:
            raise DiskFull(path, text)


def full_check(engine: Engine) -> CheckReport:
    if engine.dialect.name == "postgresql":
        return _server_check(engine)
    try:
        with raw_connection(engine) as conn:
            return run_checks(conn, encrypted=is_encrypted(engine), full=True)
    except DBAPIError as exc:
        return _failed(str(exc.orig), is_encrypted(engine), full=True)


def _server_check(engine: Engine) -> CheckReport:
    """The office server's twin (db/repositories/server_checks.py), read-only."""
    from ops_desktop.db.repositories.server_checks import server_problems

    try:
        with engine.connect() as conn:
            problems = server_problems(conn)
            conn.rollback()
    except DBAPIError as exc:
        return _failed(str(exc.orig), False, full=True)
    return CheckReport(not problems, tuple(problems), (), 0, False, True)


def check_attached(engine: Engine, path: Path | str) -> tuple[CheckReport, FileFacts]:
    """Full check of another file (a backup) through the open engine, with the same key."""
    encrypted = is_encrypted(engine)
    try:
        with raw_connection(engine) as conn, attached(conn, path) as schema:
            report = run_checks(conn, schema=schema, encrypted=encrypted, full=True)
            facts = read_facts(conn, schema) if report.ok else FileFacts()
            return report, facts
    except Exception as exc:
        if not _is_driver_error(exc):
            raise
        return _failed(str(exc), encrypted, full=True), FileFacts()


def check_file(path: Path | str, *, key: bytes | None, full: bool = True
               ) -> tuple[CheckReport, FileFacts]:
    """Full check of a file that is not open, with the key given (None: a plain file).
    Opened read-only and without the engine's PRAGMAs: checking a backup never changes it."""
    path = Path(path)
    if not path.is_file():
        return _failed(f"no such file: {path.name}", key is not None, full=full), FileFacts()
    try:
        conn = open_file_readonly(path, key=key)
    except Exception as exc:
        if not _is_driver_error(exc):
            raise
        return _failed(str(exc), key is not None, full=full), FileFacts()
    try:
        report = run_checks(conn, encrypted=key is not None, full=full)
        facts = read_facts(conn) if report.ok else FileFacts()
        return report, facts
    except Exception as exc:
        if not _is_driver_error(exc):
            raise
        return _failed(str(exc), key is not None, full=full), FileFacts()
    finally:
        conn.close()


def key_opens(path: Path | str, key: bytes | bytearray) -> bool:
    """Does `key` decrypt the first page of the encrypted file at `path`? (a backup: is the
    key file right and the database damaged, or is the key file another database's?)"""
    try:
        conn = open_file_readonly(path, key=bytes(key))
    except Exception as exc:
        if not _is_driver_error(exc):
            raise
        return False
    try:
        _quiet_cipher_log(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception as exc:
        if not _is_driver_error(exc):
            raise
        return False
    finally:
        conn.close()


def open_file_readonly(path: Path | str, *, key: bytes | None) -> Any:
    """A read-only DBAPI connection to `path`: SQLCipher with the raw key, or plain SQLite
    for an unencrypted file (docs/RELIABILITY.md: an encrypted file never goes through sqlite3)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    if key is None:
        import sqlite3

        return sqlite3.connect(uri, uri=True, isolation_level=None)
    import sqlcipher3

    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def run_checks(conn: Any, *, schema: str = "main", encrypted: bool, full: bool) -> CheckReport:
    """SQLite's and SQLCipher's checks on one DBAPI connection, collected, never raised."""
    problems: list[str] = []
    fk_problems = 0
    if encrypted:
        _quiet_cipher_log(conn)
    check = "integrity_check" if full else "quick_check"
    rows = _pragma(conn, schema, check, problems)
    problems += [row[0] for row in rows if row and row[0] != "ok"]
    if encrypted and (full or problems):
        # Every page's HMAC, naming the bad pages. At start only after quick_check failed:
        # quick_check reads every page in use, and a page whose HMAC fails cannot be read,
        # so a healthy file is read once instead of twice (bench/bench_backup.py).
        problems[:0] = [row[0] for row in _pragma(conn, schema, "cipher_integrity_check",
                                                  problems)]
    if full:
        fk_rows = _pragma(conn, schema, "foreign_key_check", problems)
        fk_problems = len(fk_rows)
        problems += [f"foreign key: {row[0]} rowid {row[1]} -> {row[2]}" for row in fk_rows[:20]]
    pages = sorted({int(m.group(1)) for line in problems for m in _PAGE.finditer(line)})
    return CheckReport(not problems, tuple(problems), tuple(pages), fk_problems, encrypted, full)


def read_facts(conn: Any, schema: str = "main") -> FileFacts:
    counts = {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
              for name in table_names(conn, schema)}
    revision = head = None
    if "alembic_version" in counts:
        row = conn.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone()
        revision = row[0] if row else None
    if "audit_log" in counts:
        row = conn.execute(
            f"SELECT id, hash FROM {schema}.audit_log ORDER BY id DESC LIMIT 1").fetchone()
        head = (row[0], row[1]) if row else None
    return FileFacts(counts, revision, head)


def table_names(conn: Any, schema: str = "main") -> list[str]:
    rows = conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    return [row[0] for row in rows]


def fingerprints(conn: Any, schema: str = "main") -> dict[str, TableFingerprint]:
    """Per table: row count and SHA-256 of its rows sorted by every column (VACUUM may
    renumber the hidden rowids of tables without an integer key, so rowid order is not
    stable between a database and its backup)."""
    result = {}
    for name in table_names(conn, schema):
        width = len(conn.execute(f'SELECT * FROM {schema}."{name}" LIMIT 0').description)
        order = ", ".join(str(i) for i in range(1, width + 1))
        digest = hashlib.sha256()
        count = 0
        for row in conn.execute(f'SELECT * FROM {schema}."{name}" ORDER BY {order}'):
            digest.update(json.dumps(row, default=_plain, ensure_ascii=False).encode() + b"\n")
            count += 1
        result[name] = TableFingerprint(count, digest.hexdigest())
    return result


@contextmanager
def raw_connection(engine: Engine) -> Iterator[Any]:
    """The driver's own connection from the engine's pool (autocommit: the engine sets
    isolation_level None), returned to the pool afterwards."""
    pooled = engine.raw_connection()
    try:
        yield pooled.driver_connection
    finally:
        pooled.close()


@contextmanager
def attached(conn: Any, path: Path | str, schema: str = "chk") -> Iterator[str]:
    conn.execute(f"ATTACH DATABASE ? AS {schema}", (str(path),))
    try:
        yield schema
    finally:
        conn.execute(f"DETACH DATABASE {schema}")


def _pragma(conn: Any, schema: str, name: str, problems: list[str]) -> list[tuple]:
    try:
        return list(conn.execute(f"PRAGMA {schema}.{name}").fetchall())
    except Exception as exc:
        if not _is_driver_error(exc):
            raise
        problems.append(str(exc))
        return []


def _quiet_cipher_log(conn: Any) -> None:
    """SQLCipher prints every failed page HMAC to stderr; the report carries them instead."""
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    except Exception as exc:
        if not _is_driver_error(exc):
            raise


def _is_driver_error(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in {"sqlite3", "sqlcipher3"} or isinstance(
        exc, DBAPIError)


def _failed(message: str, encrypted: bool, *, full: bool) -> CheckReport:
    pages = tuple(sorted({int(m.group(1)) for m in _PAGE.finditer(message)}))
    return CheckReport(False, (message,), pages, 0, encrypted, full)


def _plain(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return str(value)
