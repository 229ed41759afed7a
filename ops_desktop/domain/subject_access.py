"""The data-subject access report's view (RODO art. 15): what services/subject_access.py
gathers about one person and reporting/subject_access_pdf.py renders. Values are text keyed
by column name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ops_desktop.domain.audit import AuditRow


@dataclass(frozen=True)
class RecordTable:
    """Rows of one table: `columns` in schema order, each row's values as text."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class SubjectAccessView:
    person_id: int
    generated_at: dt.datetime
    generated_by: str
    office_name: str
    office_address: str
    person: tuple[tuple[str, str], ...]        # (column, value)
    sensitive: tuple[tuple[str, str], ...]     # (flag, answer)
    participations: RecordTable
    consents: RecordTable
    records: tuple[RecordTable, ...]           # every other table with rows of theirs
    audit_entries: tuple[AuditRow, ...]
    audit_head: tuple[int, str] | None
