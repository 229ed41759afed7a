"""`ops-desktop summary --db FILE --project TITLE [--year RRRR] --format json|pdf|xlsx|csv
--out FILE|-`: the project summary (people counted once) for scripts and scheduled jobs.

The JSON is documented in README.md ("Summary JSON"). `--out -` writes to standard output.
Saving is recorded in the audit trail like a save from the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ops_desktop import i18n
from ops_desktop.cli.parsing import command
from ops_desktop.cli.common import (
    add_db_argument, fail, not_written_message, sign_in_for, wrong_extension,
)

def register(sub: argparse._SubParsersAction) -> None:
    parser = command(sub, "summary", _t("zestawienie projektu (osoby liczone raz)"),
                     'ops-desktop summary --db ops.db --project "Aktywni" --year 2026 '
                     "--format pdf --out zestawienie.pdf")
    add_db_argument(parser, required=True)
    parser.add_argument("--project", required=True, help=_t("tytuł projektu"))
    parser.add_argument("--year", type=int, metavar=_t("RRRR"),
                        help=_t("rok kalendarzowy (domyślnie cały okres realizacji)"))
    parser.add_argument("--format", required=True, choices=["json", "pdf", "xlsx", "csv"])
    parser.add_argument("--out", required=True, metavar=_t("PLIK"),
                        help=_t("plik wynikowy albo - (standardowe wyjście)"))
    parser.set_defaults(handler=run)


_t = i18n.translator("cli")


def run(args: argparse.Namespace) -> int:
    from ops_desktop.domain.errors import DomainError, ValidationFailed
    from ops_desktop.domain.storage_errors import ExportFailed
    from ops_desktop.services.files import save_file
    from ops_desktop.services import summary
    from ops_desktop.services.summary_files import render_summary_file
    from ops_desktop.services.projects import find_project_id

    refusal = wrong_extension(args.out, args.format)
    if refusal:
        return fail(refusal, 2)
    session = sign_in_for(args)
    ctx = session.context
    try:
        project_id = find_project_id(ctx, title=args.project)
        figures = summary.compute_summary(ctx, project_id=project_id, year=args.year)
        info = summary.print_info(ctx, project_id=project_id)
        data = render_summary_file(figures, info, args.format)
        summary.record_output(ctx, project_id=project_id, year=args.year,
                              file_format=args.format)
    except ValidationFailed:
        return fail(f"rok {args.year} poza okresem realizacji projektu", 2)
    except DomainError as exc:
        return fail(error_text(exc, args.project))
    finally:
        session.close()
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    out = Path(args.out)
    try:
        save_file(out, data)
    except ExportFailed as exc:
        return fail(not_written_message(exc))
    print(f"Zapisano {out} ({len(data)} B).")
    return 0


def error_text(exc: BaseException, project: str) -> str:
    """One line for a refusal (no personal data: ids, titles and permission names only)."""
    from ops_desktop.domain.errors import NotFound, PermissionDenied

    if isinstance(exc, NotFound) and exc.entity == "project":
        return f"nie ma projektu o tytule „{project}”"
    if isinstance(exc, PermissionDenied):
        return f"brak uprawnienia: {exc.permission}"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return f"{type(exc).__name__}: {exc}"
