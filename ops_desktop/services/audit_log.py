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

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.orm import Session

from ops_desktop.db.models import AuditEntry
from ops_desktop.db.repositories.portable import json_integer
from ops_desktop.domain.audit import AnchorCheck, AuditFilter, AuditHead, AuditRow, ChainStatus
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit
from ops_desktop.services.context import ServiceContext

PAGE_SIZE = 200
_ANCHOR = re.compile(r"^\s*#?(\d+)\s*[:/ ]\s*([0-9a-fA-F]{64})\s*$")


# The database's own refusal to change or remove an entry (migration 0001): someone who
# drops them can then edit the table, so their absence is reported like a broken link.
APPEND_ONLY_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")
SERVER_APPEND_ONLY_TRIGGERS = (*APPEND_ONLY_TRIGGERS, "audit_log_no_truncate")


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
    """The chain, the ids, the triggers, and the head the key file recorded (read before
    anything of this call is written, so the caller's own sign-in cannot hide a cut).
    No entry's content: the administrator may run it (AUDIT_VERIFY) without reading them."""
    ctx.require(Permission.AUDIT_VERIFY)
    from dataclasses import replace

    from ops_desktop.domain.storage_errors import KeyFileDamaged
    from ops_desktop.services import audit_anchor

    try:
        recorded = audit_anchor.recorded_head(ctx)
        edited = False
    except KeyFileDamaged:
        recorded, edited = None, True
    with ctx.reading() as session:
        status = status_of(session)
        if edited:
            return replace(status, recorded=AnchorCheck("edited", None))
        if recorded is not None:
            return replace(status, recorded=verify_against_anchor(session, recorded))
        return status


def check_anchor(ctx: ServiceContext, *, anchor: AuditHead) -> AnchorCheck:
    ctx.require(Permission.AUDIT_VERIFY)
    with ctx.reading() as session:
        return verify_against_anchor(session, anchor)


def status_of(session: Session) -> ChainStatus:
    count = session.execute(select(func.count(AuditEntry.id))).scalar_one()
    return ChainStatus(count, audit.head(session), audit.first_broken_link(session),
                       missing_triggers(session), missing_ids(session))


def missing_ids(session: Session) -> tuple[tuple[int, int], ...]:
    """Ranges of ids handed out that are not in the table: gaps between entries, before the
    first one, and after the newest up to the largest id SQLite ever gave (sqlite_sequence)."""
    gaps = [tuple(row) for row in session.execute(text(
        "SELECT id + 1, next - 1 FROM (SELECT id, lead(id) OVER (ORDER BY id) AS next "
        "FROM audit_log) AS linked WHERE next > id + 1"))]
    first, last = session.execute(text("SELECT min(id), max(id) FROM audit_log")).one()
    given = audit.highest_given(session)
    if first is not None and first > 1:
        gaps.insert(0, (1, first - 1))
    if given is not None and given > (last or 0):
        gaps.append(((last or 0) + 1, given))
    return tuple((int(a), int(b)) for a, b in gaps)


def missing_triggers(session: Session) -> tuple[str, ...]:
    """The append-only triggers of the audit table that are not in the file (dropped), or,
    on the office server, dropped or disabled (ALTER TABLE … DISABLE TRIGGER)."""
    if session.get_bind().dialect.name == "postgresql":
        present = set(session.execute(text(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE t.tgrelid = to_regclass('audit_log') AND t.tgenabled != 'D' "
            "AND p.proname = 'audit_log_append_only'")).scalars())
        names = SERVER_APPEND_ONLY_TRIGGERS
    else:
        present = set(session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' "
            "AND sql LIKE '%RAISE(ABORT%'")).scalars())
        names = APPEND_ONLY_TRIGGERS
    return tuple(name for name in names if name not in present)


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
            json_integer(AuditEntry.details, "person_id") == flt.person_id,
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
