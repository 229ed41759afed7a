"""Search as you type for people whose list is limited by reach: a coordinator (their caseload
plus the people of the projects assigned to them) and a caseworker (their caseload), beside the
unlimited list and the bare SQL of the unlimited list, on the same keystrokes as
bench_startup_search.py (150 surnames, 50 first names, 50 PESELs typed letter by letter).

Works on a copy of the large office (`bench/make_office.py`), so the original stays as it is:
the copy gets a coordinator of two of the six projects and a caseworker with every 20th person.

    python bench/bench_search_reach.py [--db bench/out/office-50k.db] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_startup_search import PAGE, _bare_queries, _percentiles, keystrokes  # noqa: E402


def _copy(source: Path) -> Path:
    target = source.with_name(source.stem + "-reach.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    with sqlite3.connect(target) as conn:  # a plain bench file (never a real office's)
        # Files generated while 0006's indexes still lived in 0001 carry them at 0005.
        stamped = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        has_search = conn.execute("SELECT 1 FROM sqlite_master WHERE name = "
                                  "'ix_people_search_last'").fetchone()
        if stamped == "0005" and has_search:
            conn.execute("UPDATE alembic_version SET version_num = '0006'")
    return target


def _actors(ctx):
    from sqlalchemy import select, update

    from ops_desktop.db.models import Person, Project, User
    from ops_desktop.domain.enums import Role
    from ops_desktop.services import project_coordinators
    from ops_desktop.services.context import Actor

    with ctx.transaction() as session:
        users = {}
        for name, role in (("bench-koordynator", Role.COORDINATOR),
                           ("bench-pracownik", Role.CASEWORKER)):
            user = User(username=name, full_name=name, roles=role.value,
                        created_at=dt.datetime.now())
            session.add(user)
            session.flush()
            users[role] = user.id
        session.execute(update(Person).where(Person.id % 20 == 0)
                        .values(caseworker_id=users[Role.CASEWORKER]))
        project_ids = list(session.execute(select(Project.id).order_by(Project.id)).scalars())
    project_coordinators.set_coordinated_projects(ctx, user_id=users[Role.COORDINATOR],
                                                  project_ids=project_ids[:2])
    return {
        "coordinator (2 of 6 projects)": ctx.as_actor(Actor(
            users[Role.COORDINATOR], "bench-koordynator", frozenset({Role.COORDINATOR}))),
        "caseworker (every 20th person)": ctx.as_actor(Actor(
            users[Role.CASEWORKER], "bench-pracownik", frozenset({Role.CASEWORKER}))),
    }


def _measure(ctx, typed: list[str], runs: int) -> tuple[float, float, int]:
    from ops_desktop.domain.participants import PeopleFilter
    from ops_desktop.services import participants

    for text in typed[:20]:
        participants.people_page(ctx, flt=PeopleFilter(text=text), with_total=True)
    results, reach = [], 0
    for _ in range(runs):
        samples = []
        for text in typed:
            started = time.perf_counter()
            participants.people_page(ctx, flt=PeopleFilter(text=text), limit=PAGE,
                                     with_total=True)
            samples.append((time.perf_counter() - started) * 1000)
        results.append(_percentiles(samples))
    reach = participants.people_page(ctx, flt=PeopleFilter(), limit=1, with_total=True)[2]
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results),
            reach)


def _bare(ctx, typed: list[str], runs: int) -> tuple[float, float]:
    raw = ctx.engine.raw_connection()
    cursor = raw.cursor()
    try:
        results = []
        for _ in range(runs):
            samples = []
            for text in typed:
                started = time.perf_counter()
                _bare_queries(cursor, text)
                samples.append((time.perf_counter() - started) * 1000)
            results.append(_percentiles(samples))
    finally:
        cursor.close()
        raw.close()
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "office-50k.db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    ctx = open_database(_copy(args.db), actor=SYSTEM_ACTOR).context
    typed = keystrokes(ctx, random.Random(7))
    rows = [("bare SQL, whole list (floor)", *_bare(ctx, typed, args.runs), None),
            ("whole list (head of office)", *_measure(ctx, typed, args.runs))]
    for label, actor in _actors(ctx).items():
        rows.append((label, *_measure(actor, typed, args.runs)))
    print(f"{len(typed)} keystrokes per run, medians of {args.runs} runs")
    print("| list | people in reach | p50 | p95 |\n|---|---|---|---|")
    for label, p50, p95, reach in rows:
        print(f"| {label} | {reach if reach is not None else '—'} | {p50:.1f} ms | {p95:.1f} ms |")
    ctx.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
