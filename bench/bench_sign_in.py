"""Sign-in and encryption at rest: unlocking a key slot, a whole sign-in, the first start, the
encryption of an earlier version's plain database (the demo's size), and opening a
connection with the raw key. Medians of a few runs; the machine is shared and noisy.

    python bench/bench_sign_in.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ops_desktop.db.engine import create_database_engine
from ops_desktop.db.keystore import KeyStore, keys_path_for
from ops_desktop.domain.accounts import AccountDraft, OfficeSetUp
from ops_desktop.services import sign_in
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR

PASSWORD = "haslo-do-pomiaru-2011"


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main(runs: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-sign-in-"))
    setup = OfficeSetUp("MOPR", AccountDraft("admin"), PASSWORD)
    first = []
    for run in range(runs):
        path = folder / f"new{run}.db"
        first.append(_timed(lambda p=path: sign_in.set_up_office(p, setup=setup).session.close()))
    path = folder / "new0.db"
    unlock = [_timed(lambda: KeyStore.load(keys_path_for(path)).unlock("admin", PASSWORD))
              for _ in range(runs)]
    whole = [_timed(lambda: sign_in.sign_in(path, username="admin", password=PASSWORD).close())
             for _ in range(runs)]
    master = KeyStore.load(keys_path_for(path)).unlock("admin", PASSWORD)

    def connect() -> None:
        engine = create_database_engine(path, key=master)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        engine.dispose()

    connects = [_timed(connect) for _ in range(runs * 5)]
    migrate = []
    for run in range(runs):
        plain = folder / f"plain{run}.db"
        opened = open_database(plain, actor=SYSTEM_ACTOR)
        from ops_desktop.services.demo.builder import build_demo

        build_demo(opened.context, seed=2011)
        opened.engine.dispose()
        size = plain.stat().st_size
        migrate.append(_timed(lambda p=plain: sign_in.set_up_office(p, setup=setup)
                              .session.close()))
    print(f"key slot unlock (Argon2id RFC 9106 low-memory + AES-GCM): "
          f"{statistics.median(unlock):.3f} s")
    print(f"sign-in (unlock + open + migrate check + audit): {statistics.median(whole):.3f} s")
    print(f"first start, new office: {statistics.median(first):.3f} s")
    print(
        f"engine + first connection with the raw key: {statistics.median(connects) * 1000:.1f} ms")
    print(f"first start over the plain demo database ({size / 1_048_576:.1f} MiB: export, "
          f"verify, secure delete): {statistics.median(migrate):.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
