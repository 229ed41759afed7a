"""`ops-desktop migrate-to-server` through the real entry point: a plain demo office file
into an empty database of the test PostgreSQL cluster, then the same again (refused, in
Polish, nothing changed), and a file given as the target (refused)."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from ops_desktop.cli.main import main
from ops_desktop.domain.enums import Role
from ops_desktop.services import audit_log
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database
from ops_desktop.services.sign_in import sign_in
from tests.security_support import PASSWORD, add_account, cli_sign_in


@pytest.fixture
def office_file(demo_template, tmp_path, monkeypatch):
    path = tmp_path / "ops.db"
    shutil.copy2(demo_template, path)
    opened = open_database(path, actor=SYSTEM_ACTOR)
    add_account(opened.context, "admin", Role.ADMIN)
    opened.engine.dispose()
    cli_sign_in(monkeypatch, "admin")
    return path


def test_moves_the_office_then_refuses_a_second_time(office_file, pg_cluster, pg_database,
                                                     capsys):
    url = pg_cluster.url(pg_database)
    before = hashlib.sha256(office_file.read_bytes()).hexdigest()
    assert main(["migrate-to-server", "--from", str(office_file), "--db", url]) == 0
    captured = capsys.readouterr()
    assert "Kopiowanie tabeli people" in captured.err  # not a terminal: a line per table
    lines = captured.out.splitlines()
    people = next(line.split() for line in lines if line.strip().startswith("people "))
    assert people[1] == people[2] and int(people[1]) > 100 and people[3] == "zgodna"
    assert "RÓŻNA" not in captured.out
    assert "łańcuch nienaruszony" in captured.out
    assert lines[-1].startswith("Gotowe: ośrodek przeniesiono na serwer")
    assert hashlib.sha256(office_file.read_bytes()).hexdigest() == before
    sign_in(pg_cluster.address(pg_database), username="admin", password=PASSWORD,
            channel="test").close()
    opened = open_database(pg_cluster.address(pg_database), actor=SYSTEM_ACTOR)
    try:  # what `audit verify` checks, on the server: links, ids, append-only triggers
        status = audit_log.chain_status(opened.context)
        assert status.first_broken is None and not status.missing and status.protected
    finally:
        opened.engine.dispose()

    # The administrator who moved it checks the moved trail on the server.
    assert main(["audit", "verify", "--db", url]) == 0
    assert "OK: łańcuch dziennika zdarzeń nienaruszony" in capsys.readouterr().out

    assert main(["migrate-to-server", "--from", str(office_file), "--db", url]) == 1
    err = capsys.readouterr().err
    assert "nie jest pusta" in err and "people" in err and "nic nie zmieniono" in err


def test_the_target_must_be_a_server(office_file, tmp_path, capsys):
    assert main(["migrate-to-server", "--from", str(office_file),
                 "--db", str(tmp_path / "inny.db")]) == 2
    assert "musi być bazą serwera" in capsys.readouterr().err
    assert not (tmp_path / "inny.db").exists()


def test_english(office_file, pg_cluster, pg_database, capsys, english_available):
    url = pg_cluster.url(pg_database)
    assert main(["--lang", "en", "migrate-to-server", "--from", str(office_file),
                 "--db", url]) == 0
    assert "Done:" in capsys.readouterr().out
    assert main(["--lang", "en", "migrate-to-server", "--from", str(office_file),
                 "--db", url]) == 1
    assert "is not empty" in capsys.readouterr().err
