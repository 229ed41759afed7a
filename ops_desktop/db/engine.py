"""One engine per process, with the PRAGMAs every connection needs (docs/RELIABILITY.md):
WAL, synchronous=FULL, foreign keys, a busy timeout. With a key the file is opened through
SQLCipher (`sqlcipher3`) with a raw 256-bit key, never with the standard sqlite3 module.

A `postgresql://` location (domain/database_location.py) is the office server instead:
psycopg 3, the password from libpq's own `PGPASSWORD` / pgpass file (never in the URL),
TLS as `sslmode` says (default `prefer`). No key there: the server's disk encryption takes
SQLCipher's place (README, "Office server")."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool
from sqlalchemy.orm import Session, sessionmaker

from ops_desktop.db import writer_turns
from ops_desktop.domain.database_location import ServerAddress, database_location

BUSY_TIMEOUT_MS = 5000
CACHE_SIZE_KIB = 32768  # SQLCipher's default 2 MiB page cache is slow for lookups (docs/STACK.md)
CONNECT_TIMEOUT_S = 10  # an unreachable server: a sentence after 10 s, not a frozen window
APPLICATION_NAME = "ops-desktop"  # how the server's pg_stat_activity names our connections


def create_database_engine(location: Path | str | ServerAddress, *,
                           key: bytes | bytearray | None = None) -> Engine:
    """Engine for the database file at `location`, or for the server database it names;
    `key` is the raw 32-byte master key of a file, or None.

    A `bytearray` key is read afresh for every new connection and not copied, so when its
    owner overwrites it (idle lock, `db/keystore.KeyRing.wipe`) no new connection can open
    the file until the key is put back."""
    location = database_location(location)
    if isinstance(location, ServerAddress):
        if key is not None:
            raise ValueError("a server database has no SQLCipher key")
        return create_server_engine(location)
    path = location
    if key is None:
        engine = create_engine(f"sqlite:///{path}", future=True)
    else:
        if len(key) != 32:
            raise ValueError("master key must be 32 bytes")
        import sqlcipher3

        key_buffer = key if isinstance(key, bytearray) else bytearray(key)

        def connect():
            conn = sqlcipher3.connect(str(path), check_same_thread=False)
            # SQLCipher's own log (e.g. "hmac check failed for pgno=1" for a wrong key) would
            # reach the terminal beside the Polish sentence; the errors themselves still raise.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key_buffer.hex()}'\"")
            return conn

        # A URL without a file makes SQLAlchemy assume ":memory:" and pick SingletonThreadPool,
        # which closes other threads' connections beyond five threads: use the file pool.
        engine = create_engine("sqlite+pysqlite://", creator=connect, module=sqlcipher3,
                               poolclass=QueuePool, future=True)
    _install_pragmas(engine)
    writer_turns.register(engine, path, wait_seconds=BUSY_TIMEOUT_MS / 1000)
    return engine


def create_reading_engine(path: Path, *, key: bytes | bytearray | None = None) -> Engine:
    """A read-only engine on the file at `path` (SQLite's `mode=ro`, and `query_only`): the
    move to the office server reads a file it must leave exactly as it was. No PRAGMA that
    writes (journal mode) is sent; the file's own WAL mode is kept."""
    from urllib.parse import quote

    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    if key is not None and len(key) != 32:
        raise ValueError("master key must be 32 bytes")

    def connect():
        if key is None:
            import sqlite3

            conn = sqlite3.connect(uri, uri=True, check_same_thread=False,
                                   isolation_level=None)
        else:
            import sqlcipher3

            conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False,
                                      isolation_level=None)
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = 1")
        return conn

    if key is None:
        import sqlite3 as module
    else:
        import sqlcipher3 as module
    return create_engine("sqlite+pysqlite://", creator=connect, module=module,
                         poolclass=QueuePool, future=True)


def server_url(address: ServerAddress) -> URL:
    """SQLAlchemy's URL of the server database, without a password (libpq finds it)."""
    return URL.create("postgresql+psycopg", username=address.user, host=address.host,
                      port=address.port, database=address.dbname,
                      query={"sslmode": address.sslmode, "application_name": APPLICATION_NAME,
                             "connect_timeout": str(CONNECT_TIMEOUT_S)})


def create_server_engine(address: ServerAddress) -> Engine:
    # pre_ping: a connection the server or the network dropped (a restart at night) is
    # replaced before use instead of failing the caseworker's next save.
    return create_engine(server_url(address), pool_pre_ping=True, future=True)


def is_server(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def _install_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let SQLAlchemy, not the driver, decide where transactions begin, so DDL (Alembic)
        # is transactional too: each revision and its version stamp commit together.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # A write transaction takes the write lock at once (waiting up to the busy timeout
        # for another PC's or thread's writer): one begun as a reader and writing later
        # fails with "database is locked" at once, without waiting, when another writer
        # committed in between — the busy timeout cannot help a read lock's upgrade.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION)
                             else "BEGIN")


# The execution option of a write transaction's connection (`make_session_factory(write=True)`).
WRITE_OPTION = "ops_write_transaction"


def make_session_factory(engine: Engine, *, write: bool = False) -> sessionmaker[Session]:
    """Sessions of `engine`; `write`: each transaction is a writer from its first statement
    (SQLite `BEGIN IMMEDIATE`), so writers queue instead of failing half-way."""
    bind = engine.execution_options(**{WRITE_OPTION: True}) if write else engine
    return sessionmaker(bind, expire_on_commit=False, future=True)


class WriteHold:
    """Every connection of `engine` read-only (`PRAGMA query_only`) until `release()`: the
    GUI reads a file while its start-up check still runs, and a file not yet checked is never
    written to (docs/RELIABILITY.md R6); SQLite only (a server gets no start check). Applied
    when a connection leaves the pool, so connections opened while held become writable on
    their next use after the release."""

    def __init__(self, engine: Engine):
        self.held = True
        event.listen(engine, "checkout", self._on_checkout)

    def release(self) -> None:
        self.held = False

    def _on_checkout(self, dbapi_conn, record, _proxy) -> None:
        if record.info.get("query_only") is not self.held:
            dbapi_conn.execute(f"PRAGMA query_only = {int(self.held)}")
            record.info["query_only"] = self.held
