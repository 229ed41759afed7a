"""Accounts: who may sign in, the rules for usernames and passwords, and the errors of
signing in. Pure: the key slots live in `db/keystore.py`, the use cases in
`services/accounts.py`, `services/sign_in.py` and `services/start_state.py`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import DomainError, FieldProblem

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 256
MAX_FAILED_ATTEMPTS = 5          # wrong passwords in a row before a pause
PAUSE_SECONDS = 60               # the pause after MAX_FAILED_ATTEMPTS
BREAK_GLASS_MINUTES = 30         # how long an administrator's emergency read lasts
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def normalise_username(username: str) -> str:
    return username.strip().lower()


@dataclass
class AccountDraft:
    username: str = ""
    full_name: str = ""
    roles: set[Role] = field(default_factory=set)


@dataclass
class OfficeSetUp:
    office_name: str
    admin: AccountDraft
    password: str
    password_repeat: str | None = None


class StartState(StrEnum):
    FIRST_START = "first_start"   # no accounts yet: ask for the office and an administrator
    SIGN_IN = "sign_in"


@dataclass(frozen=True)
class AccountView:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool
    has_key_slot: bool            # False: cannot sign in until the administrator sets a password
    failed_attempts: int
    created_at: dt.datetime


def username_problems(username: str) -> list[FieldProblem]:
    if not username:
        return [FieldProblem("username", "required")]
    if not _USERNAME.match(username):
        return [FieldProblem("username", "format")]
    return []


def password_problems(password: str, repeated: str | None = None) -> list[FieldProblem]:
    """At least 12 characters (docs/RELIABILITY.md); `repeated`, when given, must match."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(FieldProblem("password", "too_short", {"min": MIN_PASSWORD_LENGTH}))
    elif len(password) > MAX_PASSWORD_LENGTH:
        problems.append(FieldProblem("password", "too_long", {"max": MAX_PASSWORD_LENGTH}))
    if repeated is not None and repeated != password:
        problems.append(FieldProblem("password_repeat", "mismatch"))
    return problems


def roles_from_text(text: str) -> frozenset[Role]:
    """`users.roles` is a comma-separated list of Role codes; unknown codes grant nothing."""
    known = {role.value for role in Role}
    return frozenset(Role(code) for code in (c.strip() for c in text.split(",")) if code in known)


def roles_to_text(roles: set[Role] | frozenset[Role]) -> str:
    order = list(Role)
    return ",".join(role.value for role in sorted(roles, key=order.index))


class SignInRefused(DomainError):
    """Base of the reasons a sign-in is refused."""


class BadCredentials(SignInRefused):
    """Unknown user, wrong password or recovery code, inactive account: deliberately one error,
    so the message does not tell which."""

    def __init__(self) -> None:
        super().__init__("bad_credentials")


class SignInPaused(SignInRefused):
    """Too many wrong passwords: no attempt is checked until `until`."""

    def __init__(self, username: str, until: dt.datetime):
        super().__init__(f"{username}:{until.isoformat(timespec='seconds')}")
        self.username = username
        self.until = until


class OfficeNotSetUp(SignInRefused):
    """No accounts exist for this database yet: first start (GUI) or `ops-desktop new`."""

    def __init__(self, path: object):
        super().__init__(str(path))
        self.path = path


class KeyFileMissing(SignInRefused):
    """The database is encrypted but its key file (`<db>.keys`) is not beside it."""

    def __init__(self, path: object):
        super().__init__(str(path))
        self.path = path
