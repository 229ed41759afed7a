"""Monitoring lists and exports to a drive, timed on the demo database's largest project
(Rybnik, 908 participants). Not part of the test run; figures go to docs/PERFORMANCE.md.

    python bench/bench_exports.py [--db FILE] [--target FOLDER] [--runs 5]

Without --db a plain demo database is built in bench/out/exports-demo.db first. --target is
where the exports go (a mounted stick measures the stick; the default is a temp folder on the
local disk). Each figure is the median of --runs runs and includes the audit entries the
export writes (synchronous=FULL)."""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ops_desktop.domain.monitoring_rows import MonitoringFormat  # noqa: E402
from ops_desktop.exports import encrypted_archive  # noqa: E402
from ops_desktop.services.monitoring_file import monitoring_file  # noqa: E402
from ops_desktop.exports.safe_write import verify_export  # noqa: E402
from ops_desktop.services.usb_export import run_usb_export  # noqa: E402
from ops_desktop.services import monitoring, projects  # noqa: E402
from ops_desktop.services.database import open_database  # noqa: E402
from ops_desktop.services.context import SYSTEM_ACTOR  # noqa: E402
from ops_desktop.domain.usb_export import UsbExportKind  # noqa: E402


def _median_ms(work, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--target", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = args.db or ROOT / "bench" / "out" / "exports-demo.db"
    if not db.exists():
        from ops_desktop.services.demo.builder import build_demo

        db.parent.mkdir(parents=True, exist_ok=True)
        build_demo(open_database(db, actor=SYSTEM_ACTOR).context, seed=2011)
    ctx = open_database(db, actor=SYSTEM_ACTOR).context
    project = max(projects.list_projects(ctx), key=lambda row: row.participants)
    target = args.target or Path(tempfile.mkdtemp(prefix="ops-bench-exports-"))
    print(f"project: {project.title} ({project.participants} participants); target {target}")
    rows = []
    for fmt in MonitoringFormat:
        ms, check = _median_ms(lambda: monitoring.check_monitoring(
            ctx, project_id=project.id, fmt=fmt), args.runs)
        rows.append((f"validator, {fmt.value}", ms, f"{len(check.problems)} problems"))
        ms, (item, _) = _median_ms(lambda: monitoring_file(ctx, project_id=project.id, fmt=fmt),
                                   args.runs)
        rows.append((f"list file, {fmt.value}", ms, f"{len(item.data) // 1024} KiB"))
    ms, archive = _median_ms(lambda: encrypted_archive.build_archive(
        [item], encrypted_archive.new_passphrase()), args.runs)
    rows.append(("7z AES + header encryption of the CSV", ms, f"{len(archive) // 1024} KiB"))
    for kind in UsbExportKind:
        ms, result = _median_ms(lambda: run_usb_export(
            ctx, kind=kind, project_id=project.id, target=target, year=2011), args.runs)
        size = sum((result.folder / name).stat().st_size for name in result.files)
        rows.append((f"export to folder, {kind.value} (build + safe write + verify)", ms,
                     f"{len(result.files)} files, {size // 1024} KiB"))
    ms, _ = _median_ms(lambda: verify_export(result.folder), args.runs)
    rows.append(("verify an export folder", ms, ""))
    for label, ms, note in rows:
        print(f"| {label} | {ms:.0f} ms | {note} |")
    if args.target is None:
        shutil.rmtree(target, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
