"""Reading and verifying the audit trail: the viewer's filters for the data-protection
officer and the head of office, and the chain checks behind `ops-desktop audit verify`.

Writing entries is `services/audit.record`, in the transaction of the change. The chain
alone catches an edited row, a deleted row and a row re-hashed on its own (the next row's
link no longer fits); a cut-off tail or a chain recomputed from some row on is caught only
against an outside anchor: a head (id + hash) recorded earlier — printed in a report footer,
written into an export manifest or a backup's manifest (docs/RELIABILITY.md, R10)."""

from __future__ import annotations

import datetime as dt
import json
import re

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from ops_desktop.db.models import AuditEntry
from ops_desktop.domain.audit import AnchorCheck, AuditFilter, AuditHead, AuditRow, ChainStatus
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit
from ops_desktop.services.context import ServiceContext

PAGE_SIZE = 200
_ANCHOR = re.compile(r"^\s*#?(\d+)\s*[:/ ]\s*([0-9a-fA-F]{64})\s*$")


def list_entries(ctx: ServiceContext, *, flt: AuditFilter = AuditFilter(), offset: int = 0,
                 limit: int = PAGE_SIZE) -> list[AuditRow]:
    """One page of matching entries, newest first."""
    ctx.require(Permission.AUDIT_READ)
    with ctx.reading() as session:
        return entries_in(session, flt=flt, offset=offset, limit=limit)


def entries_in(session: Session, *, flt: AuditFilter, offset: int = 0,
               limit: int = PAGE_SIZE) -> list[AuditRow]:
    """The query behind `list_entries`, for a service that checked its own permission."""
    query = _filtered(select(AuditEntry), flt).order_by(AuditEntry.id.desc())
    entries = session.execute(query.offset(offset).limit(limit)).scalars()
    return [_row(entry) for entry in entries]


def count_entries(ctx: ServiceContext, *, flt: AuditFilter = AuditFilter()) -> int:
    ctx.require(Permission.AUDIT_READ)
    with ctx.reading() as session:
        return session.execute(_filtered(select(func.count(AuditEntry.id)), flt)).scalar_one()


def filter_choices(ctx: ServiceContext) -> tuple[list[str], list[str]]:
    """The user names and the actions that occur in the trail (for the viewer's lists)."""
    ctx.require(Permission.AUDIT_READ)
    with ctx.reading() as session:
        users = session.execute(
            select(AuditEntry.username).distinct().order_by(AuditEntry.username)).scalars()
        actions = session.execute(
            select(AuditEntry.action).distinct().order_by(AuditEntry.action)).scalars()
        return [u for u in users if u], list(actions)


def chain_status(ctx: ServiceContext) -> ChainStatus:
    ctx.require(Permission.AUDIT_READ)
    with ctx.reading() as session:
        return status_of(session)


def check_anchor(ctx: ServiceContext, *, anchor: AuditHead) -> AnchorCheck:
    ctx.require(Permission.AUDIT_READ)
    with ctx.reading() as session:
        return verify_against_anchor(session, anchor)


def status_of(session: Session) -> ChainStatus:
    count = session.execute(select(func.count(AuditEntry.id))).scalar_one()
    return ChainStatus(count, audit.head(session), audit.first_broken_link(session))


def verify_against_anchor(session: Session, anchor: AuditHead) -> AnchorCheck:
    """The chain checks out from the first entry, and the anchored entry is still there with
    the same hash: then nothing up to the anchor was changed, removed or recomputed."""
    broken = audit.first_broken_link(session)
    if broken is not None:
        return AnchorCheck("broken", broken)
    stored = session.execute(
        select(AuditEntry.hash).where(AuditEntry.id == anchor.id)).scalar_one_or_none()
    if stored is None:
        return AnchorCheck("truncated", anchor.id)
    if stored != anchor.hash:
        return AnchorCheck("rewritten", anchor.id)
    return AnchorCheck()


def parse_anchor(text: str) -> AuditHead:
    """"1234:ab12…" (as printed on reports and in manifests) → AuditHead; ValueError if not."""
    match = _ANCHOR.match(text)
    if not match:
        raise ValueError(text)
    return AuditHead(int(match.group(1)), match.group(2).lower())


def format_anchor(head: AuditHead) -> str:
    return f"{head.id}:{head.hash}"


def _filtered(query: Select, flt: AuditFilter) -> Select:
    if flt.person_id is not None:
        query = query.where(or_(
            (AuditEntry.entity == "person") & (AuditEntry.entity_id == flt.person_id),
            func.json_extract(AuditEntry.details, "$.person_id") == flt.person_id,
        ))
    if flt.username:
        query = query.where(AuditEntry.username == flt.username)
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if flt.date_from is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEntry.at < end)
    return query


def _row(entry: AuditEntry) -> AuditRow:
    try:
        details = json.loads(entry.details or "{}")
    except ValueError:
        details = {"raw": entry.details}
    return AuditRow(entry.id, entry.at, entry.user_id, entry.username, entry.action,
                    entry.entity, entry.entity_id, details if isinstance(details, dict) else {})
