"""The audit trail: append-only, SHA-256 chained, written in the caller's transaction.

Each entry's hash covers the previous hash and the entry's own fields, so an edit, a deleted
row or a re-ordered row breaks the chain from that point on. A rewrite of the whole chain is
caught only against an outside anchor: the head (id + hash) printed on reports and written
into every export manifest (docs/RELIABILITY.md).

On the office server the next id comes from the highest id ever given, kept in `settings` in
the same transaction (`HIGH_WATER`): a rolled-back transaction leaves no gap, as SQLite's
AUTOINCREMENT leaves none, and a deleted tail still leaves the mark above the newest entry
(services/audit_log.missing_ids). A server's own id sequence is neither: it is not
transactional. (Appends of several PCs take turns: docs/ARCHITECTURE.md, "Several PCs on
one database".)"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import select, text as sql
from sqlalchemy.orm import Session

from ops_desktop.db.models import AuditEntry, Setting
from ops_desktop.db.repositories import concurrency
from ops_desktop.domain.audit import AuditHead
from ops_desktop.services.context import Actor

GENESIS = "0" * 64
HIGH_WATER = "audit_high_water"  # settings key: the highest audit id given (server only)


def _digest(prev_hash: str, at: dt.datetime, user_id: int | None, username: str, action: str,
            entity: str, entity_id: int | None, details: str) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(timespec="microseconds"), user_id, username, action, entity,
         entity_id, details],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor, action: str, entity: str = "",
           entity_id: int | None = None, **details: object) -> None:
    """Append one entry in the session's transaction. `details` hold ids and field names only.
    Appends of several PCs take turns (the newest hash is read and built on by one at a time)."""
    concurrency.take_turn(session, concurrency.AUDIT_CHAIN)
    server = session.get_bind().dialect.name == "postgresql"
    last = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    prev_hash = last or GENESIS
    at = dt.datetime.now()
    text = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    entry = AuditEntry(
        at=at, user_id=actor.user_id, username=actor.username, action=action, entity=entity,
        entity_id=entity_id, details=text, prev_hash=prev_hash,
        hash=_digest(prev_hash, at, actor.user_id, actor.username, action, entity, entity_id, text),
    )
    if server:
        entry.id = _next_server_id(session)
    session.add(entry)
    session.flush()
    # Kept outside the table once the transaction commits (services/audit_anchor.py); a
    # restore puts an older trail in place on purpose, so its head replaces the recorded one.
    session.info["audit_head"] = AuditHead(entry.id, entry.hash)
    if action == "restore":
        session.info["audit_head_reset"] = True


def _next_server_id(session: Session) -> int:
    """Above both the newest entry and every id ever given; the mark moves in this
    transaction (whose row lock on the mark also keeps two appends from taking one id)."""
    newest = session.execute(select(AuditEntry.id).order_by(AuditEntry.id.desc())
                             .limit(1)).scalar_one_or_none() or 0
    mark = session.get(Setting, HIGH_WATER)
    given = int(mark.value) if mark is not None and mark.value.isdigit() else 0
    next_id = max(newest, given) + 1
    if mark is None:
        session.add(Setting(key=HIGH_WATER, value=str(next_id)))
    else:
        mark.value = str(next_id)
    return next_id


def highest_given(session: Session) -> int | None:
    """The highest audit id ever handed out (SQLite: sqlite_sequence; server: HIGH_WATER)."""
    if session.get_bind().dialect.name == "postgresql":
        mark = session.get(Setting, HIGH_WATER)
        return int(mark.value) if mark is not None and mark.value.isdigit() else None
    return session.execute(sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")).scalar()


def head(session: Session) -> AuditHead | None:
    row = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return AuditHead(row.id, row.hash) if row else None


def first_broken_link(session: Session) -> int | None:
    """Id of the first entry whose hash or link does not check out, or None."""
    prev_hash = GENESIS
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
        expected = _digest(prev_hash, entry.at, entry.user_id, entry.username, entry.action,
                           entry.entity, entry.entity_id, entry.details)
        if entry.prev_hash != prev_hash or entry.hash != expected:
            return entry.id
        prev_hash = entry.hash
    return None
