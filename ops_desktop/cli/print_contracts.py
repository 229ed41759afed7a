"""`ops-desktop print contract --db FILE --number KS/1/2011 --out FILE.pdf [--amendment N]`.

Without `--amendment` the whole contract is printed as in the application (Part I as signed,
Part II, every aneks); `--amendment N` prints aneks N with Part I as it stands after it, and
`--amendment 0` the contract as originally signed. Saving is recorded in the audit trail
like a save from the GUI (ids and text versions only)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ops_desktop import i18n
from ops_desktop.cli.parsing import command
from ops_desktop.cli.common import (
    add_db_argument, fail, not_written_message, sign_in_for, wrong_extension,
)


_t = i18n.translator("cli")


def register(kinds: argparse._SubParsersAction) -> None:
    parser = command(kinds, "contract", _t("kontrakt socjalny (części I i II, aneksy)"),
                     "ops-desktop print contract --db ops.db --number KS/1/2011 "
                     "--out kontrakt.pdf")
    add_db_argument(parser, required=True)
    parser.add_argument("--number", required=True, help=_t("numer kontraktu, np. KS/1/2011"))
    parser.add_argument("--out", required=True, metavar=_t("PLIK.pdf"), help=_t("plik wynikowy"))
    parser.add_argument("--amendment", type=int, metavar="N",
                        help=_t("aneks nr N z tekstem jednolitym części I (0: wersja pierwotna)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ops_desktop.domain.errors import DomainError
    from ops_desktop.domain.storage_errors import ExportFailed
    from ops_desktop.services.files import save_file
    from ops_desktop.services import contracts
    from ops_desktop.services.contract_documents import contract_pdf

    if args.amendment is not None and args.amendment < 0:
        return fail("numer aneksu nie może być ujemny", 2)
    refusal = wrong_extension(args.out, "pdf")
    if refusal:
        return fail(refusal, 2)
    session = sign_in_for(args)
    ctx = session.context
    try:
        contract_id = contracts.find_by_number(ctx, number=args.number)
        doc = contract_pdf(ctx, contract_id=contract_id, amendment=args.amendment)
        out = Path(args.out)
        save_file(out, doc.data)
        contracts.record_print(ctx, contract_id=contract_id, action="export",
                               amendment=args.amendment, text_versions=doc.text_versions)
    except ExportFailed as exc:
        return fail(not_written_message(exc))
    except DomainError as exc:
        return fail(error_text(exc, args))
    finally:
        session.close()
    print(f"Zapisano {out} ({len(doc.data)} B).")
    return 0


def error_text(exc: BaseException, args: argparse.Namespace) -> str:
    """One line for a refusal: the number asked for, never the person's data."""
    from ops_desktop.domain.errors import NotFound, PermissionDenied, RuleViolation

    if isinstance(exc, NotFound):
        return f"nie ma kontraktu {args.number} (albo jest poza Twoim obszarem pracy)"
    if isinstance(exc, RuleViolation) and exc.code == "no_such_amendment":
        return f"kontrakt {args.number} nie ma aneksu nr {args.amendment}"
    if isinstance(exc, RuleViolation) and exc.code == "contract_not_signed":
        return f"kontrakt {args.number} nie został jeszcze podpisany"
    if isinstance(exc, PermissionDenied):
        return f"brak uprawnienia: {exc.permission}"
    return f"{type(exc).__name__}: {exc}"
