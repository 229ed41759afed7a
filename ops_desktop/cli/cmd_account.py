"""`ops-desktop account add|list|password|deactivate|roles --db FILE …`: the administrator's
accounts dialog (Konto → Konta użytkowników…) for scripts and an office's IT person:

    ops-desktop account add --db ops.db --login a.nowak --name "Anna Nowak" --role caseworker
    ops-desktop account roles --db ops.db --login a.nowak --set caseworker,coordinator
    echo "$NOWE_HASLO" | ops-desktop account password --db ops.db --login a.nowak --password-stdin

The command signs in like every other (OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD or the
terminal) and must be run by an administrator. Everything goes through services/accounts.py,
so the rules, the key file, the audit entries and the sentences (domain/messages.py) are the
dialog's. A new password is asked twice on the terminal, or read as one line from standard
input with --password-stdin; never from an argument (it would stay in the shell history and
the process list). Exit codes: 0 done, 2 bad input (unknown login, weak password, …),
1 refused (no permission, a rule such as the last administrator), 4 not signed in."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from ops_desktop import i18n
from ops_desktop.cli.common import _interactive, add_db_argument, fail, signed_in
from ops_desktop.cli.parsing import command, group
from ops_desktop.domain.accounts import (
    AccountDraft, AccountView, normalise_username, username_problems,
)
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import (
    FieldProblem, PermissionDenied, RuleViolation, ValidationFailed,
)
from ops_desktop.domain.permissions import Permission

if TYPE_CHECKING:
    from ops_desktop.services.context import ServiceContext

BAD_INPUT = 2
REFUSED = 1
ROLE_CODES = [role.value for role in Role]



_t = i18n.translator("cli")


class _Refused(Exception):
    """A line for stderr and an exit code, raised inside the signed-in block."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def register(sub: argparse._SubParsersAction) -> None:
    _parser, actions = group(sub, "account", _t("konta użytkowników: dodaj, wypisz, nowe hasło, "
                                                "dezaktywuj, role (administrator)"),
                             dest="account_command", metavar=_t("CZYNNOŚĆ"))

    def action(name: str, help_text: str, example: str, handler) -> argparse.ArgumentParser:
        one = command(actions, name, help_text, example)
        add_db_argument(one)
        one.set_defaults(handler=handler)
        return one

    add = action("add", _t("dodaj konto (hasło podaje się w terminalu albo --password-stdin)"),
                 'ops-desktop account add --db ops.db --login a.nowak --name "Anna Nowak" '
                 "--role caseworker", run_add)
    _login_argument(add)
    add.add_argument("--name", required=True, metavar=_t("IMIĘ_NAZWISKO"),
                     help=_t("imię i nazwisko"))
    add.add_argument("--role", action="append", required=True, dest="roles",
                     choices=ROLE_CODES, help=_t("rola; można powtórzyć, np. --role caseworker "
                                                 "--role coordinator"))
    _password_argument(add)
    action("list", _t("wypisz konta: login, role, stan, imię i nazwisko"),
           "ops-desktop account list --db ops.db", run_list)
    password = action("password", _t("ustaw nowe hasło konta (konto zostaje aktywne)"),
                      "ops-desktop account password --db ops.db --login a.nowak", run_password)
    _login_argument(password)
    _password_argument(password)
    deactivate = action("deactivate", _t("dezaktywuj konto (nie może się już zalogować)"),
                        "ops-desktop account deactivate --db ops.db --login a.nowak",
                        run_deactivate)
    _login_argument(deactivate)
    roles = action("roles", _t("wypisz albo ustaw role konta"),
                   "ops-desktop account roles --db ops.db --login a.nowak "
                   "--set caseworker,coordinator", run_roles)
    _login_argument(roles)
    roles.add_argument("--set", dest="new_roles", metavar=_t("ROLA,ROLA"), default=None,
                       help=_t("nowe role po przecinku:") + " " + ", ".join(ROLE_CODES))


def _login_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--login", required=True, metavar="LOGIN",
                        help=_t("nazwa użytkownika konta"))


def _password_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-stdin", action="store_true",
                        help=_t("przeczytaj nowe hasło (jeden wiersz) ze standardowego wejścia "
                                "zamiast pytać w terminalu"))


def run_add(args: argparse.Namespace) -> int:
    from ops_desktop.services import accounts

    login = normalise_username(args.login)
    problems = username_problems(login)
    if problems:  # said before anyone types a password
        return _problems(problems)
    draft = AccountDraft(login, args.name, {Role(code) for code in args.roles})

    def work(ctx: ServiceContext) -> str:
        password, repeat = _new_password(args)
        view = accounts.create_account(ctx, draft=draft, password=password,
                                       password_repeat=repeat)
        hint = ("; projekty koordynatora przypisuje `ops-desktop project coordinators`"
                if Role.COORDINATOR in view.roles else "")
        return (f"Dodano konto {view.username} (role: {_roles(view)}); może się zalogować "
                f"od razu{hint}.")

    return _run(args, work)


def run_list(args: argparse.Namespace) -> int:
    from ops_desktop.services import accounts

    def work(ctx: ServiceContext) -> str:
        rows = accounts.list_accounts(ctx)
        lines = [f"{'LOGIN':<20}  {'ROLE':<30}  {'STAN':<12}  IMIĘ I NAZWISKO"]
        lines += [f"{row.username:<20}  {_roles(row):<30}  {_state(row):<12}  {row.full_name}"
                  for row in rows]
        return "\n".join(lines)

    return _run(args, work)


def run_password(args: argparse.Namespace) -> int:
    from ops_desktop.services import accounts

    def work(ctx: ServiceContext) -> str:
        user = _account(ctx, args.login)
        password, repeat = _new_password(args)
        accounts.reset_password(ctx, user_id=user.id, password=password, password_repeat=repeat)
        return f"Ustawiono nowe hasło konta {user.username}; konto jest aktywne."

    return _run(args, work)


def run_deactivate(args: argparse.Namespace) -> int:
    from ops_desktop.services import accounts

    def work(ctx: ServiceContext) -> str:
        user = _account(ctx, args.login)
        accounts.deactivate_account(ctx, user_id=user.id)
        return (f"Dezaktywowano konto {user.username}; nie może się już zalogować "
                "(przywraca je `ops-desktop account password`).")

    return _run(args, work)


def run_roles(args: argparse.Namespace) -> int:
    from ops_desktop.services import accounts

    wanted: set[Role] | None = None
    if args.new_roles is not None:
        codes = [c for c in args.new_roles.replace(" ", ",").split(",") if c]
        unknown = [c for c in codes if c not in ROLE_CODES]
        if unknown or not codes:
            return fail(f"--set: nieznana rola „{','.join(unknown)}” — podaj role po przecinku "
                        f"spośród: {', '.join(ROLE_CODES)}" if unknown else
                        f"--set: podaj co najmniej jedną rolę spośród: {', '.join(ROLE_CODES)}",
                        BAD_INPUT)
        wanted = {Role(code) for code in codes}

    def work(ctx: ServiceContext) -> str:
        user = _account(ctx, args.login)
        if wanted is None:
            return f"{user.username}: {_roles(user)}"
        view = accounts.update_account(ctx, user_id=user.id, full_name=user.full_name,
                                       roles=wanted)
        return f"Role konta {view.username}: {_roles(view)}."

    return _run(args, work)


def _run(args: argparse.Namespace, work) -> int:
    """Sign in, check the administrator's right first (nobody else is asked for a new
    password), do the work; every refusal becomes one Polish line and its exit code."""
    from ops_desktop.domain.messages import rule_text

    try:
        with signed_in(args) as ctx:
            ctx.require(Permission.ACCOUNTS_MANAGE)
            message = work(ctx)
    except PermissionDenied as exc:
        return fail(f"brak uprawnienia {exc.permission}: kontami użytkowników zarządza "
                    "administrator", REFUSED)
    except ValidationFailed as exc:
        return _problems(exc.problems)
    except RuleViolation as exc:
        return fail(rule_text(exc), REFUSED)
    except _Refused as exc:
        return fail(str(exc), exc.code)
    print(message)
    return 0


def _problems(problems: list[FieldProblem]) -> int:
    from ops_desktop.domain.messages import problem_text  # the dialog's sentences

    for problem in problems:
        fail(problem_text(problem))
    return BAD_INPUT


def _account(ctx: ServiceContext, login: str) -> AccountView:
    from ops_desktop.services import accounts

    wanted = normalise_username(login)
    for row in accounts.list_accounts(ctx):
        if row.username == wanted:
            return row
    raise _Refused(f"nie ma konta „{login}” (konta wypisuje `ops-desktop account list`)",
                   BAD_INPUT)


def _new_password(args: argparse.Namespace) -> tuple[str, str | None]:
    """(password, repeated): one line of standard input, or asked twice on the terminal."""
    if args.password_stdin:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        return line.rstrip("\r\n"), None
    if not _interactive():
        raise _Refused("podaj nowe hasło w terminalu albo jako jeden wiersz standardowego "
                       "wejścia z --password-stdin", BAD_INPUT)
    first = getpass.getpass("Nowe hasło: ")
    return first, getpass.getpass("Powtórz nowe hasło: ")


def _roles(view: AccountView) -> str:
    return ",".join(code for code in ROLE_CODES if Role(code) in view.roles) or "—"


def _state(view: AccountView) -> str:
    if not view.active:
        return "nieaktywne"
    return "aktywne" if view.has_key_slot else "bez hasła"
