"""Encryption at rest: an earlier version's plain database is encrypted at first start,
verified, and the plain file removed only afterwards; a crash at any step leaves one good
database; and R7 — no test person's name or PESEL in any file the application wrote."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ops_desktop.db import encryption
from ops_desktop.db.encryption import (
    ENCRYPTING_SUFFIX, PLAIN_OLD_SUFFIX, EncryptionCheckFailed, encrypt_database, file_kind,
    resume_interrupted,
)
from ops_desktop.db.engine import create_database_engine
from ops_desktop.db.keystore import keys_path_for, new_master_key
from ops_desktop.db.models import Participation, Person
from ops_desktop.domain.accounts import AccountDraft, OfficeSetUp, StartState
from ops_desktop.domain.enums import Role, SensitiveFlag, TriState
from ops_desktop.services import sign_in
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database
from tests import ROOT, factories
from tests.security_support import PASSWORD, secured_office

PEOPLE = [("Żaneta", "Wróblewska-Ćwik"), ("Grzegorz", "Brzęczyszczykiewicz"),
          ("Łucja", "Ślązak")]


def _fill(ctx) -> list[tuple[str, str, str]]:
    """People with Polish names, PESELs and sensitive answers, through the real services."""
    project = factories.project(ctx, "Aktywna Integracja")
    written = []
    for first, last in PEOPLE:
        view = factories.person(ctx, first, last, phone="600100200",
                                sensitive={SensitiveFlag.ADDICTION: TriState.YES})
        factories.enrol(ctx, view.id, project)
        written.append((first, last, view.draft.pesel))
    return written


def _needles(people: list[tuple[str, str, str]]) -> list[bytes]:
    from ops_desktop.domain.text import fold

    needles = []
    for first, last, pesel in people:
        for text in (first, last, pesel, fold(last), fold(f"{last} {first}")):
            needles.append(text.encode("utf-8"))
            needles.append(text.encode("utf-16-le"))
    return needles


def _files_holding_plaintext(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.name}: {needle!r}" for needle in needles if needle in data]
    return found


def _plain_database(path: Path) -> list[tuple[str, str, str]]:
    opened = open_database(path, actor=SYSTEM_ACTOR)
    people = _fill(opened.context)
    opened.engine.dispose()
    return people


def test_r7_no_plaintext_in_any_file_written(tmp_path):
    """Data written through the services into an encrypted office: the .db, its -wal and
    -shm (searched while the database is still open), the key file, a backup with its
    manifest and key-file copy, and every other file under the test's folder hold no name,
    folded name or PESEL (UTF-8 or UTF-16)."""
    from ops_desktop.services import backup

    office = secured_office(tmp_path / "home" / "ops.db",
                            roles={"koordynator": Role.COORDINATOR})
    ctx = office.session("koordynator").context
    people = _fill(ctx)
    backup.create_backup(office.session("admin").context)  # a backup (and its key-file copy)
    needles = _needles(people)
    files = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert {"ops.db", "ops.db-wal", "ops.db.keys"} <= set(files)
    assert any(p.parent.name == "backups" and p.suffix == ".db" for p in tmp_path.rglob("*"))
    assert (tmp_path / "home" / "ops.db-wal").stat().st_size > 0  # the rows are in the WAL now
    assert _files_holding_plaintext(tmp_path, needles) == []
    office.close()
    assert _files_holding_plaintext(tmp_path, needles) == []
    print(f"\nR7: {len(needles)} needles in {len(files)} files: none found ({', '.join(files)})")
    # The search itself works: the same data in a plain file is found at once.
    plain = _plain_database(tmp_path / "plain" / "plain.db")
    assert _files_holding_plaintext(tmp_path / "plain", _needles(plain))


def test_plain_database_is_encrypted_at_first_start(tmp_path):
    path = tmp_path / "home" / "ops.db"
    people = _plain_database(path)
    assert file_kind(path) == "plain"
    assert sign_in.start_state(path) is StartState.FIRST_START
    started = time.perf_counter()
    result = sign_in.set_up_office(path, setup=OfficeSetUp(
        "MOPR", AccountDraft("admin", "Admin"), PASSWORD))
    print(f"\nfirst start with a plain database of 3 people: encrypted, verified, plain removed "
          f"in {time.perf_counter() - started:.2f} s")
    assert file_kind(path) == "encrypted"
    system = result.session.context.as_actor(SYSTEM_ACTOR)
    with system.reading() as session:
        assert session.execute(select(func.count(Person.id))).scalar() == 3
        assert session.execute(select(func.count(Participation.id))).scalar() == 3
    result.session.close()
    leftovers = [p.name for p in path.parent.iterdir()
                 if p.name.endswith((ENCRYPTING_SUFFIX, PLAIN_OLD_SUFFIX, "-journal"))]
    assert leftovers == []
    assert _files_holding_plaintext(tmp_path, _needles(people)) == []


def test_an_older_plain_database_is_encrypted_before_it_is_upgraded(tmp_path):
    """The backup made before a schema upgrade is a copy of the encrypted file."""
    from alembic import command

    from ops_desktop.db.migrate import alembic_config

    path = tmp_path / "home" / "old.db"
    path.parent.mkdir()
    engine = create_database_engine(path)
    config = alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    now = dt.datetime(2011, 3, 1)
    with engine.begin() as conn:
        conn.execute(Person.__table__.insert().values(
            first_name="Żaneta", last_name="Wróblewska-Ćwik", last_key="wroblewska-cwik zaneta",
            first_key="zaneta", pesel="80051712346", created_at=now, updated_at=now))
    engine.dispose()
    result = sign_in.set_up_office(path, setup=OfficeSetUp(
        "MOPR", AccountDraft("admin"), PASSWORD))
    result.session.close()
    backups = list((path.parent / "backups").iterdir())
    assert backups and all(file_kind(b) == "encrypted" for b in backups)
    needles = _needles([("Żaneta", "Wróblewska-Ćwik", "80051712346")])
    assert _files_holding_plaintext(tmp_path, needles) == []


def test_a_failed_verification_leaves_the_plain_database_untouched(tmp_path, monkeypatch):
    path = tmp_path / "ops.db"
    _plain_database(path)
    before = path.read_bytes()

    def refuse(target, hex_key, expected):
        raise EncryptionCheckFailed(target, "rows differ")

    monkeypatch.setattr(encryption, "_verify", refuse)
    with pytest.raises(EncryptionCheckFailed):
        sign_in.set_up_office(path, setup=OfficeSetUp(
            "MOPR", AccountDraft("admin"), PASSWORD))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ops.db"]  # no keys, no copy


def test_interrupted_encryption_is_finished_or_undone(tmp_path):
    key = new_master_key()
    path = tmp_path / "ops.db"
    encrypting = path.with_name(path.name + ENCRYPTING_SUFFIX)
    aside = path.with_name(path.name + PLAIN_OLD_SUFFIX)

    # 1. Stopped while exporting: the copy is dropped, the plain file stays.
    _plain_database(path)
    encrypting.write_bytes(b"half a copy")
    resume_interrupted(path)
    assert not encrypting.exists() and file_kind(path) == "plain"

    # 2. Stopped between the two renames: the verified copy takes the database's name.
    plain_bytes = path.read_bytes()
    encrypt_database(path, key)
    encrypted_bytes = path.read_bytes()
    path.rename(encrypting)
    aside.write_bytes(plain_bytes)
    resume_interrupted(path)
    assert path.read_bytes() == encrypted_bytes and not aside.exists()

    # 3. Stopped before the plain file was removed: it is removed now.
    aside.write_bytes(plain_bytes)
    resume_interrupted(path)
    assert not aside.exists() and file_kind(path) == "encrypted"
    engine = create_database_engine(path, key=key)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM people").scalar() == 3
    engine.dispose()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("stop_in", ["encrypt_database", "_create_administrator"])
def test_first_start_killed_midway_is_finished_by_signing_in(tmp_path, stop_in):
    """The process is killed (SIGKILL: no clean-up runs) after the key file was written,
    before or after the plain database was encrypted; the administrator's password then
    finishes the first start and the people are all there."""
    path = tmp_path / "ops.db"
    _plain_database(path)
    script = (
        "import os, signal, sys\n"
        "from ops_desktop.domain.accounts import AccountDraft, OfficeSetUp\n"
        "from ops_desktop.services import sign_in\n"
        "def stop(*args, **kwargs):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "setattr(sign_in, sys.argv[2], stop)\n"
        "sign_in.set_up_office(sys.argv[1], setup=OfficeSetUp(\n"
        f"    'MOPR', AccountDraft('admin'), {PASSWORD!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path), stop_in],
                          cwd=ROOT)
    assert done.returncode == -signal.SIGKILL
    assert keys_path_for(path).exists()
    assert file_kind(path) == ("plain" if stop_in == "encrypt_database" else "encrypted")
    assert sign_in.start_state(path) is StartState.SIGN_IN
    session = sign_in.sign_in(path, username="admin", password=PASSWORD)
    assert session.actor.roles == {Role.ADMIN} and file_kind(path) == "encrypted"
    with session.context.as_actor(SYSTEM_ACTOR).reading() as db:
        assert db.execute(select(func.count(Person.id))).scalar() == 3
    session.close()
    again = sign_in.sign_in(path, username="admin", password=PASSWORD)
    again.close()
