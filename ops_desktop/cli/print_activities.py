"""`ops-desktop print attendance-list|certificates|certificate-register --db FILE
--activity ID --out FILE.pdf`: the activity documents for scripted printing.

- attendance-list: blank lists of the whole schedule (or `--session N`, repeatable);
- certificates: every certificate issued for the activity in one PDF (`--issue` issues the
  completion certificates earned first, `--participation` the others too); a certificate
  printed before comes out as DUPLIKAT with its number;
- certificate-register: the register of the activity, or of a year with `--year` instead.
Files are written atomically; the save is recorded in the audit trail (ids only)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from ops_desktop import i18n
from ops_desktop.cli.parsing import command
from ops_desktop.cli.common import (
    add_db_argument, fail, not_written_message, sign_in_for, wrong_extension,
)


_t = i18n.translator("cli")


def register(kinds: argparse._SubParsersAction) -> None:
    lists = command(kinds, "attendance-list", _t("listy obecności zajęć (cały harmonogram)"),
                    "ops-desktop print attendance-list --db ops.db --activity 5 "
                    "--out listy.pdf")
    _common(lists)
    lists.add_argument("--session", type=int, action="append", metavar="N",
                       help=_t("tylko spotkanie nr N (można powtórzyć)"))
    lists.set_defaults(handler=run_lists)
    batch = command(kinds, "certificates", _t("zaświadczenia zajęć w jednym pliku PDF"),
                    "ops-desktop print certificates --db ops.db --activity 5 --issue "
                    "--out zaswiadczenia.pdf")
    _common(batch)
    batch.add_argument("--issue", action="store_true",
                       help=_t("najpierw wydaj zaświadczenia o ukończeniu tym, którym przysługują"))
    batch.add_argument("--participation", action="store_true",
                       help=_t("z --issue: także zaświadczenia o uczestnictwie pozostałym"))
    batch.add_argument("--date", type=dt.date.fromisoformat, metavar=_t("RRRR-MM-DD"),
                       help=_t("data wydania (domyślnie dziś)"))
    batch.set_defaults(handler=run_certificates)
    book = command(kinds, "certificate-register", _t("rejestr zaświadczeń"),
                   "ops-desktop print certificate-register --db ops.db --year 2026 "
                   "--out rejestr.pdf")
    _common(book, activity_required=False)
    book.add_argument("--year", type=int, metavar=_t("RRRR"), help=_t("rejestr całego roku"))
    book.set_defaults(handler=run_register)


def _common(parser: argparse.ArgumentParser, *, activity_required: bool = True) -> None:
    add_db_argument(parser, required=True)
    parser.add_argument("--activity", type=int, required=activity_required, metavar=_t("ID"),
                        help=_t("identyfikator zajęć"))
    parser.add_argument("--out", required=True, metavar=_t("PLIK.pdf"), help=_t("plik wynikowy"))


def run_lists(args: argparse.Namespace) -> int:
    from ops_desktop.services import activities, activity_documents

    def work(ctx) -> tuple[bytes, str]:
        session_ids = None
        if args.session:
            numbers = set(args.session)
            sessions = activities.list_sessions(ctx, activity_id=args.activity)
            session_ids = [s.id for s in sessions if s.number in numbers]
            missing = numbers - {s.number for s in sessions}
            if missing:
                raise _Refused(f"zajęcia {args.activity} nie mają spotkania nr "
                               f"{', '.join(map(str, sorted(missing)))}")
        doc = activity_documents.attendance_lists_pdf(ctx, activity_id=args.activity,
                                                      session_ids=session_ids)
        activities.record_print(ctx, document="attendance_lists", activity_id=args.activity,
                                pages=doc.items, action="export")
        return doc.data, f"{doc.items} list"

    return _run(args, work)


def run_certificates(args: argparse.Namespace) -> int:
    from ops_desktop.services import activities, activity_documents, certificates

    def work(ctx) -> tuple[bytes, str]:
        activities.get_activity(ctx, activity_id=args.activity)
        note = ""
        if args.issue:
            result = certificates.issue(ctx, activity_id=args.activity,
                                        issued_on=args.date or dt.date.today(),
                                        include_participation=args.participation)
            note = f", nowo wydanych {len(result.issued)}"
        ids = certificates.certificate_ids(ctx, activity_id=args.activity)
        if not ids:
            raise _Refused(f"zajęcia {args.activity} nie mają wydanych zaświadczeń "
                           "(użyj --issue)")
        doc = activity_documents.certificates_pdf(ctx, activity_id=args.activity,
                                                  certificate_ids=ids)
        certificates.record_printed(ctx, certificate_ids=ids)
        return doc.data, f"{doc.items} zaświadczeń{note}"

    return _run(args, work)


def run_register(args: argparse.Namespace) -> int:
    from ops_desktop.services import activities, activity_documents

    if args.activity is None and args.year is None:
        return fail("podaj --activity ID albo --year RRRR", 2)

    def work(ctx) -> tuple[bytes, str]:
        doc = activity_documents.certificate_register_pdf(ctx, year=args.year,
                                                          activity_id=args.activity)
        if args.activity is not None:
            activities.record_print(ctx, document="certificate_register",
                                    activity_id=args.activity, action="export")
        return doc.data, f"{doc.items} wpisów"

    return _run(args, work)


class _Refused(Exception):
    """A refusal worded for the command line (ids only, no personal data)."""


def _run(args: argparse.Namespace, work) -> int:
    from ops_desktop.domain.errors import DomainError, NotFound, PermissionDenied, RuleViolation
    from ops_desktop.domain.storage_errors import ExportFailed
    from ops_desktop.services.files import save_file

    refusal = wrong_extension(args.out, "pdf")
    if refusal:
        return fail(refusal, 2)
    session = sign_in_for(args)
    out = Path(args.out)
    try:
        data, summary = work(session.context)
        save_file(out, data)
    except _Refused as exc:
        return fail(str(exc))
    except ExportFailed as exc:
        return fail(not_written_message(exc))
    except NotFound as exc:
        return fail(f"nie ma zajęć {args.activity}" if exc.entity == "activity"
                    else f"nie znaleziono: {exc.entity} {exc.key}")
    except PermissionDenied as exc:
        return fail(f"brak uprawnienia: {exc.permission}")
    except RuleViolation as exc:
        return fail(f"odmowa: {exc.code}")
    except DomainError as exc:
        return fail(f"{type(exc).__name__}: {exc}")
    finally:
        session.close()
    print(f"Zapisano {out}: {summary} ({len(data)} B).")
    return 0
