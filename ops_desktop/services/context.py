"""Who is acting, and against which database: passed to every service call.

Permissions are checked here on every call, denied by default (docs/RELIABILITY.md: roles are
checked in the services layer, never by merely hiding widgets)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ops_desktop.db import writer_turns
from ops_desktop.db.engine import make_session_factory
from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.domain.storage_errors import StorageError, storage_error_from
from ops_desktop.db.keystore import KeyRing
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.permissions import Permission, permissions_for

if TYPE_CHECKING:
    from ops_desktop.services.start_check import StartCheck


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    roles: frozenset[Role]
    full_name: str = ""
    extra: frozenset[Permission] = field(default_factory=frozenset)
    extra_until: dt.datetime | None = None  # time-boxed extras (break-glass); None = no end

    @property
    def permissions(self) -> frozenset[Permission]:
        if self.extra_until is not None and dt.datetime.now() >= self.extra_until:
            return permissions_for(self.roles)
        return permissions_for(self.roles) | self.extra

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


# The application itself acting, not a person: builds the demo database, runs migrations and
# scheduled jobs. Sign-in gives every person their own Actor.
SYSTEM_ACTOR = Actor(
    user_id=None, username="system", roles=frozenset(Role), extra=frozenset(Permission)
)


class ServiceContext:
    def __init__(self, engine: Engine, actor: Actor, *, db_path: Path | None = None,
                 keyring: KeyRing | None = None, start_check: StartCheck | None = None,
                 server: ServerAddress | None = None):
        self.engine = engine
        self.actor = actor
        # The database file; None on the office server, whose address is `server` instead.
        self.db_path = db_path
        self.server = server
        # The unwrapped master key and its key file (encrypted databases; None when plain):
        # account management re-wraps key slots with it.
        self.keyring = keyring
        # The GUI's start-up check still reading the file (services/start_check.py): writes
        # wait for it. None: the file was checked before it was opened.
        self.start_check = start_check
        self._sessions: sessionmaker[Session] = make_session_factory(engine)
        self._write_sessions: sessionmaker[Session] = make_session_factory(engine, write=True)

    def require(self, *permissions: Permission) -> None:
        for permission in permissions:
            if not self.actor.can(permission):
                raise PermissionDenied(permission.value, self.actor.username)

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error.
        Writers of the same file take turns (db/writer_turns.py), and each transaction is a
        writer from its first statement (SQLite `BEGIN IMMEDIATE`).
        A full disk, a read-only or locked file… raise the StorageError of domain/storage_errors.py
        (with the driver's error as its cause), so every front end can say what to do."""
        if self.start_check is not None:
            self.start_check.wait()
        with writer_turns.turn(self.engine), self._storage_errors(), \
                self._write_sessions() as session:
            with session.begin():
                yield session
            head = session.info.pop("audit_head", None)
            reset = session.info.pop("audit_head_reset", False)
        if head is not None and self.keyring is not None:  # committed: record it outside
            from ops_desktop.services.audit_anchor import advance

            # A key file that cannot be written now (full disk) only stays behind: the
            # change itself is committed and safe.
            with suppress(OSError, StorageError):
                advance(self, head, reset=reset)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._storage_errors(), self._sessions() as session:
            yield session

    @contextmanager
    def _storage_errors(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            error = storage_error_from(exc, self.db_path or "")
            if error is None:
                raise
            raise error from exc

    def as_actor(self, actor: Actor) -> ServiceContext:
        return ServiceContext(self.engine, actor, db_path=self.db_path, keyring=self.keyring,
                              start_check=self.start_check, server=self.server)

    @property
    def location(self) -> Path | ServerAddress | None:
        """The file, or the server database, this context works on."""
        return self.server if self.server is not None else self.db_path
