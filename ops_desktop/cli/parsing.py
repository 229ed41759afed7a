"""The command line's parsers in the interface language (ops_desktop/i18n.py): each command's
help, description and example, and argparse's own words ("usage", "positional arguments",
"options", its error messages), which argparse takes from gettext and which are put
through the project's translation here instead (ARGPARSE_WORDS, context "argparse").

Polish is the source: the words below are argparse's English messages mapped to the Polish
text the .ts translates back to English. Light on purpose: `--help` imports no database
layer."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

from ops_desktop import i18n

WIDTH = 78


_t = i18n.translator("cli")


# argparse's message (the gettext key in Python 3.11's argparse.py) -> Polish source text.
ARGPARSE_WORDS: dict[str, str] = {
    "usage: ": "użycie: ",
    "positional arguments": "argumenty pozycyjne",
    "options": "opcje",
    "show this help message and exit": "pokaż tę pomoc i zakończ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: błąd: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "brak wymaganych argumentów: %s",
    "unrecognized arguments: %s": "nieznane argumenty: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "niedozwolona wartość: %(value)r (do wyboru: %(choices)s)",
    "invalid %(type)s value: %(value)r": "niepoprawna wartość typu %(type)s: %(value)r",
    "expected one argument": "oczekiwano jednej wartości",
    "expected at most one argument": "oczekiwano najwyżej jednej wartości",
    "expected at least one argument": "oczekiwano co najmniej jednej wartości",
    "expected %s argument": "oczekiwano wartości: %s",  # singular and plural: one text
    "expected %s arguments": "oczekiwano wartości: %s",
    "not allowed with argument %s": "nie wolno łączyć z argumentem %s",
    "one of the arguments %s is required": "wymagany jest jeden z argumentów %s",
    "ignored explicit argument %r": "pominięto podaną wartość %r",
    "ambiguous option: %(option)s could match %(matches)s":
        "niejednoznaczna opcja: %(option)s pasuje do %(matches)s",
    "unexpected option string: %s": "nieoczekiwana opcja: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "nieznane polecenie %(parser_name)r (do wyboru: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "nie można otworzyć „%(filename)s”: %(error)s",
}


def _argparse_text(message):
    polish = ARGPARSE_WORDS.get(message) if isinstance(message, str) else None
    return message if polish is None else i18n.translate("argparse", polish)


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return _argparse_text(singular if n == 1 else plural)


@contextmanager
def argparse_words() -> Iterator[None]:
    """argparse speaks the interface language while the program's parser is built and
    parses (its help and errors are printed inside parse_args); restored afterwards."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _argparse_text, _argparse_plural
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions are wrapped by `command`; the examples keep their lines."""


def command(sub: argparse._SubParsersAction, name: str, help_text: str, example: str,
            **parser_args: object) -> argparse.ArgumentParser:
    """A (sub-)command with its one-line help, the same as its description, and an example
    command line as its epilog (`ops-desktop … --help` shows it)."""
    label = _t("Przykład:")
    parser = sub.add_parser(name, help=help_text, description=wrapped(help_text),
                            epilog=f"{label}\n  {example}",
                            formatter_class=HelpFormatter, **parser_args)
    parser.example = example  # type: ignore[attr-defined]  # for the group's epilog
    return parser


def group(sub: argparse._SubParsersAction, name: str, help_text: str, *, dest: str,
          metavar: str) -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """A command made of sub-commands (`account add`, `account list`, …); its epilog lists
    their examples once they are added (`finish_groups`)."""
    parser = sub.add_parser(name, help=help_text, description=wrapped(help_text),
                            formatter_class=HelpFormatter)
    return parser, parser.add_subparsers(dest=dest, metavar=metavar, required=True)


def wrapped(text: str) -> str:
    return textwrap.fill(text, WIDTH)


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def finish_groups(parser: argparse.ArgumentParser) -> None:
    """Every parser with sub-commands and no epilog gets the examples of its sub-commands."""
    children = subcommands(parser)
    for child in children.values():
        finish_groups(child)
    examples = [child.example for child in children.values() if hasattr(child, "example")]
    if children and parser.epilog is None and examples:
        parser.epilog = _t("Przykłady:") + "".join(f"\n  {line}" for line in examples)
