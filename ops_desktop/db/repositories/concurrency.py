"""The statements that keep several PCs on one database from overwriting each other, written
once for SQLite and PostgreSQL (both dialects spell `INSERT … ON CONFLICT` the same way in
SQLAlchemy, but each has its own `insert`).

- `take_numbers`: the next places of a year's contract register, from `contract_counters` in
  one statement. On PostgreSQL the statement locks the year's row until the transaction ends,
  so a second signer waits for the first to commit and gets the number after; on SQLite the
  write transaction itself is exclusive (`db/engine`: writers begin IMMEDIATE).
- `upsert`: an insert that updates the given columns of the row already there (one
  attendance mark, one person's totals), never a delete and re-insert of a whole set.
- `lock_rows`: `SELECT … FOR NO KEY UPDATE` of some rows on PostgreSQL (a no-op on SQLite, whose
  writers are serialised already), so a recount of what they own sees every committed
  change of the transactions before.
- `take_turn`: one transaction at a time past this point until it ends (PostgreSQL's
  transaction-scoped advisory lock): the audit trail's append reads the newest hash and
  writes the next entry on it, and two PCs appending at once would fork the chain.
- `reserve_ids`: ids for rows a batch writes with Core `executemany` (the demo's people, many
  contracts at once), taken from the table's own sequence on PostgreSQL, so the sequence
  stays ahead of them: a later plain insert on any PC does not collide with the batch.
- `last_certificate_n`: the highest number of a year's certificate register, read holding the
  register's turn: two PCs issuing at once would otherwise both read the same number and the
  second insert would fail on `year_n` (the rows are new, so there is nothing to lock)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Column, Insert, Table, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ops_desktop.db.models.activities import Certificate
from ops_desktop.db.models.contracts import ContractCounter


def dialect_insert(session: Session, table) -> Insert:
    """`insert(table)` of the session's dialect, with `on_conflict_do_update/nothing`."""
    name = session.get_bind().dialect.name
    return (postgresql.insert if name == "postgresql" else sqlite.insert)(table)


def upsert(session: Session, table, rows: Sequence[dict], *, keys: Sequence[Column],
           update: Sequence[str]) -> None:
    """Insert `rows`; a row whose `keys` are there already gets only `update` changed
    (empty `update`: the row already there is kept as it is)."""
    if not rows:
        return
    statement = dialect_insert(session, table)
    if update:
        statement = statement.on_conflict_do_update(
            index_elements=list(keys),
            set_={name: statement.excluded[name] for name in update})
    else:
        statement = statement.on_conflict_do_nothing(index_elements=list(keys))
    session.execute(statement, list(rows))


def take_numbers(session: Session, year: int, count: int = 1) -> range:
    """`count` consecutive free places of `year`'s register (1, 2… in a new year)."""
    counter = ContractCounter.__table__
    statement = dialect_insert(session, counter).values(year=year, last_seq=count)
    statement = statement.on_conflict_do_update(
        index_elements=[counter.c.year],
        set_={"last_seq": counter.c.last_seq + count},
    ).returning(counter.c.last_seq)
    last = session.execute(statement).scalar_one()
    return range(last - count + 1, last + 1)


def lock_rows(session: Session, table: Table, key: Column, ids: Iterable[int]) -> None:
    """Hold the rows of `ids` until the transaction ends (PostgreSQL); ids in order, so two
    transactions locking overlapping sets never wait for each other in a circle."""
    if session.get_bind().dialect.name != "postgresql":
        return
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        # FOR NO KEY UPDATE: what an UPDATE of the row takes; rows of other tables that
        # refer to it (a contract, a mark) can still be written meanwhile.
        session.execute(select(key).where(key.in_(chunk)).order_by(key)
                        .with_for_update(key_share=True)).all()


AUDIT_CHAIN = 0x0B5A_0D17  # the advisory lock key of the audit trail's append
CERTIFICATE_REGISTER = 0x0B5A_0C3E  # … and of the certificate register's numbers


def take_turn(session: Session, key: int) -> None:
    """Wait until no other transaction holds turn `key`, then hold it to the end of this
    one (PostgreSQL; SQLite's writers take turns for the whole transaction already)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def last_certificate_n(session: Session, year: int) -> int:
    """The highest number of `year`'s certificate register (0 in a new year); no other
    transaction issues certificates until this one ends (PostgreSQL)."""
    take_turn(session, CERTIFICATE_REGISTER)
    return session.execute(select(func.coalesce(func.max(Certificate.n), 0))
                           .where(Certificate.year == year)).scalar_one()


def reserve_ids(session: Session, column: Column, count: int) -> list[int]:
    """`count` new ids of the integer key `column`, ascending, for rows written with them.
    PostgreSQL: from the column's sequence (other PCs' inserts meanwhile take others);
    SQLite: after the largest there (its writers are serialised for the whole transaction)."""
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        ids = session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, :column)) "
                 "FROM generate_series(1, :count)"),
            {"table": column.table.name, "column": column.name, "count": count}).scalars()
        return sorted(ids)
    largest = session.execute(select(func.max(column))).scalar() or 0
    return list(range(largest + 1, largest + count + 1))
