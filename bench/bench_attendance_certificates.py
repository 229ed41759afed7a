"""The attendance grid and the certificate batch, each beside its floor measured in the same
run. Not part of the test run; figures go to docs/PERFORMANCE.md.

    python bench/bench_attendance_certificates.py [--runs 7] [--certificates 500]

Builds bench/out/attendance-bench.db once (a project with one activity of 30 people × 60
sessions, every mark filled, and one of N people with N certificates issued), then:

1. Grid opens: a new AttendanceGrid widget, `load(activity)` (the service's four queries and
   the model) and the first paint (`grab()`), vs the floor: a bare QTableView over a trivial
   QAbstractTableModel of the same size (30 × 62 cells of one letter), constructed and painted
   the same way. Medians of --runs runs, interleaved. Goal: ≤ 200 ms.
2. N certificates into ONE PDF: `render_certificates(certificates.iter_views(…))` (database
   reads included) vs the floor: a bare reportlab canvas with the same registered DejaVu fonts
   drawing the same number of text lines per page. Goal: ≤ 2 × the floor.
3. Memory: in a fresh process each, peak RSS growth while rendering N and 4 × N certificates
   (the batch must stay flat: ≤ 50 MB growth whatever N)."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPS_DESKTOP_HOME", str(ROOT / "bench" / "out" / "home"))

from ops_desktop.services.database import open_database  # noqa: E402
from ops_desktop.services.context import SYSTEM_ACTOR  # noqa: E402

DB = ROOT / "bench" / "out" / "attendance-bench.db"
GRID_PEOPLE, GRID_SESSIONS = 30, 60


def build(path: Path, certificates_wanted: int) -> None:
    """The bench database: people through the services, marks in bulk."""
    from sqlalchemy import insert

    from ops_desktop.db.models.activities import AttendanceMark
    from ops_desktop.domain.activities import ActivityDraft, ActivityForm, generate_schedule
    from ops_desktop.domain.enums import RecruitmentStatus, Sex
    from ops_desktop.domain.participants import ParticipationDraft, PersonDraft
    from ops_desktop.domain.pesel import make_pesel
    from ops_desktop.domain.projects import GroupDraft, OfficeDraft, ProjectDraft
    from ops_desktop.services import (
        activities, attendance_totals, certificates, enrolment, office, participants, projects,
    )

    path.parent.mkdir(parents=True, exist_ok=True)
    ctx = open_database(path, actor=SYSTEM_ACTOR).context
    office.save_office(ctx, draft=OfficeDraft(name="Miejski Ośrodek Pomocy Rodzinie we Włocławku",
                                              city="Włocławek", head_name="Grażyna Żółtowska",
                                              head_title="Dyrektor"))
    project = projects.create_project(ctx, draft=ProjectDraft(
        title="Aktywna Integracja", start_date=dt.date(2011, 1, 1), end_date=dt.date(2011, 12, 31),
        funding_line="Projekt współfinansowany przez Unię Europejską w ramach EFS",
        groups=[GroupDraft("Moduł zawodowy")]))
    parts = []
    for n in range(max(GRID_PEOPLE, certificates_wanted)):
        sex = Sex.FEMALE if n % 2 else Sex.MALE
        person = participants.create_person(ctx, draft=PersonDraft(
            first_name="Małgorzata" if n % 2 else "Jędrzej", last_name=f"Łukasiewicz-{n:04d}",
            pesel=make_pesel(dt.date(1970 + n % 30, 1 + n % 12, 1 + n % 28), n, sex)))
        view, _ = enrolment.enrol(ctx, draft=ParticipationDraft(
            person_id=person.id, project_id=project.id, group_id=project.groups[0].id,
            status=RecruitmentStatus.PARTICIPANT, start_date=dt.date(2011, 1, 3)))
        parts.append(view.id)
    grid = activities.create_activity(ctx, draft=ActivityDraft(
        project_id=project.id, name="Grupa wsparcia — 60 spotkań", form=ActivityForm.SUPPORT_GROUP))
    sessions = generate_schedule(weekdays={0, 2, 4}, first_day=dt.date(2011, 1, 10),
                                 last_day=dt.date(2011, 12, 20), time_from=dt.time(9),
                                 time_to=dt.time(12))[:GRID_SESSIONS]
    activities.add_sessions(ctx, activity_id=grid.id, drafts=sessions)
    activities.enrol(ctx, activity_id=grid.id, participation_ids=parts[:GRID_PEOPLE])
    with ctx.transaction() as session:
        enrolments = activities.enrolment_views(session, grid.id)
        rows = [{"session_id": s.id, "enrolment_id": e.id,
                 "mark": ("present", "present", "present", "excused", "unexcused")[(i + j) % 5]}
                for i, e in enumerate(enrolments)
                for j, s in enumerate(activities.session_views(session, grid.id))]
        session.execute(insert(AttendanceMark), rows)
        attendance_totals.refresh_activity(session, grid.id)
    batch = activities.create_activity(ctx, draft=ActivityDraft(
        project_id=project.id, name="Kurs obsługi komputera z elementami grafiki",
        form=ActivityForm.COURSE, topics="\n".join(f"Temat zajęć nr {n}: ćwiczenia praktyczne"
                                                   for n in range(1, 9))))
    activities.add_sessions(ctx, activity_id=batch.id, drafts=sessions[:20])
    activities.enrol(ctx, activity_id=batch.id, participation_ids=parts[:certificates_wanted])
    with ctx.transaction() as session:
        enrolments = activities.enrolment_views(session, batch.id)
        rows = [{"session_id": s.id, "enrolment_id": e.id, "mark": "present"}
                for e in enrolments for s in activities.session_views(session, batch.id)]
        session.execute(insert(AttendanceMark), rows)
        attendance_totals.refresh_activity(session, batch.id)
    certificates.issue(ctx, activity_id=batch.id, issued_on=dt.date(2011, 12, 22),
                       include_participation=True)
    ctx.engine.dispose()


def _ids(ctx) -> tuple[int, int]:
    from ops_desktop.services import activities

    rows = activities.list_activities(ctx)
    return rows[0].id, rows[1].id


# --- 1. the grid -------------------------------------------------------------------------------
def bench_grid(ctx, runs: int) -> tuple[float, float]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    from ops_desktop.ui.app import create_application
    from ops_desktop.ui.activities.attendance_grid import AttendanceGrid

    app = create_application()
    grid_id, _ = _ids(ctx)

    class Trivial(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()) -> int:
            return GRID_PEOPLE

        def columnCount(self, parent=QModelIndex()) -> int:
            return GRID_SESSIONS + 2

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return "O" if role == Qt.ItemDataRole.DisplayRole else None

    def app_grid() -> float:
        started = time.perf_counter()
        widget = AttendanceGrid(ctx)
        widget.resize(1200, 800)
        widget.load(grid_id)
        widget.show()
        widget.grab()
        elapsed = time.perf_counter() - started
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return elapsed

    def floor() -> float:
        started = time.perf_counter()
        view = QTableView()
        view.setModel(Trivial(view))
        view.resize(1200, 800)
        view.show()
        view.grab()
        elapsed = time.perf_counter() - started
        view.close()
        view.deleteLater()
        app.processEvents()
        return elapsed

    app_grid(), floor()   # warm-up: first-time imports and style set-up are not the grid's
    grids, floors = [], []
    for _ in range(runs):
        grids.append(app_grid())
        floors.append(floor())
    return statistics.median(grids) * 1000, statistics.median(floors) * 1000


# --- 2. the certificate batch --------------------------------------------------------------
def render_app(ctx, batch_id: int) -> tuple[int, int]:
    from ops_desktop.reporting.certificate_pdf import render_certificates
    from ops_desktop.services import certificates

    ids = certificates.certificate_ids(ctx, activity_id=batch_id)
    buffer = io.BytesIO()
    pages = render_certificates(certificates.iter_views(ctx, certificate_ids=ids), buffer,
                                total=len(ids))
    return pages, len(buffer.getvalue())


def render_floor(pages: int) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as rl_canvas

    from ops_desktop.reporting.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    for n in range(pages):
        c.setFont(BOLD, 26)
        c.drawCentredString(300, 700, "ZAŚWIADCZENIE")
        c.setFont(REGULAR, 11)
        for line in range(22):
            c.drawString(60, 660 - line * 18, f"Wiersz {line} zaświadczenia nr {n}/2011 — "
                                              "Łukasiewicz Małgorzata, godzin 80")
        c.showPage()
    c.save()
    return len(buffer.getvalue())


def bench_batch(ctx, runs: int) -> tuple[float, float, float, int]:
    _, batch_id = _ids(ctx)
    pages, _ = render_app(ctx, batch_id)
    render_floor(pages)
    apps, floors = [], []
    for _ in range(runs):
        started = time.perf_counter()
        render_app(ctx, batch_id)
        apps.append(time.perf_counter() - started)
        started = time.perf_counter()
        render_floor(pages)
        floors.append(time.perf_counter() - started)
    # render only (views read beforehand), to show the share of the database reads
    from ops_desktop.reporting.certificate_pdf import render_certificates
    from ops_desktop.services import certificates

    views = list(certificates.iter_views(ctx, certificate_ids=certificates.certificate_ids(
        ctx, activity_id=batch_id)))
    started = time.perf_counter()
    render_certificates(views, io.BytesIO(), total=len(views))
    render_only = time.perf_counter() - started
    return statistics.median(apps), statistics.median(floors), render_only, pages


# --- 3. memory, in a fresh process -----------------------------------------------------------
def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(field)


def memory_child(repeat: int) -> None:
    """Render the batch `repeat` times into one PDF; print peak RSS growth (KiB) as JSON. The
    kernel's peak (VmHWM) is reset just before (clear_refs 5), so earlier peaks of imports and
    start-up do not hide the batch's own."""
    from ops_desktop.reporting.certificate_pdf import render_certificates
    from ops_desktop.reporting.fonts import register_fonts
    from ops_desktop.services import certificates

    ctx = open_database(DB, actor=SYSTEM_ACTOR).context
    _, batch_id = _ids(ctx)
    ids = certificates.certificate_ids(ctx, activity_id=batch_id) * repeat
    register_fonts()
    render_certificates(certificates.iter_views(ctx, certificate_ids=ids[:10]), io.BytesIO())
    Path("/proc/self/clear_refs").write_text("5")
    before = _status_kib("VmRSS")
    buffer = io.BytesIO()
    pages = render_certificates(certificates.iter_views(ctx, certificate_ids=ids), buffer,
                                total=len(ids))
    peak = _status_kib("VmHWM")
    print(json.dumps({"pages": pages, "growth_kib": peak - before,
                      "pdf_kib": len(buffer.getvalue()) // 1024}))


def bench_memory(repeat: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--memory-child", str(repeat)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--certificates", type=int, default=500)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    if args.rebuild or not DB.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{DB}{suffix}").unlink(missing_ok=True)
        started = time.perf_counter()
        build(DB, args.certificates)
        print(f"built {DB} in {time.perf_counter() - started:.1f} s")
    ctx = open_database(DB, actor=SYSTEM_ACTOR).context
    grid_ms, grid_floor_ms = bench_grid(ctx, args.runs)
    print(f"grid {GRID_PEOPLE}×{GRID_SESSIONS} opens: {grid_ms:.0f} ms "
          f"(floor, bare QTableView: {grid_floor_ms:.0f} ms) — goal ≤ 200 ms")
    app_s, floor_s, render_only, pages = bench_batch(ctx, max(3, args.runs // 2))
    print(f"{pages} certificates into one PDF: {app_s:.2f} s incl. reads, {render_only:.2f} s "
          f"render only (floor, bare canvas: {floor_s:.2f} s) — ratio {app_s / floor_s:.2f}, "
          "goal ≤ 2")
    for repeat in (1, 4):
        memory = bench_memory(repeat)
        print(f"peak RSS growth rendering {memory['pages']} certificates: "
              f"{memory['growth_kib'] / 1024:.1f} MiB (PDF {memory['pdf_kib']} KiB) — goal ≤ 50 MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
