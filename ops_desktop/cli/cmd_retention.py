"""`ops-desktop retention list|anonymise --db FILE [--project-id N]`: retention periods of the
projects and anonymising the people of a project past its retention end (unless a deletion
hold is set). Both go through services/retention.py; anonymising is audited."""

from __future__ import annotations

import argparse

from ops_desktop import i18n
from ops_desktop.cli.parsing import command, group
from ops_desktop.cli.common import add_db_argument, fail, signed_in
from ops_desktop.domain.errors import NotFound, RuleViolation

_REFUSALS = {
    "deletion_hold": "projekt ma wstrzymanie usuwania danych",
    "retention_not_expired": "okres przechowywania danych projektu jeszcze nie minął",
}


_t = i18n.translator("cli")


def register(sub: argparse._SubParsersAction) -> None:
    parser, actions = group(sub, "retention", _t("okresy przechowywania danych i anonimizacja"),
        dest="retention_command", metavar=_t("CZYNNOŚĆ"))
    show = command(actions, "list", _t("projekty, ich okresy przechowywania i liczby osób"),
                   "ops-desktop retention list --db ops.db")
    add_db_argument(show)
    show.set_defaults(handler=run_list)
    anonymise = command(actions, "anonymise", _t("zanonimizuj osoby projektu po terminie"),
                        "ops-desktop retention anonymise --db ops.db --project-id 3")
    add_db_argument(anonymise)
    anonymise.add_argument("--project-id", type=int, required=True)
    anonymise.set_defaults(handler=run_anonymise)


def run_list(args: argparse.Namespace) -> int:
    from ops_desktop.services import retention

    with signed_in(args) as ctx:
        rows = retention.overview(ctx)
    for row in rows:
        until = row.retention_until.strftime("%d.%m.%Y") if row.retention_until else "—"
        state = "wstrzymane" if row.deletion_hold else ("po terminie" if row.expired else "")
        print(f"{row.project_id:>4}  {row.title[:50]:<50}  do {until:<10} {state:<12} "
              f"osób {row.people}, do anonimizacji {row.anonymisable}, "
              f"potrzebne w innych projektach {row.kept_for_other_projects}, "
              f"zanonimizowane {row.anonymised}")
    return 0


def run_anonymise(args: argparse.Namespace) -> int:
    from ops_desktop.services import retention

    try:
        with signed_in(args) as ctx:
            result = retention.anonymise_project(ctx, project_id=args.project_id)
    except NotFound:
        return fail(f"nie ma projektu o numerze {args.project_id}")
    except RuleViolation as exc:
        return fail(_REFUSALS.get(exc.code, exc.code))
    print(f"Zanonimizowano osób: {len(result.person_ids)}; pozostawiono (potrzebne w innych "
          f"projektach): {result.kept_for_other_projects}")
    return 0
