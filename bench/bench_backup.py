"""Backups and the start-up check on a large encrypted database, beside their floors.

    python bench/bench_backup.py [--mib 100] [--runs 3]

Builds an encrypted (SQLCipher, raw key) database of about --mib MiB in a temporary folder
(migrated schema; bulk people rows with notes), then times, median of --runs:
- the quick check every start runs (`quick_check` + `cipher_integrity_check`);
- a backup (`services/backup.create_backup`: audit entry, VACUUM INTO, fsync, full check of the
  copy through ATTACH, manifest);
- a restore of it (`services/restore.restore_backup`: full check, copy in, read back, swap);
and the floors: copying the file with `shutil.copyfile` + fsync, and SQLite's online backup
API into a keyed file. Prints a table; docs/PERFORMANCE.md keeps the figures."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ops_desktop.domain.backups import BackupResult
from ops_desktop.services import backup, integrity, restore
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR


def build(path: Path, key: bytes, mib: int) -> None:
    opened = open_database(path, key=key, actor=SYSTEM_ACTOR)
    now = dt.datetime.now().isoformat(sep=" ")
    with integrity.raw_connection(opened.engine) as conn:
        n = 0
        while path.stat().st_size + _wal(path) < mib * 1_048_576:
            rows = [(f"Imię{i}", f"Nazwisko{i}", f"nazwisko{i} imie{i}", f"imie{i}",
                     "uwagi " * 40, now, now) for i in range(n, n + 20_000)]
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO people (first_name, last_name, last_key, first_key, notes, "
                "created_at, updated_at, no_pesel, other_id, street, building, flat, postal_code,"
                " city, municipality, county, voivodeship, phone, email, long_term_unemployed, "
                "anonymised) VALUES (?, ?, ?, ?, ?, ?, ?, 0, '', '', '', '', '', '', '', '', '', "
                "'', '', 0, 0)", rows)
            conn.execute("COMMIT")
            n += len(rows)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.engine.dispose()


def _wal(path: Path) -> int:
    wal = Path(str(path) + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    key = os.urandom(32)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ops.db"
        build(path, key, args.mib)
        size = path.stat().st_size / 1_048_576
        results: dict[str, list[float]] = {}
        for _ in range(args.runs):
            opened = open_database(path, key=key, actor=SYSTEM_ACTOR)
            ctx = opened.context
            results.setdefault("quick check at start", []).append(
                timed(lambda: integrity.quick_check(ctx.engine, path)))
            made: list[BackupResult] = []
            results.setdefault("backup (VACUUM INTO, fsync, full check, manifest)", []).append(
                timed(lambda: made.append(backup.create_backup(ctx))))
            results.setdefault("restore (full check, copy in, read back, swap)", []).append(
                timed(lambda: restore.restore_backup(ctx, backup=made[0].backup)))
            opened.engine.dispose()
            for aside in Path(folder).glob("ops.before-restore-*"):
                aside.unlink()
            copy = Path(folder) / "copy.db"

            def file_copy() -> None:
                shutil.copyfile(path, copy)
                with open(copy, "rb+") as handle:
                    os.fsync(handle.fileno())

            results.setdefault("floor: file copy + fsync", []).append(timed(file_copy))
            copy.unlink()

            def backup_api() -> None:
                import sqlcipher3

                source = integrity.open_file_readonly(path, key=key)
                target = sqlcipher3.connect(str(copy))
                target.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                source.backup(target)
                target.close()
                source.close()

            results.setdefault("floor: online backup API, keyed target", []).append(
                timed(backup_api))
            copy.unlink()
        print(f"encrypted database {size:.0f} MiB, medians of {args.runs} runs")
        for name, values in results.items():
            print(f"{name:<55} {statistics.median(values):6.2f} s  "
                  f"(min {min(values):.2f}, max {max(values):.2f})")


if __name__ == "__main__":
    main()
