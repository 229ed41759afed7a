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
from ops_desktop.domain import messages
from ops_desktop.domain.database_location import (
    InvalidServerUrl, ServerAddress, database_location as location_of, problem_text,
)
from ops_desktop.domain.storage_errors import DatabaseDamaged, DatabaseUnreadable, StorageError
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


_t = i18n.translator("cli")


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--db", dest="sub_db", required=required, metavar=_t("PLIK|URL"),
                        help=_t("plik bazy danych albo baza serwera ośrodka "
                                "postgresql://UŻYTKOWNIK@SERWER[:PORT]/BAZA"))


def database_location(args: argparse.Namespace) -> Path | ServerAddress:
    """The file or the server database of `--db`, else of the office settings file
    (`paths.office_settings_file`), else this PC's file. A wrong server URL raises
    InvalidServerUrl (cli/main.py prints `server_url_message`)."""
    chosen = getattr(args, "sub_db", None) or getattr(args, "db", None)
    return location_of(paths.chosen_database(chosen))


def database_path(args: argparse.Namespace) -> Path:
    """The database file, for what works on a file only (a file's backup and restore): a
    server URL raises ServerNotSupported."""
    location = database_location(args)
    if isinstance(location, ServerAddress):
        raise ServerNotSupported(str(location))
    return location


class ServerNotSupported(Exception):
    """A command of the database file was given the office server's URL."""


def server_url_message(exc: InvalidServerUrl) -> str:
    return problem_text(exc, i18n.translator("server_url"))


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

    location = database_location(args)  # a wrong --db is said before any password is asked
    username, password = credentials()
    return sign_in.sign_in(location, username=username, password=password,
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
    if isinstance(exc, OfficeNotSetUp) and isinstance(exc.path, ServerAddress):
        return (f"baza {exc.path} na serwerze nie ma jeszcze kont: utwórz ośrodek poleceniem "
                f"`ops-desktop new --db {exc.path}`")
    if isinstance(exc, KeyFileMissing) and isinstance(exc.path, ServerAddress):
        return ("na serwerze ośrodka nie ma kodu odzyskiwania: nowe hasło nada inny "
                "administrator (ops-desktop account password)")
    if isinstance(exc, OfficeNotSetUp) and not Path(exc.path).exists():
        return (f"nie ma pliku bazy {exc.path}: sprawdź ścieżkę podaną w --db; nową bazę "
                "tworzy `ops-desktop new --db PLIK`")
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
    """What happened to the file and what to do: the GUI's sentence (domain/messages.py, in
    the interface language), with the command to run where the command line has one."""
    text = messages.storage_error_text(exc)
    if isinstance(exc, DatabaseDamaged):
        text += " " + _t("Polecenie: ops-desktop restore --db PLIK --from KOPIA.")
    elif isinstance(exc, DatabaseUnreadable):
        text += " " + _t("Sprawdź ścieżkę podaną w --db albo przywróć kopię zapasową "
                         "(ops-desktop restore).")
    return text


def unexpected_error(exc: BaseException) -> str:
    """An error no command handles: a storage error behind it (a full disk, no rights…)
    in its sentence, anything else named by the log file that holds its traceback (ids and
    code locations only: services never put names or PESELs into errors)."""
    from ops_desktop.domain.storage_errors import storage_error_from

    error = storage_error_from(exc, getattr(exc, "filename", None) or "")
    if error is not None:
        return storage_message(error)
    import datetime as dt
    import traceback

    from ops_desktop import __version__

    log = paths.logs_dir() / f"ops-desktop-{__version__}.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{dt.datetime.now().isoformat(timespec='seconds')} ERROR cli: "
                         + "".join(traceback.format_exception(exc)))
    except OSError:
        return f"nieoczekiwany błąd ({type(exc).__name__}); zgłoś go informatykowi"
    return (f"nieoczekiwany błąd ({type(exc).__name__}); szczegóły zapisano w pliku {log} — "
            "przekaż go informatykowi; dane zapisane wcześniej są bezpieczne")


def not_written_message(exc) -> str:
    """An output file (`--out`) the safe write could not put in place (exports/safe_write
    ExportFailed): the storage sentence when the OS said why, nothing half-written left."""
    why = storage_message(exc.storage) if exc.storage is not None else \
        (exc.error.strerror or str(exc.error))
    return f"nie zapisano {exc.path}: {why}"


def wrong_extension(out: str | Path, file_format: str) -> str | None:
    """The refusal for `--out` whose extension is not its format's (None: it fits, or `-`)."""
    from ops_desktop.domain.file_names import corrected, follows_format, suffix_for

    if str(out) == "-" or follows_format(out, file_format):
        return None
    suffix = suffix_for(file_format)
    return (f"plik w formacie {suffix[1:].upper()} musi mieć rozszerzenie {suffix}: podaj "
            f"np. --out {corrected(out, file_format)} (nic nie zapisano)")
