"""Render the example pages of the activity documents in docs/examples/ from the demo database
(synthetic people): one page each of an attendance list, the activity register, a
certificate, the certificate register and an individual support card, plus a screenshot of
the attendance grid.

    python docs/examples/render_activity_examples.py [--db bench/out/examples-demo.db]

Needs `pdftoppm` (poppler) for the PNG pages (60 dpi)."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = ROOT / "docs" / "examples"


def main() -> int:
    from ops_desktop.reporting.activity_register_pdf import render_activity_register
    from ops_desktop.reporting.attendance_list_pdf import render_attendance_lists
    from ops_desktop.reporting.certificate_pdf import render_certificates
    from ops_desktop.reporting.certificate_register_pdf import render_certificate_register
    from ops_desktop.reporting.support_card_pdf import render_support_card
    from ops_desktop.services import activities, attendance, certificates, projects, support_card
    from ops_desktop.services.database import open_database

    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "examples-demo.db")
    args = parser.parse_args()
    os.environ.setdefault("OPS_DESKTOP_HOME", str(args.db.parent / "home"))
    if not args.db.exists():
        from ops_desktop.services.demo.builder import build_demo

        args.db.parent.mkdir(parents=True, exist_ok=True)
        build_demo(open_database(args.db).context, seed=2011)
    ctx = open_database(args.db).context
    bartoszyce = projects.find_project_id(ctx, title="Twoja Szansa")
    rows = {r.name: r.id for r in activities.list_activities(ctx, project_id=bartoszyce)}
    course = rows["Brukarz"]
    kis = rows["Klub Integracji Społecznej — edycja I"]
    otwarci = projects.find_project_id(ctx, title="Otwarci Na Jutro")
    workshop = next(r.id for r in activities.list_activities(ctx, project_id=otwarci)
                    if r.name.startswith("Warsztaty aktywizacji"))
    card_of = next(e.participation_id for e in activities.list_enrolments(ctx, activity_id=workshop)
                   if support_card.list_entries(ctx, participation_id=e.participation_id))
    documents = {
        "attendance-list": (render_attendance_lists, attendance.attendance_lists(
            ctx, activity_id=kis, session_ids=[activities.list_sessions(ctx,
                                                                        activity_id=kis)[2].id])),
        "activity-register": (render_activity_register,
                              attendance.activity_register(ctx, activity_id=course)),
        "certificate-register": (render_certificate_register,
                                 certificates.register(ctx, activity_id=course)),
        "support-card": (render_support_card, support_card.card(ctx, participation_id=card_of)),
    }
    with tempfile.TemporaryDirectory() as folder:
        for name, (render, view) in documents.items():
            _page(render, view, Path(folder), name)
        ids = certificates.certificate_ids(ctx, activity_id=course)[:1]
        buffer = io.BytesIO()
        render_certificates(certificates.iter_views(ctx, certificate_ids=ids), buffer)
        _png(buffer.getvalue(), Path(folder), "certificate")
    _grid_screenshot(ctx, kis)
    return 0


def _page(render, view, folder: Path, name: str) -> None:
    buffer = io.BytesIO()
    render(view, buffer)
    _png(buffer.getvalue(), folder, name)


def _png(pdf: bytes, folder: Path, name: str) -> None:
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(source), str(OUT / name)], check=True)


def _grid_screenshot(ctx, activity_id: int) -> None:
    from ops_desktop.ui.app import create_application
    from ops_desktop.ui.activities.attendance_grid import AttendanceGrid

    app = create_application()
    grid = AttendanceGrid(ctx)
    grid.resize(1100, 470)
    grid.load(activity_id)
    grid.show()
    app.processEvents()
    grid.grab().save(str(OUT / "attendance-grid.png"))


if __name__ == "__main__":
    raise SystemExit(main())
