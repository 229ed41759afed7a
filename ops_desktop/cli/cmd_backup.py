"""`ops-desktop backup | restore | check --db FILE`: backups, restoring one, checking the file.

    ops-desktop backup --db ops.db [--to DIR] [--copy-to DIR] [--list]
    ops-desktop restore --db ops.db --from BACKUP.db [--yes]
    ops-desktop check --db ops.db

`backup` and `restore` on the office server (`--db postgresql://…`): pg_dump archives, the
restore drill (`--drill postgresql://…`) and restoring one (cli/server_backups.py).

Each is audited in the database it acts on. `restore` shows the backup's date and row counts
and asks before replacing anything; the current file is kept aside under a timestamped name.
When the database itself is damaged, `restore` puts the chosen backup in its place (for an
encrypted database the key is unlocked with OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD, or a
prompt). Exit status: 0 done, 1 could not be done, 3 the check found damage."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING
import sys
from pathlib import Path

from ops_desktop import paths
from ops_desktop import i18n
from ops_desktop.cli.parsing import command
from ops_desktop.cli.common import (
    add_db_argument, database_location, database_path, fail, open_context, storage_message,
)
from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.domain.storage_errors import DatabaseUnreadable, StorageError
from ops_desktop.domain.errors import PermissionDenied

EXIT_DAMAGED = 3

if TYPE_CHECKING:
    from ops_desktop.domain.backups import BackupInfo, BackupInspection


_t = i18n.translator("cli")


def register(sub: argparse._SubParsersAction) -> None:
    make = command(sub, "backup", _t("utwórz kopię zapasową bazy (sprawdzoną)"),
                   "ops-desktop backup --db ops.db --copy-to /media/kopia")
    add_db_argument(make)
    make.add_argument("--to", type=Path, help=_t("folder kopii (domyślnie backups/ obok bazy)"))
    make.add_argument("--copy-to", type=Path, help=_t("folder drugiej kopii (inny dysk)"))
    make.add_argument("--list", action="store_true", help=_t("tylko wypisz istniejące kopie"))
    make.add_argument("--drill", metavar="URL",
                      help=_t("baza serwera: przywróć nową kopię na próbę do tej pustej bazy "
                              "(postgresql://…) i porównaj liczby wierszy i dziennik"))
    make.set_defaults(handler=run_backup)
    back = command(sub, "restore", _t("przywróć bazę z kopii zapasowej"),
                   "ops-desktop restore --db ops.db --from backups/ops-2026-12-01.db")
    add_db_argument(back)
    back.add_argument("--from", dest="source", type=Path, required=True, help=_t("plik kopii"))
    back.add_argument("--yes", action="store_true", help=_t("nie pytaj o potwierdzenie"))
    back.set_defaults(handler=run_restore)
    check = command(sub, "check", _t("sprawdź spójność pliku bazy"),
                    "ops-desktop check --db ops.db")
    add_db_argument(check)
    check.set_defaults(handler=run_check)


def run_backup(args: argparse.Namespace) -> int:
    from ops_desktop.services import backup

    server = isinstance(database_location(args), ServerAddress)
    if args.drill and not server:
        return fail(_t("--drill dotyczy bazy serwera ośrodka (plik sprawdza sama kopia)"), 2)
    if args.copy_to and server:
        return fail(_t("--copy-to dotyczy pliku bazy; folder kopii bazy serwera podaj w --to "
                       "albo w office.ini ([server] backups)"), 2)
    try:
        ctx = open_context(args)
    except StorageError as exc:
        return fail(storage_message(exc))
    try:
        if args.list:
            for info in backup.backups(ctx):
                print(f"{info.path}  {info.taken_at:%Y-%m-%d %H:%M:%S}  v{info.app_version}  "
                      f"{info.size} B  {info.reason or '-'}")
            return 0
        result = backup.create_backup(ctx, target_dir=args.to, second_dir=args.copy_to)
    except PermissionDenied as exc:
        return fail(f"brak uprawnienia {exc.permission}")
    except StorageError as exc:
        return fail(storage_message(exc))
    finally:
        ctx.engine.dispose()
    info = result.backup
    print(f"Kopia zapasowa: {info.path} ({info.size} B, "
          f"{'zaszyfrowana' if info.encrypted else 'niezaszyfrowana'})")
    if server:
        print(_t("Sprawdzenie: pg_restore --list ok (dane każdej tabeli w archiwum)"))
    else:
        print("Sprawdzenie: integrity_check ok, foreign_key_check ok"
              + (", cipher_integrity_check ok" if info.encrypted else ""))
    print("Wiersze: " + _counts(info.counts))
    if info.audit_head:
        print(f"Głowa dziennika zdarzeń: {info.audit_head[0]}:{info.audit_head[1]}")
    if result.copy:
        print(f"Druga kopia: {result.copy}")
    if result.copy_error:
        print(f"Druga kopia NIE powstała: {storage_message(result.copy_error)}", file=sys.stderr)
    if result.removed:
        print(f"Usunięte przez rotację: {len(result.removed)}")
    if args.drill:
        from ops_desktop.cli.server_backups import run_drill

        return run_drill(args, info.path)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from ops_desktop.services import backup, restore

    source: Path = args.source
    if not source.is_file():
        return fail(f"nie ma pliku kopii: {source}")
    if isinstance(database_location(args), ServerAddress):
        from ops_desktop.cli.server_backups import run_server_restore

        return run_server_restore(args)
    info = backup.describe(source)
    db_path = database_path(args).resolve()
    if _plain_file_damaged(db_path):  # nobody can sign in to it: its accounts are inside
        print("Baza jest uszkodzona; zostanie odłożona na bok.")
        return _recover(db_path, info, args)
    try:
        ctx = open_context(args)
    except DatabaseUnreadable as exc:
        print(f"Baza jest uszkodzona lub nieczytelna ({exc.detail}); zostanie odłożona na bok.")
        return _recover(db_path, info, args)
    except StorageError as exc:
        return fail(storage_message(exc))
    try:
        inspection = restore.inspect_backup(ctx, backup=info)
        _describe(inspection)
        if not inspection.restorable:
            return fail("tej kopii nie można przywrócić: " + "; ".join(inspection.problems))
        if not args.yes and not _confirm():
            return fail("przerwano; nic nie zmieniono")
        result = restore.restore_backup(ctx, backup=info)
    except PermissionDenied as exc:
        return fail(f"brak uprawnienia {exc.permission}")
    except StorageError as exc:
        return fail(storage_message(exc))
    finally:
        ctx.engine.dispose()
    print(f"Przywrócono {result.restored_from.name}; poprzedni plik odłożono jako "
          f"{result.kept_aside}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from ops_desktop.cli.cmd_audit import triggers_text
    from ops_desktop.services import audit, audit_log, integrity
    from ops_desktop.services.start_state import has_key_file

    server = isinstance(database_location(args), ServerAddress)
    db_path = None if server else database_path(args).resolve()
    if db_path is not None and not db_path.is_file():
        return fail(f"nie ma pliku bazy: {db_path}")
    if db_path is not None and not has_key_file(db_path):
        # A plain file is checked before signing in: its accounts are inside it, so a damaged
        # one could not be signed in to, and reading it needs no key anyway.
        report, _ = integrity.check_file(db_path, key=None, full=True)
        if not report.ok:
            return _report_damage(db_path, report.problems, list(report.pages))
    try:
        ctx = open_context(args)
    except DatabaseUnreadable as exc:
        if db_path is None:
            return fail(storage_message(exc))
        return _report_damage(db_path, [exc.detail or str(exc)], getattr(exc, "pages", []))
    except StorageError as exc:
        return fail(storage_message(exc))
    try:
        report = integrity.full_check(ctx.engine)
        with ctx.transaction() as session:
            missing = audit_log.missing_triggers(session)
            audit.record(session, ctx.actor, "check", "database", None, ok=report.ok,
                         problems=len(report.problems), pages=list(report.pages),
                         missing_triggers=list(missing))
    finally:
        ctx.engine.dispose()
    if not report.ok:
        print("USZKODZONA:")
        for line in report.problems[:20]:
            print(f"  {line}")
        return EXIT_DAMAGED
    if missing:
        print("BŁĄD: " + triggers_text(missing))
        return EXIT_DAMAGED
    if server:  # services/integrity.full_check on the server: db/repositories/server_checks
        print("OK: tabele, indeksy, klucze obce i wyzwalacze bazy na serwerze bez błędów")
        return 0
    print("OK: integrity_check, foreign_key_check"
          + (", cipher_integrity_check" if report.encrypted else "") + " bez błędów")
    return 0


def _report_damage(db_path: Path, problems: list[str], pages: list[int]) -> int:
    from ops_desktop.services import backup

    print("USZKODZONA: " + "; ".join(problems[:5]))
    if pages:
        print("Strony z błędem: " + ", ".join(str(p) for p in pages))
    found = backup.list_backups(paths.backups_dir_for(db_path), stem=db_path.stem)
    if found:
        print(f"Najnowsza kopia: {found[0].path} ({found[0].taken_at:%Y-%m-%d %H:%M})")
        print(f"Przywrócenie: ops-desktop restore --db {db_path} --from {found[0].path}")
    return EXIT_DAMAGED


def _plain_file_damaged(db_path: Path) -> bool:
    from ops_desktop.services import integrity
    from ops_desktop.services.start_state import has_key_file

    if not db_path.is_file() or has_key_file(db_path):
        return False
    report, _ = integrity.check_file(db_path, key=None, full=False)
    return not report.ok


def _recover(db_path: Path, info: BackupInfo, args: argparse.Namespace) -> int:
    from ops_desktop.services import restore
    from ops_desktop.services.context import SYSTEM_ACTOR

    key = None
    try:
        key = _unlock_key(db_path)
        inspection = restore.inspect_backup_file(info, key=key)
        _describe(inspection)
        if not inspection.restorable:
            return fail("tej kopii nie można przywrócić: " + "; ".join(inspection.problems))
        if not args.yes and not _confirm():
            return fail("przerwano; nic nie zmieniono")
        result = restore.recover_database(db_path, backup=info, key=key, actor=SYSTEM_ACTOR)
    except StorageError as exc:
        return fail(storage_message(exc))
    except Exception as exc:
        return fail(f"nie można odblokować klucza bazy: {type(exc).__name__}")
    finally:
        if isinstance(key, bytearray):
            key[:] = bytes(len(key))
    print(f"Przywrócono {result.restored_from.name}; uszkodzony plik odłożono jako "
          f"{result.kept_aside}")
    return 0


def _unlock_key(db_path: Path) -> bytearray | None:
    """The master key of an encrypted database, from the user's key slot (none if plain)."""
    from ops_desktop.cli.common import credentials
    from ops_desktop.services.sign_in import unlock_key
    from ops_desktop.services.start_state import has_key_file

    if not has_key_file(db_path):
        return None
    username, password = credentials()
    return unlock_key(db_path, username=username, password=password)


def _describe(inspection: BackupInspection) -> None:
    info = inspection.backup
    print(f"Kopia: {info.path.name}")
    print(f"  wykonana: {info.taken_at:%d.%m.%Y %H:%M:%S}, wersja programu {info.app_version}, "
          f"schemat {inspection.facts.schema_revision or '?'}")
    print(f"  sprawdzenie: {'bez błędów' if inspection.check.ok else 'BŁĘDY'}")
    print("  wiersze: " + _counts(inspection.facts.counts))


def _confirm() -> bool:
    answer = input("Przywrócić tę kopię? Obecny plik zostanie odłożony na bok. [tak/nie] ")
    return answer.strip().lower() in {"t", "tak", "y", "yes"}


def _counts(counts: dict[str, int]) -> str:
    shown = [f"{name} {n}" for name, n in sorted(counts.items())
             if n and name != "alembic_version"]
    return ", ".join(shown) or "(pusta)"
