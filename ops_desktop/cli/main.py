"""Entry point of `ops-desktop` and `python -m ops_desktop`.

Commands live one per module in this package (`cmd_*.py`), each with `register(subparsers)`
that adds its parser and sets `handler`. Add a module's name to COMMAND_MODULES to add one."""

from __future__ import annotations

import argparse
import importlib
import sys

from ops_desktop import __version__, i18n
from ops_desktop.cli.parsing import HelpFormatter, argparse_words, finish_groups, wrapped

COMMAND_MODULES = [
    "ops_desktop.cli.cmd_demo",
    "ops_desktop.cli.cmd_new",
    "ops_desktop.cli.cmd_project",
    "ops_desktop.cli.cmd_account",
    "ops_desktop.cli.cmd_export",
    "ops_desktop.cli.cmd_import",
    "ops_desktop.cli.cmd_summary",
    "ops_desktop.cli.cmd_audit",
    "ops_desktop.cli.cmd_backup",
    "ops_desktop.cli.cmd_server_migration",
    "ops_desktop.cli.cmd_subject_access",
    "ops_desktop.cli.cmd_retention",
    "ops_desktop.cli.cmd_print",
]


_t = i18n.translator("cli")


def _program_options(**parser_args: object) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ops-desktop",
        description=wrapped(_t(
            "OPS Desktop — projekty aktywnej integracji ośrodka pomocy społecznej. "
            "Bez polecenia otwiera okno programu; polecenia poniżej działają bez "
            "okna (skrypty), każde z własną pomocą: ops-desktop POLECENIE --help.")),
        epilog=_t("Przykłady:") + "\n  ops-desktop --db ops.db\n  ops-desktop --lang en "
               "summary --help\n  ops-desktop account add --help\n\n"
               + _t("Język: --lang pl|en, inaczej zmienna OPS_DESKTOP_LANG, inaczej polski."),
        formatter_class=HelpFormatter,
        **parser_args,
    )
    parser.add_argument("--db", metavar=_t("PLIK"),
                        help=_t("plik bazy danych (domyślnie w folderze danych użytkownika)"))
    parser.add_argument("--lang", choices=list(i18n.LANGUAGES),
                        help=_t("język interfejsu i pomocy (domyślnie polski albo "
                                "OPS_DESKTOP_LANG)"))
    parser.add_argument("--smoke-test", action="store_true",
                        help=_t("sprawdzenie instalacji: Qt, baza, PDF; wypisuje JSON i kończy"))
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The whole parser in the language set by `i18n.set_language` (call it inside
    `argparse_words()` for argparse's own words)."""
    parser = _program_options()
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_t("pokaż wersję programu i zakończ"))
    sub = parser.add_subparsers(dest="command", metavar=_t("POLECENIE"),
                                title=_t("polecenia"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    finish_groups(parser)
    return parser


def _without_command(argv: list[str]) -> argparse.Namespace | None:
    """The program's options when no command is named, parsed without importing the command
    modules (they load the database layers and reportlab: ≈0.4 s before the login window).
    None: a command, help, the version or a mistake, for the full parser to handle."""
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    try:
        args, rest = _program_options(add_help=False, exit_on_error=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang = i18n.set_language(i18n.chosen_language(argv))
    args, command = _without_command(argv), None
    if args is None:
        with argparse_words():
            args = build_parser().parse_args(argv)
        command = args.command
    if args.smoke_test:
        from ops_desktop.ui.smoke import run_smoke_test

        return run_smoke_test()
    if command is None:
        from ops_desktop.ui.app import run_gui

        return run_gui(db=args.db, lang=lang)
    from ops_desktop.cli.common import (
        EXIT_NOT_SIGNED_IN, ServerNotSupported, fail, server_url_message, sign_in_message,
        storage_message,
    )
    from ops_desktop.domain.database_location import InvalidServerUrl
    from ops_desktop.domain.storage_errors import StorageError
    from ops_desktop.domain.accounts import SignInRefused
    from ops_desktop.domain.errors import EditConflict, OutsideProjects, PermissionDenied

    try:
        return args.handler(args)
    except InvalidServerUrl as exc:
        return fail(server_url_message(exc), 2)
    except ServerNotSupported as exc:
        return fail(f"to polecenie działa na pliku bazy, nie na serwerze ośrodka ({exc}); "
                    "kopię bazy serwera robi `ops-desktop backup --db URL`", 2)
    except SignInRefused as exc:  # every command signs in through cli/common.open_context
        return fail(sign_in_message(exc), EXIT_NOT_SIGNED_IN)
    except StorageError as exc:  # the file could not be opened or written
        return fail(storage_message(exc))
    except OutsideProjects as exc:
        return fail(f"projekt nr {exc.project_id} nie jest przypisany do Twojego konta "
                    "(projekty koordynatorom przypisuje administrator)")
    except PermissionDenied as exc:  # a command's own handling may say more
        return fail(f"brak uprawnienia {exc.permission}")
    except EditConflict as exc:  # another PC saved the same person or contract first
        from ops_desktop.domain.messages import edit_conflict_text

        return fail(edit_conflict_text(exc, i18n.translator("messages")))
    except Exception as exc:  # no traceback reaches the user: the log file gets it
        from ops_desktop.cli.common import unexpected_error

        return fail(unexpected_error(exc))
