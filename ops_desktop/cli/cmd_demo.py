"""`ops-desktop demo --db FILE`: a database with the five seed projects and synthetic people.

The demo database is encrypted and has one account per role (services/demo/accounts_demo.py,
README); the administrator comes from OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD when set.
`--db postgresql://…` fills an empty server database instead (as `ops-desktop new` sets it
up, then the same demo data): no key file there, so no recovery code either."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from ops_desktop import i18n
from ops_desktop.cli.parsing import command
from ops_desktop.cli.common import (
    ENV_PASSWORD, ENV_USER, add_db_argument, database_location, fail,
)


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

    from ops_desktop.cli.cmd_new import problem_line
    from ops_desktop.domain.errors import ValidationFailed

    location = database_location(args)
    if isinstance(location, Path) and location.exists():
        return fail(f"plik już istnieje: {location} (podaj inną ścieżkę)")
    started = time.perf_counter()
    try:
        office = create_demo_office(location, admin_username=os.environ.get(ENV_USER),
                                    admin_password=os.environ.get(ENV_PASSWORD))
    except ValidationFailed as exc:  # a server database with an office in it already
        for problem in exc.problems:
            fail(problem_line(problem))
        return 2
    ctx = office.session.context.as_actor(SYSTEM_ACTOR)
    summary = build_demo(ctx, seed=args.seed)
    demo_accounts = add_demo_accounts(ctx)
    office.session.close()
    print(f"Utworzono bazę demonstracyjną {location}: {summary}; {demo_accounts.summary()} "
          f"({time.perf_counter() - started:.1f} s)")
    if office.recovery_code is not None:  # the server has no key file
        print(f"Kod odzyskiwania administratora (baza demonstracyjna): {office.recovery_code}")
    return 0
