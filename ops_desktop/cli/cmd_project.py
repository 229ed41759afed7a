"""`ops-desktop project add|list|coordinators --db FILE …`: add a project from a script, list
projects, show or set the projects a coordinator runs (administrator only):

    ops-desktop project coordinators --db ops.db --user koordynator --set 1,3

    ops-desktop project add --db ops.db --title "Twoja Szansa" --from 2009-01-01 \\
        --to 2009-12-31 --budget-total "349 773,80" --budget-eu 310503.80 --budget-own 39270

Money as "1234.56" or "1 234,56" (kept in grosze); dates RRRR-MM-DD. The command signs in like
every other (OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD or the terminal) and goes through
services/projects.py, so the same validation and audit apply. Each problem is one Polish line
on stderr; the exit code is 2 for bad input, 1 for anything else refused."""

from __future__ import annotations

import argparse
import datetime as dt

from ops_desktop import i18n
from ops_desktop.cli.parsing import command, group
from ops_desktop.cli.common import add_db_argument, fail, signed_in
from ops_desktop.domain.errors import NotFound, PermissionDenied, ValidationFailed
from ops_desktop.domain.money import format_pln, to_grosze
from ops_desktop.domain.projects import EditionDraft, ProjectDraft

BAD_INPUT = 2
_MONEY_OPTIONS = (("budget_total", "--budget-total"), ("budget_eu", "--budget-eu"),
                  ("budget_own", "--budget-own"))


_t = i18n.translator("cli")


def register(sub: argparse._SubParsersAction) -> None:
    _parser, actions = group(sub, "project", _t("projekty: dodaj nowy, wypisz istniejące, "
                                                "przypisz koordynatorowi"),
                             dest="project_command", metavar=_t("CZYNNOŚĆ"))
    add = command(actions, "add", _t("dodaj projekt"),
                  'ops-desktop project add --db ops.db --title "Aktywni" --from 2026-01-01 '
                  '--to 2027-12-31 --budget-total "1 234 567,89"')
    add_db_argument(add, required=True)
    add.add_argument("--title", required=True, help=_t("tytuł projektu"))
    add.add_argument("--from", dest="start", required=True, metavar=_t("RRRR-MM-DD"),
                     help=_t("początek realizacji"))
    add.add_argument("--to", dest="end", required=True, metavar=_t("RRRR-MM-DD"),
                     help=_t("koniec realizacji"))
    add.add_argument("--programme", default="", help=_t("program i działanie, np. „PO KL, 7.1.1”"))
    add.add_argument("--contract-no", default="", help=_t("nr umowy z instytucją"))
    for _name, option in _MONEY_OPTIONS:
        add.add_argument(option, default="", metavar=_t("KWOTA"), help=_t("w złotych, np. 1234.56"))
    add.set_defaults(handler=run_add)
    show = command(actions, "list", _t("wypisz projekty"),
                   "ops-desktop project list --db ops.db")
    add_db_argument(show)
    show.set_defaults(handler=run_list)
    assign = command(actions, "coordinators",
                     _t("projekty koordynatora: wypisz albo ustaw (administrator)"),
                     "ops-desktop project coordinators --db ops.db --user koordynator --set 1,3")
    add_db_argument(assign)
    assign.add_argument("--user", required=True, help=_t("nazwa użytkownika koordynatora"))
    assign.add_argument("--set", dest="project_ids", metavar="NR,NR", default=None,
                        help=_t("numery projektów (z `project list`); pusty napis: żadnego"))
    assign.set_defaults(handler=run_coordinators)


def _date(text: str, option: str, errors: list[str]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        errors.append(f"{option}: niepoprawna data „{text}” — podaj RRRR-MM-DD, np. 2011-01-01")
        return None


def _draft(args: argparse.Namespace) -> tuple[ProjectDraft, list[str]]:
    errors: list[str] = []
    start = _date(args.start, "--from", errors)
    end = _date(args.end, "--to", errors)
    money: dict[str, int] = {}
    for name, option in _MONEY_OPTIONS:
        text = getattr(args, name)
        try:
            money[name] = to_grosze(text) if text.strip() else 0
        except ValueError:
            errors.append(f"{option}: niepoprawna kwota „{text}” — podaj np. 1234.56 lub "
                          "„1 234,56”")
            money[name] = 0
    editions = ([EditionDraft(year) for year in range(start.year, end.year + 1)]
                if start and end and start <= end else [])
    draft = ProjectDraft(title=args.title.strip(), programme=args.programme.strip(),
                         funder_contract_no=args.contract_no.strip(), start_date=start,
                         end_date=end, editions=editions, **money)
    return draft, errors


def run_add(args: argparse.Namespace) -> int:
    draft, errors = _draft(args)
    if errors:
        for line in errors:
            fail(line)
        return BAD_INPUT
    from ops_desktop.services import projects

    try:
        with signed_in(args) as ctx:
            view = projects.create_project(ctx, draft=draft)
    except ValidationFailed as exc:
        from ops_desktop.domain.messages import field_problem_text  # the same Polish as the GUI

        for problem in exc.problems:
            fail(field_problem_text(problem))
        return BAD_INPUT
    except PermissionDenied as exc:
        return fail(f"brak uprawnienia {exc.permission}: projekty dodaje koordynator "
                    "lub kierownik")
    print(f"Dodano projekt nr {view.id} „{view.draft.title}” "
          f"({draft.start_date:%d.%m.%Y} – {draft.end_date:%d.%m.%Y}"
          + (f", budżet {format_pln(draft.budget_total)}" if draft.budget_total else "") + ").")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from ops_desktop.services import projects

    with signed_in(args) as ctx:
        rows = projects.list_projects(ctx)
    for row in rows:
        budget = format_pln(row.budget_total) if row.budget_total else "—"
        print(f"{row.id:>4}  {row.title[:50]:<50}  {row.start_date:%d.%m.%Y} – "
              f"{row.end_date:%d.%m.%Y}  uczestników {row.participants:>5}  budżet {budget}")
    return 0


def run_coordinators(args: argparse.Namespace) -> int:
    from ops_desktop.services import accounts, project_coordinators, projects

    wanted: list[int] | None = None
    if args.project_ids is not None:
        try:
            wanted = [int(part) for part in args.project_ids.replace(" ", "").split(",") if part]
        except ValueError:
            return fail(f"--set: podaj numery projektów po przecinku, np. 1,3 "
                        f"(nie „{args.project_ids}”)", BAD_INPUT)
    try:
        with signed_in(args) as ctx:
            user = next((a for a in accounts.list_accounts(ctx) if a.username == args.user),
                        None)
            if user is None:
                return fail(f"nie ma konta „{args.user}”")
            if wanted is not None:
                project_coordinators.set_coordinated_projects(ctx, user_id=user.id,
                                                              project_ids=wanted)
            assigned = project_coordinators.coordinated_projects(ctx, user_id=user.id)
            titles = {row.id: row.title for row in projects.list_projects(ctx)}
    except NotFound as exc:
        return fail(f"nie ma projektu o numerze {exc.key}")
    if not assigned:
        print(f"{args.user}: żaden projekt nie jest przypisany")
    for project_id in assigned:
        print(f"{project_id:>4}  {titles.get(project_id, '')}")
    return 0
