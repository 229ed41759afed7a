"""`ops-desktop new --db FILE [--office-name NAME] [--admin LOGIN] [--role head]`: a new,
empty office database — encrypted, with the office and its administrator (the same first
start as the GUI, services/sign_in.set_up_office) — and the recovery code printed once for
the office safe. `--db postgresql://USER@HOST/DBNAME` sets the office up in the empty
database the office IT made on the server (schema through the same Alembic revisions).

The administrator's password comes from OPS_DESKTOP_PASSWORD (scripts) or is asked twice on
the terminal; the login from --admin, else OPS_DESKTOP_USER, else "admin"."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ops_desktop import i18n
from ops_desktop.cli.parsing import command
from ops_desktop.cli.common import (
    ENV_PASSWORD, ENV_USER, add_db_argument, database_location, fail,
)
from ops_desktop.domain.storage_errors import StorageError
from ops_desktop.domain.accounts import MIN_PASSWORD_LENGTH, AccountDraft
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import FieldProblem, ValidationFailed

DEFAULT_OFFICE_NAME = "Ośrodek Pomocy Społecznej"
_PROBLEMS = {
    ("username", "required"): "podaj login administratora (--admin)",
    ("username", "format"): ("login administratora: 2–32 znaki, małe litery bez polskich znaków, "
                             "cyfry, kropka, podkreślenie lub minus"),
    ("password", "too_short"): f"hasło administratora musi mieć co najmniej {MIN_PASSWORD_LENGTH} "
                               "znaków",
    ("password", "too_long"): "hasło administratora jest za długie",
    ("password_repeat", "mismatch"): "powtórzone hasło różni się od pierwszego",
    ("office_name", "required"): "podaj nazwę ośrodka (--office-name)",
    ("database", "already_set_up"): "ta baza ma już konta i klucze",
}


_t = i18n.translator("cli")


def register(sub: argparse._SubParsersAction) -> None:
    parser = command(sub, "new", _t("utwórz nową, pustą bazę ośrodka z kontem administratora"),
                     "ops-desktop new --db ops.db --office-name \"MOPS w Gdyni\" --admin admin")
    add_db_argument(parser, required=True)
    parser.add_argument("--office-name", default=DEFAULT_OFFICE_NAME,
                        help=_t("nazwa ośrodka (domyślnie „{name}”)").format(
                            name=DEFAULT_OFFICE_NAME))
    parser.add_argument("--admin", metavar="LOGIN",
                        help=_t("login administratora (domyślnie ${variable} albo admin)").format(
                            variable=ENV_USER))
    parser.add_argument("--admin-name", default="Administrator",
                        help=_t("imię i nazwisko administratora"))
    parser.add_argument("--role", action="append", default=[], dest="roles",
                        choices=[r.value for r in Role if r is not Role.ADMIN],
                        help=_t("dodatkowa rola pierwszego konta (w małym ośrodku administrator "
                             "bywa też kierownikiem: --role head); można powtórzyć"))
    parser.set_defaults(handler=run)


def _password() -> tuple[str, str | None] | None:
    """(password, repeated) from the environment or the terminal; None when neither exists."""
    from_env = os.environ.get(ENV_PASSWORD, "")
    if from_env:
        return from_env, None
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    first = getpass.getpass("Hasło administratora: ")
    return first, getpass.getpass("Powtórz hasło: ")


def problem_line(problem: FieldProblem) -> str:
    return _PROBLEMS.get((problem.field, problem.code), f"{problem.field}: {problem.code}")


def run(args: argparse.Namespace) -> int:
    from ops_desktop.domain.accounts import OfficeSetUp
    from ops_desktop.services.sign_in import set_up_office

    location = database_location(args)
    if isinstance(location, Path) and location.exists():
        return fail(f"plik już istnieje: {location} (podaj inną ścieżkę)")
    username = (args.admin or os.environ.get(ENV_USER, "") or "admin").strip()
    password = _password()
    if password is None:
        return fail(f"podaj hasło administratora w zmiennej {ENV_PASSWORD} "
                    "albo uruchom polecenie w terminalu")
    admin = AccountDraft(username, args.admin_name, {Role(role) for role in args.roles})
    setup = OfficeSetUp(office_name=args.office_name, admin=admin, password=password[0],
                        password_repeat=password[1])
    try:
        result = set_up_office(location, setup=setup, channel="cli")
    except ValidationFailed as exc:
        for problem in exc.problems:
            fail(problem_line(problem))
        return 2
    except StorageError as exc:
        return fail(f"nie można utworzyć bazy {exc.path}: {exc}")
    result.session.close()
    if result.recovery_code is None:  # the office server: no key file, no recovery code
        print(f"Utworzono ośrodek „{setup.office_name.strip()}” w bazie {location} na "
              f"serwerze; administrator: {username}.")
        return 0
    print(f"Utworzono bazę {location.resolve()} ośrodka „{setup.office_name.strip()}”; "
          f"administrator: {username}.")
    print("Kod odzyskiwania (wydrukuj i schowaj w sejfie ośrodka; nie zostanie pokazany "
          f"ponownie): {result.recovery_code}")
    return 0
