"""R1: kill -9 the writer at random moments, in the shipped configuration (SQLCipher with a
raw key, WAL, synchronous=FULL, every write through the real services with its audit entry).

A writer process signs nothing in and owns no window: it opens the database the way the
application does (`open_database`: quick check, migrations) and then creates people as fast as
it can; each `create_person` is one transaction (the person, three special-category answers,
the audit entry) and is acknowledged on a pipe only after the commit returned. At a random
moment the test sends SIGKILL. Then it opens the file as the next start would and counts:
integrity failures (quick check, integrity_check, cipher_integrity_check, foreign keys, the
audit chain), acknowledged transactions lost, and half transactions (a person without their
answers or audit entry, or an audit entry without its person).

To make hundreds of kills affordable the writers are forked from one helper process that has
imported everything once (POSIX). CI runs a short pass; the long pass (≥ 500 kills) runs with

    OPS_RELIABILITY_KILLS=500 python -m pytest -s tests/reliability/test_killed_writer.py
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import ROOT

KILLS = int(os.environ.get("OPS_RELIABILITY_KILLS", "40"))
SEED = int(os.environ.get("OPS_RELIABILITY_SEED", "7"))
FLAGS_PER_PERSON = 3
START_UP_SHARE = 0.2  # the share of kills aimed at start-up (open, quick check) not the writes

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks the writers (POSIX)")


# --- the helper process (runs outside pytest) -----------------------------------------------
def _zygote_main() -> None:
    """Reads "spawn" lines; forks a writer for each, prints "PID n", relays its "ACK id"
    lines, and prints "DONE" once the writer is dead (killed by the test)."""
    db, key = Path(sys.argv[1]), bytes.fromhex(sys.argv[2])
    import datetime as dt  # noqa: F401

    from ops_desktop.domain.enums import SensitiveFlag, Sex, TriState  # noqa: F401
    from ops_desktop.domain.participants import PersonDraft  # noqa: F401
    from ops_desktop.domain.pesel import make_pesel  # noqa: F401
    from ops_desktop.services import participants  # noqa: F401
    from ops_desktop.services.database import open_database  # noqa: F401

    for line in sys.stdin:
        if line.strip() != "spawn":
            continue
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                _writer(db, key, write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        print(f"PID {pid}", flush=True)
        with os.fdopen(read_end, "rb") as acks:
            for ack in acks:
                sys.stdout.write(ack.decode())
                sys.stdout.flush()
        os.waitpid(pid, 0)
        print("DONE", flush=True)


def _writer(db: Path, key: bytes, out: int) -> None:
    import datetime as dt

    from ops_desktop.domain.enums import SensitiveFlag, Sex, TriState
    from ops_desktop.domain.participants import PersonDraft
    from ops_desktop.domain.pesel import make_pesel
    from ops_desktop.services import participants
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    ctx = open_database(db, key=key, actor=SYSTEM_ACTOR).context
    serial = (os.getpid() % 9000) * 10
    flags = {SensitiveFlag.DISABILITY: TriState.NO, SensitiveFlag.HOMELESSNESS: TriState.REFUSED,
             SensitiveFlag.ADDICTION: TriState.YES}
    os.write(out, b"READY\n")
    while True:
        serial += 1
        born = dt.date(1950 + serial % 50, 1 + serial % 12, 1 + serial % 28)
        draft = PersonDraft(first_name="Anna", last_name=f"Nowak{serial}",
                            pesel=make_pesel(born, serial % 10000, Sex.FEMALE), sensitive=flags,
                            notes="x" * (serial % 500))
        try:
            view = participants.create_person(ctx, draft=draft)
        except Exception:
            continue
        os.write(out, f"ACK {view.id}\n".encode())


# --- the test -------------------------------------------------------------------------------
def _verify(db: Path, key: bytes, acked: set[int]) -> tuple[int, int, int, int]:
    """(integrity failures, acknowledged lost, half transactions, people) after a kill."""
    from sqlalchemy import text

    from ops_desktop.domain.storage_errors import StorageError
    from ops_desktop.services import audit_log, integrity
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    try:
        opened = open_database(db, key=key, actor=SYSTEM_ACTOR)
    except StorageError:
        return 1, len(acked), 0, 0
    try:
        failures = 0 if integrity.full_check(opened.engine).ok else 1
        with opened.context.reading() as session:
            if not audit_log.status_of(session).ok:
                failures += 1
            people = set(session.execute(text("SELECT id FROM people")).scalars())
            audited = set(session.execute(text(
                "SELECT entity_id FROM audit_log WHERE action = 'create' AND entity = 'person'"
            )).scalars())
            incomplete = set(session.execute(text(
                "SELECT p.id FROM people p LEFT JOIN person_flags f ON f.person_id = p.id "
                f"GROUP BY p.id HAVING count(f.flag) != {FLAGS_PER_PERSON}")).scalars())
    finally:
        opened.engine.dispose()
    return failures, len(acked - people), len(people ^ audited) + len(incomplete), len(people)


def test_r1_kill_the_writer_at_random_moments(tmp_path):
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    rng = random.Random(SEED)
    key = os.urandom(32)
    db = tmp_path / "ops.db"
    open_database(db, key=key, actor=SYSTEM_ACTOR).engine.dispose()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    zygote = subprocess.Popen(
        [sys.executable, "-c", "from tests.reliability.test_killed_writer import _zygote_main; "
         "_zygote_main()", str(db), key.hex()],
        cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    acked: set[int] = set()
    totals = {"integrity": 0, "lost": 0, "half": 0}
    people = before_ready = waited = 0
    started = time.perf_counter()
    try:
        for _ in range(KILLS):
            zygote.stdin.write("spawn\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline().split()[1])
            during_start = rng.random() < START_UP_SHARE
            lines: list[str] = []
            if during_start:                         # while it opens and checks the file
                time.sleep(rng.uniform(0.0, 0.15))
            else:
                # Among the writes: after a random number of acknowledged ones, a random part
                # of the way into the next (a write takes some milliseconds: mostly commit).
                wait_for = rng.randint(0, 4)
                while sum(line.startswith("ACK ") for line in lines) < wait_for \
                        or not lines:
                    lines.append(zygote.stdout.readline())
                    assert not lines[-1].startswith("DONE"), "the writer died on its own"
                assert lines[0].startswith("READY"), f"writer did not start: {lines[0]!r}"
                waited += wait_for
                time.sleep(rng.uniform(0.0, 0.02))
            os.kill(pid, signal.SIGKILL)
            for line in zygote.stdout:
                if line.startswith("DONE"):
                    break
                lines.append(line)
            acked.update(int(line.split()[1]) for line in lines if line.startswith("ACK "))
            before_ready += not any(line.startswith("READY") for line in lines)
            integrity_failures, lost, half, people = _verify(db, key, acked)
            totals["integrity"] += integrity_failures
            totals["lost"] += lost
            totals["half"] += half
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    seconds = time.perf_counter() - started
    print(f"\nR1 kill -9: {KILLS} kills (seed {SEED}; {before_ready} during start-up), "
          f"{len(acked)} acknowledged transactions, {people} people in the file; "
          f"integrity failures {totals['integrity']}, acknowledged lost {totals['lost']}, "
          f"half transactions {totals['half']} ({seconds:.0f} s)")
    assert totals == {"integrity": 0, "lost": 0, "half": 0}
    assert len(acked) >= waited  # the kills really landed among acknowledged writes
