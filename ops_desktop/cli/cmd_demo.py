"""`ops-desktop demo --db FILE`: a database with the five seed projects and synthetic people."""

from __future__ import annotations

import argparse
import time

from ops_desktop.cli.common import add_db_argument, database_path, fail
from ops_desktop.services.database import open_database


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="utwórz bazę demonstracyjną z pięcioma projektami")
    add_db_argument(parser)
    parser.add_argument("--seed", type=int, default=2011, help="ziarno generatora (powtarzalność)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ops_desktop.services.demo.builder import build_demo

    path = database_path(args)
    if path.exists():
        return fail(f"plik już istnieje: {path} (podaj inną ścieżkę)")
    started = time.perf_counter()
    opened = open_database(path)
    summary = build_demo(opened.context, seed=args.seed)
    opened.engine.dispose()
    print(f"Utworzono bazę demonstracyjną {path}: {summary} "
          f"({time.perf_counter() - started:.1f} s)")
    return 0
