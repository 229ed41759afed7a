"""Accounts: the administrator adds people, sets their roles, deactivates them and resets
passwords; everyone changes their own password; an administrator's emergency read
("break-glass") is granted only with a reason that goes into the audit trail.

A password lives in two places, both derived with Argon2id: the `users.password_hash`
(argon2-cffi's PasswordHasher: re-confirming a password while the database is open, and
signing in to a plain database) and, for an encrypted database, the user's key slot in
`<db>.keys` (db/keystore.py), which is what signing in opens. Every change that touches both
writes the key file inside the database transaction, so a failed write of either leaves
neither changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.db.keystore import KeyStore
from ops_desktop.db.models import User
from ops_desktop.domain.accounts import (
    BREAK_GLASS_MINUTES, AccountDraft, AccountView, BadCredentials, normalise_username,
    password_problems, roles_from_text, roles_to_text, username_problems,
)
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import FieldProblem, NotFound, RuleViolation, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit
from ops_desktop.services.context import Actor, ServiceContext

_hasher = PasswordHasher()  # argon2-cffi defaults: Argon2id, RFC 9106 low-memory profile

# What a break-glass read grants on top of the administrator's own roles: reading case
# content, never changing it. Special-category answers only when asked for explicitly.
BREAK_GLASS_READ = frozenset({
    Permission.PARTICIPANT_READ, Permission.PARTICIPANT_READ_ALL, Permission.PROJECT_READ,
    Permission.CONTRACT_READ, Permission.ACTIVITY_READ,
})


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return bool(password_hash) and _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def actor_for(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, roles=roles_from_text(user.roles),
                 full_name=user.full_name)


def list_accounts(ctx: ServiceContext) -> list[AccountView]:
    ctx.require(Permission.ACCOUNTS_MANAGE)
    store = _store(ctx)
    with ctx.reading() as session:
        users = session.execute(select(User).order_by(User.username)).scalars().all()
        return [_view(user, store) for user in users]


def create_account(ctx: ServiceContext, *, draft: AccountDraft, password: str,
                   password_repeat: str | None = None) -> AccountView:
    ctx.require(Permission.ACCOUNTS_MANAGE)
    username = normalise_username(draft.username)
    problems = username_problems(username) + password_problems(password, password_repeat)
    if problems:
        raise ValidationFailed(problems)
    with ctx.transaction() as session:
        if _by_username(session, username) is not None:
            raise ValidationFailed([FieldProblem("username", "duplicate")])
        user = User(username=username, full_name=draft.full_name.strip(),
                    roles=roles_to_text(draft.roles), password_hash=hash_password(password),
                    active=True, failed_attempts=0, created_at=dt.datetime.now())
        session.add(user)
        session.flush()
        audit.record(session, ctx.actor, "create", "user", user.id,
                     roles=roles_to_text(draft.roles))
        with _key_file(ctx) as store:
            if store is not None:
                store.set_slot(username, password, ctx.keyring.master)
        return _view(user, store)


def update_account(ctx: ServiceContext, *, user_id: int, full_name: str,
                   roles: set[Role] | frozenset[Role]) -> AccountView:
    """Name and roles; the last active administrator keeps the administrator role."""
    ctx.require(Permission.ACCOUNTS_MANAGE)
    with ctx.transaction() as session:
        user = _load(session, user_id)
        old_roles = user.roles
        new_roles = roles_to_text(roles)
        if Role.ADMIN not in roles and _is_last_admin(session, user):
            raise RuleViolation("last_admin")
        changed = [name for name, old, new in (("full_name", user.full_name, full_name.strip()),
                                               ("roles", old_roles, new_roles)) if old != new]
        user.full_name, user.roles = full_name.strip(), new_roles
        # Roles are not personal data: old → new goes into the trail; the name does not.
        audit.record(session, ctx.actor, "update", "user", user.id, fields=changed,
                     roles_old=old_roles, roles_new=new_roles)
        return _view(user, _store(ctx))


def deactivate_account(ctx: ServiceContext, *, user_id: int) -> AccountView:
    """The account can no longer sign in: inactive, and its key slot removed."""
    ctx.require(Permission.ACCOUNTS_MANAGE)
    with ctx.transaction() as session:
        user = _load(session, user_id)
        if user.id == ctx.actor.user_id:
            raise RuleViolation("own_account")
        if _is_last_admin(session, user):
            raise RuleViolation("last_admin")
        user.active = False
        audit.record(session, ctx.actor, "deactivate", "user", user.id)
        with _key_file(ctx) as store:
            if store is not None:
                store.remove_slot(user.username)
        return _view(user, store)


def reset_password(ctx: ServiceContext, *, user_id: int, password: str,
                   password_repeat: str | None = None) -> AccountView:
    """A new password set by the administrator (a new key slot); reactivates the account."""
    ctx.require(Permission.ACCOUNTS_MANAGE)
    problems = password_problems(password, password_repeat)
    if problems:
        raise ValidationFailed(problems)
    with ctx.transaction() as session:
        user = _load(session, user_id)
        _set_password(ctx, session, user, password)
        user.active = True
        audit.record(session, ctx.actor, "password_reset", "user", user.id)
        return _view(user, _store(ctx))


def change_own_password(ctx: ServiceContext, *, old_password: str, new_password: str,
                        new_password_repeat: str | None = None) -> None:
    """Any signed-in person; re-wraps their own key slot (the database stays as it is)."""
    if ctx.actor.user_id is None:
        raise NotFound("user", ctx.actor.username)
    problems = password_problems(new_password, new_password_repeat)
    if problems:
        raise ValidationFailed(problems)
    with ctx.transaction() as session:
        user = _load(session, ctx.actor.user_id)
        if not password_matches(user.password_hash, old_password):
            raise ValidationFailed([FieldProblem("old_password", "wrong")])
        _set_password(ctx, session, user, new_password)
        audit.record(session, ctx.actor, "password_change", "user", user.id)


def confirm_password(ctx: ServiceContext, *, password: str) -> bool:
    """Is this the signed-in person's password? (re-confirmation before a grave step)"""
    if ctx.actor.user_id is None:
        return False
    with ctx.reading() as session:
        user = session.get(User, ctx.actor.user_id)
        return user is not None and user.active and password_matches(user.password_hash, password)


def break_glass(ctx: ServiceContext, *, reason: str, password: str, sensitive: bool = False,
                minutes: int = BREAK_GLASS_MINUTES) -> ServiceContext:
    """An administrator's emergency read of case content: the password again and a reason,
    recorded in the audit trail first; the returned context can read for `minutes` only."""
    ctx.require(Permission.BREAK_GLASS)
    if len(reason.strip()) < 10:
        raise ValidationFailed([FieldProblem("reason", "too_short", {"min": 10})])
    if not confirm_password(ctx, password=password):
        raise BadCredentials()
    until = dt.datetime.now() + dt.timedelta(minutes=minutes)
    granted = BREAK_GLASS_READ | ({Permission.SENSITIVE_READ} if sensitive else set())
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, "break_glass", "user", ctx.actor.user_id,
                     reason=reason.strip(), sensitive=sensitive,
                     until=until.isoformat(timespec="seconds"))
    actor = ctx.actor
    return ctx.as_actor(Actor(user_id=actor.user_id, username=actor.username, roles=actor.roles,
                              full_name=actor.full_name, extra=actor.extra | granted,
                              extra_until=until))


def new_recovery_code(ctx: ServiceContext) -> str:
    """A new recovery code for the office safe (the old one stops working); shown once."""
    ctx.require(Permission.ACCOUNTS_MANAGE)
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, "recovery_code_replaced", "keys", None)
        with _key_file(ctx) as store:
            if store is None:
                raise RuleViolation("not_encrypted")
            return store.set_recovery(ctx.keyring.master)


def recovery_sheet_pdf(*, office_name: str, database_name: str, code: str) -> bytes:
    """The sheet for the office safe with a recovery code just shown (first start, or
    `new_recovery_code`), rendered by reporting/recovery_sheet_pdf.py; the code is nowhere
    else once its dialog closes."""
    from ops_desktop.reporting.recovery_sheet_pdf import render_recovery_sheet

    return render_recovery_sheet(office_name=office_name, database_name=database_name,
                                 code=code, created_at=dt.datetime.now())


def caseworkers(ctx: ServiceContext) -> list[AccountView]:
    """Active caseworkers (assigning a caseload); no account administration needed."""
    ctx.require(Permission.PARTICIPANT_READ_ALL)
    with ctx.reading() as session:
        users = session.execute(
            select(User).where(User.active.is_(True)).order_by(User.username)).scalars().all()
        return [_view(u, None) for u in users if Role.CASEWORKER in roles_from_text(u.roles)]


def _set_password(ctx: ServiceContext, session: Session, user: User, password: str) -> None:
    user.password_hash = hash_password(password)
    user.failed_attempts, user.locked_until = 0, None
    session.flush()
    with _key_file(ctx) as store:
        if store is not None:
            store.set_slot(user.username, password, ctx.keyring.master)


@contextmanager
def _key_file(ctx: ServiceContext) -> Iterator[KeyStore | None]:
    """The key file for a change made inside the caller's transaction: saved on success, so
    an exception before or while saving rolls the database change back as well."""
    store = _store(ctx)
    yield store
    if store is not None:
        store.save()


def _store(ctx: ServiceContext) -> KeyStore | None:
    return KeyStore.load(ctx.keyring.keys_path) if ctx.keyring is not None else None


def _by_username(session: Session, username: str) -> User | None:
    return session.execute(select(User).where(User.username == username)).scalar()


def _load(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("user", user_id)
    return user


def _is_last_admin(session: Session, user: User) -> bool:
    if not user.active or Role.ADMIN not in roles_from_text(user.roles):
        return False
    admins = [u for u in session.execute(select(User).where(User.active.is_(True))).scalars()
              if Role.ADMIN in roles_from_text(u.roles)]
    return [u.id for u in admins] == [user.id]


def _view(user: User, store: KeyStore | None) -> AccountView:
    has_slot = store.has_slot(user.username) if store is not None else bool(user.password_hash)
    failed = store.failed_attempts(user.username) if store is not None else user.failed_attempts
    return AccountView(user.id, user.username, user.full_name, roles_from_text(user.roles),
                       user.active, has_slot and user.active, failed, user.created_at)
