"""`ops-desktop demo --db FILE`: a database with the five seed projects and synthetic people.

The demo database is encrypted and has one account per role (services/demo/accounts_demo.py,
README); the administrator comes from OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD when set."""

from __future__ import annotations

import argparse
import os
import time

from ops_desktop import i18n
from ops_desktop.cli.parsing import command
from ops_desktop.cli.common import ENV_PASSWORD, ENV_USER, add_db_argument, database_path, fail


_t = i18n.translator("cli")


def register(sub: argparse._SubParsersAction) -> None:
    parser = command(sub, "demo", _t("utwórz bazę demonstracyjną z pięcioma projektami"),
                     "ops-desktop demo --db demo.db")
    add_db_argument(parser)
    parser.add_argument("--seed", type=int, default=2011,
                        help=_t("ziarno generatora (powtarzalność)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ops_desktop.services.context import SYSTEM_ACTOR
    from ops_desktop.services.demo.accounts_demo import add_demo_accounts, create_demo_office
    from ops_desktop.services.demo.builder import build_demo

    path = database_path(args)
    if path.exists():
        return fail(f"plik już istnieje: {path} (podaj inną ścieżkę)")
    started = time.perf_counter()
    office = create_demo_office(path, admin_username=os.environ.get(ENV_USER),
                                admin_password=os.environ.get(ENV_PASSWORD))
    ctx = office.session.context.as_actor(SYSTEM_ACTOR)
    summary = build_demo(ctx, seed=args.seed)
    demo_accounts = add_demo_accounts(ctx)
    office.session.close()
    print(f"Utworzono bazę demonstracyjną {path}: {summary}; {demo_accounts.summary()} "
          f"({time.perf_counter() - started:.1f} s)")
    print(f"Kod odzyskiwania administratora (baza demonstracyjna): {office.recovery_code}")
    return 0
