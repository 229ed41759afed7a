"""`ops-desktop export …`: monitoring lists, export to a removable drive, verifying an export.

    ops-desktop export participants --db FILE --project TITLE [--format pefs2007|sl2014|cst2021] \
        --out FILE
    ops-desktop export usb --db FILE --project TITLE [--year RRRR] \
        --what summary|report|monitoring|statistical --to FOLDER
    ops-desktop export verify FOLDER

The validator's problems are printed (person ids and column names, never personal data)
before a list is written. The passphrase of an encrypted export is printed once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ops_desktop import i18n
from ops_desktop.cli.parsing import command, group
from ops_desktop.cli.common import (
    add_db_argument, fail, not_written_message, sign_in_for, wrong_extension,
)
from ops_desktop.domain.errors import DomainError, NotFound, PermissionDenied
from ops_desktop.domain.monitoring_rows import MonitoringFormat

VERIFY_TEXTS = {
    "missing_folder": "folder nie istnieje",
    "no_manifest": "brak pliku MANIFEST.sha256 — eksport niekompletny",
    "manifest_damaged": "uszkodzony lub niepełny MANIFEST.sha256",
    "missing": "brak pliku",
    "changed": "plik zmieniony lub uszkodzony (inna suma SHA-256)",
    "unreadable": "nie można odczytać",
    "unexpected": "plik spoza eksportu",
}


_t = i18n.translator("cli")


def register(sub: argparse._SubParsersAction) -> None:
    _parser, commands = group(sub, "export",
                              _t("listy monitorujące, eksport na nośnik, weryfikacja"),
                              dest="export_command", metavar=_t("RODZAJ"))

    participants = command(commands, "participants", _t("lista uczestników dla instytucji"),
                           'ops-desktop export participants --db ops.db --project "Aktywni" '
                           "--format sl2014 --out lista.xlsx")
    add_db_argument(participants)
    participants.add_argument("--project", required=True, help=_t("tytuł projektu"))
    participants.add_argument("--format", choices=[f.value for f in MonitoringFormat],
                              help=_t("format listy (domyślnie: format wybrany w projekcie)"))
    participants.add_argument("--year", type=int, help=_t("tylko uczestnicy danego roku"))
    participants.add_argument("--out", required=True, help=_t("plik wynikowy (.xlsx / .csv)"))
    participants.set_defaults(handler=run_participants)

    usb = command(commands, "usb", _t("eksport na nośnik wymienny lub do folderu"),
                  'ops-desktop export usb --db ops.db --project "Aktywni" --year 2026 '
                  "--what summary --to /media/pendrive")
    add_db_argument(usb)
    usb.add_argument("--project", required=True, help=_t("tytuł projektu"))
    usb.add_argument("--year", type=int, help=_t("rok (zestawienie roczne, dane roku)"))
    usb.add_argument("--what", required=True,
                     choices=["summary", "report", "monitoring", "statistical"])
    usb.add_argument("--format", choices=[f.value for f in MonitoringFormat],
                     help=_t("format listy monitorującej (dla --what monitoring; domyślnie "
                          "format wybrany w projekcie)"))
    usb.add_argument("--to", required=True,
                     help=_t("folder docelowy (np. punkt montowania pendrive'a)"))
    usb.set_defaults(handler=run_usb)

    verify = command(commands, "verify", _t("sprawdź folder eksportu z jego manifestem"),
                     "ops-desktop export verify /media/pendrive/OPS-eksport-2026-12-01")
    verify.add_argument("folder", metavar=_t("FOLDER"), help=_t("folder OPS-eksport-…"))
    verify.set_defaults(handler=run_verify)


def run_participants(args: argparse.Namespace) -> int:
    from ops_desktop.services.monitoring_file import monitoring_file
    from ops_desktop.services.projects import find_project_id

    session = sign_in_for(args)
    ctx = session.context
    try:
        from ops_desktop.services.monitoring import project_format

        project_id = find_project_id(ctx, title=args.project)
        fmt = MonitoringFormat(args.format) if args.format else \
            project_format(ctx, project_id=project_id)
        item, check = monitoring_file(ctx, project_id=project_id, fmt=fmt, year=args.year)
    except (DomainError, OSError) as exc:
        return fail(_domain_text(exc))
    finally:
        session.close()
    refusal = wrong_extension(args.out, item.name)
    if refusal:
        return fail(refusal, 2)
    _print_problems(check)
    from ops_desktop.domain.storage_errors import ExportFailed
    from ops_desktop.services.files import save_file

    out = Path(args.out)
    try:
        save_file(out, item.data)
    except ExportFailed as exc:
        return fail(not_written_message(exc))
    print(f"Zapisano {out}: {check.people} uczestników, {len(check.problems)} problemów "
          f"u {check.people_with_problems} osób.")
    return 0


def run_usb(args: argparse.Namespace) -> int:
    from ops_desktop.domain.usb_export import ExportNotVerified, UsbExportKind
    from ops_desktop.domain.storage_errors import ExportFailed
    from ops_desktop.services.projects import find_project_id
    from ops_desktop.services.usb_export import run_usb_export

    target = Path(args.to)
    if args.what == "summary" and args.year is None:
        return fail("zestawienie roczne wymaga roku: podaj --year RRRR")
    if not target.is_dir():
        return fail(f"folder docelowy nie istnieje: {target}")
    session = sign_in_for(args)
    ctx = session.context
    try:
        from ops_desktop.services.monitoring import check_monitoring, project_format

        project_id = find_project_id(ctx, title=args.project)
        kind = UsbExportKind(args.what)
        fmt = MonitoringFormat(args.format or MonitoringFormat.SL2014.value)
        if kind is UsbExportKind.MONITORING:
            if not args.format:
                fmt = project_format(ctx, project_id=project_id)
            _print_problems(check_monitoring(ctx, project_id=project_id, fmt=fmt,
                                             year=args.year))
        result = run_usb_export(ctx, kind=kind, project_id=project_id, target=target,
                                year=args.year, fmt=fmt)
    except ExportFailed as exc:
        return fail(failure_text(exc))
    except ExportNotVerified as exc:
        return fail(f"eksport zapisany, ale nie przechodzi weryfikacji: {exc.verification.folder}")
    except DomainError as exc:
        return fail(_domain_text(exc))
    finally:
        session.close()
    print(f"Eksport zapisany i zweryfikowany: {result.folder}")
    for name in result.files:
        print(f"  {name}")
    if result.passphrase:
        print("Hasło do archiwum (pokazywane tylko raz; przechowuj je osobno od nośnika):")
        print(f"  {result.passphrase}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from ops_desktop.services.files import verify_export

    result = verify_export(Path(args.folder))
    if result.ok:
        print(f"Eksport poprawny: {result.folder} ({len(result.files)} plików, "
              f"rodzaj {result.kind}, utworzony {result.created}, audyt {result.audit_head})")
        return 0
    for problem in result.problems:
        name = f"{problem.name}: " if problem.name else ""
        print(f"  {name}{VERIFY_TEXTS.get(problem.code, problem.code)}", file=sys.stderr)
    return fail(f"eksport NIEPOPRAWNY lub niekompletny: {result.folder}", code=2)


def failure_text(exc) -> str:
    from ops_desktop.domain.storage_errors import DiskFull, MediumFailed, ReadOnlyLocation

    if isinstance(exc.storage, DiskFull):
        why = "brak miejsca na nośniku"
    elif isinstance(exc.storage, MediumFailed):
        why = "błąd odczytu/zapisu nośnika (czy nie został wyjęty?)"
    elif isinstance(exc.storage, ReadOnlyLocation):
        why = "nośnik lub folder tylko do odczytu"
    else:
        why = exc.error.strerror or str(exc.error)
    left = f"; nie usunięto: {len(exc.left_behind)} plików" if exc.left_behind else ""
    return f"eksport NIE został zapisany ({why}, etap {exc.step}){left}. " \
           f"Wcześniejsze eksporty na nośniku pozostały nienaruszone."


def _print_problems(check) -> None:
    if not check.problems:
        print("Walidator: brak problemów.")
    else:
        print(f"Walidator: {len(check.problems)} problemów u {check.people_with_problems} osób "
              f"(popraw je w kartotece przed wysłaniem):", file=sys.stderr)
    for problem in check.problems:
        who = f"osoba {problem.person_id}" if problem.person_id is not None else "projekt"
        print(f"  {who} · {problem.header}: {problem.code}", file=sys.stderr)
    if check.empty_headers:
        print(f"Kolumny niewypełniane przez program (puste): {len(check.empty_headers)}",
              file=sys.stderr)
        for header, why in check.empty_reasons.items():
            print(f"  {header}: {why}", file=sys.stderr)


def _domain_text(exc: BaseException) -> str:
    if isinstance(exc, NotFound):
        return f"nie znaleziono: {exc.entity} {exc.key}"
    if isinstance(exc, PermissionDenied):
        return f"brak uprawnienia: {exc.permission}"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return f"{type(exc).__name__}: {exc}"
