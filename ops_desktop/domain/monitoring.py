"""Monitoring lists: a problem the validator found, the check shown before an export and the
checked list itself. Pure data: the validator is `services/monitoring_validator.py`, the use
cases `services/monitoring.py` and `services/monitoring_file.py`; the columns and rows are
`domain/monitoring_columns.py` and `domain/monitoring_rows.py`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ops_desktop.domain.monitoring_rows import MonitoringFormat, MonitoringRow


@dataclass(frozen=True)
class MonitoringProblem:
    person_id: int | None          # None: a problem of the project, not of a person
    person_label: str              # for the screen only
    key: str                       # column key (domain/monitoring_columns.py)
    header: str                    # the column as the list spells it
    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class MonitoringCheck:
    project_id: int
    project_title: str
    fmt: MonitoringFormat
    people: int
    problems: list[MonitoringProblem]
    empty_headers: list[str]       # columns the application does not keep: written empty
    empty_reasons: dict[str, str] = field(default_factory=dict)   # header -> why empty

    @property
    def people_with_problems(self) -> int:
        return len({p.person_id for p in self.problems if p.person_id is not None})


@dataclass(frozen=True)
class MonitoringData:
    check: MonitoringCheck
    rows: list[MonitoringRow]
