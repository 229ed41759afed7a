"""Importing participants from an office's spreadsheets (SL2014-style lists, XLSX or CSV).

`preview_import` reads the file and tells, row by row, what the import would do and why a
row cannot be taken; it writes nothing. `run_import` does the same reading again inside ONE
transaction, writes every accepted row, and saves the rejected rows (each with its reasons)
to a file beside the input; the database is never half-imported: any failure rolls back.
Both stream the file a chunk of rows at a time (read, decided, written), so an import's
memory does not follow the file's size (docs/PERFORMANCE.md, "Participant import").

The same PESEL is the same person: another row adds a participation, never a second person.
A participation that is already there (same person, project and start date) is left alone,
so importing the same file twice changes nothing. Groups named in "Grupa" that the project
lacks are created (the preview lists them)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Participation, Person, PersonFlag, Project, ProjectGroup
from ops_desktop.domain.enums import GroupKind, ParticipationRole
from ops_desktop.domain.errors import FieldProblem
from ops_desktop.domain.import_rules import (
    HEADER_SEARCH_ROWS, MAX_ROWS, ImportPreview, ImportRefused, ImportResult, ParsedRow,
    PreviewRow, RowAction, match_headers, parse_row, problem_text,
)
from ops_desktop.domain.participants import complete_from_pesel
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.progress import NO_PROGRESS, Progress
from ops_desktop.domain.text import fold
from ops_desktop.services import audit, import_files, import_rejected, scope
# The intake service's own mapping of a draft onto a person, so both paths store the same.
from ops_desktop.services.participants import _apply as apply_person_draft
from ops_desktop.services.context import ServiceContext

_CHUNK = 500            # ids per IN (...) query
_ROWS_CHUNK = 1000      # rows parsed, decided and written together
# Rejected rows whose cells stay in memory for the rejected-rows file; past this many the
# cells are let go and the file is read once more after the commit (a list where most rows
# are wrong would otherwise hold every cell of the file).
_KEEP_REJECTED = 5000


@dataclass
class _Scan:
    """What an import remembers from one chunk of rows to the next; everything else of a
    chunk is dropped once it is decided (and, in `run_import`, written). Per row of the file
    only an identity, a key of its participation and, for a rejected row, its line and
    reasons stay: memory grows slowly with the file, not with its cells."""

    fmt: str
    header: list[object]
    header_line: int
    columns: dict[str, int]
    period: tuple[dt.date, dt.date]
    ignored_headers: tuple[str, ...]
    existing: dict[str, int] = field(default_factory=dict)       # identity → person in the db
    fresh: dict[str, int | None] = field(default_factory=dict)   # identity → new person's id
    looked_up: set[str] = field(default_factory=set)             # identities asked for
    known: set[tuple[int, dt.date]] = field(default_factory=set)  # (person, start) in the db
    seen: dict[str, int] = field(default_factory=dict)           # identity+start → first line
    group_ids: dict[str, int | None] = field(default_factory=dict)  # folded name → id
    new_groups: list[str] = field(default_factory=list)
    counts: dict[RowAction, int] = field(default_factory=lambda: dict.fromkeys(RowAction, 0))
    rejected: dict[int, str] = field(default_factory=dict)       # line → reasons
    rejected_cells: list[list[object]] | None = field(default_factory=list)  # see _KEEP_…
    rows: int = 0


def preview_import(ctx: ServiceContext, *, project_id: int, path: Path | str,
                   progress: Progress = NO_PROGRESS) -> ImportPreview:
    ctx.require(Permission.IMPORT)
    previewed: list[PreviewRow] = []
    with import_files.open_rows(Path(path)) as sheet, ctx.reading() as session:
        project = scope.managed_project(ctx, session, project_id)
        scan = _start(session, project, sheet)
        for chunk in _decided_chunks(session, project, scan, sheet, progress):
            previewed += (_preview_row(row, action, scan) for row, action in chunk)
    return ImportPreview(scan.fmt, tuple(previewed), tuple(scan.new_groups),
                         scan.ignored_headers)


def default_rejected_path(path: Path | str) -> Path:
    path = Path(path)
    return path.with_name(f"{path.stem}_odrzucone{path.suffix}")


def run_import(ctx: ServiceContext, *, project_id: int, path: Path | str,
               rejected_path: Path | str | None = None,
               progress: Progress = NO_PROGRESS) -> ImportResult:
    """Read, decide and write a chunk of rows at a time, all in ONE transaction (a refusal
    half-way, a cancel or a fault rolls everything back)."""
    ctx.require(Permission.IMPORT, Permission.PARTICIPANT_WRITE)
    path = Path(path)
    target = Path(rejected_path) if rejected_path else default_rejected_path(path)
    created = [0, 0]
    with import_files.open_rows(path) as sheet, ctx.transaction() as session:
        project = scope.managed_project(ctx, session, project_id)
        scan = _start(session, project, sheet)
        may_write_flags = ctx.can(Permission.SENSITIVE_WRITE)
        for chunk in _decided_chunks(session, project, scan, sheet, progress):
            people, participations = _write(ctx, session, project, scan, chunk,
                                            may_write_flags=may_write_flags)
            created[0] += people
            created[1] += participations
        rejected = len(scan.rejected)
        audit.record(session, ctx.actor, "import", "project", project.id,
                     file_sha256=import_files.file_sha256(path),
                     accepted=scan.rows - rejected, rejected=rejected,
                     people_created=created[0], participations_created=created[1],
                     groups_created=len(scan.new_groups))
    # Only now, with the import committed, does anything personal reach the disk.
    if rejected:
        _save_rejected(ctx, path, target, scan)
    return ImportResult(
        accepted=scan.rows - rejected, rejected=rejected,
        people_created=created[0], participations_created=created[1],
        unchanged=scan.counts[RowAction.UNCHANGED], groups_created=tuple(scan.new_groups),
        rejected_file=str(target) if rejected else None,
    )


def _scratch_dir(ctx: ServiceContext, target: Path) -> Path:
    """The database's own folder (cleaned at every start); beside the target without one."""
    return Path(ctx.db_path).parent if ctx.db_path else target.parent


def _save_rejected(ctx: ServiceContext, path: Path, target: Path, scan: _Scan) -> None:
    scratch = _scratch_dir(ctx, target)
    if scan.rejected_cells is not None:
        rows = zip(scan.rejected_cells, scan.rejected.values(), strict=True)
        import_rejected.save_rejected(target, scan.fmt, scan.header, rows, scratch_dir=scratch)
        return
    with import_files.open_rows(path) as again:        # too many to have kept: read again
        import_rejected.save_rejected(target, scan.fmt, scan.header,
                                      _rejected_rows(again, scan.rejected), scratch_dir=scratch)


def _rejected_rows(sheet: import_files.SheetRows,
                   reasons: dict[int, str]) -> Iterator[tuple[list[object], str]]:
    for line, cells in enumerate(sheet.rows, start=1):
        reason = reasons.get(line)
        if reason is not None:
            yield cells, reason


# --- deciding, a chunk at a time -----------------------------------------------------------

def _start(session: Session, project: Project, sheet: import_files.SheetRows) -> _Scan:
    """The header among the first rows; those rows are put back in front of the rest."""
    head = list(itertools.islice(sheet.rows, HEADER_SEARCH_ROWS))
    header = match_headers(head)
    sheet.rows = itertools.chain(head, sheet.rows)
    return _Scan(sheet.fmt, head[header.row_index], header.row_index + 1, header.columns,
                 (project.start_date, project.end_date), header.ignored,
                 group_ids=_groups(session, project.id))


def _decided_chunks(session: Session, project: Project, scan: _Scan,
                    sheet: import_files.SheetRows,
                    progress: Progress) -> Iterator[list[tuple[ParsedRow, RowAction]]]:
    chunk: list[ParsedRow] = []
    for line, cells in enumerate(sheet.rows, start=1):
        if line <= scan.header_line:
            continue
        if not any(str(c).strip() for c in cells if c is not None):
            continue
        scan.rows += 1
        if scan.rows > MAX_ROWS:
            raise ImportRefused("too_many_rows", limit=MAX_ROWS)
        chunk.append(parse_row(line, cells, scan.columns, period=scan.period))
        if len(chunk) == _ROWS_CHUNK:
            yield _decide(session, project, scan, chunk)
            progress.report(*sheet.position(), "")
            chunk = []
    if chunk:
        yield _decide(session, project, scan, chunk)
    if not scan.rows:
        raise ImportRefused("empty")
    _read, size = sheet.position()       # an XLSX's central directory is never read: all of it
    progress.report(size, size, "")


def _decide(session: Session, project: Project, scan: _Scan,
            chunk: list[ParsedRow]) -> list[tuple[ParsedRow, RowAction]]:
    _look_up_people(session, project.id, scan, chunk)
    decided = []
    for row in chunk:
        action = _action(row, scan)
        scan.counts[action] += 1
        if action is RowAction.REJECTED:
            scan.rejected[row.line] = "; ".join(problem_text(p) for p in row.problems)
            if scan.rejected_cells is not None:
                scan.rejected_cells.append(row.cells)
                if len(scan.rejected_cells) > _KEEP_REJECTED:
                    scan.rejected_cells = None
        decided.append((row, action))
    return decided


def _action(row: ParsedRow, scan: _Scan) -> RowAction:
    if row.problems:
        return RowAction.REJECTED
    if row.group_name:
        key = fold(row.group_name)
        if key not in scan.group_ids:
            scan.group_ids[key] = None
            scan.new_groups.append(row.group_name)
    identity = row.identity
    key = f"{identity}|{row.start_date}"
    earlier = scan.seen.get(key)
    if earlier is not None:
        row.warnings.append(FieldProblem("start_date", "duplicate_in_file", {"line": earlier}))
        return RowAction.UNCHANGED
    scan.seen[key] = row.line
    person_id = scan.existing.get(identity)
    if person_id is not None:
        if (person_id, row.start_date) in scan.known:
            return RowAction.UNCHANGED
        return RowAction.NEW_PARTICIPATION
    if identity in scan.fresh:
        return RowAction.NEW_PARTICIPATION
    scan.fresh[identity] = None
    return RowAction.NEW_PERSON


def _chunks(values: list, size: int = _CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _look_up_people(session: Session, project_id: int, scan: _Scan,
                    rows: list[ParsedRow]) -> None:
    """The chunk's people already in the database (same PESEL, or same technical id without
    one) and their participations in this project; each identity is asked for once."""
    asked = {r.identity for r in rows if not r.problems} - scan.looked_up
    scan.looked_up |= asked
    pesels = sorted(i for i in asked if not i.startswith("id:") and i)
    others = sorted(i[3:] for i in asked if i.startswith("id:") and i != "id:")
    found: dict[str, int] = {}
    for chunk in _chunks(pesels):
        for pid, pesel in session.execute(select(Person.id, Person.pesel)
                                          .where(Person.pesel.in_(chunk))):
            found[pesel] = pid
    for chunk in _chunks(others):
        for pid, other in session.execute(select(Person.id, Person.other_id).where(
                Person.no_pesel.is_(True), Person.other_id.in_(chunk))):
            found[f"id:{other}"] = pid
    scan.existing.update(found)
    for chunk in _chunks(sorted(set(found.values()))):
        scan.known.update(
            (pid, start) for pid, start in session.execute(
                select(Participation.person_id, Participation.start_date).where(
                    Participation.project_id == project_id, Participation.person_id.in_(chunk)))
        )


def _groups(session: Session, project_id: int) -> dict[str, int | None]:
    return {
        fold(name): gid for gid, name in session.execute(
            select(ProjectGroup.id, ProjectGroup.name).where(ProjectGroup.project_id == project_id))
    }


def _preview_row(row: ParsedRow, action: RowAction, scan: _Scan) -> PreviewRow:
    # Nothing is written in a preview: a group the import would create has no id yet.
    new_group = bool(row.group_name) and scan.group_ids.get(fold(row.group_name), 0) is None
    return PreviewRow(
        line=row.line, last_name=row.person.last_name, first_name=row.person.first_name,
        pesel=row.person.pesel or row.person.other_id, group=row.group_name,
        new_group=new_group, start_date=row.start_date, end_date=row.end_date, action=action,
        problems=tuple(problem_text(p) for p in row.problems),
        warnings=tuple(problem_text(p) for p in row.warnings),
    )


# --- writing --------------------------------------------------------------------------------
def _write(ctx: ServiceContext, session: Session, project: Project, scan: _Scan,
           chunk: list[tuple[ParsedRow, RowAction]], *, may_write_flags: bool) -> tuple[int, int]:
    """One decided chunk into the database: its new groups, its new people (the intake's own
    mapping onto Person; only their ids are kept, flushed objects are let go), their flags
    and every participation taken, as Core inserts."""
    for row, action in chunk:
        if action is not RowAction.REJECTED and row.group_name and \
                scan.group_ids.get(fold(row.group_name), 0) is None:
            group = ProjectGroup(project_id=project.id, name=row.group_name,
                                 kind=GroupKind.OTHER.value, planned_size=0, target_group="")
            session.add(group)
            session.flush()
            scan.group_ids[fold(row.group_name)] = group.id
    now = dt.datetime.now()
    people = []
    for row, action in chunk:
        if action is RowAction.NEW_PERSON:
            draft = complete_from_pesel(row.person)
            if draft.caseworker_id is None and ctx.actor.user_id is not None:
                draft.caseworker_id = ctx.actor.user_id
            person = Person(created_at=now, updated_at=now)
            apply_person_draft(person, draft)
            session.add(person)
            people.append((row, person))
    if people:
        session.flush()
    flags = []
    for row, person in people:
        scan.fresh[row.identity] = person.id
        if may_write_flags:                      # a new person: no flags to replace
            flags += [{"person_id": person.id, "flag": flag.value, "answer": answer.value}
                      for flag, answer in row.person.sensitive.items()]
    if flags:
        session.execute(insert(PersonFlag.__table__), flags)
    del people
    session.expunge_all()
    taken = [row for row, action in chunk
             if action in (RowAction.NEW_PERSON, RowAction.NEW_PARTICIPATION)]
    if taken:
        session.execute(insert(Participation.__table__), [{
            "person_id": scan.existing.get(row.identity) or scan.fresh[row.identity],
            "project_id": project.id,
            "group_id": scan.group_ids.get(fold(row.group_name)) if row.group_name else None,
            "role": ParticipationRole.PARTICIPANT.value, "status": row.status.value,
            "applied_on": row.start_date, "start_date": row.start_date,
            "end_date": row.end_date,
            "end_reason": row.end_reason.value if row.end_reason else None,
            "exit_situation": row.exit_situation.value if row.exit_situation else None,
            "created_at": now,
        } for row in taken])
    return sum(1 for _row, action in chunk if action is RowAction.NEW_PERSON), len(taken)
