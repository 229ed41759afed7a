"""What every command shares: signing in and opening the database named by `--db`, printing
errors.

Every command signs in like the GUI: `OPS_DESKTOP_USER` and `OPS_DESKTOP_PASSWORD` from the
environment (scripts), otherwise a prompt on the terminal. Without a terminal and without the
variables the command stops with a message; it never waits for input that cannot come."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ops_desktop import i18n, paths
from ops_desktop.domain.storage_errors import StorageError
from ops_desktop.domain.accounts import (
    BadCredentials, KeyFileMissing, OfficeNotSetUp, SignInPaused, SignInRefused,
)

if TYPE_CHECKING:
    from ops_desktop.services.context import ServiceContext

ENV_USER = "OPS_DESKTOP_USER"
ENV_PASSWORD = "OPS_DESKTOP_PASSWORD"
EXIT_NOT_SIGNED_IN = 4


class CredentialsMissing(SignInRefused):
    """No OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD and no terminal to ask on."""


def _t(text: str) -> str:
    return i18n.translate("cli", text)


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--db", dest="sub_db", required=required, metavar=_t("PLIK"),
                        help=_t("plik bazy danych"))


def database_path(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "sub_db", None) or getattr(args, "db", None)
    return Path(chosen) if chosen else paths.default_database()


def credentials() -> tuple[str, str]:
    """(username, password) from the environment, else asked for on the terminal."""
    username = os.environ.get(ENV_USER, "").strip()
    password = os.environ.get(ENV_PASSWORD, "")
    if username and password:
        return username, password
    if not _interactive():
        raise CredentialsMissing("no credentials")
    if not username:
        username = input("Użytkownik: ").strip()
    if not password:
        password = getpass.getpass("Hasło: ")
    return username, password


def sign_in_for(args: argparse.Namespace):
    """Sign in to the database of `--db` (signed-in session: context, key, lock)."""
    from ops_desktop.services import sign_in

    username, password = credentials()
    return sign_in.sign_in(database_path(args), username=username, password=password,
                           channel="cli")


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[ServiceContext]:
    """`with signed_in(args) as ctx:` — the context of `open_context`, its engine closed
    afterwards. What it cannot open (StorageError), a refused sign-in and a refused
    permission are turned into one Polish line by cli/main.py."""
    ctx = open_context(args)
    try:
        yield ctx
    finally:
        ctx.engine.dispose()


def open_context(args: argparse.Namespace) -> ServiceContext:
    """Sign in (environment or prompt), open and migrate the database for a command; the
    context acts as the signed-in person, with their permissions."""
    return sign_in_for(args).context


def sign_in_message(exc: SignInRefused) -> str:
    if isinstance(exc, CredentialsMissing):
        return (f"zaloguj się: ustaw zmienne {ENV_USER} i {ENV_PASSWORD} "
                "albo uruchom polecenie w terminalu")
    if isinstance(exc, SignInPaused):
        return (f"po 5 błędnych hasłach logowanie wstrzymano do "
                f"{exc.until:%H:%M:%S}; spróbuj ponownie później")
    if isinstance(exc, OfficeNotSetUp):
        return (f"baza {exc.path} nie ma jeszcze kont: uruchom program (pierwsze "
                "uruchomienie) albo `ops-desktop new`")
    if isinstance(exc, KeyFileMissing):
        return (f"baza jest zaszyfrowana, a brak pliku kluczy {exc.path}; przywróć go z kopii "
                "zapasowej (albo całą bazę razem z plikiem kluczy)")
    if isinstance(exc, BadCredentials):
        return "nieprawidłowa nazwa użytkownika lub hasło"
    return f"logowanie odrzucone ({exc})"


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def fail(message: str, code: int = 1) -> int:
    print(f"ops-desktop: {message}", file=sys.stderr)
    return code


def storage_message(exc: StorageError) -> str:
    return f"{type(exc).__name__}: {exc.path}"
