"""Audit ids are never reused: `audit_log` rebuilt with AUTOINCREMENT, so that a deleted
tail shows.

Without it SQLite hands out max(id) + 1, so after the newest entries were deleted the next
entry (the verify's own sign-in) took a freed id and a cut-off tail looked like a recomputed
chain. With AUTOINCREMENT `sqlite_sequence` remembers the largest id ever used: a deleted tail
leaves a gap and a sequence above the newest entry, which `services/audit_log` reports.

SQLite cannot add AUTOINCREMENT to a table, so the table is copied into a new one (ids, hashes
and every field unchanged: the chain verifies as before), the copy is compared with the
original (count, highest id, a digest of every row) before the original is dropped, and the
indexes and append-only triggers are made again. All of it in this revision's transaction.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_COLUMNS = "id, at, user_id, username, action, entity, entity_id, details, prev_hash, hash"
_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)


def _fingerprint(table: str) -> tuple:
    conn = op.get_bind()
    return tuple(conn.exec_driver_sql(
        f"SELECT count(*), max(id), group_concat(hash, '') FROM "
        f"(SELECT id, hash FROM {table} ORDER BY id)").one())


def _rebuild(*, autoincrement: bool) -> None:
    op.create_table(
        "audit_log_rebuilt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_audit_log_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
        sqlite_autoincrement=autoincrement,
    )
    op.execute(f"INSERT INTO audit_log_rebuilt ({_COLUMNS}) SELECT {_COLUMNS} FROM audit_log "
               "ORDER BY id")
    if _fingerprint("audit_log_rebuilt") != _fingerprint("audit_log"):
        raise RuntimeError("audit_log copy differs from the original; nothing was changed")
    op.execute("DROP TABLE audit_log")  # its triggers and indexes go with it
    op.execute("ALTER TABLE audit_log_rebuilt RENAME TO audit_log")
    op.create_index("ix_audit_log_action", "audit_log", ["action"], unique=False)
    op.create_index("ix_audit_log_at", "audit_log", ["at"], unique=False)
    op.create_index("ix_audit_log_entity_id", "audit_log", ["entity_id"], unique=False)
    for trigger in _TRIGGERS:
        op.execute(trigger)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return  # a server's id sequence (SERIAL) never hands out an id twice: nothing to do
    _rebuild(autoincrement=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return
    _rebuild(autoincrement=False)
