"""The audit trail's head (id + hash of the newest entry) kept outside the table, in the key
file beside the database (db/keystore.py, with a MAC under the master key), so that deleting
the newest entries or the whole table is caught without an anchor given by hand.

When it is written, and why that is right under kill -9 or a power cut: after the commit of
every transaction that appended an entry (`ServiceContext.transaction`). The database commit
is durable first (synchronous=FULL), then the key file is replaced atomically (temp file,
fsync, rename, fsync of the folder). So the recorded head always names an entry that is
durably in the database: a kill between the two leaves the key file one transaction behind
(those entries are covered by the never-reused ids until the next append), never ahead,
and never a half-written key file. Writing it before the commit would, after a kill, name an
entry that never existed: a false alarm.

A recorded head that the database no longer holds (or holds with another hash) is never
overwritten by a later append: that is the evidence `audit verify` reports. Only a restore
(an older trail put in place on purpose, audited as "restore") replaces it. Plain databases
(no key file: tests, earlier versions before their first start) keep no outside head."""

from __future__ import annotations

from sqlalchemy import select

from ops_desktop.db.keystore import KeyStore
from ops_desktop.db.models import AuditEntry
from ops_desktop.services.audit import AuditHead


def recorded_head(ctx) -> AuditHead | None:
    if ctx.keyring is None or not ctx.keyring.keys_path.exists():
        return None
    head = KeyStore.load(ctx.keyring.keys_path).audit_head(ctx.keyring.master)
    return AuditHead(*head) if head else None


def advance(ctx, head: AuditHead, *, reset: bool = False) -> None:
    """After a commit that appended `head`: record it, unless the head recorded before is
    no longer in the database as recorded (then it stays, as evidence)."""
    if ctx.keyring is None or ctx.keyring.wiped or not ctx.keyring.keys_path.exists():
        return
    store = KeyStore.load(ctx.keyring.keys_path)
    master = ctx.keyring.master
    if not reset:
        try:
            before = store.audit_head(master)
        except Exception:  # an edited head is evidence too: leave it for the check
            return
        if before is not None:
            if before[0] >= head.id:
                return
            with ctx.reading() as session:
                stored = session.execute(select(AuditEntry.hash).where(
                    AuditEntry.id == before[0])).scalar_one_or_none()
            if stored != before[1]:
                return
    store.set_audit_head(head.id, head.hash, master)
    store.save(keep_newer_head=not reset)
