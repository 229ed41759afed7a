"""The office's fixed wording of printed documents, kept in versions.

Saving a changed text adds a version; old versions stay as they were, because printed
documents name the version they used and consents record the version the person signed. The
starting texts (`domain/document_texts.DEFAULT_TEXTS`) are stored as version 1 the first
time a text is needed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.db.models import DocumentText, User
from ops_desktop.domain.document_texts import (
    DEFAULT_TEXTS, MAX_LENGTH, DocumentTextView, TextKey,
)
from ops_desktop.domain.errors import FieldProblem, NotFound, PermissionDenied, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit
from ops_desktop.services.context import ServiceContext

_READERS = (Permission.PRINT, Permission.SETTINGS_WRITE, Permission.CONTRACT_READ,
            Permission.PARTICIPANT_READ)


def require_any(ctx: ServiceContext, *permissions: Permission) -> None:
    """Deny unless the actor holds at least one of `permissions`."""
    if not any(ctx.can(p) for p in permissions):
        raise PermissionDenied(permissions[0].value, ctx.actor.username)


def current_text(ctx: ServiceContext, *, key: TextKey) -> DocumentTextView:
    require_any(ctx, *_READERS)
    with ctx.transaction() as session:
        return latest(session, key)


def text_version(ctx: ServiceContext, *, key: TextKey, version: int) -> DocumentTextView:
    """One stored version (to print a document again exactly as it was)."""
    require_any(ctx, *_READERS)
    with ctx.transaction() as session:
        latest(session, key)  # seeds version 1 if the text was never used
        return at_version(session, key, version)


def list_current(ctx: ServiceContext) -> list[DocumentTextView]:
    require_any(ctx, *_READERS)
    with ctx.transaction() as session:
        return [latest(session, key) for key in TextKey]


def history(ctx: ServiceContext, *, key: TextKey) -> list[DocumentTextView]:
    """Every version of a text, newest first."""
    require_any(ctx, *_READERS)
    with ctx.transaction() as session:
        latest(session, key)
        rows = session.execute(
            select(DocumentText, User.username).outerjoin(User, User.id == DocumentText.created_by)
            .where(DocumentText.key == key.value).order_by(DocumentText.version.desc())
        ).all()
        return [_view(row, username or "") for row, username in rows]


def save_text(ctx: ServiceContext, *, key: TextKey, text: str) -> DocumentTextView:
    """Store `text` as the next version of `key` (nothing new when it is unchanged)."""
    ctx.require(Permission.SETTINGS_WRITE)
    body = text.strip()
    if not body:
        raise ValidationFailed([FieldProblem("text", "required")])
    if len(body) > MAX_LENGTH:
        raise ValidationFailed([FieldProblem("text", "too_long", {"max": MAX_LENGTH})])
    with ctx.transaction() as session:
        current = latest(session, key)
        if current.text == body:
            return current
        row = DocumentText(key=key.value, version=current.version + 1, text=body,
                           created_at=dt.datetime.now(), created_by=ctx.actor.user_id)
        session.add(row)
        session.flush()
        audit.record(session, ctx.actor, "update", "document_text", row.id, key=key.value,
                     version=row.version)
        return _view(row, ctx.actor.username)


# --- for other services, inside their own session ---------------------------------------

def latest(session: Session, key: TextKey) -> DocumentTextView:
    """The newest version of `key`, storing the default as version 1 on first use."""
    row = session.execute(
        select(DocumentText).where(DocumentText.key == key.value)
        .order_by(DocumentText.version.desc()).limit(1)
    ).scalar()
    if row is None:
        row = DocumentText(key=key.value, version=1, text=DEFAULT_TEXTS[key],
                           created_at=dt.datetime.now(), created_by=None)
        session.add(row)
        session.flush()
    return _view(row)


def at_version(session: Session, key: TextKey, version: int | None) -> DocumentTextView:
    """Version `version` of `key` (None or unknown: the newest)."""
    if version is not None:
        row = session.execute(
            select(DocumentText).where(DocumentText.key == key.value,
                                       DocumentText.version == version)
        ).scalar()
        if row is not None:
            return _view(row)
        newest = session.execute(
            select(func.max(DocumentText.version)).where(DocumentText.key == key.value)
        ).scalar()
        if newest is not None and version > newest:
            raise NotFound("document_text", f"{key.value}:{version}")
    return latest(session, key)


def _view(row: DocumentText, username: str = "") -> DocumentTextView:
    return DocumentTextView(key=TextKey(row.key), version=row.version, text=row.text,
                            created_at=row.created_at, created_by=username)
