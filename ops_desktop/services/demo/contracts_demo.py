"""Demo social contracts (issue 3 fills this in)."""

from __future__ import annotations

import random

from ops_desktop.services.context import ServiceContext


def add(ctx: ServiceContext, rng: random.Random) -> str:
    """Add demo contracts; returns a short summary for the `demo` command's output."""
    return ""
