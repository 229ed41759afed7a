"""`ops-desktop subject-access --db FILE --person-id N --out FILE.pdf`: the data-subject access
report (RODO art. 15) of one person as a PDF, for the data-protection officer. Producing it
is audited (action "subject_access"); the file is written through a temporary name."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ops_desktop import i18n
from ops_desktop.cli.parsing import command
from ops_desktop.cli.common import (
    add_db_argument, fail, open_context, storage_message, wrong_extension,
)
from ops_desktop.domain.storage_errors import StorageError, storage_error_from
from ops_desktop.domain.errors import NotFound, PermissionDenied


_t = i18n.translator("cli")


def register(sub: argparse._SubParsersAction) -> None:
    parser = command(sub, "subject-access",
                     _t("raport dla osoby: wszystkie jej dane (art. 15 RODO), PDF"),
                     "ops-desktop subject-access --db ops.db --person-id 17 --out art15.pdf")
    add_db_argument(parser)
    parser.add_argument("--person-id", type=int, required=True, help=_t("numer osoby w systemie"))
    parser.add_argument("--out", type=Path, required=True, help=_t("plik PDF do zapisania"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ops_desktop.services.subject_access import subject_access_pdf

    out: Path = args.out
    refusal = wrong_extension(out, "pdf")
    if refusal:
        return fail(refusal, 2)
    try:
        ctx = open_context(args)
    except StorageError as exc:
        return fail(storage_message(exc))
    try:
        data = subject_access_pdf(ctx, person_id=args.person_id).data
    except PermissionDenied as exc:
        return fail(f"brak uprawnienia {exc.permission}")
    except NotFound:
        return fail(f"nie ma osoby o numerze {args.person_id}")
    finally:
        ctx.engine.dispose()
    temp = out.with_name(out.name + ".partial")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        error = storage_error_from(exc, out.parent)
        return fail(storage_message(error) if error else str(exc))
    print(f"Zapisano {out} ({len(data)} B)")
    return 0
