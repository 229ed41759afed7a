"""`ops-desktop print DOCUMENT …`: printed documents to PDF files, for scripted printing.

Each kind of document comes from a module in PRINT_MODULES with `register(kinds)`, which adds
its own sub-command under `print` and sets `handler`: adding a kind is one line here."""

from __future__ import annotations

import argparse
import importlib

from ops_desktop import i18n
from ops_desktop.cli.parsing import group

PRINT_MODULES = [
    "ops_desktop.cli.print_contracts",
    "ops_desktop.cli.print_activities",
]


_t = i18n.translator("cli")


def register(sub: argparse._SubParsersAction) -> None:
    _parser, kinds = group(sub, "print", _t("dokumenty do druku zapisane jako PDF"),
                           dest="document", metavar=_t("DOKUMENT"))
    for name in PRINT_MODULES:
        importlib.import_module(name).register(kinds)
