#!/usr/bin/env bash
# Build the Linux one-folder bundle (dist/ops-desktop/) with installer/ops_desktop.spec and run
# its --smoke-test. The same spec builds the Windows bundle (installer/build-windows.ps1).
#
#   installer/build-linux.sh            # uses .venv (python -m ops_desktop.bootstrap env makes it)
#   PYTHON=/path/to/python installer/build-linux.sh
#
# Prints the build time, the bundle size and the smoke test's JSON line; exits non-zero when
# the build fails or any smoke check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "build-linux: PyInstaller is not installed in $PYTHON (it is pinned in requirements.lock;" >&2
    echo "             run: python3 -m ops_desktop.bootstrap env)" >&2
    exit 2
fi

started=$(date +%s.%N)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" installer/ops_desktop.spec
finished=$(date +%s.%N)
build_s=$(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.1f", b - a }')
size_mb=$(du -sm dist/ops-desktop | cut -f1)
files=$(find dist/ops-desktop -type f | wc -l)
echo "build-linux: built dist/ops-desktop in ${build_s} s: ${size_mb} MB, ${files} files"

# Run the bundle away from the checkout, with its own empty data folder, so that nothing
# from the source tree or the user's data can stand in for what the bundle lacks.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
result="$scratch/smoke.json"
status=0
(cd "$scratch" && env -u PYTHONPATH OPS_DESKTOP_HOME="$scratch/home" \
    "$ROOT/dist/ops-desktop/ops-desktop" --smoke-test) >"$result" || status=$?
cat "$result"
"$PYTHON" - "$result" "$status" <<'PY'
import json, sys
from pathlib import Path
sys.path.insert(0, "installer")
from version_info import package_version

lines = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
status = int(sys.argv[2])
report = json.loads(lines[-1]) if lines else {}
failed = [name for name, check in report.get("checks", {}).items() if not check.get("ok")]
problems = []
if status != 0 or not report.get("ok"):
    problems.append(f"exit status {status}, failed checks: {', '.join(failed) or 'none reported'}")
if report and not report.get("frozen"):
    problems.append("the smoke test did not run frozen")
if report and report.get("version") != package_version():
    problems.append(f"bundle version {report.get('version')} != package {package_version()}")
if problems:
    print("build-linux: SMOKE TEST FAILED: " + "; ".join(problems), file=sys.stderr)
    raise SystemExit(1)
print(f"build-linux: smoke test passed in {report['total_ms']} ms "
      f"({len(report['checks'])} checks)")
PY
