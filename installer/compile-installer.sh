#!/usr/bin/env bash
# Compile installer/ops_desktop.nsi with makensis on Linux, so script errors are caught in CI.
#
#   installer/compile-installer.sh                 # stand-in payload (a dummy ops-desktop.exe)
#   PAYLOAD=/abs/dist/ops-desktop installer/compile-installer.sh   # a real Windows bundle
#   SIGN_SCRIPT=/abs/sign.sh installer/compile-installer.sh        # exercise the signing hooks
#
# Output: build/installer/ops-desktop-<version>-setup.exe (OUT_DIR overrides the folder).
# The real installer is built on Windows by installer/build-windows.ps1 with the same script;
# an installer made here from the stand-in payload installs nothing usable: never ship it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

if ! command -v makensis >/dev/null; then
    echo "compile-installer: makensis not found (Debian: apt-get install nsis)" >&2
    exit 2
fi
version="$(python3 installer/version_info.py)"
numeric="$(python3 installer/version_info.py --numeric)"
out_dir="${OUT_DIR:-$ROOT/build/installer}"
mkdir -p "$out_dir"

payload="${PAYLOAD:-}"
if [[ -z "$payload" ]]; then
    payload="$out_dir/stand-in/ops-desktop"
    rm -rf "$out_dir/stand-in"
    mkdir -p "$payload/_internal/resources"
    echo "stand-in for the Windows one-folder build of OPS Desktop $version; not a program" \
        >"$payload/ops-desktop.exe"
    echo "stand-in" >"$payload/_internal/resources/README.txt"
fi

outfile="$out_dir/ops-desktop-$version-setup.exe"
rm -f "$outfile"
defines=(-DVERSION="$version" -DVERSION_NUMERIC="$numeric" -DPAYLOAD="$payload" -DOUTFILE="$outfile")
if [[ -n "${SIGN_SCRIPT:-}" ]]; then
    defines+=(-DSIGN_SCRIPT="$SIGN_SCRIPT")
fi
# -WX: a warning is an error, so a sloppy script fails here and not on an office PC.
makensis -V2 -WX "${defines[@]}" installer/ops_desktop.nsi
if [[ "$(head -c 2 "$outfile")" != "MZ" ]]; then
    echo "compile-installer: $outfile is not a Windows executable" >&2
    exit 1
fi
echo "compile-installer: $outfile ($(du -k "$outfile" | cut -f1) KiB, version $version)"
