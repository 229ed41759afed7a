"""`ops-desktop print DOCUMENT …`: printed documents to PDF files, for scripted printing.

Each kind of document comes from a module in PRINT_MODULES with `register(kinds)`, which adds
its own sub-command under `print` and sets `handler`: adding a kind is one line here."""

from __future__ import annotations

import argparse
import importlib

PRINT_MODULES = [
    "ops_desktop.cli.print_contracts",
    "ops_desktop.cli.print_activities",
]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("print", help="dokumenty do druku zapisane jako PDF")
    kinds = parser.add_subparsers(dest="document", metavar="DOKUMENT", required=True)
    for name in PRINT_MODULES:
        importlib.import_module(name).register(kinds)
