"""The checks of `ops-desktop --smoke-test` below the GUI: the database stack (a plain file and
an SQLCipher file created, migrated, written and read back) and the PDF renderer (a page of
Polish text). `ui/smoke.py` runs them beside its Qt checks; each returns the figures that go
into the smoke test's JSON line and raises `SmokeFailure` when it finds something wrong.

Everything happens in the folder the caller hands in (a temporary one); nothing of the
user's is touched and no personal data is involved."""

from __future__ import annotations

import os
from pathlib import Path

POLISH_SAMPLE = "Zażółć gęślą jaźń — Łódź, Świętokrzyskie"


class SmokeFailure(Exception):
    """A check ran but found something wrong; the message says what (no personal data)."""


def _use_database(path: Path, key: bytes | None) -> dict:
    """Create and migrate `path`, write a setting through the services, read it back."""
    from ops_desktop.services import office
    from ops_desktop.services.context import SYSTEM_ACTOR
    from ops_desktop.services.database import open_database

    opened = open_database(path, key=key, actor=SYSTEM_ACTOR)
    try:
        office.set_setting(opened.context, key="smoke_test", value=POLISH_SAMPLE)
        if office.get_setting(opened.context, "smoke_test") != POLISH_SAMPLE:
            raise SmokeFailure("the row written is not the row read")
        revision = opened.migration.to_revision
    finally:
        opened.engine.dispose()
    return {"revision": revision}


def check_database(workdir: Path) -> dict:
    """A new plain database file in `workdir`, used through the services."""
    import sqlite3

    path = workdir / "smoke.db"
    result = _use_database(path, None)
    with sqlite3.connect(path) as conn:  # plain file: the standard module may read it
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
    conn.close()
    return {**result, "tables": tables[0]}


def check_sqlcipher(workdir: Path) -> dict:
    """A new encrypted file in `workdir` with a raw key: not plain SQLite on disk, and the
    key really opens it again."""
    import sqlcipher3

    from ops_desktop.db.engine import create_database_engine

    path = workdir / "smoke-encrypted.db"
    key = os.urandom(32)
    result = _use_database(path, key)
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise SmokeFailure("the encrypted file has a plain SQLite header")
    engine = create_database_engine(path, key=key)  # reopen: the key really opens it
    try:
        with engine.connect() as conn:
            cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
            value = conn.exec_driver_sql(
                "SELECT value FROM settings WHERE key = 'smoke_test'").scalar()
    finally:
        engine.dispose()
    if value != POLISH_SAMPLE:
        raise SmokeFailure("reopened with the key, the row is not there")
    return {**result, "cipher_version": cipher,
            "sqlite_version": sqlcipher3.sqlite_version}


def render_sample_pdf(path: Path) -> dict:
    """A one-page document with POLISH_SAMPLE, rendered by `reporting/document.py` to `path`."""
    from ops_desktop.reporting.document import DocumentHeader, build_pdf, para

    header = DocumentHeader(
        office_name="Miejski Ośrodek Pomocy Społecznej w Łodzi",
        office_address="ul. Żeromskiego 1, 90-001 Łódź",
        funding_line="Projekt współfinansowany ze środków Unii Europejskiej",
        title="Test instalacji",
    )
    with open(path, "wb") as out:
        build_pdf(out, header, [para("Test instalacji", "title"), para(POLISH_SAMPLE)])
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise SmokeFailure("not a PDF")
    return {"bytes": len(data)}
