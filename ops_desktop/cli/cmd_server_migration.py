"""`ops-desktop migrate-to-server --from FILE.db --db postgresql://…`: move an office from
its database file to the empty database of the office server (services/server_migration.py).

An administrator of the file signs in as to the file (OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD
or a prompt; an encrypted file's key from their key slot). A progress line on the terminal,
then every table with its rows in the file and on the server; "Gotowe" only when every count
and checksum matched and the audit trail verified on the server. The file is left as it was.
Exit status: 0 moved, 1 refused or failed (nothing kept on the server), 2 a wrong argument."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ops_desktop import i18n
from ops_desktop.cli.common import add_db_argument, credentials, database_location, fail
from ops_desktop.cli.parsing import command
from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.domain.progress import Progress

_t = i18n.translator("cli")


def register(sub: argparse._SubParsersAction) -> None:
    parser = command(
        sub, "migrate-to-server",
        _t("przenieś ośrodek z pliku bazy do pustej bazy na serwerze ośrodka"),
        "ops-desktop migrate-to-server --from ops.db --db postgresql://ops@serwer-ops/ops")
    parser.add_argument("--from", dest="source", type=Path, required=True,
                        metavar=_t("PLIK"), help=_t("plik bazy ośrodka (zostaje bez zmian)"))
    add_db_argument(parser, required=True)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ops_desktop.domain.server_migration import (
        ChainBroken, CopyFailed, CopyMismatch, SourceNotCurrent, TargetNotEmpty,
    )
    from ops_desktop.services.server_migration import migrate_to_server

    target = database_location(args)
    if not isinstance(target, ServerAddress):
        return fail(_t("--db musi być bazą serwera ośrodka postgresql://UŻYTKOWNIK@SERWER/BAZA"
                       ", nie plikiem"), 2)
    source: Path = args.source
    if not source.is_file():
        return fail(_t("nie ma pliku bazy: {path}").format(path=source), 2)
    username, password = credentials()
    line = _ProgressLine()
    try:
        result = migrate_to_server(source=source, target=target, username=username,
                                   password=password, progress=Progress(line.show))
    except TargetNotEmpty as exc:
        return fail(_t("baza {target} na serwerze nie jest pusta (tabele: {tables}); przeniesienie "
                       "wymaga nowej, pustej bazy: nic nie zmieniono").format(
                           target=target, tables=", ".join(sorted(exc.occupied))))
    except SourceNotCurrent:
        return fail(_t("plik ma starszy schemat niż program: otwórz go raz programem (zrobi "
                       "kopię i uaktualni go) i powtórz przeniesienie; nic nie zmieniono"))
    except CopyFailed as exc:
        return fail(_t("serwer odrzucił wiersze tabeli {table} ({detail}); na serwerze nic nie "
                       "zapisano").format(table=exc.table, detail=exc.detail))
    except CopyMismatch as exc:
        line.finish()
        _print_tables(exc.tables)
        return fail(_t("liczby wierszy lub treść tabel różnią się po skopiowaniu; na serwerze nic "
                       "nie zapisano"))
    except ChainBroken as exc:
        return fail(_t("łańcuch dziennika zdarzeń nie zgadza się (wpis #{id}); na serwerze nic "
                       "nie zapisano").format(id=exc.entry_id))
    finally:
        line.finish()
    _print_tables(result.tables)
    print(_t("Dziennik zdarzeń na serwerze: łańcuch nienaruszony ({entries} wpisów); głowa "
             "{id}:{hash}").format(entries=result.audit_entries, id=result.audit_head.id,
                                   hash=result.audit_head.hash))
    print(_t("Gotowe: ośrodek przeniesiono na serwer {target}; plik {path} został bez zmian. "
             "Na każdym komputerze ustaw ten adres w office.ini ([server] url).").format(
                 target=target, path=source))
    return 0


def _print_tables(tables) -> None:
    width = max(len(table.name) for table in tables)
    print(_t("Tabela, wiersze w pliku, wiersze na serwerze:"))
    for table in tables:
        mark = _t("zgodna") if table.ok else _t("RÓŻNA")
        print(f"  {table.name:<{width}}  {table.source_rows:>8}  {table.target_rows:>8}  {mark}")


class _ProgressLine:
    """One line rewritten in place on a terminal (`\\r`); on anything else one line per
    table, so a log stays short."""

    def __init__(self):
        self._tty = sys.stderr.isatty()
        self._last = ""
        self._open = False

    def show(self, done: int, total: int, table: str) -> None:
        percent = 100 * done // total if total else 100
        if self._tty:
            sys.stderr.write("\r" + _t("Kopiowanie: {percent}% ({done}/{total} wierszy) {table}")
                             .format(percent=percent, done=done, total=total, table=table)
                             .ljust(78)[:78])
            sys.stderr.flush()
            self._open = True
        elif table and table != self._last:
            print(_t("Kopiowanie tabeli {table}…").format(table=table), file=sys.stderr)
        self._last = table

    def finish(self) -> None:
        if self._open:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self._open = False
