"""Tests of OPS Desktop: tests/unit/<layer>/ mirror ops_desktop/<layer>/, tests/gui/ drive real
widgets, tests/reliability/ hold docs/RELIABILITY.md R1-R11, tests/release/ the installer and
the frozen bundle. Fixtures in conftest.py, factories and *_support.py here serve them all."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repository
