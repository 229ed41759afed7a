"""The whole-project summary on the benchmark office beside hand-written SQL that computes
the same figures from the base tables (participations, people, answers, contracts, marks…).

    python bench/make_summary_office.py          # once: 50 000 people, 10 years, 2 M marks
    python bench/bench_summary.py [--db bench/out/summary-50k.db] [--runs 7]

Both run in the same process, on the same file, alternately; medians of `--runs` runs after
one warm-up each (wall time, and the process's CPU time, which a busy machine disturbs less).
The engine's figures are checked against the hand-written SQL's before anything is timed.
Goal (docs/PERFORMANCE.md): median ≤ 500 ms and ≤ 1.5 × the hand-written SQL."""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from ops_desktop.domain.summary import YOUTH_BAND, age_band_key  # noqa: E402
from ops_desktop.services import summary  # noqa: E402
from ops_desktop.services.database import open_database  # noqa: E402
from ops_desktop.services.context import SYSTEM_ACTOR  # noqa: E402

TP = "('participant', 'completed', 'dropped_out')"
BASE = (f"p.project_id = :p AND p.status IN {TP} AND p.start_date IS NOT NULL "
        "AND p.start_date <= :pend AND COALESCE(p.end_date, :pend) >= :pstart "
        "AND p.start_date <= :end AND COALESCE(p.end_date, :pend) >= :start")
# The few words the two engines write differently (bench/bench_server.py runs it on both).
DIALECTS = {
    "sqlite": {"year": "CAST(strftime('%Y', {}) AS INTEGER)",
               "month_day": "strftime('%m-%d', {})", "any": "MAX({}) = 1"},
    "postgresql": {"year": "CAST(EXTRACT(YEAR FROM {}) AS INTEGER)",
                   "month_day": "to_char({}, 'MM-DD')", "any": "bool_or({})"},
}


def _age(words: dict) -> str:
    year, month_day = words["year"].format, words["month_day"].format
    return (f"{year('s.fs')} - {year('pe.birth_date')} "
            f"- CAST({month_day('s.fs')} < {month_day('pe.birth_date')} AS INTEGER)")


def _scoped(words: dict) -> str:
    within = words["any"].format("p.start_date <= :end AND COALESCE(p.end_date, :pend) >= :start")
    return (f"SELECT p.person_id, MIN(p.start_date) AS fs FROM participations p "
            f"WHERE p.project_id = :p AND p.role = 'participant' AND p.status IN {TP} "
            "AND p.start_date IS NOT NULL AND p.start_date <= :pend "
            f"AND COALESCE(p.end_date, :pend) >= :pstart GROUP BY p.person_id HAVING {within}")


PAIRS = f"""
SELECT c.project_id AS project_id, c.person_id AS person_id, ci.instrument_id AS instrument_id
  FROM contracts c JOIN contract_instruments ci ON ci.contract_id = c.id
  LEFT JOIN contract_endings ce ON ce.contract_id = c.id
  WHERE c.project_id = :p AND c.status != 'draft' AND c.signed_on IS NOT NULL
    AND c.signed_on <= :end AND COALESCE(ce.ended_on, :end) >= :start
UNION
SELECT a.project_id, p.person_id, a.instrument_id
  FROM activities a JOIN activity_enrolments e ON e.activity_id = a.id
  JOIN participations p ON p.id = e.participation_id
  WHERE a.project_id = :p AND a.instrument_id IS NOT NULL AND p.role = 'participant' AND {BASE}
    AND (e.joined_on IS NULL OR e.joined_on <= :end) AND (e.left_on IS NULL OR e.left_on >= :start)
    AND EXISTS (SELECT 1 FROM attendance_marks m WHERE m.enrolment_id = e.id
                AND m.mark = 'present')"""


def _sexed(rows, key_len: int) -> dict:
    """{key: (total, women, men)} from rows of (*key, sex, n)."""
    result: dict = {}
    for *key, sex, n in rows:
        key = tuple(key) if key_len != 1 else key[0]
        total, women, men = result.get(key, (0, 0, 0))
        result[key] = (total + n, women + (n if sex == "K" else 0), men + (n if sex == "M" else 0))
    return result


def hand_written(conn, params: dict, years: list[int], minimum: int) -> dict:
    """The same figures straight from the base tables, marks included (SQLite or PostgreSQL:
    the connection's dialect)."""
    run = lambda sql: conn.execute(text(sql), params).all()  # noqa: E731
    words = DIALECTS[conn.dialect.name]
    year = words["year"].format
    scoped = _scoped(words)
    out: dict = {}
    out["people"] = _sexed(run(
        "SELECT p.role, pe.sex, COUNT(DISTINCT p.person_id) FROM participations p "
        f"JOIN people pe ON pe.id = p.person_id WHERE {BASE} GROUP BY p.role, pe.sex"), 1)
    values = ", ".join(f"({y})" for y in years)
    out["years"] = _sexed(run(
        f"WITH y(year) AS (VALUES {values}) SELECT y.year, p.role, pe.sex, "
        "COUNT(DISTINCT p.person_id) FROM participations p JOIN people pe ON pe.id = p.person_id "
        f"JOIN y ON {year('p.start_date')} <= y.year "
        f"AND {year('COALESCE(p.end_date, :pend)')} >= y.year "
        f"WHERE {BASE} GROUP BY 1, 2, 3"), 2)
    ages, youth, education, labour = {}, {}, {}, {}
    for sex, age, edu, lab, n in run(
            f"SELECT pe.sex, CASE WHEN pe.birth_date IS NULL THEN NULL ELSE {_age(words)} END, "
            f"pe.education, pe.labour_status, COUNT(*) FROM ({scoped}) s "
            "JOIN people pe ON pe.id = s.person_id GROUP BY 1, 2, 3, 4"):
        for table, key in ((ages, age_band_key(age)), (education, edu or "unknown"),
                           (labour, lab or "unknown")):
            table.setdefault(key, []).append((sex, n))
        if age is not None and YOUTH_BAND.holds(age):
            youth.setdefault(YOUTH_BAND.key, []).append((sex, n))
    for name, table in (("age", ages), ("youth", youth), ("education", education),
                        ("labour", labour)):
        out[name] = _sexed([(k, sex, n) for k, rows in table.items() for sex, n in rows], 1)
    out["groups"] = _sexed(run(
        "SELECT COALESCE(CAST(p.group_id AS TEXT), 'unknown'), pe.sex, "
        "COUNT(DISTINCT p.person_id) FROM participations p JOIN people pe ON pe.id = p.person_id "
        f"WHERE {BASE} AND p.role = 'participant' GROUP BY 1, 2"), 1)
    out["flags"] = _sexed(run(
        f"SELECT f.flag || '=' || f.answer, pe.sex, COUNT(*) FROM ({scoped}) s "
        "JOIN person_flags f ON f.person_id = s.person_id JOIN people pe ON pe.id = s.person_id "
        "GROUP BY 1, 2"), 1)
    out["outcome"] = _sexed(run(
        "SELECT CASE WHEN p.status = 'participant' THEN 'ongoing' ELSE p.status END, pe.sex, "
        "COUNT(DISTINCT p.person_id) FROM participations p JOIN people pe ON pe.id = p.person_id "
        f"WHERE {BASE} AND p.role = 'participant' AND (p.status = 'participant' OR "
        "(p.end_date IS NOT NULL AND p.end_date BETWEEN :start AND :end)) GROUP BY 1, 2"), 1)
    out["exit"] = _sexed(run(
        "SELECT COALESCE(p.exit_situation, 'unknown'), pe.sex, COUNT(DISTINCT p.person_id) "
        "FROM participations p JOIN people pe ON pe.id = p.person_id "
        f"WHERE {BASE} AND p.role = 'participant' AND p.status IN ('completed', 'dropped_out') "
        "AND p.end_date BETWEEN :start AND :end GROUP BY 1, 2"), 1)
    out["contracts"] = run(
        "SELECT (SELECT COUNT(*) FROM contracts WHERE project_id = :p AND status != 'draft' "
        "AND signed_on BETWEEN :start AND :end), "
        "(SELECT COUNT(DISTINCT a.contract_id) FROM contract_amendments a JOIN contracts c "
        "ON c.id = a.contract_id WHERE c.project_id = :p AND c.status != 'draft' "
        "AND a.signed_on BETWEEN :start AND :end), "
        "(SELECT COUNT(*) FROM contract_endings e JOIN contracts c ON c.id = e.contract_id "
        "WHERE c.project_id = :p AND e.status = 'terminated' AND e.ended_on BETWEEN :start "
        "AND :end)")[0]
    out["closed"] = dict(run(
        "SELECT COALESCE(e.outcome, 'unknown'), COUNT(*) FROM contract_endings e JOIN contracts c "
        "ON c.id = e.contract_id WHERE c.project_id = :p AND e.status = 'closed' "
        "AND e.ended_on BETWEEN :start AND :end GROUP BY 1"))
    out["benefits"] = run(
        "SELECT COALESCE(SUM(b.amount), 0), COALESCE(SUM(CASE WHEN b.own_contribution "
        "THEN b.amount ELSE 0 END), 0) FROM contract_benefits b JOIN contracts c "
        "ON c.id = b.contract_id WHERE c.project_id = :p AND c.status != 'draft' "
        "AND c.signed_on IS NOT NULL "
        "AND COALESCE(b.decision_date, c.signed_on) BETWEEN :start AND :end")[0]
    out["instruments"] = {(cat, sex): (uses, persons) for cat, sex, uses, persons in run(
        f"SELECT i.category, pe.sex, COUNT(*), COUNT(DISTINCT u.person_id) FROM ({PAIRS}) u "
        "JOIN instruments i ON i.id = u.instrument_id JOIN people pe ON pe.id = u.person_id "
        "GROUP BY 1, 2")}
    out["minimum"] = _sexed(run(
        f"SELECT 'all', pe.sex, COUNT(*) FROM (SELECT person_id FROM ({PAIRS}) pairs "
        f"GROUP BY person_id HAVING COUNT(*) >= {int(minimum)}) x "
        "JOIN people pe ON pe.id = x.person_id GROUP BY pe.sex"), 1)
    out["hours"] = run(
        "SELECT COALESCE(SUM(s.hours_x100), 0) FROM attendance_marks m "
        "JOIN activity_sessions s ON s.id = m.session_id "
        "JOIN activities a ON a.id = s.activity_id "
        "JOIN activity_enrolments e ON e.id = m.enrolment_id "
        "JOIN participations p ON p.id = e.participation_id "
        "WHERE a.project_id = :p AND m.mark = 'present' AND p.role = 'participant' "
        "AND s.day BETWEEN :start AND :end")[0][0]
    out["certificates"] = dict(run(
        "SELECT c.kind, COUNT(*) FROM certificates c JOIN activities a ON a.id = c.activity_id "
        "WHERE a.project_id = :p AND c.issued_on BETWEEN :start AND :end GROUP BY 1"))
    return out


def _triple(count) -> tuple[int, int, int]:
    return count.total, count.women, count.men


def check(result, ref: dict) -> list[str]:
    """Names of the figures where the engine and the hand-written SQL disagree."""
    bad = []
    if _triple(result.participants) != ref["people"].get("participant", (0, 0, 0)):
        bad.append("participants")
    if _triple(result.surroundings) != ref["people"].get("surroundings", (0, 0, 0)):
        bad.append("surroundings")
    for row in result.by_year:
        if (_triple(row.participants) != ref["years"].get((row.year, "participant"), (0, 0, 0))
                or _triple(row.surroundings) != ref["years"].get((row.year, "surroundings"),
                                                                  (0, 0, 0))):
            bad.append(f"year {row.year}")
    for key, name in (("age", "age"), ("youth", "youth"), ("education", "education"),
                      ("labour", "labour"), ("groups", "groups"), ("outcome", "outcome"),
                      ("exit", "exit")):
        for row in result.breakdown(key).rows:
            if _triple(row.count) != ref[name].get(row.key.value, (0, 0, 0)):
                bad.append(f"{key}:{row.key.value}")
    for row in result.breakdown("target_groups").rows:
        if not row.key.value.endswith("=unknown") and _triple(row.count) != ref["flags"].get(
                row.key.value, (0, 0, 0)):
            bad.append(f"flag:{row.key.value}")
    c = result.contracts
    if (c.signed, c.amended, c.terminated) != tuple(ref["contracts"]) or any(
            item.count != ref["closed"].get(item.key, 0) for item in c.closed_by_outcome):
        bad.append("contracts")
    if (result.money.benefits_total, result.money.benefits_own) != tuple(ref["benefits"]):
        bad.append("benefits")
    for row in result.instruments.rows:
        uses = sum(v[0] for (cat, _sex), v in ref["instruments"].items() if cat == row.category)
        persons = sum(v[1] for (cat, _sex), v in ref["instruments"].items()
                      if cat == row.category)
        if (row.uses, row.people.total) != (uses, persons):
            bad.append(f"instruments:{row.category.value}")
    if _triple(result.instruments.people_with_minimum) != ref["minimum"].get("all", (0, 0, 0)):
        bad.append("instrument minimum")
    a = result.activities
    if a.hours_x100 != ref["hours"] or (a.certificates_completion,
                                        a.certificates_participation) != (
            ref["certificates"].get("completion", 0), ref["certificates"].get("participation", 0)):
        bad.append("activities")
    return bad


def _timed(work) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    value = work()
    return time.perf_counter() - wall, time.process_time() - cpu, value


def measure(ctx, project_id: int, year: int | None, runs: int) -> dict:
    from ops_desktop.db.models import Project

    with ctx.reading() as session:
        project = session.get(Project, project_id)
        start, end = project.start_date, project.end_date
        minimum = project.min_instruments
    if year is not None:
        start, end = max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))
    params = {"p": project_id, "start": start, "end": end, "pstart": project.start_date,
              "pend": project.end_date}
    if ctx.engine.dialect.name == "sqlite":  # dates are ISO text there
        params = {name: value.isoformat() if isinstance(value, dt.date) else value
                  for name, value in params.items()}
    years = list(range(start.year, end.year + 1))
    engine_times, sql_times = [], []
    with ctx.engine.connect() as conn:
        result = summary.compute_summary(ctx, project_id=project_id, year=year)
        reference = hand_written(conn, params, years, minimum)
        mismatches = check(result, reference)
        for _ in range(runs):
            engine_times.append(_timed(lambda: summary.compute_summary(
                ctx, project_id=project_id, year=year))[:2])
            sql_times.append(_timed(lambda: hand_written(conn, params, years, minimum))[:2])
    return {"engine_wall": statistics.median(t[0] for t in engine_times),
            "engine_cpu": statistics.median(t[1] for t in engine_times),
            "sql_wall": statistics.median(t[0] for t in sql_times),
            "sql_cpu": statistics.median(t[1] for t in sql_times),
            "mismatches": mismatches, "people": result.participants.total}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "summary-50k.db")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--project", type=int, default=1)
    parser.add_argument("--year", type=int, action="append", default=[],
                        help="also measure a calendar year (repeatable)")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"no {args.db}: run bench/make_summary_office.py first", file=sys.stderr)
        return 1
    opened = open_database(args.db, actor=SYSTEM_ACTOR)
    from ops_desktop.db.repositories import summary_upkeep

    with opened.context.reading() as session:
        pending = summary_upkeep.pending(session)
    if pending:   # the generator bulk-loaded everything: the first summary recounts it all
        wall, cpu, _ = _timed(lambda: summary.compute_summary(opened.context,
                                                              project_id=args.project))
        print(f"first summary after the bulk load (recounts every person once): "
              f"{wall:.1f} s (CPU {cpu:.1f} s)")
    ok = True
    for year in [None, *args.year]:
        figures = measure(opened.context, args.project, year, args.runs)
        label = "whole project" if year is None else f"year {year}"
        ratio = figures["engine_wall"] / figures["sql_wall"]
        print(f"{label}: {figures['people']} people; engine median "
              f"{figures['engine_wall'] * 1000:.0f} ms (CPU {figures['engine_cpu'] * 1000:.0f} ms)"
              f", hand-written SQL {figures['sql_wall'] * 1000:.0f} ms "
              f"(CPU {figures['sql_cpu'] * 1000:.0f} ms), ratio {ratio:.2f}; "
              f"figures {'equal' if not figures['mismatches'] else figures['mismatches']}")
        if year is None:
            ok = (figures["engine_wall"] <= 0.5 and ratio <= 1.5 and not figures["mismatches"])
    opened.engine.dispose()
    print("goal (≤ 500 ms and ≤ 1.5 × hand-written SQL, same figures):",
          "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
