"""The office server's side of `ops-desktop backup` and `restore` (cli/cmd_backup.py): the
restore drill of a new backup and restoring a pg_dump archive (services/server_backup.py).
A refused permission or sign-in and a storage problem are worded by cli/main.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from ops_desktop import i18n
from ops_desktop.cli.common import fail, signed_in
from ops_desktop.domain.database_location import ServerAddress, database_location
from ops_desktop.domain.server_migration import TargetNotEmpty

EXIT_DRILL_FAILED = 3

_t = i18n.translator("cli")


def run_drill(args: argparse.Namespace, archive: Path) -> int:
    """The new backup restored into the empty scratch database of `--drill` and compared."""
    from ops_desktop.services import server_backup

    scratch = database_location(args.drill)
    if not isinstance(scratch, ServerAddress):
        return fail(_t("--drill: podaj pustą bazę serwera postgresql://…"), 2)
    with signed_in(args) as ctx:
        try:
            result = server_backup.restore_drill(ctx, backup=archive, scratch=scratch)
        except TargetNotEmpty:
            return fail(_t("baza próbna {target} nie jest pusta: próbne przywrócenie wymaga "
                           "pustej bazy").format(target=scratch))
    for name, (expected, restored) in sorted(result.differing.items()):
        print(_t("RÓŻNICA: {table}: w kopii {expected}, po przywróceniu {restored}").format(
            table=name, expected=expected, restored=restored))
    if not (result.chain_ok and result.head_ok):
        print(_t("BŁĄD: dziennik zdarzeń po przywróceniu nie zgadza się z kopią"))
    if not result.ok:
        return EXIT_DRILL_FAILED
    print(_t("Próbne przywrócenie do {target}: liczby wierszy wszystkich tabel zgodne z "
             "kopią, łańcuch dziennika nienaruszony").format(target=scratch))
    return 0


def run_server_restore(args: argparse.Namespace) -> int:
    from ops_desktop.services import backup, server_backup

    info = backup.describe(args.source)
    print(_t("Kopia: {name}").format(name=info.path.name))
    print(_t("  wykonana: {at:%d.%m.%Y %H:%M:%S}, wersja programu {version}, schemat "
             "{revision}").format(at=info.taken_at, version=info.app_version,
                                  revision=info.schema_revision or "?"))
    rows = sum(n for n in info.counts.values())
    print(_t("  wierszy: {rows}").format(rows=rows))
    if not args.yes and not _confirm():
        return fail(_t("przerwano; nic nie zmieniono"))
    with signed_in(args) as ctx:
        server_backup.restore_backup(ctx, backup=args.source)
    print(_t("Przywrócono {name} w bazie {target}; poprzedni stan zastąpiono w jednej "
             "transakcji").format(name=info.path.name, target=database_location(args.sub_db)))
    return 0


def _confirm() -> bool:
    answer = input(_t("Przywrócić tę kopię? Obecny stan bazy na serwerze zostanie zastąpiony. "
                      "[tak/nie] "))
    return answer.strip().lower() in {"t", "tak", "y", "yes"}
