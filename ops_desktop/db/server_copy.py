"""Table by table from a database file into a server database (services/server_migration.py
runs it): the table order, switching the server's own triggers off for the copy, the batches,
the identity sequences, and a checksum of a table's content that reads the same on both
engines.

Every table of the models (`Base.metadata.sorted_tables`: parents before children, so the
foreign keys hold row by row) is copied as it is, the maintained summary tables too: with
the triggers of migrations 0001/0005 off during the copy (`DISABLE TRIGGER USER`: the
foreign-key checks stay on) nothing is counted twice and the copied trail is not refused."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator

from sqlalchemy import Connection, Table, delete, func, insert, select, text
from sqlalchemy.sql.sqltypes import Integer

from ops_desktop.db.models import Base

BATCH_ROWS = 2000
# Rows the migrations themselves put into a new database (0002: the instruments catalogue,
# 0005: the numbers 0…62): a freshly migrated server database holds them and is still empty.
SEEDED_BY_MIGRATIONS = frozenset({"instruments", "summary_offsets"})
BOOKKEEPING = frozenset({"alembic_version"})


def tables_in_order() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def file_tables(conn: Connection) -> set[str]:
    return set(conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).scalars()) - BOOKKEEPING


def server_tables(conn: Connection) -> set[str]:
    return set(conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").scalars()) \
        - BOOKKEEPING


def occupied(conn: Connection) -> dict[str, int]:
    """Tables of the server database that make it not empty: the program's tables with rows
    (apart from the migrations' own), and tables that are not the program's (-1)."""
    known = {table.name: table for table in tables_in_order()}
    found: dict[str, int] = {}
    for name in sorted(server_tables(conn)):
        table = known.get(name)
        if table is None:
            found[name] = -1
        elif name not in SEEDED_BY_MIGRATIONS:
            rows = conn.execute(select(func.count()).select_from(table)).scalar_one()
            if rows:
                found[name] = rows
    return found


def row_count(conn: Connection, table: Table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar_one()


def set_user_triggers(conn: Connection, *, enabled: bool) -> None:
    verb = "ENABLE" if enabled else "DISABLE"
    for table in tables_in_order():
        conn.exec_driver_sql(f'ALTER TABLE "{table.name}" {verb} TRIGGER USER')


def clear(conn: Connection) -> None:
    """The migrations' own rows go: the file's versions of them (edited, maybe) come instead."""
    for table in reversed(tables_in_order()):
        conn.execute(delete(table))


def _rows(conn: Connection, table: Table) -> Iterator[list[tuple]]:
    query = select(*table.columns).order_by(*_order(table))
    # On the statement: Connection.execution_options would keep streaming on the connection.
    result = conn.execute(query.execution_options(yield_per=BATCH_ROWS))
    for batch in result.partitions(BATCH_ROWS):
        yield [tuple(row) for row in batch]


def _order(table: Table):
    return list(table.primary_key.columns) or list(table.columns)


def copy_table(source: Connection, target: Connection, table: Table,
               on_batch: Callable[[int], None]) -> int:
    """Every row of `table`, in batches; `on_batch(rows so far)` after each. The rows copied."""
    keys = [column.key for column in table.columns]
    done = 0
    for batch in _rows(source, table):
        target.execute(insert(table), [dict(zip(keys, row, strict=True)) for row in batch])
        done += len(batch)
        on_batch(done)
    return done


def file_sequences(conn: Connection) -> dict[str, int]:
    """The largest id SQLite ever gave per AUTOINCREMENT table (ids never handed out twice)."""
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"
                            ).first() is None:
        return {}
    return {name: int(seq) for name, seq in
            conn.exec_driver_sql("SELECT name, seq FROM sqlite_sequence")}


def advance_sequences(conn: Connection, floors: dict[str, int]) -> None:
    """Each serial/identity sequence past the copied ids (and past the file's own counter)."""
    for table in tables_in_order():
        for column in table.primary_key.columns:
            if not isinstance(column.type, Integer):
                continue
            sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                    {"t": table.name, "c": column.name}).scalar()
            if sequence is None:
                continue
            largest = conn.execute(select(func.max(column))).scalar() or 0
            value = max(largest, floors.get(table.name, 0))
            conn.execute(text("SELECT setval(:s, :v, :called)"),
                         {"s": sequence, "v": max(value, 1), "called": value >= 1})


def content_digest(conn: Connection, table: Table, *, up_to_id: int | None = None) -> str:
    """SHA-256 over the table's rows, each written the same way whichever engine read it
    (dates in ISO form, booleans as 0/1) and sorted, so the engines' collations do not matter.
    `up_to_id`: only rows whose `id` is at most that (the trail before the move's entry)."""
    query = select(*table.columns)
    if up_to_id is not None:
        query = query.where(table.c.id <= up_to_id)
    rows = sorted(hashlib.sha256(_canonical(row)).digest()
                  for row in conn.execute(query.execution_options(yield_per=BATCH_ROWS)))
    whole = hashlib.sha256()
    for row in rows:
        whole.update(row)
    return whole.hexdigest()


def _canonical(row) -> bytes:
    return "\x1f".join(_value(value) for value in row).encode("utf-8")


def _value(value: object) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return str(value)
