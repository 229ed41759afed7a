"""`ops-desktop audit verify --db FILE [--anchor ID:HASH …]`: check the audit trail's chain.

Prints "OK" with the number of entries and the head (id:hash — keep it: it is the outside
anchor a later check compares with), or the first broken link. With `--anchor` (a head
printed earlier on a report footer, an export manifest or a backup manifest) a cut-off or
recomputed chain is caught too. Exit status 0 when everything checks out, 3 when not."""

from __future__ import annotations

import argparse

from ops_desktop import i18n
from ops_desktop.cli.parsing import command, group
from ops_desktop.cli.common import add_db_argument, fail, open_context, storage_message
from ops_desktop.domain.storage_errors import StorageError
from ops_desktop.domain.errors import PermissionDenied

EXIT_BROKEN = 3

_PROBLEMS = {
    "broken": "łańcuch zerwany: pierwsze złe ogniwo to wpis #{id}",
    "truncated": "brak wpisu kotwicy #{id}: dziennik został obcięty",
    "rewritten": "wpis kotwicy #{id} ma inny skrót: łańcuch został przeliczony na nowo",
}


_RECORDED = {
    "truncated": "najnowszy wpis zapisany w pliku kluczy (#{id}) zniknął z dziennika: "
                 "dziennik obcięto albo bazę podmieniono starszą kopią",
    "rewritten": "wpis #{id} zapisany w pliku kluczy ma w dzienniku inny skrót: łańcuch "
                 "przeliczono na nowo",
    "edited": "głowa dziennika w pliku kluczy nie zgadza się ze swoim podpisem: plik "
              "kluczy zmieniono ręcznie",
    "broken": "łańcuch zerwany",
}


_t = i18n.translator("cli")


def register(sub: argparse._SubParsersAction) -> None:
    _parser, actions = group(sub, "audit", _t("dziennik zdarzeń (audyt)"),
                             dest="audit_command", metavar=_t("CZYNNOŚĆ"))
    verify = command(actions, "verify", _t("sprawdź łańcuch skrótów dziennika zdarzeń"),
                     "ops-desktop audit verify --db ops.db --anchor 1234:ab12cd34")
    add_db_argument(verify)
    verify.add_argument("--anchor", action="append", default=[], metavar=_t("ID:SKRÓT"),
                        help=_t("głowa zapisana wcześniej (stopka raportu, manifest eksportu "
                             "lub kopii); można podać kilka"))
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from ops_desktop.services import audit_log

    try:
        anchors = [audit_log.parse_anchor(text) for text in args.anchor]
    except ValueError as exc:
        return fail(f"niepoprawna kotwica: {exc} (oczekiwano ID:SKRÓT, 64 znaki szesnastkowe)", 2)
    try:
        ctx = open_context(args)
    except StorageError as exc:
        return fail(storage_message(exc))
    try:
        status = audit_log.chain_status(ctx)
        checks = [(anchor, audit_log.check_anchor(ctx, anchor=anchor)) for anchor in anchors]
    except PermissionDenied as exc:
        return fail(f"brak uprawnienia {exc.permission}")
    finally:
        ctx.engine.dispose()
    failed = False
    if not status.protected:
        print("BŁĄD: " + triggers_text(status.missing_triggers))
        failed = True
    if status.first_broken is not None:
        print("BŁĄD: " + _PROBLEMS["broken"].format(id=status.first_broken))
        failed = True
    if status.recorded is not None and not status.recorded.ok:
        print("BŁĄD: " + _RECORDED.get(status.recorded.problem or "", _RECORDED["broken"])
              .format(id=status.recorded.entry_id))
        failed = True
    for first, last in status.missing:
        ids = f"#{first}" if first == last else f"#{first}–#{last}"
        print(f"BŁĄD: brak wpisów {ids} dziennika zdarzeń: zostały usunięte (numery wpisów "
              "nigdy się nie powtarzają)")
        failed = True
    for anchor, check in checks:
        if check.ok:
            print(f"kotwica #{anchor.id}: zgodna")
        elif check.problem != "broken":
            print("BŁĄD: " + _PROBLEMS[check.problem or "broken"].format(id=check.entry_id))
            failed = True
    if failed:
        return EXIT_BROKEN
    head = audit_log.format_anchor(status.head) if status.head else "—"
    print(f"OK: łańcuch dziennika zdarzeń nienaruszony ({status.entries} wpisów); głowa {head}")
    return 0


def triggers_text(missing: tuple[str, ...]) -> str:
    return (f"brak wyzwalaczy chroniących dziennik zdarzeń przed zmianą ({', '.join(missing)}): "
            "ktoś z dostępem do pliku je usunął, więc wpisy mogły zostać zmienione; zgłoś to "
            "inspektorowi ochrony danych i porównaj głowę z kotwicą z raportu lub manifestu")
