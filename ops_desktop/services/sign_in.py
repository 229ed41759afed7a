"""Starting work on a database: first start (the office and its administrator), signing in,
the idle lock and unlocking again, recovery with the code from the office safe.

The order on an encrypted database: the key file (`<db>.keys`) is read; the user's key slot
is opened with the password (db/keystore.py: the throttle lives there, because nothing in the
database can be read yet); the master key opens the database; the user's row gives the roles;
the sign-in, and every failed attempt noted in the key file since the last sign-in, go into
the audit trail. A plain database (earlier versions, test databases) has no key file: first
start encrypts it; signing in to a plain database that already has accounts checks the
password hash in `users`, with the throttle kept in `users.failed_attempts/locked_until`.

The office server (`postgresql://…`, README "Office server") is signed in to like a plain
database: no key file and no master key (the server's disk encryption replaces SQLCipher),
the password hash and the throttle in `users`; its first start (`set_up_office`) creates the
schema in the empty database the office IT made and the administrator's row. There is no
recovery code there: another administrator, or the office IT through
`ops-desktop account password`, gives a new password."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ops_desktop.db.encryption import encrypt_database, file_kind, resume_interrupted, sidecars
from ops_desktop.domain.storage_errors import DatabaseUnreadable, KeyFileForeign
from ops_desktop.db.keystore import (
    Clock, FailedAttempt, KeyRing, KeyStore, keys_path_for, new_master_key, wipe,
)
from ops_desktop.db.models import Office, User
from ops_desktop.domain.database_location import ServerAddress, database_location
from ops_desktop.domain.accounts import (
    MAX_FAILED_ATTEMPTS, PAUSE_SECONDS, AccountDraft, BadCredentials, KeyFileMissing,
    OfficeNotSetUp, OfficeSetUp, SignInPaused, normalise_username, password_problems,
    roles_from_text, roles_to_text, username_problems,
)
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import FieldProblem, ValidationFailed
from ops_desktop.services import audit
from ops_desktop.services.accounts import actor_for, hash_password, password_matches
from ops_desktop.services.context import SYSTEM_ACTOR, Actor, ServiceContext
from ops_desktop.services.database import open_database
from ops_desktop.services.start_state import (
    is_demo, start_state,  # noqa: F401
)
from ops_desktop.services.start_state import plain_has_accounts as _plain_has_accounts


@dataclass(frozen=True)
class SetUpResult:
    session: UserSession
    # Shown (and printed) once; None of it is stored in clear. None on the office server
    # (no key file there).
    recovery_code: str | None


class UserSession:
    """A signed-in person: their service context and, for an encrypted database, the key.

    `lock()` disposes the engine's connections and overwrites the key; the context stays, but
    nothing can reach the database until `unlock()` with the same person's password."""

    def __init__(self, db_path: Path | ServerAddress, context: ServiceContext, channel: str):
        self.db_path = db_path
        self.context = context
        self.channel = channel
        self._locked = False

    @property
    def actor(self) -> Actor:
        return self.context.actor

    @property
    def encrypted(self) -> bool:
        return self.context.keyring is not None

    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        self.context.engine.dispose()
        if self.context.keyring is not None:
            self.context.keyring.wipe()
        self._locked = True

    def unlock(self, password: str, *, clock: Clock = time.time) -> None:
        username = self.actor.username
        if self.context.keyring is not None:
            store = KeyStore.load(self.context.keyring.keys_path)
            self.context.keyring.refill(store.unlock(username, password, clock=clock))
            self._locked = False
            _record_sign_in(self.context, store, kind="unlock", channel=self.channel)
        else:
            _plain_check(self.context, username, password, clock)
            self._locked = False
            _record_sign_in(self.context, None, kind="unlock", channel=self.channel)

    def close(self) -> None:
        self.lock()


def set_up_office(db_path: Path | ServerAddress, *, setup: OfficeSetUp, channel: str = "gui",
                  demo: bool = False) -> SetUpResult:
    """First start: a new master key, the administrator's key slot and the recovery slot
    (key file written first: an encrypted file without its keys would be lost), then the
    database — created encrypted, or an existing plain one encrypted and verified. On the
    office server: the schema and the administrator, nothing else."""
    location = database_location(db_path)
    _check_set_up(setup)
    if isinstance(location, ServerAddress):
        return _set_up_server(location, setup, channel)
    db_path = location.resolve()
    username = normalise_username(setup.admin.username)
    resume_interrupted(db_path)
    keys = keys_path_for(db_path)
    if keys.exists() or file_kind(db_path) == "encrypted":
        raise ValidationFailed([FieldProblem("database", "already_set_up")])
    kind = file_kind(db_path)
    master = new_master_key()
    store = KeyStore.create(keys, master, demo=demo)
    store.set_slot(username, setup.password, master)
    code = store.set_recovery(master)
    # Until the administrator's row is in the database, signing in with this password
    # finishes the first start (a power cut between the steps loses nothing).
    store.pending_set_up = {"username": username, "office_name": setup.office_name.strip()}
    db_path.parent.mkdir(parents=True, exist_ok=True)
    store.save()
    try:
        if kind == "plain":
            encrypt_database(db_path, master)
    except BaseException:
        keys.unlink(missing_ok=True)  # the plain database is untouched
        wipe(master)
        raise
    ring = KeyRing(keys, master)
    try:
        context = _create_administrator(db_path, ring, store, setup, kind, channel)
    except BaseException:
        if kind == "absent":  # nothing of value yet: leave no half-made office behind
            for leftover in (keys, db_path, *sidecars(db_path)):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
        ring.wipe()
        raise
    _record_sign_in(context, store, kind="sign_in", channel=channel)
    return SetUpResult(UserSession(db_path, context, channel), code)


def _check_set_up(setup: OfficeSetUp) -> None:
    username = normalise_username(setup.admin.username)
    problems = username_problems(username) + password_problems(setup.password,
                                                               setup.password_repeat)
    if not setup.office_name.strip():
        problems.append(FieldProblem("office_name", "required"))
    if problems:
        raise ValidationFailed(problems)


def _set_up_server(address: ServerAddress, setup: OfficeSetUp, channel: str) -> SetUpResult:
    opened = open_database(address, actor=SYSTEM_ACTOR)
    context = opened.context
    try:
        if _has_accounts(context):
            raise ValidationFailed([FieldProblem("database", "already_set_up")])
        actor = _add_administrator(context, setup, encrypted_existing=False, channel=channel)
    except BaseException:
        opened.engine.dispose()
        raise
    context = context.as_actor(actor)
    _record_sign_in(context, None, kind="sign_in", channel=channel)
    return SetUpResult(UserSession(address, context, channel), None)


def _create_administrator(db_path: Path, ring: KeyRing, store: KeyStore, setup: OfficeSetUp,
                          kind: str, channel: str) -> ServiceContext:
    opened = open_database(db_path, key=ring.master, actor=SYSTEM_ACTOR)
    context = ServiceContext(opened.engine, SYSTEM_ACTOR, db_path=db_path, keyring=ring)
    actor = _add_administrator(context, setup, encrypted_existing=kind == "plain",
                               channel=channel)
    store.pending_set_up = None
    store.save()
    return context.as_actor(actor)


def _add_administrator(context: ServiceContext, setup: OfficeSetUp, *,
                       encrypted_existing: bool, channel: str) -> Actor:
    """The administrator's row (a new one, or an earlier one given the role) and the office."""
    username = normalise_username(setup.admin.username)
    with context.transaction() as session:
        user = session.execute(select(User).where(User.username == username)).scalar()
        if user is None:
            user = User(username=username, created_at=dt.datetime.now(), roles="")
            session.add(user)
        user.full_name = setup.admin.full_name.strip() or user.full_name
        user.roles = roles_to_text(roles_from_text(user.roles or "") | {Role.ADMIN}
                                   | set(setup.admin.roles))
        user.password_hash = hash_password(setup.password)
        user.active, user.failed_attempts, user.locked_until = True, 0, None
        office = session.execute(select(Office).limit(1)).scalar()
        if office is None:
            session.add(Office(name=setup.office_name.strip()))
        session.flush()
        audit.record(session, SYSTEM_ACTOR, "office_set_up", "user", user.id,
                     encrypted_existing=encrypted_existing, channel=channel)
        return actor_for(user)


def sign_in(db_path: Path | ServerAddress, *, username: str, password: str,
            channel: str = "gui", clock: Clock = time.time,
            check_later: bool = False) -> UserSession:
    """With `check_later` (the GUI) an encrypted file at the current schema is opened before
    its quick check: the session's `context.start_check` is for the caller to run, and the
    sign-in's audit entry waits for it to pass (services/start_check.py)."""
    location = database_location(db_path)
    if isinstance(location, ServerAddress):
        return _sign_in_server(location, normalise_username(username), password, channel,
                               clock)
    db_path = location.resolve()
    resume_interrupted(db_path)
    keys = keys_path_for(db_path)
    username = normalise_username(username)
    if not keys.exists():
        return _sign_in_plain(db_path, username, password, channel, clock)
    store = KeyStore.load(keys)
    master = store.unlock(username, password, clock=clock)
    kind = file_kind(db_path)
    if kind == "absent":
        wipe(master)
        raise DatabaseUnreadable(db_path, "missing")
    if kind == "plain":  # first start stopped after the key file was written: finish it
        encrypt_database(db_path, master)
    ring = KeyRing(keys, master)
    pending = store.pending_set_up
    if pending is not None and pending.get("username") == username:
        setup = OfficeSetUp(pending.get("office_name") or "-", AccountDraft(username), password)
        context = _create_administrator(db_path, ring, store, setup, kind, channel)
    else:
        try:
            opened = _open_with_key(db_path, ring, check_later=check_later)
        except BaseException:  # damaged, too new, locked: the key goes before the error does
            ring.wipe()
            raise
        context = ServiceContext(opened.engine, SYSTEM_ACTOR, db_path=db_path, keyring=ring,
                                 start_check=opened.context.start_check)
        with context.reading() as session:
            user = session.execute(select(User).where(User.username == username)).scalar()
            actor = actor_for(user) if user is not None and user.active else None
        if actor is None:  # a slot without an active account: refuse like a wrong password
            opened.engine.dispose()
            ring.wipe()
            raise BadCredentials()
        context = context.as_actor(actor)
    if context.start_check is not None:  # nothing is written before the file has passed
        signed_in = context
        context.start_check.after_pass(
            lambda: _record_sign_in(signed_in, store, kind="sign_in", channel=channel))
    else:
        _record_sign_in(context, store, kind="sign_in", channel=channel)
    return UserSession(db_path, context, channel)


def unlock_key(db_path: Path, *, username: str, password: str,
               clock: Clock = time.time) -> bytearray | None:
    """Only the master key (None for a plain database): checking and restoring backups of a
    database that is too damaged to sign in to. The caller wipes it when done."""
    if isinstance(database_location(db_path), ServerAddress):
        return None
    keys = keys_path_for(Path(db_path))
    if not keys.exists():
        return None
    return KeyStore.load(keys).unlock(username, password, clock=clock)


def recover_access(db_path: Path, *, code: str, username: str, new_password: str,
                   new_password_repeat: str | None = None, channel: str = "gui",
                   clock: Clock = time.time) -> UserSession:
    """The recovery code from the office safe opens the master key; the named administrator
    gets a new password (a new key slot) and is signed in."""
    problems = password_problems(new_password, new_password_repeat)
    if problems:
        raise ValidationFailed(problems)
    location = database_location(db_path)
    if isinstance(location, ServerAddress):
        raise KeyFileMissing(location)  # no recovery code on a server (module docstring)
    db_path = location.resolve()
    keys = keys_path_for(db_path)
    if not keys.exists():
        raise KeyFileMissing(keys)
    store = KeyStore.load(keys)
    ring = KeyRing(keys, store.unlock_recovery(code, clock=clock))
    try:
        opened = _open_with_key(db_path, ring)
    except BaseException:
        ring.wipe()
        raise
    context = ServiceContext(opened.engine, SYSTEM_ACTOR, db_path=db_path, keyring=ring)
    username = normalise_username(username)
    with context.reading() as session:
        user = session.execute(select(User).where(User.username == username)).scalar()
        allowed = user is not None and user.active and Role.ADMIN in roles_from_text(user.roles)
    if not allowed:
        opened.engine.dispose()
        ring.wipe()
        raise BadCredentials()
    with context.transaction() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one()
        user.password_hash = hash_password(new_password)
        user.failed_attempts, user.locked_until = 0, None
        store.set_slot(username, new_password, ring.master)
        audit.record(session, actor_for(user), "recovery_used", "user", user.id, channel=channel)
        store.save()
        actor = actor_for(user)
    context = context.as_actor(actor)
    _record_sign_in(context, store, kind="sign_in", channel=channel)
    return UserSession(db_path, context, channel)


def _open_with_key(db_path: Path, ring: KeyRing, *, check_later: bool = False):
    """The database opened with the key file's master key. A key that opened its slot but
    does not decrypt the file's first page ("file is not a database") means the key file
    belongs to another database: KeyFileForeign, not an offer to restore a backup (none
    would open with this key either)."""
    try:
        return open_database(db_path, key=ring.master, check_later=check_later,
                             actor=SYSTEM_ACTOR)  # the person's actor comes from the caller
    except DatabaseUnreadable as exc:
        if "not a database" in exc.detail.lower() and not _opens_a_backup(db_path, ring):
            raise KeyFileForeign(ring.keys_path, db_path) from exc
        raise  # the key opens a backup: the key file is right, the database is damaged


def _opens_a_backup(db_path: Path, ring: KeyRing) -> bool:
    from ops_desktop import paths
    from ops_desktop.services.integrity import key_opens

    folder = paths.backups_dir_for(db_path)
    candidates = sorted(folder.glob(f"{db_path.stem}-v*.db"), reverse=True)[:3]
    return any(key_opens(candidate, ring.master) for candidate in candidates)


def _record_sign_in(context: ServiceContext, store: KeyStore | None, *, kind: str,
                    channel: str) -> None:
    """The sign-in and the failed attempts noted in the key file since the last one."""
    pending: list[FailedAttempt] = store.take_failures() if store is not None else []
    with context.transaction() as session:
        for failure in pending:
            user = (session.execute(select(User).where(User.username == failure.username))
                    .scalar() if failure.username else None)
            who = Actor(user_id=user.id if user else None, username=failure.username,
                        roles=frozenset())
            audit.record(session, who, "sign_in_failed", "user", who.user_id,
                         reason=failure.reason, at=failure.at.isoformat(timespec="seconds"))
        user = session.get(User, context.actor.user_id)
        if user is not None:
            user.failed_attempts, user.locked_until = 0, None
        audit.record(session, context.actor, "sign_in", "user", context.actor.user_id,
                     kind=kind, channel=channel)
    if store is not None and pending:
        store.save()


def _sign_in_plain(db_path: Path, username: str, password: str, channel: str,
                   clock: Clock) -> UserSession:
    kind = file_kind(db_path)
    if kind == "encrypted":
        raise KeyFileMissing(keys_path_for(db_path))
    if kind == "absent" or not _plain_has_accounts(db_path):
        raise OfficeNotSetUp(db_path)
    opened = open_database(db_path, actor=SYSTEM_ACTOR)
    context = ServiceContext(opened.engine, SYSTEM_ACTOR, db_path=db_path)
    return _by_password_hash(db_path, context, username, password, channel, clock)


def _sign_in_server(address: ServerAddress, username: str, password: str, channel: str,
                    clock: Clock) -> UserSession:
    context = open_database(address, actor=SYSTEM_ACTOR).context
    return _by_password_hash(address, context, username, password, channel, clock,
                             office_needed=True)


def _by_password_hash(location: Path | ServerAddress, context: ServiceContext, username: str,
                      password: str, channel: str, clock: Clock, *,
                      office_needed: bool = False) -> UserSession:
    try:
        if office_needed and not _has_accounts(context):
            raise OfficeNotSetUp(location)
        actor = _plain_check(context, username, password, clock)
    except BaseException:
        context.engine.dispose()
        raise
    context = context.as_actor(actor)
    _record_sign_in(context, None, kind="sign_in", channel=channel)
    return UserSession(location, context, channel)


def _has_accounts(context: ServiceContext) -> bool:
    with context.reading() as session:
        return session.execute(select(User.id).where(User.active).limit(1)).first() is not None


def _plain_check(context: ServiceContext, username: str, password: str, clock: Clock) -> Actor:
    """Password hash and throttle in `users` (plain databases only)."""
    now = dt.datetime.fromtimestamp(clock())
    with context.transaction() as session:
        user = session.execute(select(User).where(User.username == username)).scalar()
        if user is None or not user.active:
            audit.record(session, Actor(None, "", frozenset()), "sign_in_failed", "user", None,
                         reason="unknown_user")
            failure: Exception = BadCredentials()
        elif user.locked_until is not None and now < user.locked_until:
            audit.record(session, actor_for(user), "sign_in_failed", "user", user.id,
                         reason="paused")
            failure = SignInPaused(username, user.locked_until)
        elif not password_matches(user.password_hash, password):
            user.failed_attempts = (user.failed_attempts or 0) + 1
            failure = BadCredentials()
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.failed_attempts = 0
                user.locked_until = now + dt.timedelta(seconds=PAUSE_SECONDS)
                failure = SignInPaused(username, user.locked_until)
            audit.record(session, actor_for(user), "sign_in_failed", "user", user.id,
                         reason="wrong_password")
        else:
            return actor_for(user)
    raise failure
