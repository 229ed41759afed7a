"""`ops-desktop import participants --db FILE --project TITLE FILE.xlsx|csv`: bring an office's
participant lists (PEFS 2007, SL2014 or 2021–2027 layout) into a project.

Prints how many rows were accepted (new people, new participations, already there) and
rejected, and where the rejected rows went (a file beside the input, each row with its
reasons). Exit status 0 when the file was read (even with rejected rows), 2 when the file
was refused as a whole (nothing written), 1 for anything else. Never prints personal data."""

from __future__ import annotations

import argparse
from pathlib import Path

from ops_desktop import i18n
from ops_desktop.cli.parsing import command, group
from ops_desktop.cli.common import add_db_argument, fail, sign_in_for

REFUSED = 2


_t = i18n.translator("cli")


class _ProgressLine:
    """A progress line on stderr (no personal data): rewritten in place on a terminal, else
    one line each tenth of the work."""

    def __init__(self) -> None:
        import sys

        self.stream = sys.stderr
        self.tty = self.stream.isatty()
        self.tenth = -1
        self.open = False

    def show(self, done: int, total: int, _text: str = "") -> None:
        if total <= 0:
            return
        percent = min(100, done * 100 // total)     # of the file read (and its rows written)
        line = _t("Import: {percent}% pliku").format(percent=percent)
        if self.tty:
            print("\r" + line, end="", file=self.stream, flush=True)
            self.open = True
        elif percent // 10 > self.tenth:
            self.tenth = percent // 10
            print(line, file=self.stream, flush=True)

    def end(self) -> None:
        if self.open:
            print(file=self.stream, flush=True)


def register(sub: argparse._SubParsersAction) -> None:
    _parser, kinds = group(sub, "import", _t("import danych z arkuszy (XLSX, CSV)"),
                           dest="import_command", metavar=_t("RODZAJ"))
    people = command(kinds, "participants",
                     _t("lista uczestników w układzie PEFS 2007, SL2014 lub 2021–2027 "
                        "(XLSX lub CSV)"),
                     'ops-desktop import participants --db ops.db --project "Aktywni" '
                     "lista.xlsx")
    add_db_argument(people, required=True)
    people.add_argument("--project", required=True, help=_t("tytuł projektu"))
    people.add_argument("--rejected", metavar=_t("PLIK"),
                        help=_t("gdzie zapisać odrzucone wiersze (domyślnie obok pliku: "
                             "NAZWA_odrzucone.xlsx/.csv)"))
    people.add_argument("file", metavar=_t("PLIK"), help=_t("arkusz .xlsx albo .csv"))
    people.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ops_desktop.cli.cmd_summary import error_text
    from ops_desktop.domain.errors import DomainError
    from ops_desktop.domain.import_rules import ImportRefused, refusal_text
    from ops_desktop.services.importing import run_import
    from ops_desktop.services.projects import find_project_id

    path = Path(args.file)
    if not path.is_file():
        return fail(f"nie ma pliku: {path}", REFUSED)
    from ops_desktop.domain.progress import Progress

    line = _ProgressLine()
    session = sign_in_for(args)
    try:
        project_id = find_project_id(session.context, title=args.project)
        result = run_import(session.context, project_id=project_id, path=path,
                            rejected_path=args.rejected, progress=Progress(line.show))
    except ImportRefused as exc:
        return fail(f"plik odrzucony, nic nie zapisano: {refusal_text(exc)}", REFUSED)
    except (DomainError, OSError) as exc:
        return fail(error_text(exc, args.project))
    finally:
        session.close()
        line.end()
    print(f"Przyjęto wierszy: {result.accepted} (nowe osoby: {result.people_created}, "
          f"nowe udziały: {result.participations_created}, już w bazie: {result.unchanged}); "
          f"odrzucono: {result.rejected}.")
    if result.groups_created:
        print(f"Utworzono grupy: {len(result.groups_created)}.")
    if result.rejected_file:
        print(f"Odrzucone wiersze z powodami zapisano w: {result.rejected_file}")
    return 0
