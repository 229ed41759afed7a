"""Every fault a user can meet ends in one Polish sentence that says what happened and what to
do — never a traceback, never an English driver message or a class name. Each test makes the
real condition: a real full file system (a tmpfs mounted for the test), a real truncated key
file, another office's real key file, a real read-only mount, a real lock held by another
connection, a file that does not exist."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from ops_desktop.cli.main import main
from ops_desktop.domain.storage_errors import DiskFull, ReadOnlyLocation, StorageError
from ops_desktop.domain.enums import Role
from ops_desktop.domain.usb_export import UsbExportKind
from ops_desktop.exports.safe_write import ExportFailed, ExportFile, write_export
from tests import factories
from tests.security_support import add_account, cli_sign_in, secured_office

ROLES = {"koordynator": Role.COORDINATOR}
_NOT_FOR_USERS = ("Traceback", "Error:", "KeyFileDamaged", "sqlcipher3", "sqlalchemy",
                  "file is not a database", "disk is full", "Read-only file system")


def _mount(point: Path, *options: str) -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting needs root")
    done = subprocess.run(["mount", *options, str(point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"this sandbox refuses mount: {done.stderr.decode().strip()}")


@pytest.fixture
def mounts():
    made: list[Path] = []

    def mount(point: Path, *options: str) -> Path:
        point.mkdir(exist_ok=True)
        _mount(point, *options)
        made.append(point)
        return point

    yield mount
    for point in reversed(made):
        subprocess.run(["umount", "-l", str(point)], check=False)


def _fill(folder: Path) -> None:
    """Write until the file system refuses: a real ENOSPC (unbuffered, so closing the file
    has nothing left to flush)."""
    with open(folder / "filler.bin", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
    try:
        (folder / "filler.bin").open("ab").close()
    except OSError:
        pass


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    text = out.out + out.err
    for raw in _NOT_FOR_USERS:
        assert raw not in text, text
    return code, text


def _office(folder: Path, monkeypatch) -> Path:
    db = folder / "ops.db"
    secured_office(db, roles=ROLES).close()
    cli_sign_in(monkeypatch, "koordynator")
    return db


def test_disk_full_during_a_write_says_free_some_space(tmp_path, mounts, monkeypatch, capsys,
                                                      english_available):
    disk = mounts(tmp_path / "disk", "-t", "tmpfs", "-o", "size=6m", "tmpfs")
    db = _office(disk, monkeypatch)
    _fill(disk)
    add = ("project", "add", "--db", str(db), "--title", "Nowy projekt",
           "--from", "2011-01-01", "--to", "2011-12-31")
    code, text = _run(capsys, *add)
    assert code != 0
    assert "Brak miejsca na dysku" in text and "Zwolnij miejsce" in text
    # The same sentence as the GUI's, in the interface language (domain/messages.py).
    code, text = _run(capsys, "--lang", "en", *add)
    assert code != 0
    assert f"Not enough disk space ({(disk / 'ops.db').resolve()})" in text
    assert "Free some space" in text and "Brak miejsca" not in text
    (disk / "filler.bin").unlink()                    # space freed: the same command works
    code, _ = _run(capsys, "project", "add", "--db", str(db), "--title", "Nowy projekt",
                   "--from", "2011-01-01", "--to", "2011-12-31")
    assert code == 0


def test_disk_full_in_a_service_is_a_storage_error_with_the_database_path(tmp_path, mounts):
    """Any write (attendance, signing, import…) goes through ctx.transaction: the driver's
    "database or disk is full" arrives as DiskFull, which both front ends put in words."""
    from ops_desktop.services.context import SYSTEM_ACTOR
    from ops_desktop.services.database import open_database

    disk = mounts(tmp_path / "disk", "-t", "tmpfs", "-o", "size=4m", "tmpfs")
    opened = open_database(disk / "ops.db", key=os.urandom(32), actor=SYSTEM_ACTOR)
    _fill(disk)
    with pytest.raises(DiskFull) as caught:
        for i in range(2000):
            factories.person(opened.context, "Anna", f"Nowak{i}", notes="x" * 2000)
    opened.engine.dispose()
    assert caught.value.path == (disk / "ops.db").resolve()
    assert "full" in str(caught.value.__cause__).lower()


def test_damaged_key_file(tmp_path, monkeypatch, capsys):
    db = _office(tmp_path, monkeypatch)
    keys = db.with_name(db.name + ".keys")
    keys.write_bytes(keys.read_bytes()[:300])          # truncated, as by a pulled stick
    code, text = _run(capsys, "project", "list", "--db", str(db))
    assert code == 1
    assert f"Plik kluczy {keys} jest uszkodzony" in text and "Przywróć go z kopii" in text


def test_another_offices_key_file(tmp_path, monkeypatch, capsys):
    ours = _office(tmp_path / "ours", monkeypatch)
    theirs = tmp_path / "theirs" / "ops.db"
    secured_office(theirs, roles=ROLES).close()        # the same logins and passwords
    keys = ours.with_name(ours.name + ".keys")
    shutil.copy2(theirs.with_name(theirs.name + ".keys"), keys)
    code, text = _run(capsys, "project", "list", "--db", str(ours))
    assert code == 1
    assert f"Plik kluczy {keys} nie otwiera bazy {ours}" in text
    assert "własny plik kluczy" in text


def test_read_only_stick_is_not_reported_as_full(tmp_path, mounts):
    """A write-protected stick with no free space left: the reason is the protection."""
    stick = mounts(tmp_path / "stick", "-t", "tmpfs", "-o", "size=1m", "tmpfs")
    _fill(stick)
    subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
    with pytest.raises(ExportFailed) as caught:
        write_export(stick, [ExportFile("a.csv", b"x" * 1000)], kind=UsbExportKind.STATISTICAL,
                     audit_head="1:" + "0" * 64)
    assert isinstance(caught.value.storage, ReadOnlyLocation)
    assert not isinstance(caught.value.storage, DiskFull)
    from ops_desktop.cli.cmd_export import failure_text

    assert "tylko do odczytu" in failure_text(caught.value)


def test_read_only_data_folder(tmp_path, mounts, monkeypatch, capsys, english_available):
    folder = tmp_path / "dane"
    folder.mkdir()
    db = _office(folder, monkeypatch)
    mounts(folder, "--bind", str(folder))
    subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
    code, text = _run(capsys, "project", "list", "--db", str(db))
    assert code == 1
    assert "tylko do odczytu" in text and str(folder) in text
    code, text = _run(capsys, "--lang", "en", "project", "list", "--db", str(db))
    assert code == 1
    assert "the folder or drive is read-only" in text and str(folder) in text
    assert "tylko do odczytu" not in text


def test_missing_database_file(tmp_path, monkeypatch, capsys):
    cli_sign_in(monkeypatch, "koordynator")
    missing = tmp_path / "literówka.db"
    code, text = _run(capsys, "project", "list", "--db", str(missing))
    assert code == 4
    assert f"nie ma pliku bazy {missing}" in text and "ops-desktop new" in text
    assert not missing.exists()


def test_database_locked_by_another_program(ctx, db_path, monkeypatch, capsys):
    add_account(ctx, "koordynator", Role.COORDINATOR)
    ctx.engine.dispose()
    cli_sign_in(monkeypatch, "koordynator")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code, text = _run(capsys, "project", "list", "--db", str(db_path))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1
    assert "jest zajęta przez inny program" in text


def test_unexpected_error_names_the_log_file_not_a_traceback(tmp_path, monkeypatch, capsys):
    """A bug (here: a command whose handler fails) still ends in one line and a log file."""
    from ops_desktop import paths
    from ops_desktop.cli import cmd_project

    def broken(_args):
        raise KeyError("boom")

    monkeypatch.setattr(cmd_project, "run_list", broken)
    code, text = _run(capsys, "project", "list", "--db", str(tmp_path / "x.db"))
    assert code == 1 and "nieoczekiwany błąd" in text
    logs = list(paths.logs_dir().glob("*.log"))
    assert logs and "KeyError" in logs[0].read_text(encoding="utf-8")


def test_every_storage_error_has_a_cli_sentence():
    import ops_desktop.domain.storage_errors as errors
    from ops_desktop.cli.common import storage_message

    kinds = [k for k in vars(errors).values()
             if isinstance(k, type) and issubclass(k, StorageError) and k is not StorageError]
    for kind in kinds:
        args = {"DatabaseTooNew": ("x.db", "0099"), "DatabaseDamaged": ("x.db", ["bad"]),
                "KeyFileForeign": ("x.db.keys", "x.db")}.get(kind.__name__, ("x.db",))
        text = storage_message(kind(*args))
        assert not text.startswith("Problem z plikiem"), kind.__name__
