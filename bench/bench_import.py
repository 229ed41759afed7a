"""The participant import timed on a synthetic SL2014 list (bench/make_import_file.py), beside
its floor: bare openpyxl read-only reading plus SQLAlchemy Core inserts of the same people and
participations into the same schema, with no checks. Not part of the test run; figures go to
docs/PERFORMANCE.md.

    python bench/bench_import.py [--rows 200000] [--runs 3] [--format xlsx|csv] [--encrypted]
                                 [--only app|floor|preview]

Each run is a fresh interpreter on a fresh copy of an empty migrated database with one project
(so peak RSS is the run's own): it prints the wall-clock time of the import call, the CPU time
the process spent in it (user + system: on a machine shared with other work the wall clock
grows with the load, the CPU time much less) and the process's peak RSS (VmHWM) and its growth
over the RSS just before the call. The figures are the medians of --runs runs, the kinds
interleaved. `preview` (not run by default) times the GUI's preview of the same file, which
keeps one line per row for the dialog's table."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KEY = bytes(range(32))   # a bench key; the bench database holds only synthetic people


def _rss_mib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _prepare(db: Path, encrypted: bool) -> None:
    from bench.make_import_file import PERIOD
    from ops_desktop.domain.enums import GroupKind
    from ops_desktop.domain.projects import EditionDraft, GroupDraft, ProjectDraft
    from ops_desktop.services import projects
    from ops_desktop.services.context import SYSTEM_ACTOR
    from ops_desktop.services.database import open_database

    opened = open_database(db, actor=SYSTEM_ACTOR, key=KEY if encrypted else None)
    projects.create_project(opened.context, draft=ProjectDraft(
        title="Bench", programme="RPO", start_date=PERIOD[0], end_date=PERIOD[1],
        editions=[EditionDraft(y) for y in range(PERIOD[0].year, PERIOD[1].year + 1)],
        groups=[GroupDraft("Grupa 1", GroupKind.OTHER, 10)]))
    with opened.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.engine.dispose()


def _child(kind: str, db: Path, source: Path, encrypted: bool) -> None:
    from ops_desktop.services.context import SYSTEM_ACTOR
    from ops_desktop.services.database import open_database

    opened = open_database(db, actor=SYSTEM_ACTOR, key=KEY if encrypted else None)
    ctx = opened.context
    import openpyxl  # noqa: F401  (both kinds pay for the import of the library beforehand)

    from ops_desktop.services import importing

    before = _rss_mib("VmRSS")
    started, cpu = time.perf_counter(), _cpu()
    if kind == "preview":
        from ops_desktop.services.projects import find_project_id

        rows = len(importing.preview_import(
            ctx, project_id=find_project_id(ctx, title="Bench"), path=source).rows)
    elif kind == "app":
        from ops_desktop.services.projects import find_project_id

        result = importing.run_import(ctx, project_id=find_project_id(ctx, title="Bench"),
                                      path=source, rejected_path=db.with_suffix(".rej" +
                                                                                source.suffix))
        rows = result.accepted + result.rejected
    else:
        rows = _floor(ctx.engine, source)
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak": _rss_mib("VmHWM"),
                      "before": before, "rows": rows}))
    opened.engine.dispose()


def _floor(engine, source: Path) -> int:
    """Bare reading and Core inserts: the least any import of this file can cost here."""
    from openpyxl import load_workbook
    from sqlalchemy import insert, select

    from ops_desktop.db.models import Participation, Person, Project

    now = dt.datetime.now()
    if source.suffix == ".csv":
        book, handle = None, source.open(encoding="utf-8-sig", newline="")
        lines = csv.reader(handle, delimiter=";")
        next(lines)                                        # the header
        rows = ([*r[:21], dt.date.fromisoformat(r[21]), *r[22:]] for r in lines)
    else:
        book = load_workbook(source, read_only=True, data_only=True)
        rows = book.worksheets[0].iter_rows(values_only=True)
        next(rows)                                         # the header
    count = 0
    with engine.begin() as conn:
        project_id = conn.execute(select(Project.id)).scalar_one()
        batch: list[tuple] = []

        def flush() -> None:
            people = [{"first_name": r[3], "last_name": r[4], "pesel": r[5], "last_key": r[4],
                       "first_key": r[3], "created_at": now, "updated_at": now} for r in batch]
            ids = conn.execute(insert(Person).returning(Person.id), people).scalars().all()
            conn.execute(insert(Participation), [
                {"person_id": pid, "project_id": project_id, "start_date": r[21],
                 "created_at": now} for pid, r in zip(ids, batch, strict=True)])
            batch.clear()

        for row in rows:
            batch.append(row)
            count += 1
            if len(batch) == 1000:
                flush()
        if batch:
            flush()
    if book is not None:
        book.close()
    else:
        handle.close()
    return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    parser.add_argument("--encrypted", action="store_true")
    parser.add_argument("--only", choices=("app", "floor", "preview"))
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DB", "FILE"))
    args = parser.parse_args()
    if args.child:
        kind, db, source = args.child
        _child(kind, Path(db), Path(source), args.encrypted)
        return 0
    from bench.make_import_file import write

    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    source = out / f"import-{args.rows}.{args.format}"
    if not source.exists():
        write(source, args.rows)
    work = Path(tempfile.mkdtemp(prefix="ops-bench-import-"))
    template = work / "template.db"
    _prepare(template, args.encrypted)
    kinds = [args.only] if args.only else ["app", "floor"]
    figures: dict[str, list[dict]] = {k: [] for k in kinds}
    for run in range(args.runs):
        for kind in kinds:
            db = work / f"{kind}-{run}.db"
            shutil.copy2(template, db)
            command = [sys.executable, __file__, "--child", kind, str(db), str(source)]
            if args.encrypted:
                command.append("--encrypted")
            done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
            if done.returncode:
                print(done.stderr[-3000:], file=sys.stderr)
                return 1
            figure = json.loads(done.stdout.strip().splitlines()[-1])
            figures[kind].append(figure)
            print(f"{kind} run {run + 1}: {figure['seconds']:.1f} s (CPU {figure['cpu']:.1f} s), "
                  f"{figure['rows']} rows, peak RSS "
                  f"{figure['peak']:.0f} MiB (+{figure['peak'] - figure['before']:.0f})",
                  flush=True)
    print(f"{args.rows} rows, {args.format}, {source.stat().st_size / 2**20:.1f} MiB"
          f"{', encrypted' if args.encrypted else ''}; medians of {args.runs}:")
    for kind, runs in figures.items():
        print(f"  {kind:7}: {statistics.median(r['seconds'] for r in runs):7.1f} s (CPU "
              f"{statistics.median(r['cpu'] for r in runs):.1f} s), peak RSS "
              f"{statistics.median(r['peak'] for r in runs):5.0f} MiB "
              f"(+{statistics.median(r['peak'] - r['before'] for r in runs):.0f})")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
