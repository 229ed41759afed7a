"""Four PCs on one database at once beside one PC doing the same work alone, in one
run. Not part of the test run; figures go to docs/PERFORMANCE.md.

    python bench/bench_multi_pc.py [--runs 3] [--contracts 200] [--pcs 4] [--postgres]

Each run builds a fresh office (tests/multi_pc_support.prepare: one project, 6 people, one
activity of 10 sessions) and lets the PCs, one process each with its own engine, sign
contracts, save the same people from copies read before their signing and mark cells of the
same sessions (tests/multi_pc_support._work). The floor is one process
doing all the steps alone on the same kind of office (no waiting for anyone, no conflicts).
Printed: medians of --runs runs of contracts signed per second, the slowest PC's time, the
saves refused (EditConflict) and the checks of tests/multi_pc_support.check (must be none).

`--postgres` runs it on a PostgreSQL server as well: a throw-away cluster started for the
run (tests/pg_support.py), a fresh database per run."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OPS_DESKTOP_HOME", str(ROOT / "bench" / "out" / "home"))

from ops_desktop.services.context import SYSTEM_ACTOR  # noqa: E402
from ops_desktop.services.database import open_database  # noqa: E402
from tests import multi_pc_support as multi_pc  # noqa: E402


def one_run(location, *, pcs: int, contracts: int) -> dict:
    opened = open_database(location, actor=SYSTEM_ACTOR)
    try:
        plan = multi_pc.prepare(opened.context, pcs=pcs, contracts_per_pc=contracts // pcs)
        reports = multi_pc.run_pcs(location, plan)
        problems = multi_pc.check(opened.context, plan, reports)
    finally:
        opened.engine.dispose()
    seconds = max(r.seconds for r in reports)
    return {"seconds": seconds, "per_second": contracts / seconds,
            "refused": sum(r.conflicts for r in reports),
            "saved": sum(len(r.saved_tokens) for r in reports), "problems": problems}


def sqlite_locations(runs: int):
    folder = Path(tempfile.mkdtemp(prefix="ops-multi-pc-"))
    try:
        for n in range(runs):
            yield folder / f"office-{n}.db"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def server_locations(runs: int):
    """Fresh databases of a throw-away cluster (tests/pg_support.py: initdb + pg_ctl on a free
    port, the application's non-superuser role), stopped at the end."""
    from tests.pg_support import throwaway_cluster

    with throwaway_cluster() as cluster:
        for _ in range(runs):
            name = cluster.create_database()
            try:
                yield cluster.address(name)
            finally:
                cluster.drop_database(name)


def measure(label: str, locations, *, pcs: int, contracts: int, runs: int) -> None:
    together, alone = [], []
    for _ in range(runs):  # interleaved: each run on two fresh offices
        together.append(one_run(next(locations), pcs=pcs, contracts=contracts))
        alone.append(one_run(next(locations), pcs=1, contracts=contracts))
    locations.close()
    for name, results in ((f"{pcs} PCs at once", together), ("1 PC alone (floor)", alone)):
        problems = sorted({p for r in results for p in r["problems"]})
        print(f"{label:10} {name:20} {statistics.median(r['per_second'] for r in results):6.1f} "
              f"contracts/s, slowest PC {statistics.median(r['seconds'] for r in results):5.1f} s,"
              f" saves accepted {statistics.median(r['saved'] for r in results):5.0f}, refused "
              f"{statistics.median(r['refused'] for r in results):4.0f}  (runs: {len(results)})"
              f"  problems: {problems or 'none'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--contracts", type=int, default=200)
    parser.add_argument("--pcs", type=int, default=4)
    parser.add_argument("--postgres", action="store_true", help="on a throw-away cluster too")
    args = parser.parse_args()
    measure("SQLite", sqlite_locations(args.runs * 2), pcs=args.pcs, contracts=args.contracts,
            runs=args.runs)
    if args.postgres:
        measure("PostgreSQL", server_locations(args.runs * 2), pcs=args.pcs,
                contracts=args.contracts, runs=args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
