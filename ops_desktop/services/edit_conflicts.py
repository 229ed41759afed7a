"""Optimistic versions of people and contracts (migration 0010): a dialog keeps the version
it read and hands it back with the save; a row whose version moved on since then was saved by
someone else in between, and the save is refused with `EditConflict` naming who and when
(from the audit trail), instead of writing over their change.

`locked_version` runs inside the saving transaction, before anything is written. It first
holds the row (PostgreSQL `FOR UPDATE`; SQLite's writers are exclusive already), so two PCs
saving the same stale copy at the same moment cannot both pass the check: the second waits
for the first to commit and then sees the new version. The mappers' `version_id_col` adds
the same check to every ORM UPDATE's WHERE as a last guard."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.db.models import AuditEntry, User
from ops_desktop.db.repositories import concurrency
from ops_desktop.domain.errors import EditConflict

# The audit actions that change the row (and its version), per entity.
CHANGING_ACTIONS: dict[str, tuple[str, ...]] = {
    "person": ("create", "update"),
    "contract": ("create", "update", "sign", "amend", "evaluate", "close", "terminate"),
}


def lock(session: Session, model, entity_id: int) -> None:
    """Hold `model`'s row `entity_id` until the transaction ends (before reading it)."""
    table = model.__table__
    concurrency.lock_rows(session, table, table.c.id, [entity_id])


def check_version(session: Session, *, entity: str, entity_id: int, current: int,
                  seen: int | None) -> None:
    """Raise EditConflict when the copy saved (`seen`; None: no copy, nothing to compare)
    is older than the row (`current`)."""
    if seen is None or seen == current:
        return
    changed_by, changed_at = last_change(session, entity, entity_id,
                                         CHANGING_ACTIONS.get(entity, ()))
    raise EditConflict(entity, entity_id, changed_by=changed_by, changed_at=changed_at,
                       version=current)


def last_change(session: Session, entity: str, entity_id: int,
                actions: Collection[str]) -> tuple[str, object]:
    """Who made the newest change of the row on record (the account's full name, else its
    user name) and when; ("", None) when the trail names none."""
    row = session.execute(
        select(AuditEntry.username, AuditEntry.at, User.full_name)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id,
               AuditEntry.action.in_(list(actions)))
        .order_by(AuditEntry.id.desc()).limit(1)).first()
    if row is None:
        return "", None
    username, at, full_name = row
    return (full_name or username or ""), at
