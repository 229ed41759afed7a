"""Accounts and the audit trail.

`users`: one row per person who signs in; `roles` is a comma-separated list of Role codes;
the password hash is Argon2id. People (`people.caseworker_id`) point at their caseworker here,
which is what "own caseload" means.

`audit_log`: append-only (UPDATE and DELETE are aborted by triggers created in the migration),
each row chained to the previous by SHA-256 (`prev_hash` → `hash`), written in the same
transaction as the change it records. `details` is JSON with ids and field names, never with
names or PESELs in clear."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ops_desktop.db.base import Base


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    # Ids are never reused (migration 0009): sqlite_sequence keeps the largest ever given.
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ProjectCoordinator(Base):
    """Which projects a coordinator runs: their reach beyond their own caseload.
    Heads of office and the data-protection officer reach every project without a row here."""

    __tablename__ = "project_coordinators"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True)
