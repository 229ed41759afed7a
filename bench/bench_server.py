"""People search and the whole-project summary on 50 000 people on PostgreSQL beside the same
on SQLite, each beside hand-written SQL on the same database, in one run. Not part
of the test run; figures go to docs/PERFORMANCE.md.

    python bench/bench_server.py [--people 50000] [--marks 500000] [--runs 5] [--search-runs 3]

1. The office: bench/make_summary_office.py's generator writes a SQLite file (one project
   2015–2024, the people of bench/make_office.py, contracts, activities, `--marks` attendance
   marks); the application's own move to the server (services/server_migration, what
   `ops-desktop migrate-to-server` runs: every table copied and compared) copies it into a
   database of a throw-away cluster (tests/pg_support.py: initdb + pg_ctl on a free port, the
   application's non-superuser role). Both then hold the same rows with the same ids.
   `VACUUM (ANALYZE)` follows the move on the server (what its autovacuum does within
   minutes of a bulk load: statistics, and the visibility map that lets an index-only scan
   skip the table); SQLite gets no ANALYZE (the application never runs it on a file).
2. Search as you type on each: the keystrokes of bench/bench_startup_search.py (surnames, first
   names with Polish letters, PESELs, letter by letter) through `participants.people_page`
   (the count and the first 200 rows in surname order), beside the same SQL sent by hand
   through the driver (sqlite3 / psycopg) on the same connection; p50 / p95 per run, medians
   over `--search-runs` runs. Then a few typical searches one by one (medians of 25).
3. The whole-project summary on each (services/summary.compute_summary): the first one after
   the bulk load (it recounts every person), then medians of `--runs` beside
   bench/bench_summary.py's hand-written SQL over the base tables; every figure checked equal
   to the hand-written SQL's, and the summary's JSON equal on both backends."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("OPS_DESKTOP_HOME", tempfile.mkdtemp(prefix="ops-bench-server-"))

import bench_startup_search as search_bench  # noqa: E402
import bench_summary as summary_bench  # noqa: E402
import make_summary_office  # noqa: E402

from ops_desktop.domain.accounts import AccountDraft  # noqa: E402
from ops_desktop.domain.enums import Role  # noqa: E402
from ops_desktop.domain.participants import PeopleFilter  # noqa: E402
from ops_desktop.exports.summary_json import render_summary_json  # noqa: E402
from ops_desktop.services import accounts, participants, summary  # noqa: E402
from ops_desktop.services.context import SYSTEM_ACTOR  # noqa: E402
from ops_desktop.services.database import open_database  # noqa: E402
from ops_desktop.services.server_migration import migrate_to_server  # noqa: E402

ADMIN, PASSWORD = "bench-admin", "bench-password-2024"
TYPICAL = ("kowal", "łuk", "zie", "nowak a", "ż", "850", "9201")
TYPICAL_REPEATS = 25
PROJECT = 1


def build(folder: Path, cluster, *, people: int, marks: int) -> tuple[Path, object, dict]:
    """The office on a file and the same office on the server; seconds of each step."""
    times: dict[str, float] = {}
    path = folder / "office.db"
    started = time.perf_counter()
    counts = make_summary_office.make(path, people=people, marks=marks, seed=5)
    times["generate"] = time.perf_counter() - started
    opened = open_database(path, actor=SYSTEM_ACTOR)
    accounts.create_account(opened.context, draft=AccountDraft(ADMIN, "Benchmark", {Role.ADMIN}),
                            password=PASSWORD)
    opened.engine.dispose()
    address = cluster.address(cluster.create_database())
    started = time.perf_counter()
    moved = migrate_to_server(source=path, target=address, username=ADMIN, password=PASSWORD)
    times["move"] = time.perf_counter() - started
    times["rows"] = sum(table.target_rows for table in moved.tables)
    started = time.perf_counter()
    with cluster.superuser(address.dbname) as conn:
        conn.execute("VACUUM (ANALYZE)")
    times["vacuum"] = time.perf_counter() - started
    times.update(counts)
    return path, address, times


def search_plan(ctx, text: str = "k") -> list[str]:
    """EXPLAIN ANALYZE of the count one keystroke asks for (the largest part of its work)."""
    from ops_desktop.db.repositories import people_search

    shape, params = people_search._shape_and_params(PeopleFilter(text=text))
    compiled = people_search._count_statement(shape).compile(ctx.engine)
    with ctx.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, COSTS OFF) {compiled}",
                                    {**compiled.params, **params}).all()
    return [row[0] for row in rows]


def typical(ctx) -> dict[str, tuple[float, float, int]]:
    """Each typical search: (service median ms, bare SQL median ms, people found)."""
    dialect = ctx.engine.dialect.name
    raw = ctx.engine.raw_connection()
    cursor = raw.cursor()
    found: dict[str, tuple[float, float, int]] = {}
    try:
        for text in TYPICAL:
            service, bare, total = [], [], 0
            for _ in range(TYPICAL_REPEATS):
                started = time.perf_counter()
                _rows, _cursor, total = participants.people_page(
                    ctx, flt=PeopleFilter(text=text), limit=search_bench.PAGE, with_total=True)
                service.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                search_bench._bare_queries(cursor, text, dialect)
                bare.append((time.perf_counter() - started) * 1000)
            found[text] = (statistics.median(service), statistics.median(bare), total)
    finally:
        cursor.close()
        raw.close()
    return found


def summaries(ctx, runs: int) -> dict:
    started = time.perf_counter()
    first = summary.compute_summary(ctx, project_id=PROJECT)
    recount = time.perf_counter() - started
    figures = summary_bench.measure(ctx, PROJECT, None, runs)
    figures["recount"] = recount
    figures["json"] = render_summary_json(first)
    return figures


def measure(label: str, location, *, runs: int, search_runs: int, typists: int) -> dict:
    opened = open_database(location, actor=SYSTEM_ACTOR)
    ctx = opened.context
    try:
        print(f"[{label}] summary …", file=sys.stderr, flush=True)
        result = {"summary": summaries(ctx, runs)}
        print(f"[{label}] search …", file=sys.stderr, flush=True)
        result["search"] = search_bench.bench_search(ctx, search_runs, typists)
        result["typical"] = typical(ctx)
        if ctx.engine.dialect.name == "postgresql":
            print("\n".join(search_plan(ctx)), file=sys.stderr)
    finally:
        opened.engine.dispose()
    return result


def table(results: dict[str, dict], times: dict) -> list[tuple[str, ...]]:
    rows = []
    for label, result in results.items():
        s, q = result["summary"], result["search"]
        rows += [
            (f"search keystroke p50 ({label})", f"{q['service_p50']:.2f} ms",
             f"bare SQL {q['bare_p50']:.2f} ms", f"{q['service_p50'] / q['bare_p50']:.2f}×"),
            (f"search keystroke p95 ({label})", f"{q['service_p95']:.2f} ms",
             f"bare SQL {q['bare_p95']:.2f} ms", f"{q['service_p95'] / q['bare_p95']:.2f}×"),
        ]
        for text, (service, bare, found) in result["typical"].items():
            shown = text if text.isdigit() else f"'{text}'"
            rows.append((f"  search {shown}: {found} found ({label})", f"{service:.2f} ms",
                         f"bare SQL {bare:.2f} ms", f"{service / bare:.2f}×"))
        rows += [
            (f"whole-project summary ({label})", f"{s['engine_wall'] * 1000:.0f} ms",
             f"hand-written SQL {s['sql_wall'] * 1000:.0f} ms",
             f"{s['engine_wall'] / s['sql_wall']:.2f}×"),
            (f"  first summary after the load: recount of all ({label})",
             f"{s['recount']:.1f} s", "", ""),
        ]
    rows += [("office generated on SQLite", f"{times['generate']:.0f} s", "", ""),
             (f"moved to the server: {times['rows']} rows, compared",
              f"{times['move']:.0f} s", "", ""),
             ("VACUUM (ANALYZE) on the server after the move", f"{times['vacuum']:.1f} s", "",
              "")]
    return rows


def run(cluster, folder: Path, *, people: int, marks: int, runs: int, search_runs: int,
        typists: int = 250) -> tuple[list[tuple[str, ...]], list[str], dict]:
    """The whole bench on `cluster` (a tests/pg_support.PgCluster), files in `folder`: the
    table's rows, the problems found (figures unequal; none expected) and the office's
    counts and times. `typists`: how many people's names and PESELs are typed."""
    started = time.perf_counter()
    path, address, times = build(folder, cluster, people=people, marks=marks)
    print(f"office: {times['people']} people, {times['participations']} participations, "
          f"{times['contracts']} contracts, {times['marks']} marks; generated "
          f"{times['generate']:.0f} s, moved {times['move']:.0f} s", file=sys.stderr)
    results = {label: measure(label, location, runs=runs, search_runs=search_runs,
                              typists=typists)
               for label, location in (("SQLite", path), ("PostgreSQL", address))}
    with cluster.superuser() as conn:
        times["server_version"] = conn.execute("SHOW server_version").fetchone()[0]
    times["elapsed"] = time.perf_counter() - started
    problems = [f"{label}: figures differ from the hand-written SQL: {r['summary']['mismatches']}"
                for label, r in results.items() if r["summary"]["mismatches"]]
    if results["SQLite"]["summary"]["json"] != results["PostgreSQL"]["summary"]["json"]:
        problems.append("the summary's JSON differs between SQLite and PostgreSQL")
    return table(results, times), problems, times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--marks", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5, help="summary runs (medians)")
    parser.add_argument("--search-runs", type=int, default=3)
    args = parser.parse_args()
    from tests.pg_support import throwaway_cluster

    with tempfile.TemporaryDirectory(prefix="ops-bench-server-") as folder, \
            throwaway_cluster() as cluster:
        rows, problems, times = run(cluster, Path(folder), people=args.people, marks=args.marks,
                                    runs=args.runs, search_runs=args.search_runs)
    print(f"{dt.date.today()}  {platform.node()}  Python {platform.python_version()}  "
          f"{os.cpu_count()} CPU  {platform.platform()}  PostgreSQL {times['server_version']}  "
          f"load {os.getloadavg()[0]:.1f}  summary runs={args.runs}  "
          f"search runs={args.search_runs}  whole run {times['elapsed']:.0f} s")
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in (("measurement", "OPS Desktop", "floor, same database", "ratio"), *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    for problem in problems:
        print(problem)
    if not problems:
        print("figures equal to the hand-written SQL on both; the summary's JSON identical")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
