"""Time-to-task by keyboard: runs tests/gui/test_time_to_task.py and writes the key counts
into docs/USABILITY.md (the table between the two marker lines).

    python bench/usability.py

Each test drives the real windows with key events only and asserts its limit; the counts are
exact (no timing), so one run is enough. Typed data (names, PESEL, addresses) counts 0 keys;
every other key counts 1 (tests/keyboard_support.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "USABILITY.md"
START, END = "<!-- time-to-task: start -->", "<!-- time-to-task: end -->"


def _steps(steps: list[str]) -> str:
    """Runs of the same key written once with their count: "Tab ×3"."""
    out: list[list] = []
    for step in steps:
        if out and out[-1][0] == step:
            out[-1][1] += 1
        else:
            out.append([step, 1])
    return ", ".join(s if n == 1 else f"{s} ×{n}" for s, n in out)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "counts.jsonl"
        env = dict(os.environ, OPS_USABILITY_OUT=str(out), QT_QPA_PLATFORM="offscreen")
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                              "tests/gui/test_time_to_task.py"], cwd=ROOT, env=env)
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] \
            if out.exists() else []
    lines = ["| task | keys | limit | typed characters (0 keys) | what the user presses |",
             "|---|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row['task']} | {row['keys']} | ≤ {row['limit']} | {row['typed']} | "
                     + _steps(row["steps"]) + " |")
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(head + START + "\n" + "\n".join(lines) + "\n" + END + tail, encoding="utf-8")
    print("\n".join(lines))
    return run.returncode


if __name__ == "__main__":
    raise SystemExit(main())
