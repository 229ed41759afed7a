"""Demo activities, schedules and attendance (issue 4 fills this in)."""

from __future__ import annotations

import random

from ops_desktop.services.context import ServiceContext


def add(ctx: ServiceContext, rng: random.Random) -> str:
    """Add demo activities; returns a short summary for the `demo` command's output."""
    return ""
