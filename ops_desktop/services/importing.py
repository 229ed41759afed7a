"""Importing participants from an office's spreadsheets (SL2014-style lists, XLSX or CSV).

`preview_import` reads the file and tells, row by row, what the import would do and why a
row cannot be taken; it writes nothing. `run_import` does the same reading again inside ONE
transaction, writes every accepted row, and saves the rejected rows (each with its reasons)
to a file beside the input; the database is never half-imported: any failure rolls back.

The same PESEL is the same person: another row adds a participation, never a second person.
A participation that is already there (same person, project and start date) is left alone,
so importing the same file twice changes nothing. Groups named in "Grupa" that the project
lacks are created (the preview lists them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Participation, Person, PersonFlag, Project, ProjectGroup
from ops_desktop.domain.enums import GroupKind, ParticipationRole
from ops_desktop.domain.errors import FieldProblem
from ops_desktop.domain.import_rules import (
    ImportPreview, ImportRefused, ImportResult, ParsedRow, PreviewRow, RowAction, match_headers,
    parse_row, problem_text,
)
from ops_desktop.domain.participants import complete_from_pesel
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.progress import NO_PROGRESS, Progress
from ops_desktop.domain.text import fold
from ops_desktop.services import audit, import_files, import_rejected, scope
# The intake service's own mapping of a draft onto a person, so both paths store the same.
from ops_desktop.services.participants import _apply as apply_person_draft
from ops_desktop.services.context import ServiceContext

_CHUNK = 500
_WRITE_CHUNK = 1000


@dataclass
class _Plan:
    fmt: str
    header: list[object]
    rows: list[ParsedRow]
    actions: list[RowAction]
    person_ids: dict[str, int]                     # identity → existing person id
    group_ids: dict[str, int | None]               # folded name → id (None: to be created)
    new_groups: list[str] = field(default_factory=list)
    ignored_headers: tuple[str, ...] = ()


def preview_import(ctx: ServiceContext, *, project_id: int, path: Path | str,
                   progress: Progress = NO_PROGRESS) -> ImportPreview:
    ctx.require(Permission.IMPORT)
    fmt, lines = import_files.read_rows(Path(path))
    with ctx.reading() as session:
        plan = _plan(session, scope.managed_project(ctx, session, project_id), fmt, lines, progress)
    return _preview(plan)


def default_rejected_path(path: Path | str) -> Path:
    path = Path(path)
    return path.with_name(f"{path.stem}_odrzucone{path.suffix}")


def run_import(ctx: ServiceContext, *, project_id: int, path: Path | str,
               rejected_path: Path | str | None = None,
               progress: Progress = NO_PROGRESS) -> ImportResult:
    ctx.require(Permission.IMPORT, Permission.PARTICIPANT_WRITE)
    path = Path(path)
    fmt, lines = import_files.read_rows(path)
    target = Path(rejected_path) if rejected_path else default_rejected_path(path)
    with ctx.transaction() as session:
        project = scope.managed_project(ctx, session, project_id)
        plan = _plan(session, project, fmt, lines, progress)
        del lines
        rejected = [
            (row.cells, "; ".join(problem_text(p) for p in row.problems))
            for row, action in zip(plan.rows, plan.actions, strict=True)
            if action is RowAction.REJECTED
        ]
        created = _write(ctx, session, project, plan, progress)
        audit.record(session, ctx.actor, "import", "project", project.id,
                     file_sha256=import_files.file_sha256(path),
                     accepted=len(plan.rows) - len(rejected), rejected=len(rejected),
                     people_created=created[0], participations_created=created[1],
                     groups_created=len(plan.new_groups))
    # Only now, with the import committed, does anything personal reach the disk.
    if rejected:
        import_rejected.save_rejected(target, plan.fmt, plan.header, rejected,
                                      scratch_dir=_scratch_dir(ctx, target))
    return ImportResult(
        accepted=len(plan.rows) - len(rejected), rejected=len(rejected),
        people_created=created[0], participations_created=created[1],
        unchanged=plan.actions.count(RowAction.UNCHANGED), groups_created=tuple(plan.new_groups),
        rejected_file=str(target) if rejected else None,
    )


def _scratch_dir(ctx: ServiceContext, target: Path) -> Path:
    """The database's own folder (cleaned at every start); beside the target without one."""
    return Path(ctx.db_path).parent if ctx.db_path else target.parent


# --- planning -------------------------------------------------------------------------------

def _plan(session: Session, project: Project, fmt: str, lines: list[list[object]],
          progress: Progress) -> _Plan:
    header = match_headers(lines)
    data = [(index + 1, cells) for index, cells in enumerate(lines)
            if index > header.row_index and any(str(c).strip() for c in cells if c is not None)]
    if not data:
        raise ImportRefused("empty")
    period = (project.start_date, project.end_date)
    rows = []
    for done, (line, cells) in enumerate(data):
        rows.append(parse_row(line, cells, header.columns, period=period))
        if done % 200 == 0:
            progress.report(done, len(data) * 2, "")
    plan = _Plan(fmt, lines[header.row_index], rows, [], _existing_people(session, rows),
                 _groups(session, project.id), ignored_headers=header.ignored)
    known = _existing_participations(session, project.id, list(plan.person_ids.values()))
    seen: dict[tuple[str, dt.date | None], int] = {}
    planned_people: set[str] = set()
    for row in rows:
        plan.actions.append(_action(row, plan, known, seen, planned_people))
    progress.report(len(data), len(data) * 2, "")
    return plan


def _action(row: ParsedRow, plan: _Plan, known: set[tuple[int, dt.date]],
            seen: dict[tuple[str, dt.date | None], int], planned_people: set[str]) -> RowAction:
    if row.problems:
        return RowAction.REJECTED
    if row.group_name:
        key = fold(row.group_name)
        if key not in plan.group_ids:
            plan.group_ids[key] = None
            plan.new_groups.append(row.group_name)
    identity = row.identity
    earlier = seen.get((identity, row.start_date))
    if earlier is not None:
        row.warnings.append(FieldProblem("start_date", "duplicate_in_file", {"line": earlier}))
        return RowAction.UNCHANGED
    seen[(identity, row.start_date)] = row.line
    person_id = plan.person_ids.get(identity)
    if person_id is not None:
        if (person_id, row.start_date) in known:
            return RowAction.UNCHANGED
        return RowAction.NEW_PARTICIPATION
    if identity in planned_people:
        return RowAction.NEW_PARTICIPATION
    planned_people.add(identity)
    return RowAction.NEW_PERSON


def _chunks(values: list, size: int = _CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _existing_people(session: Session, rows: list[ParsedRow]) -> dict[str, int]:
    pesels = sorted({r.person.pesel for r in rows if not r.person.no_pesel and r.person.pesel})
    others = sorted({r.person.other_id for r in rows if r.person.no_pesel and r.person.other_id})
    found: dict[str, int] = {}
    for chunk in _chunks(pesels):
        for pid, pesel in session.execute(select(Person.id, Person.pesel)
                                          .where(Person.pesel.in_(chunk))):
            found[pesel] = pid
    for chunk in _chunks(others):
        for pid, other in session.execute(select(Person.id, Person.other_id).where(
                Person.no_pesel.is_(True), Person.other_id.in_(chunk))):
            found[f"id:{other}"] = pid
    return found


def _existing_participations(session: Session, project_id: int,
                             person_ids: list[int]) -> set[tuple[int, dt.date]]:
    known: set[tuple[int, dt.date]] = set()
    for chunk in _chunks(sorted(set(person_ids))):
        known.update(
            (pid, start) for pid, start in session.execute(
                select(Participation.person_id, Participation.start_date).where(
                    Participation.project_id == project_id, Participation.person_id.in_(chunk)))
        )
    return known


def _groups(session: Session, project_id: int) -> dict[str, int | None]:
    return {
        fold(name): gid for gid, name in session.execute(
            select(ProjectGroup.id, ProjectGroup.name).where(ProjectGroup.project_id == project_id))
    }


def _preview(plan: _Plan) -> ImportPreview:
    created = {fold(name) for name in plan.new_groups}
    rows = tuple(
        PreviewRow(
            line=row.line, last_name=row.person.last_name, first_name=row.person.first_name,
            pesel=row.person.pesel or row.person.other_id, group=row.group_name,
            new_group=bool(row.group_name) and fold(row.group_name) in created,
            start_date=row.start_date, end_date=row.end_date, action=action,
            problems=tuple(problem_text(p) for p in row.problems),
            warnings=tuple(problem_text(p) for p in row.warnings),
        )
        for row, action in zip(plan.rows, plan.actions, strict=True)
    )
    return ImportPreview(plan.fmt, rows, tuple(plan.new_groups), plan.ignored_headers)


# --- writing --------------------------------------------------------------------------------
def _write(ctx: ServiceContext, session: Session, project: Project, plan: _Plan,
           progress: Progress) -> tuple[int, int]:
    for name in plan.new_groups:
        group = ProjectGroup(project_id=project.id, name=name, kind=GroupKind.OTHER.value,
                             planned_size=0, target_group="")
        session.add(group)
        session.flush()
        plan.group_ids[fold(name)] = group.id
    now = dt.datetime.now()
    may_write_flags = ctx.can(Permission.SENSITIVE_WRITE)
    total = len(plan.rows)
    # People a chunk at a time (the intake's own mapping onto Person), then only their ids are
    # kept: flushed objects leave the session's weak identity map, so memory stays flat.
    # Flags and participations are plain Core inserts of a chunk each.
    new_people: dict[str, int] = {}
    fresh = [row for row, action in zip(plan.rows, plan.actions, strict=True)
             if action is RowAction.NEW_PERSON]
    for chunk in _chunks(fresh, _WRITE_CHUNK):
        people = []
        for row in chunk:
            draft = complete_from_pesel(row.person)
            if draft.caseworker_id is None and ctx.actor.user_id is not None:
                draft.caseworker_id = ctx.actor.user_id
            person = Person(created_at=now, updated_at=now)
            apply_person_draft(person, draft)
            session.add(person)
            people.append((row, person))
        session.flush()
        flags = []
        for row, person in people:
            new_people[row.identity] = person.id
            if may_write_flags:                      # a new person: no flags to replace
                flags += [{"person_id": person.id, "flag": flag.value, "answer": answer.value}
                          for flag, answer in row.person.sensitive.items()]
        if flags:
            session.execute(insert(PersonFlag.__table__), flags)
        del people
        session.expunge_all()
        progress.report(total + len(new_people) // 2, total * 2, "")
    participations = 0
    taken = [(row, action) for row, action in zip(plan.rows, plan.actions, strict=True)
             if action in (RowAction.NEW_PERSON, RowAction.NEW_PARTICIPATION)]
    for chunk in _chunks(taken, _WRITE_CHUNK):
        session.execute(insert(Participation.__table__), [{
            "person_id": plan.person_ids.get(row.identity) or new_people[row.identity],
            "project_id": project.id,
            "group_id": plan.group_ids.get(fold(row.group_name)) if row.group_name else None,
            "role": ParticipationRole.PARTICIPANT.value, "status": row.status.value,
            "applied_on": row.start_date, "start_date": row.start_date,
            "end_date": row.end_date,
            "end_reason": row.end_reason.value if row.end_reason else None,
            "exit_situation": row.exit_situation.value if row.exit_situation else None,
            "created_at": now,
        } for row, _action in chunk])
        participations += len(chunk)
        progress.report(total + (len(fresh) + participations) // 2, total * 2, "")
    progress.report(total * 2, total * 2, "")
    return len(new_people), participations
