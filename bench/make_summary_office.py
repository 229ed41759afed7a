"""Generate the summary benchmark's office: ONE project over 10 years with 50 000 people,
their contracts (instruments, benefits, amendments, endings), 600 activities with sessions,
enrolments, 2 000 000 attendance marks, the maintained attendance totals and certificates.

    python bench/make_summary_office.py --out bench/out/summary-50k.db [--people 50000]
                                        [--marks 2000000]

The file is migrated by the application (services/database.open_database) and the project
goes through services/projects.py; people come from bench/make_office.py's generator; the
rest is bulk-inserted into the real tables. `attendance_totals` is filled by one grouped
INSERT … SELECT over the marks: the same rows the activities service keeps up to date mark
by mark. Not part of the test run."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_office import _person  # noqa: E402

from ops_desktop.domain.enums import GroupKind, SensitiveFlag  # noqa: E402
from ops_desktop.domain.projects import EditionDraft, GroupDraft, ProjectDraft  # noqa: E402
from ops_desktop.services import projects  # noqa: E402
from ops_desktop.services.database import open_database  # noqa: E402
from ops_desktop.services.context import SYSTEM_ACTOR  # noqa: E402
from ops_desktop.services.demo import names  # noqa: E402

FIRST_YEAR, YEARS = 2015, 10
TITLE = "Aktywna integracja 2015–2024"
ACTIVITIES_PER_YEAR, SESSIONS_PER_ACTIVITY = 60, 20
INSTRUMENTS = 21  # the seeded catalogue (migration 0002)


def _project(ctx) -> tuple[int, list[int]]:
    kinds = list(GroupKind)
    draft = ProjectDraft(
        title=TITLE, programme="RPO / FE, EFS", start_date=dt.date(FIRST_YEAR, 1, 1),
        end_date=dt.date(FIRST_YEAR + YEARS - 1, 12, 31), budget_total=2_177_857_15,
        budget_eu=1_949_182_15, budget_own=228_675_00, min_instruments=3,
        editions=[EditionDraft(FIRST_YEAR + i, 5000, 3000) for i in range(YEARS)],
        groups=[GroupDraft(f"Grupa {i + 1}: {kinds[i % len(kinds)].value}",
                           kinds[i % len(kinds)], 500) for i in range(12)])
    view = projects.create_project(ctx, draft=draft)
    return view.id, [g.id for g in view.groups]


def _participations(rng, person_id: int, surroundings: bool, project_id: int, groups) -> list:
    rows = []
    years = rng.sample(range(YEARS), rng.choice((1, 1, 1, 2, 2, 3)))
    for offset in sorted(years):
        year = FIRST_YEAR + offset
        first = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
        last = min(first + dt.timedelta(days=rng.randint(30, 200)), dt.date(FIRST_YEAR + YEARS - 1,
                                                                             12, 31))
        status = rng.choices(("completed", "dropped_out", "participant"), (85, 8, 7))[0]
        rows.append((person_id, project_id, rng.choice(groups),
                     "surroundings" if surroundings else "participant", status,
                     first - dt.timedelta(days=20), first,
                     None if status == "participant" else last,
                     {"completed": "completed_path", "dropped_out": "dropped_out"}.get(status),
                     rng.choice(("employed", "seeking_work", "inactive", None))
                     if status != "participant" else None, dt.datetime(year, 1, 1, 10)))
    return rows


_STARTED = time.perf_counter()


def _stage(text: str) -> None:
    """Progress on stderr: the triggers of migration 0005 run on every row loaded."""
    print(f"{time.perf_counter() - _STARTED:7.0f} s  {text}", file=sys.stderr, flush=True)


def make(out: Path, *, people: int, marks: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    opened = open_database(out, actor=SYSTEM_ACTOR)
    project_id, groups = _project(opened.context)
    towns = list(names.TOWNS.values())
    used: set[str] = set()
    raw = opened.engine.raw_connection()
    cur = raw.cursor()
    cur.execute("BEGIN")
    person_rows = [_person(rng, i, rng.choice(towns), used) for i in range(1, people + 1)]
    columns = list(person_rows[0])
    cur.executemany(f"INSERT INTO people ({', '.join(columns)}) VALUES "
                    f"({', '.join('?' * len(columns))})",
                    [tuple(r[c] for c in columns) for r in person_rows])
    cur.executemany("INSERT INTO person_flags (person_id, flag, answer) VALUES (?, ?, ?)",
                    [(i, f.value, rng.choices(("yes", "no", "refused"), (8, 88, 4))[0])
                     for i in range(1, people + 1) for f in SensitiveFlag if rng.random() < 0.9])
    _stage("people and their answers")
    parts = [row for i in range(1, people + 1)
             for row in _participations(rng, i, i % 10 == 0, project_id, groups)]
    cur.executemany(
        "INSERT INTO participations (person_id, project_id, group_id, role, status, applied_on, "
        "start_date, end_date, end_reason, exit_situation, created_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", parts)
    _stage("participations")
    part_ids = [r[0] for r in cur.execute(
        "SELECT id FROM participations WHERE role = 'participant' ORDER BY id")]
    part_info = {r[0]: r[1:] for r in cur.execute(
        "SELECT id, person_id, start_date, end_date, status FROM participations")}
    now = dt.datetime(FIRST_YEAR, 1, 1, 9)
    # Contracts: most participations have one, signed on the first day of support.
    contracts, seq = [], {}
    for pid in part_ids:
        if rng.random() < 0.6:
            person, start, end, status = part_info[pid]
            day = dt.date.fromisoformat(str(start))
            seq[day.year] = seq.get(day.year, 0) + 1
            final = {"completed": "closed", "dropped_out": "terminated"}.get(status, "signed")
            contracts.append((person, project_id, "A", final, day.year, seq[day.year],
                              f"KS/{seq[day.year]}/{day.year}", day, day,
                              dt.date.fromisoformat(str(end)) if end else None, now, now, status))
    cur.executemany(
        "INSERT INTO contracts (person_id, project_id, variant, status, year, seq, number, "
        "signed_on, period_from, period_to, referral_number, place, caseworker_name, causes, "
        "resources, limitations, education, profession, work_history, earlier_activation, "
        "main_goal, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', "
        "'', '', '', '', '', '', '', ?, ?)", [c[:12] for c in contracts])
    contract_rows = list(cur.execute("SELECT id, signed_on, period_to FROM contracts ORDER BY id"))
    instruments, benefits, amendments, endings = [], [], [], []
    for (cid, signed, period_to), c in zip(contract_rows, contracts, strict=True):
        for position, instrument in enumerate(rng.sample(range(1, INSTRUMENTS + 1),
                                                         rng.randint(1, 4))):
            instruments.append((cid, instrument, position))
        benefits.append((cid, "targeted_allowance", rng.choice((16000, 11750)), signed,
                         rng.random() < 0.9))
        if rng.random() < 0.2:
            amendments.append((cid, 1, signed, "Zmiana terminów", "{}", now))
        if c[-1] != "participant" and period_to:
            closed = c[-1] == "completed"
            endings.append((cid, "closed" if closed else "terminated", period_to,
                            rng.choice(("reached", "partly", "not_reached")) if closed else None,
                            None if closed else "withdrew", now))
    cur.executemany("INSERT INTO contract_instruments (contract_id, instrument_id, position, "
                    "details) VALUES (?, ?, ?, '')", instruments)
    cur.executemany("INSERT INTO contract_benefits (contract_id, position, kind, description, "
                    "amount, decision_number, decision_date, own_contribution) VALUES "
                    "(?, 0, ?, '', ?, '', ?, ?)", benefits)
    cur.executemany("INSERT INTO contract_amendments (contract_id, number, signed_on, scope, "
                    "content, created_at) VALUES (?, ?, ?, ?, ?, ?)", amendments)
    cur.executemany("INSERT INTO contract_endings (contract_id, status, ended_on, outcome, reason,"
                    " justification, created_at) VALUES (?, ?, ?, ?, ?, '', ?)", endings)
    _stage("contracts, instruments, benefits, amendments, endings")
    counts = _activities(cur, rng, project_id, part_info, marks, now)
    raw.commit()   # no ANALYZE: the application never runs it on an office's file either
    raw.close()
    opened.engine.dispose()
    counts.update(people=people, participations=len(parts), contracts=len(contracts))
    return counts


def _activities(cur, rng, project_id: int, part_info, marks: int, now) -> dict[str, int]:
    """Activities with 20 weekly 4-hour sessions; each participant on one or two activities of
    a year they take part in; marks until `marks` are written; totals; certificates."""
    by_year: dict[int, list[int]] = {}
    for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
        for number in range(ACTIVITIES_PER_YEAR):
            cur.execute("INSERT INTO activities (project_id, instrument_id, name, form, trainer, "
                        "place, planned_hours_x100, topics, threshold_pct, notes, created_at) "
                        "VALUES (?, ?, ?, 'workshop', '', '', 8000, '', 80, '', ?)",
                        (project_id, rng.randint(1, INSTRUMENTS), f"Zajęcia {year}/{number}",
                         now))
            activity = cur.lastrowid
            latest = 340 if year < FIRST_YEAR + YEARS - 1 else 360 - 7 * SESSIONS_PER_ACTIVITY
            first = dt.date(year, 1, 5) + dt.timedelta(days=rng.randint(0, latest))
            cur.executemany("INSERT INTO activity_sessions (activity_id, day, hours_x100, topic) "
                            "VALUES (?, ?, 400, '')",
                            [(activity, first + dt.timedelta(weeks=w))
                             for w in range(SESSIONS_PER_ACTIVITY)])
            by_year.setdefault(year, []).append(activity)
    sessions: dict[int, list[int]] = {}
    for sid, aid in cur.execute("SELECT id, activity_id FROM activity_sessions ORDER BY day"):
        sessions.setdefault(aid, []).append(sid)
    enrolments = []
    for pid, (_person_id, start, _end, _status) in part_info.items():
        year = dt.date.fromisoformat(str(start)).year
        for activity in rng.sample(by_year[year], rng.choice((1, 2))):
            enrolments.append((activity, pid, now))
    _stage("activities and sessions")
    cur.executemany("INSERT INTO activity_enrolments (activity_id, participation_id, created_at) "
                    "VALUES (?, ?, ?)", enrolments)
    _stage("enrolments")
    rows = list(cur.execute("SELECT id, activity_id FROM activity_enrolments"))
    per = max(1, min(SESSIONS_PER_ACTIVITY, -(-marks // len(rows))))
    written, batch = 0, []
    for enrolment, activity in rows:
        for sid in sessions[activity][:per]:
            if written == marks:
                break
            batch.append((sid, enrolment, rng.choices(("present", "excused", "unexcused"),
                                                       (85, 10, 5))[0]))
            written += 1
        if len(batch) >= 200_000:
            cur.executemany("INSERT INTO attendance_marks (session_id, enrolment_id, mark) "
                            "VALUES (?, ?, ?)", batch)
            batch = []
    cur.executemany("INSERT INTO attendance_marks (session_id, enrolment_id, mark) "
                    "VALUES (?, ?, ?)", batch)
    _stage("attendance marks")
    cur.execute("""
        INSERT INTO attendance_totals (enrolment_id, present_sessions, present_hours_x100,
            excused_sessions, excused_hours_x100, unexcused_sessions, unexcused_hours_x100,
            planned_sessions, planned_hours_x100)
        SELECT e.id,
            COALESCE(SUM(m.mark = 'present'), 0),
            COALESCE(SUM(CASE WHEN m.mark = 'present' THEN s.hours_x100 END), 0),
            COALESCE(SUM(m.mark = 'excused'), 0),
            COALESCE(SUM(CASE WHEN m.mark = 'excused' THEN s.hours_x100 END), 0),
            COALESCE(SUM(m.mark = 'unexcused'), 0),
            COALESCE(SUM(CASE WHEN m.mark = 'unexcused' THEN s.hours_x100 END), 0),
            ?, ?
        FROM activity_enrolments e
        LEFT JOIN attendance_marks m ON m.enrolment_id = e.id
        LEFT JOIN activity_sessions s ON s.id = m.session_id
        GROUP BY e.id""", (SESSIONS_PER_ACTIVITY, SESSIONS_PER_ACTIVITY * 400))
    _stage("attendance totals")
    certificates, n = [], {}
    for enrolment, person, activity, present, planned, last in cur.execute("""
            SELECT e.id, p.person_id, e.activity_id, t.present_hours_x100, t.planned_hours_x100,
                   (SELECT MAX(day) FROM activity_sessions s WHERE s.activity_id = e.activity_id)
            FROM activity_enrolments e JOIN attendance_totals t ON t.enrolment_id = e.id
            JOIN participations p ON p.id = e.participation_id
            WHERE p.role = 'participant'""").fetchall():
        if rng.random() < 0.5:
            day = dt.date.fromisoformat(str(last))
            n[day.year] = n.get(day.year, 0) + 1
            kind = "completion" if present * 100 >= planned * 80 else "participation"
            certificates.append((day.year, n[day.year], f"{n[day.year]}/{day.year}", enrolment,
                                 person, activity, kind, day, present, planned, now))
    cur.executemany("INSERT INTO certificates (year, n, number, enrolment_id, person_id, "
                    "activity_id, kind, issued_on, present_hours_x100, planned_hours_x100, "
                    "prints, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                    certificates)
    return {"activities": ACTIVITIES_PER_YEAR * YEARS, "enrolments": len(rows), "marks": written,
            "certificates": len(certificates)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "summary-50k.db")
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--marks", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    if args.out.exists():
        print(f"{args.out} already exists; remove it first", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    counts = make(args.out, people=args.people, marks=args.marks, seed=args.seed)
    print(f"{args.out}: " + ", ".join(f"{v} {k}" for k, v in counts.items())
          + f", {args.out.stat().st_size / 2**20:.0f} MiB in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
