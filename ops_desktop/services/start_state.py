"""What the front end shows first for a database file: the first-start dialog or the login.

Kept apart from services/sign_in.py, and free of SQLAlchemy, so the GUI can show its first
window before the database layers are imported (docs/ARCHITECTURE.md, Start-up): it reads
only the key file beside the database and, for a plain file, the `users` table directly.
The office server is asked whether it has an active account (one connection)."""

from __future__ import annotations

from pathlib import Path

from ops_desktop.db.encryption import file_kind, resume_interrupted
from ops_desktop.db.keystore import KeyStore, keys_path_for
from ops_desktop.domain.accounts import KeyFileMissing, StartState
from ops_desktop.domain.database_location import ServerAddress, database_location


def start_state(db_path: Path | ServerAddress) -> StartState:
    """What the front end shows first for the database at `db_path`."""
    location = database_location(db_path)
    if isinstance(location, ServerAddress):
        return StartState.SIGN_IN if server_has_accounts(location) else StartState.FIRST_START
    db_path = location
    resume_interrupted(db_path)
    if keys_path_for(db_path).exists():
        return StartState.SIGN_IN
    kind = file_kind(db_path)
    if kind == "encrypted":
        raise KeyFileMissing(keys_path_for(db_path))
    if kind == "plain" and plain_has_accounts(db_path):
        return StartState.SIGN_IN
    return StartState.FIRST_START


def has_key_file(db_path: Path | ServerAddress) -> bool:
    """Is the database encrypted (its key file beside it)?"""
    return _is_file(db_path) and keys_path_for(Path(db_path)).exists()


def is_plain_file(db_path: Path | ServerAddress) -> bool:
    """Is there an unencrypted database at `db_path` (one the first start encrypts)?"""
    return _is_file(db_path) and file_kind(Path(db_path)) == "plain"


def is_demo(db_path: Path | ServerAddress) -> bool:
    """Was the file made by the demo service (`ops-desktop demo`)? Its key file says so; an
    office's own database, and the office server, never are."""
    if not _is_file(db_path):
        return False
    keys = keys_path_for(Path(db_path))
    return keys.exists() and KeyStore.load(keys).demo


def demo_sign_in(db_path: Path | ServerAddress) -> tuple[str, str] | None:
    """(username, password) the login dialog opens with on a demo database — the demo
    coordinator, so Enter signs in — and None for every other database."""
    if not is_demo(db_path):
        return None
    from ops_desktop.domain.demo_accounts import DEMO_DEFAULT_USER, DEMO_PASSWORD

    return DEMO_DEFAULT_USER, DEMO_PASSWORD


def plain_has_accounts(db_path: Path) -> bool:
    """Does the plain file at `db_path` have any active account? (read without migrating)"""
    import sqlcipher3

    conn = sqlcipher3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'").fetchone()
        if not found:
            return False
        return conn.execute("SELECT 1 FROM users WHERE active LIMIT 1").fetchone() is not None
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def server_has_accounts(address: ServerAddress) -> bool:
    """Has the server database an active account? (False also before its schema exists.)"""
    from ops_desktop.db.engine import create_server_engine

    engine = create_server_engine(address)
    try:
        with engine.connect() as conn:
            if conn.exec_driver_sql("SELECT to_regclass('users')").scalar() is None:
                return False
            return conn.exec_driver_sql(
                "SELECT 1 FROM users WHERE active LIMIT 1").first() is not None
    finally:
        engine.dispose()


def _is_file(location: Path | ServerAddress | str) -> bool:
    return not isinstance(database_location(location), ServerAddress)
