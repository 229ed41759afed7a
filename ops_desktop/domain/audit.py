"""The audit trail's values: its head (the outside anchor), the viewer's filter and rows, and
what a chain check finds. Written and read by services/audit.py and services/audit_log.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AuditHead:
    """The newest entry of the chain: the anchor printed on reports and written into every
    export's and backup's manifest."""

    id: int
    hash: str


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. `person_id` matches entries about the person and entries
    that name them in their details (an enrolment, a contract…); dates are inclusive."""

    person_id: int | None = None
    username: str | None = None
    action: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user_id: int | None
    username: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ChainStatus:
    entries: int
    head: AuditHead | None
    first_broken: int | None   # id of the first entry whose hash or link fails
    missing_triggers: tuple[str, ...] = ()
    # Ids given out and no longer there, as (first, last) ranges: ids are never reused
    # (migration 0009), so a deleted newest entry, or every entry, leaves one.
    missing: tuple[tuple[int, int], ...] = ()
    # The head recorded in the key file (services/audit_anchor.py) checked like an anchor;
    # None for a plain database or before any head was recorded.
    recorded: AnchorCheck | None = None

    @property
    def ok(self) -> bool:
        """The chain checks out, no entry is missing and the recorded head is there (the
        triggers are `protected`)."""
        return self.first_broken is None and not self.missing and (
            self.recorded is None or self.recorded.ok)

    @property
    def protected(self) -> bool:
        return not self.missing_triggers


@dataclass(frozen=True)
class AnchorCheck:
    """`problem`: "broken" (the chain itself), "truncated" (the anchored entry is gone) or
    "rewritten" (the anchored entry's hash differs: the chain was recomputed)."""

    problem: str | None = None
    entry_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None
