"""What every command shares: opening the database named by `--db`, printing errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ops_desktop import paths
from ops_desktop.db.errors import StorageError
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.database import open_database


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--db", dest="sub_db", required=required, help="plik bazy danych")


def database_path(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "sub_db", None) or getattr(args, "db", None)
    return Path(chosen) if chosen else paths.default_database()


def open_context(args: argparse.Namespace) -> ServiceContext:
    """Open and migrate the database for a command."""
    return open_database(database_path(args)).context


def fail(message: str, code: int = 1) -> int:
    print(f"ops-desktop: {message}", file=sys.stderr)
    return code


def storage_message(exc: StorageError) -> str:
    return f"{type(exc).__name__}: {exc.path}"
