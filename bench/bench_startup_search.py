"""Start-up time, search latency and memory of the participants list, each beside its floor
measured in the same run. Not part of the test run; figures go to docs/PERFORMANCE.md.

    python bench/make_office.py                              # bench/out/office-50k.db
    python bench/make_office.py --encrypted --out bench/out/office-50k-enc.db
    python bench/bench_startup_search.py [--runs 7] [--db FILE] [--encrypted-db FILE]

1. Start-up (bench/startup_app.py, Qt offscreen), vs a bare PySide6 main window started the
   same way, medians of `--runs` runs, interleaved: on the encrypted file (the shipped
   configuration) process start → the first window (the login) painted, and password
   accepted → main window painted; on the plain file process start → main window painted.
2. Search as you type: for realistic keystroke sequences (surnames and first names typed
   letter by letter as people spell them, with Polish letters; PESEL digit by digit), the work
   one keystroke costs the list — `participants.people_page(with_total=True)`: the count and
   the first 200 rows in surname order with their project titles — vs the same SQL sent raw
   through the same connection and indexes.
   p50 / p95 per run, median over the runs.
3. Memory: peak RSS of the GUI process with the list open, and after scrolling through all
   50 000 rows, vs the bare window.
Goals: start ≤ 1.5 × bare window; search p95 ≤ 16 ms; ≤ 300 MB."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHILD = Path(__file__).resolve().parent / "startup_app.py"
PAGE = 200


# Children start from compiled bytecode, as an installed program (and the PyInstaller bundle)
# does: kept outside the source tree, written by a warm-up run before any timed one.
PYCACHE = Path(tempfile.gettempdir()) / "ops-bench-pycache"


def _child(args: list[str], env_extra: dict[str, str] | None = None) -> tuple[float, dict]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("OPS_DESKTOP_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(PYCACHE), **(env_extra or {}))
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        env["OPS_DESKTOP_HOME"] = tmp  # logs and backups of the run stay out of the user's
        started = time.time()
        subprocess.run([sys.executable, str(CHILD), str(report), *args], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        data = json.loads(report.read_text())
    return data["shown_at"] - started, data


def bench_startup(db: Path, runs: int, creds: dict[str, str] | None) -> dict[str, float]:
    """Interleaved runs: bare window, the application, the application with the list open
    and with the whole list scrolled through (the last two for memory)."""
    samples: dict[str, list[float]] = {}

    def keep(name: str, value: float) -> None:
        samples.setdefault(name, []).append(value)

    _child(["--bare"])  # warm-up: bytecode written, files in the page cache
    _child([str(db)], creds)
    for _ in range(runs):
        seconds, data = _child(["--bare"])
        keep("bare", seconds)
        keep("rss_bare", data["peak_rss_kib"])
        seconds, data = _child([str(db)], creds)
        keep("app", seconds)
        shown, marks = data["shown_at"], data["marks"]
        started = shown - seconds
        for name, at in marks.items():  # seconds after process start
            keep(f"mark_{name}", at - started)
        if "accepted" in marks:
            keep("accepted_to_window", shown - marks["accepted"])
        keep("check_after_window", marks["check_done"] - shown)
        seconds, data = _child([str(db), "--list"], creds)
        keep("app_list", seconds)
        if "accepted" in data["marks"]:
            keep("accepted_to_list", data["shown_at"] - data["marks"]["accepted"])
        keep("rss_list", data["peak_rss_kib"])
        _seconds, data = _child([str(db), "--scroll"], creds)
        keep("rss_scrolled", data["peak_rss_kib"])
        keep("rows", data["rows"])
    return {name: statistics.median(values) for name, values in samples.items()}


def keystrokes(ctx, rng: random.Random, people: int = 250) -> list[str]:
    """Prefixes a person types: of `people` people picked at random (in id order, the same on
    every engine), 60% surnames and 20% first names (up to 8 letters), 20% PESELs."""
    from sqlalchemy import func, select

    from ops_desktop.db.models import Person

    with ctx.reading() as session:
        total = session.execute(select(func.count(Person.id))).scalar_one()
        ids = rng.sample(range(1, total + 1), people)
        picked = session.execute(select(Person.last_name, Person.first_name, Person.pesel)
                                 .where(Person.id.in_(ids)).order_by(Person.id)).all()
    typed = []
    for number, (last, first, pesel) in enumerate(picked):
        word = last if number < people * 0.6 else first if number < people * 0.8 else pesel
        typed += [word[:n] for n in range(1, min(len(word), 11 if word.isdigit() else 8) + 1)]
    return typed


_WHERE_BY_NAME = ("{live} AND first_key >= {m} AND first_key < {m} AND "
                  "coalesce(last_key, '') < {m}",
                  "{live} AND last_key >= {m} AND last_key < {m}",
                  "{live} AND first_key >= {m} AND first_key < {m} AND "
                  "coalesce(last_key, '') >= {m}")
# What differs between the drivers: the placeholder, and how "not anonymised" is written so
# that the index on (anonymised, …) serves it (what SQLAlchemy's `.is_(False)` renders).
BARE_DIALECTS = {"sqlite": {"m": "?", "live": "anonymised IS 0"},
                 "postgresql": {"m": "%s", "live": "anonymised IS false"}}


def _bare_queries(cursor, text: str, dialect: str = "sqlite") -> None:
    """The SQL one keystroke sends (people_search.py: the count, the first page in surname
    order, its rows and project titles), straight through the DBAPI cursor (sqlite3 or
    psycopg: `dialect`)."""
    from ops_desktop.domain.text import fold

    words = BARE_DIALECTS[dialect]
    mark = words["m"]
    if text.isdigit():
        upper = text[:-1] + chr(ord(text[-1]) + 1)
        parts = [("{live} AND pesel >= {m} AND pesel < {m}", (text, upper))]
    else:
        key = fold(text)
        upper = key[:-1] + chr(ord(key[-1]) + 1)
        parts = list(zip(_WHERE_BY_NAME, ((key, upper, key), (key, upper), (key, upper, upper)),
                         strict=True))
    parts = [(where.format(**words), args) for where, args in parts]
    counts = ", ".join(f"(SELECT count(*) FROM people WHERE {where})" for where, _ in parts)
    cursor.execute(f"SELECT {counts}", [value for _, args in parts for value in args])
    cursor.fetchone()
    page: list[int] = []
    for where, args in parts:
        cursor.execute(f"SELECT id, last_key FROM people WHERE {where} ORDER BY last_key, id "
                       f"LIMIT {PAGE - len(page)}", args)
        page += [row[0] for row in cursor.fetchall()]
        if len(page) >= PAGE:
            break
    if page:
        marks = ",".join([mark] * len(page))
        cursor.execute("SELECT id, last_name, first_name, pesel, birth_date, sex, city FROM people "
                       f"WHERE id IN ({marks})", page)
        cursor.fetchall()
        cursor.execute("SELECT DISTINCT p.person_id, j.title FROM participations p JOIN projects j "
                       f"ON j.id = p.project_id WHERE p.person_id IN ({marks})", page)
        cursor.fetchall()


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return (statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))])


def bench_search(ctx, runs: int, people: int = 250) -> dict[str, float]:
    from ops_desktop.domain.participants import PeopleFilter
    from ops_desktop.services import participants

    typed = keystrokes(ctx, random.Random(7), people)
    dialect = ctx.engine.dialect.name
    service_runs, bare_runs, matches = [], [], []
    raw = ctx.engine.raw_connection()
    cursor = raw.cursor()
    try:
        for text in typed[:20]:  # warm the page cache like a running application
            participants.people_page(ctx, flt=PeopleFilter(text=text), with_total=True)
            _bare_queries(cursor, text, dialect)
        for _ in range(runs):
            service, bare = [], []
            for text in typed:
                started = time.perf_counter()  # what the list model does on a keystroke
                _rows, _cursor, found = participants.people_page(
                    ctx, flt=PeopleFilter(text=text), limit=PAGE, with_total=True)
                service.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                _bare_queries(cursor, text, dialect)
                bare.append((time.perf_counter() - started) * 1000)
                matches.append(found)
            service_runs.append(_percentiles(service))
            bare_runs.append(_percentiles(bare))
    finally:
        cursor.close()
        raw.close()
    return {
        "keystrokes": len(typed), "max_matches": max(matches),
        "service_p50": statistics.median(r[0] for r in service_runs),
        "service_p95": statistics.median(r[1] for r in service_runs),
        "bare_p50": statistics.median(r[0] for r in bare_runs),
        "bare_p95": statistics.median(r[1] for r in bare_runs),
    }


def _open(db: Path, creds: dict[str, str] | None):
    if creds:
        from ops_desktop.services.sign_in import sign_in

        return sign_in(db, username=creds["OPS_DESKTOP_USER"],
                       password=creds["OPS_DESKTOP_PASSWORD"]).context
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    return open_database(db, actor=SYSTEM_ACTOR).context


def run(db: Path, runs: int, creds: dict[str, str] | None, label: str) -> list[tuple[str, ...]]:
    os.environ.setdefault("OPS_DESKTOP_HOME", tempfile.mkdtemp(prefix="ops-bench-"))
    startup = bench_startup(db, runs, creds)
    scrolled_kib, rows = startup["rss_scrolled"], int(startup["rows"])
    ctx = _open(db, creds)
    search = bench_search(ctx, runs)
    ctx.engine.dispose()
    bare = startup["bare"]
    mib = 1024

    def against_bare(text: str, seconds: float, goal: bool = True) -> tuple[str, ...]:
        ratio = seconds / bare
        return (text, f"{seconds:.2f} s", f"bare window {bare:.2f} s", f"{ratio:.2f}×",
                "≤ 1.5×" if goal else "", ("met" if ratio <= 1.5 else "MISSED") if goal else "")

    if creds:
        login = startup["mark_login_shown"]
        rows_out = [against_bare(f"start → first window: login painted ({label})", login),
                    against_bare(f"password accepted → main window painted ({label})",
                                 startup["accepted_to_window"]),
                    against_bare(f"password accepted → main window on the list ({label})",
                                 startup["accepted_to_list"], goal=False)]
        steps = (("Qt + modules of the first window imported", "mark_qt_ready"),
                 ("QApplication, fonts, translations", "mark_app_created"),
                 ("login dialog painted", "mark_login_shown"),
                 ("database layers imported in the background (while typing)",
                  "mark_preload_done"))
    else:
        rows_out = [against_bare(f"start → main window ({label})", startup["app"]),
                    against_bare(f"start → main window on the list ({label})",
                                 startup["app_list"], goal=False)]
        steps = (("Qt + modules of the first window imported", "mark_qt_ready"),
                 ("QApplication, fonts, translations", "mark_app_created"),
                 ("database opened (check left running)", "mark_database_open"),
                 ("main window built (first section)", "mark_window_built"))
    previous = 0.0
    for text, name in steps:
        rows_out.append((f"  {text}", f"+{startup[name] - previous:.2f} s",
                         f"at {startup[name]:.2f} s", "", "", ""))
        previous = startup[name]
    if creds:
        from ops_desktop.services.sign_in import unlock_key

        unlocks = []
        for _ in range(3):
            started = time.perf_counter()
            key = unlock_key(db, username=creds["OPS_DESKTOP_USER"],
                             password=creds["OPS_DESKTOP_PASSWORD"])
            unlocks.append(time.perf_counter() - started)
            key[:] = bytes(len(key))
        window_from = startup["mark_window_built"] - startup["mark_database_open"]
        rows_out += [
            ("  after the password: key derivation (Argon2id, by design)",
             f"{statistics.median(unlocks):.2f} s", "", "", "", ""),
            ("  after the password: signed in, database opened",
             f"{startup['mark_database_open'] - startup['mark_accepted']:.2f} s", "", "", "",
             ""),
            ("  after the password: main window built and shown", f"{window_from:.2f} s",
             "", "", "", "")]
    else:
        rows_out.append(("  first paint", f"+{startup['app'] - previous:.2f} s", "", "", "",
                         ""))
    rows_out.append(("  start-up check finished, after the main window",
                     f"+{startup['check_after_window']:.2f} s", "", "", "", ""))
    rows_out += [
        (f"search keystroke p50 ({label})", f"{search['service_p50']:.2f} ms",
         f"bare SQL {search['bare_p50']:.2f} ms", "", "", ""),
        (f"search keystroke p95 ({label})", f"{search['service_p95']:.2f} ms",
         f"bare SQL {search['bare_p95']:.2f} ms", "", "≤ 16 ms",
         "met" if search["service_p95"] <= 16 else "MISSED"),
        (f"peak RSS, list open ({label})", f"{startup['rss_list'] / mib:.0f} MB",
         f"bare window {startup['rss_bare'] / mib:.0f} MB", "", "≤ 300 MB",
         "met" if startup["rss_list"] / mib <= 300 else "MISSED"),
        (f"peak RSS, all {rows} rows scrolled ({label})", f"{scrolled_kib / mib:.0f} MB", "", "",
         "≤ 300 MB", "met" if scrolled_kib / mib <= 300 else "MISSED"),
    ]
    print(f"[{label}] {search['keystrokes']} keystrokes per run, up to "
          f"{search['max_matches']} matches for one keystroke", file=sys.stderr)
    return rows_out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "office-50k.db")
    parser.add_argument("--encrypted-db", type=Path,
                        default=ROOT / "bench" / "out" / "office-50k-enc.db")
    args = parser.parse_args()
    if args.runs < 5:
        parser.error("at least 5 runs")
    from bench.make_office import BENCH_ADMIN, BENCH_PASSWORD

    table = run(args.db, args.runs, None, "plain SQLite")
    if args.encrypted_db.exists():
        creds = {"OPS_DESKTOP_USER": BENCH_ADMIN, "OPS_DESKTOP_PASSWORD": BENCH_PASSWORD}
        table += run(args.encrypted_db, args.runs, creds, "SQLCipher")
    print(f"{dt.date.today()}  {platform.node()}  Python {platform.python_version()}  "
          f"{os.cpu_count()} CPU  {platform.platform()}  runs={args.runs} (medians)")
    widths = [max(len(row[i]) for row in table) for i in range(6)]
    header = ("measurement", "OPS Desktop", "floor", "ratio", "goal", "")
    for row in (header, *table):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
