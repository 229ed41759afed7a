"""Domain errors. They carry data (field, value, code), never sentences: `ui/messages.py`
turns them into calm, translated Polish text beside the field, the CLI into one line each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


class DomainError(Exception):
    """Base of every error the user can act on."""


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field: `code` is stable (tests and translations key on it)."""

    field: str
    code: str
    params: dict[str, object] = field(default_factory=dict)


class ValidationFailed(DomainError):
    """A draft failed validation; `problems` lists every field problem at once."""

    def __init__(self, problems: list[FieldProblem]):
        super().__init__(", ".join(f"{p.field}:{p.code}" for p in problems))
        self.problems = problems


class NotFound(DomainError):
    def __init__(self, entity: str, key: object):
        super().__init__(f"{entity}:{key}")
        self.entity = entity
        self.key = key


class DuplicatePesel(DomainError):
    """A person with this PESEL exists already; the UI offers to open them instead."""

    def __init__(self, person_id: int):
        super().__init__(f"person:{person_id}")
        self.person_id = person_id


class PermissionDenied(DomainError):
    def __init__(self, permission: str, username: str):
        super().__init__(f"{username}:{permission}")
        self.permission = permission
        self.username = username


class OutsideProjects(PermissionDenied):
    """A coordinator acted on a project that is not assigned to them."""

    def __init__(self, project_id: int, username: str):
        super().__init__(f"project:{project_id}", username)
        self.project_id = project_id


class RuleViolation(DomainError):
    """A business rule refused the action (e.g. amending a closed contract)."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code = code
        self.params = params


class EditConflict(DomainError):
    """A save from a copy that someone else changed after it was read (another caseworker's
    PC, another window): refused, nothing overwritten. `changed_by` / `changed_at`: the
    newest change on record (the audit trail), empty / None when none names it; `version`:
    the row's version now (the copy that was read had an older one)."""

    def __init__(self, entity: str, entity_id: int, *, changed_by: str = "",
                 changed_at: dt.datetime | None = None, version: int | None = None):
        super().__init__(f"{entity}:{entity_id}")
        self.entity = entity
        self.entity_id = entity_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.version = version
