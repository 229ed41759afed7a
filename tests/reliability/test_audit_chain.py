"""R10: the audit chain. Edit, deletion and re-hash are caught by the chain alone; truncation
and a rewritten (recomputed) chain only against an outside anchor recorded earlier.

To tamper, the append-only triggers are dropped through a raw connection first: that is what
someone holding the file would do — or, on the office server, someone signed in to it as the
program's own role, which owns the tables. Every test runs on a file and on the server."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import contextmanager

import pytest

from ops_desktop.cli.main import main as cli
from ops_desktop.services import audit, audit_log
from ops_desktop.domain.audit import AuditFilter, AuditHead
from ops_desktop.services.audit import GENESIS
from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.domain.enums import Role
from tests import factories
from tests.security_support import add_account, cli_sign_in

ENTRIES = 12
TRIGGERS = ("audit_log_no_update", "audit_log_no_delete", "audit_log_no_truncate")

pytestmark = pytest.mark.both_backends


@pytest.fixture
def trail(ctx, db_location):
    """A database with ENTRIES audit entries and the head recorded as an outside anchor."""
    project = factories.project(ctx)
    factories.enrol(ctx, factories.person(ctx).id, project)
    while audit_log.count_entries(ctx) < ENTRIES:
        factories.person(ctx)
    with ctx.reading() as session:
        anchor = audit.head(session)
    ctx.engine.dispose()
    return ctx, db_location, anchor


@contextmanager
def _raw(location):
    """`execute(sql, params)` on a connection of its own, committed at the end (`?` marks
    the parameters on both backends)."""
    if isinstance(location, ServerAddress):
        import psycopg

        with psycopg.connect(host=location.host, port=location.port, user=location.user,
                             dbname=location.dbname) as conn:
            yield lambda sql, params=(): conn.execute(sql.replace("?", "%s"), params)
    else:
        with sqlite3.connect(location) as conn:
            yield conn.execute


def _tamper(location, *statements: tuple[str, tuple]) -> None:
    server = isinstance(location, ServerAddress)
    with _raw(location) as execute:
        for trigger in TRIGGERS:
            execute(f"DROP TRIGGER IF EXISTS {trigger}" + (" ON audit_log" if server else ""))
        for sql, params in statements:
            execute(sql, params)


def _rows(location) -> list[tuple]:
    with _raw(location) as execute:
        rows = execute(
            "SELECT id, at, user_id, username, action, entity, entity_id, details, prev_hash, "
            "hash FROM audit_log ORDER BY id").fetchall()
    return [(row[0], _when(row[1]), *row[2:]) for row in rows]


def _when(at) -> dt.datetime:
    return at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(at)


def _recompute_from(db_path, first_id: int) -> None:
    """The whole-chain rewrite: every hash from `first_id` on recomputed with the real formula."""
    rows = _rows(db_path)
    prev = GENESIS
    updates = []
    for row in rows:
        id_, at, user_id, username, action, entity, entity_id, details, prev_hash, hash_ = row
        if id_ >= first_id:
            hash_ = audit._digest(prev, at, user_id, username, action, entity, entity_id,
                                  details)
            updates.append(("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                            (prev, hash_, id_)))
        prev = hash_
    _tamper(db_path, *updates)


def _check(ctx, anchor):
    with ctx.reading() as session:
        status = audit_log.status_of(session)
        anchored = audit_log.verify_against_anchor(session, anchor)
    return status, anchored


def test_untouched_chain_checks_out(trail):
    ctx, _db, anchor = trail
    status, anchored = _check(ctx, anchor)
    assert status.ok and status.entries == ENTRIES and status.head == anchor
    assert anchored.ok


def test_edited_entry_is_caught_by_the_chain(trail):
    ctx, db, anchor = trail
    _tamper(db, ("UPDATE audit_log SET details = ? WHERE id = 5", (json.dumps({"x": 1}),)))
    status, anchored = _check(ctx, anchor)
    assert status.first_broken == 5
    assert (anchored.problem, anchored.entry_id) == ("broken", 5)


def test_deleted_entry_is_caught_by_the_chain(trail):
    ctx, db, anchor = trail
    _tamper(db, ("DELETE FROM audit_log WHERE id = 6", ()))
    status, _ = _check(ctx, anchor)
    assert status.first_broken == 7  # the next entry's link no longer fits


def test_rehashed_entry_is_caught_by_the_next_link(trail):
    """A row changed and its own hash recomputed: its successor still names the old hash."""
    ctx, db, anchor = trail
    row = next(r for r in _rows(db) if r[0] == 4)
    details = json.dumps({"fields": ["pesel"]})
    new_hash = audit._digest(row[8], row[1], row[2], row[3], row[4], row[5], row[6], details)
    _tamper(db, ("UPDATE audit_log SET details = ?, hash = ? WHERE id = 4", (details, new_hash)))
    status, _ = _check(ctx, anchor)
    assert status.first_broken == 5


def test_deleting_the_newest_entries_is_caught_without_an_anchor(trail):
    ctx, db, anchor = trail
    _tamper(db, ("DELETE FROM audit_log WHERE id > 8", ()))
    status, anchored = _check(ctx, anchor)
    assert status.first_broken is None and status.entries == 8   # the links still fit
    assert status.missing == ((9, ENTRIES),) and not status.ok   # ids are never reused
    assert (anchored.problem, anchored.entry_id) == ("truncated", anchor.id)


def test_deleting_every_entry_is_caught_without_an_anchor(trail):
    ctx, db, _anchor = trail
    _tamper(db, ("DELETE FROM audit_log", ()))
    status, _ = _check(ctx, _anchor)
    assert status.entries == 0 and status.missing == ((1, ENTRIES),) and not status.ok


def test_truncation_then_new_entries_gets_new_ids(trail):
    """Delete the newest entries, then sign in: the new entries take new ids (no reuse), so
    the cut is still seen, and the anchored entry is reported missing, not recomputed."""
    ctx, db, anchor = trail
    _tamper(db, ("DELETE FROM audit_log WHERE id > 8", ()))
    while audit_log.count_entries(ctx) < ENTRIES:
        factories.person(ctx)
    status, anchored = _check(ctx, anchor)
    assert status.first_broken is None and status.missing == ((9, ENTRIES),)
    assert status.head.id == ENTRIES + ENTRIES - 8
    assert (anchored.problem, anchored.entry_id) == ("truncated", anchor.id)


def test_cli_verify_after_deleting_the_newest_entry_then_signing_in(trail, capsys, monkeypatch):
    ctx, db, _anchor = trail
    add_account(ctx, "iod", Role.DPO)
    ctx.engine.dispose()
    cli_sign_in(monkeypatch, "iod")
    assert cli(["audit", "verify", "--db", str(db)]) == 0
    newest = _rows(db)[-1][0]
    capsys.readouterr()
    _tamper(db, ("DELETE FROM audit_log WHERE id = ?", (newest,)))
    assert cli(["audit", "verify", "--db", str(db)]) == 3   # its own sign-in: a new id
    out = capsys.readouterr().out
    assert f"brak wpisów #{newest} " in out
    assert newest not in [row[0] for row in _rows(db)]


def test_whole_chain_rewrite_passes_the_chain_but_not_the_anchor(trail):
    ctx, db, anchor = trail
    _tamper(db, ("UPDATE audit_log SET details = ? WHERE id = 3", (json.dumps({"x": 2}),)))
    _recompute_from(db, 3)
    status, anchored = _check(ctx, anchor)
    assert status.ok                                   # recomputed: the chain is consistent
    assert (anchored.problem, anchored.entry_id) == ("rewritten", anchor.id)


def test_r10_summary(trail, tmp_path, backend, request):
    """All five kinds of tampering on fresh copies; the figures printed."""
    import shutil

    ctx, db, anchor = trail

    def copy_of(name: str):
        if backend == "sqlite":
            copy = tmp_path / f"{name}.db"
            shutil.copy2(db, copy)
            return copy
        cluster = request.getfixturevalue("pg_cluster")
        return cluster.address(cluster.create_database(template=db.dbname))

    kinds = {
        "edit": lambda p: _tamper(p, ("UPDATE audit_log SET action = 'x' WHERE id = 2", ())),
        "delete": lambda p: _tamper(p, ("DELETE FROM audit_log WHERE id = 3", ())),
        "rehash": lambda p: (_tamper(p, ("UPDATE audit_log SET username = 'x' WHERE id = 4", ())),
                             _rehash_one(p, 4)),
        "truncate": lambda p: _tamper(p, ("DELETE FROM audit_log WHERE id > 9", ())),
        "rewrite": lambda p: (_tamper(p, ("UPDATE audit_log SET entity = 'x' WHERE id = 2", ())),
                              _recompute_from(p, 2)),
    }
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    detected = {}
    for name, damage in kinds.items():
        copy = copy_of(name)
        damage(copy)
        opened = open_database(copy, actor=SYSTEM_ACTOR)
        status, anchored = _check(opened.context, anchor)
        opened.engine.dispose()
        detected[name] = (not status.ok, not anchored.ok)
    print(f"\nR10 audit chain ({backend}): {ENTRIES} entries; detected (chain alone, "
          f"with anchor): {detected}")
    assert all(with_anchor for _, with_anchor in detected.values())
    assert detected["edit"][0] and detected["delete"][0] and detected["rehash"][0]
    assert detected["truncate"][0]                    # ids never reused: the gap shows
    assert not detected["rewrite"][0]


def _rehash_one(db_path, entry_id: int) -> None:
    row = next(r for r in _rows(db_path) if r[0] == entry_id)
    new_hash = audit._digest(row[8], row[1], row[2], row[3], row[4], row[5], row[6], row[7])
    _tamper(db_path, ("UPDATE audit_log SET hash = ? WHERE id = ?", (new_hash, entry_id)))


@pytest.mark.parametrize("role", [Role.DPO, Role.ADMIN])
def test_cli_verify_reports_ok_and_the_first_broken_link(trail, role, capsys, monkeypatch):
    """The DPO, and the administrator (who, after `migrate-to-server`, checks the moved
    trail: the chain, not the entries)."""
    ctx, db, anchor = trail
    add_account(ctx, "sprawdzajacy", role)
    ctx.engine.dispose()
    cli_sign_in(monkeypatch, "sprawdzajacy")
    assert cli(["audit", "verify", "--db", str(db),
                "--anchor", audit_log.format_anchor(anchor)]) == 0
    out = capsys.readouterr().out
    assert "OK" in out and f"kotwica #{anchor.id}: zgodna" in out
    _tamper(db, ("DELETE FROM audit_log WHERE id > 8", ()))
    assert cli(["audit", "verify", "--db", str(db),
                "--anchor", audit_log.format_anchor(anchor)]) == 3
    assert f"#{anchor.id}" in capsys.readouterr().out
    _tamper(db, ("UPDATE audit_log SET action = 'x' WHERE id = 4", ()))
    assert cli(["audit", "verify", "--db", str(db)]) == 3
    assert "#4" in capsys.readouterr().out


def test_anchor_text_round_trip():
    head = AuditHead(1234, "ab" * 32)
    assert audit_log.parse_anchor(audit_log.format_anchor(head)) == head
    assert audit_log.parse_anchor(f"#1234 {'AB' * 32}") == head
    with pytest.raises(ValueError):
        audit_log.parse_anchor("1234:abc")


def test_filters(ctx):
    project = factories.project(ctx)
    anna = factories.person(ctx, "Anna", "Nowak")
    jan = factories.person(ctx, "Jan", "Kowalski")
    factories.enrol(ctx, anna.id, project)
    everything = audit_log.count_entries(ctx)
    about_anna = audit_log.list_entries(ctx, flt=AuditFilter(person_id=anna.id))
    assert {(e.entity, e.action) for e in about_anna} == {("person", "create"),
                                                          ("participation", "create")}
    assert audit_log.count_entries(ctx, flt=AuditFilter(person_id=jan.id)) == 1
    assert audit_log.count_entries(ctx, flt=AuditFilter(action="create")) == everything
    assert audit_log.count_entries(ctx, flt=AuditFilter(username="system")) == everything
    assert audit_log.count_entries(ctx, flt=AuditFilter(username="nobody")) == 0
    today = dt.date.today()
    assert audit_log.count_entries(ctx,
                                   flt=AuditFilter(date_from=today, date_to=today)) == everything
    assert audit_log.count_entries(ctx, flt=AuditFilter(date_to=today - dt.timedelta(days=1))) == 0
    newest_first = audit_log.list_entries(ctx)
    assert [e.id for e in newest_first] == sorted((e.id for e in newest_first), reverse=True)
    users, actions = audit_log.filter_choices(ctx)
    assert users == ["system"] and "create" in actions


def test_reading_the_trail_needs_audit_read_and_checking_it_audit_verify(ctx):
    from ops_desktop.domain.errors import PermissionDenied
    from ops_desktop.services.context import Actor

    for role in (Role.CASEWORKER, Role.COORDINATOR, Role.ADMIN):
        other = ctx.as_actor(Actor(7, "x", frozenset({role})))
        with pytest.raises(PermissionDenied):
            audit_log.list_entries(other)
    for role in (Role.CASEWORKER, Role.COORDINATOR):
        with pytest.raises(PermissionDenied):
            audit_log.chain_status(ctx.as_actor(Actor(7, "x", frozenset({role}))))
    for role in (Role.HEAD, Role.DPO, Role.ADMIN):  # the administrator: the check, no entries
        assert audit_log.chain_status(ctx.as_actor(Actor(7, "x", frozenset({role})))).ok


def test_dropped_append_only_triggers_are_reported(trail, capsys, monkeypatch):
    """Dropping the triggers alone changes no entry; `audit verify` and `check` say it."""
    ctx, db, anchor = trail
    add_account(ctx, "iod", Role.DPO)
    add_account(ctx, "admin2", Role.ADMIN)
    ctx.engine.dispose()
    cli_sign_in(monkeypatch, "iod")
    assert cli(["audit", "verify", "--db", str(db)]) == 0
    assert cli(["check", "--db", str(db)]) == 0
    capsys.readouterr()
    with _raw(db) as execute:
        execute("DROP TRIGGER audit_log_no_delete"
                + (" ON audit_log" if isinstance(db, ServerAddress) else ""))
    with ctx.reading() as session:
        status = audit_log.status_of(session)
    assert status.ok and not status.protected
    assert status.missing_triggers == ("audit_log_no_delete",)
    assert cli(["audit", "verify", "--db", str(db)]) == 3
    assert "brak wyzwalaczy" in capsys.readouterr().out
    cli_sign_in(monkeypatch, "admin2")
    assert cli(["check", "--db", str(db)]) == 3
    assert "audit_log_no_delete" in capsys.readouterr().out


# --- the head kept in the key file (services/audit_anchor.py), on an encrypted office -------
def _sqlcipher(db, key):
    import sqlcipher3

    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    return conn


@pytest.fixture
def office(tmp_path):
    from tests.security_support import secured_office

    office = secured_office(tmp_path / "ops.db", roles={"kierownik": Role.HEAD})
    ctx = office.session("kierownik").context
    for _ in range(5):
        factories.person(ctx)
    key = bytes(ctx.keyring.master)
    office.close()
    return office, key


def _tamper_encrypted(db, key, *statements):
    conn = _sqlcipher(db, key)
    try:
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def test_key_file_head_follows_every_append(office):
    from ops_desktop.services import audit_anchor

    office, _key = office
    ctx = office.session("kierownik").context
    with ctx.reading() as session:
        newest = audit.head(session)
    assert audit_anchor.recorded_head(ctx) == newest
    assert audit_log.chain_status(ctx).ok
    office.close()


def test_truncation_and_sequence_reset_caught_by_the_key_file_head(office, capsys,
                                                                     monkeypatch):
    """The newest entries deleted and sqlite_sequence put back, so ids are reused and no gap
    shows: only the head kept outside the table still sees it."""
    office, key = office
    db = office.db_path
    conn = _sqlcipher(db, key)
    newest = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.close()
    _tamper_encrypted(db, key, f"DELETE FROM audit_log WHERE id > {newest - 3}",
                      f"UPDATE sqlite_sequence SET seq = {newest - 3} WHERE name = 'audit_log'")
    cli_sign_in(monkeypatch, "kierownik")
    assert cli(["audit", "verify", "--db", str(db)]) == 3    # its sign-in reuses an id
    out = capsys.readouterr().out
    assert f"#{newest}" in out and "pliku kluczy" in out


def test_whole_table_deleted_caught_by_the_key_file_head(office, capsys, monkeypatch):
    office, key = office
    db = office.db_path
    _tamper_encrypted(db, key, "DELETE FROM audit_log", "DELETE FROM sqlite_sequence")
    cli_sign_in(monkeypatch, "kierownik")
    assert cli(["audit", "verify", "--db", str(db)]) == 3
    assert "zniknął z dziennika" in capsys.readouterr().out
