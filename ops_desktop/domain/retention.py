"""Retention periods: one project's end of retention, its deletion hold and how many of its
people may be anonymised, and what an anonymisation did. Pure data: the use cases (the
overview, anonymising) are `services/retention.py`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class RetentionRow:
    project_id: int
    title: str
    retention_until: dt.date | None
    deletion_hold: bool
    expired: bool                 # past the end date and not held
    people: int                   # everyone with a participation in the project
    anonymisable: int             # ... whose every project is expired
    kept_for_other_projects: int  # ... still needed by a project that is not expired
    anonymised: int               # ... already anonymised


@dataclass(frozen=True)
class AnonymisationResult:
    project_id: int
    person_ids: tuple[int, ...]
    kept_for_other_projects: int
