"""Intake and the participants list: create, edit, find, read a person.

Caseworkers see their own caseload, coordinators also their projects' people
(`services/scope.py`); special-category answers need their own permission, and reading them is
audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Person, PersonFlag
from ops_desktop.db.repositories import people_search
from ops_desktop.domain.participants import PageCursor, PeopleFilter
from ops_desktop.domain.enums import (
    AreaType, DisabilityDegree, Education, LabourStatus, LabourSubstatus, SensitiveFlag, Sex,
    TriState,
)
from ops_desktop.domain.errors import DuplicatePesel, ValidationFailed
from ops_desktop.domain.participants import (
    Address, PersonDraft, PersonRow, PersonView, complete_from_pesel, validate_person,
)
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.text import fold
from ops_desktop.services import audit, edit_conflicts, scope
from ops_desktop.services.context import ServiceContext

_PLAIN_FIELDS = (
    "first_name", "last_name", "no_pesel", "other_id", "birth_date", "phone", "email",
    "long_term_unemployed", "household_id", "caseworker_id", "notes",
)
_ADDRESS_FIELDS = (
    "street", "building", "flat", "postal_code", "city", "municipality", "county",
    "voivodeship", "degurba",
)


def create_person(ctx: ServiceContext, *, draft: PersonDraft) -> PersonView:
    ctx.require(Permission.PARTICIPANT_WRITE)
    if not ctx.can(Permission.SENSITIVE_WRITE):  # special-category answers need their own right
        draft = replace(draft, sensitive={}, disability_degree=None)
    _check(draft)
    draft = complete_from_pesel(draft)
    with ctx.transaction() as session:
        _refuse_duplicate(session, draft, person_id=None)
        now = dt.datetime.now()
        person = Person(created_at=now, updated_at=now)
        if draft.caseworker_id is None and ctx.actor.user_id is not None:
            draft.caseworker_id = ctx.actor.user_id
        _apply(person, draft)
        session.add(person)
        session.flush()
        if ctx.can(Permission.SENSITIVE_WRITE):
            _write_flags(session, person.id, draft.sensitive)
        audit.record(session, ctx.actor, "create", "person", person.id)
        return _view(person, draft.sensitive if ctx.can(Permission.SENSITIVE_READ) else None)


def update_person(ctx: ServiceContext, *, person_id: int, draft: PersonDraft,
                  version: int | None = None) -> PersonView:
    """Save `draft` over the person. `version`: the `PersonView.version` the draft was made
    from; if someone saved the person since, EditConflict (who, when) and nothing is written."""
    ctx.require(Permission.PARTICIPANT_WRITE)
    _check(draft)
    draft = complete_from_pesel(draft)
    with ctx.transaction() as session:
        edit_conflicts.lock(session, Person, person_id)
        person = scope.person_in_reach(ctx, session, person_id)
        edit_conflicts.check_version(session, entity="person", entity_id=person_id,
                                     current=person.version, seen=version)
        _refuse_duplicate(session, draft, person_id=person_id)
        if not ctx.can(Permission.SENSITIVE_WRITE):  # keep what only others may change
            draft = replace(draft, disability_degree=(
                DisabilityDegree(person.disability_degree) if person.disability_degree else None))
        before = _snapshot(person)
        _apply(person, draft)
        person.updated_at = dt.datetime.now()
        changed = [name for name, value in _snapshot(person).items() if before[name] != value]
        if ctx.can(Permission.SENSITIVE_WRITE):
            old_flags = _read_flags(session, person_id)
            if old_flags != draft.sensitive:
                _write_flags(session, person_id, draft.sensitive)
                changed.append("sensitive")
        # Field names only: the old and new values of a person are personal data.
        audit.record(session, ctx.actor, "update", "person", person_id, fields=changed)
        session.flush()  # the new version
        flags = _read_flags(session, person_id) if ctx.can(Permission.SENSITIVE_READ) else None
        return _view(person, flags)


def get_person(ctx: ServiceContext, *, person_id: int) -> PersonView:
    ctx.require(Permission.PARTICIPANT_READ)
    sensitive = ctx.can(Permission.SENSITIVE_READ)
    with ctx.transaction() as session:
        person = scope.person_in_reach(ctx, session, person_id)
        flags = _read_flags(session, person_id) if sensitive else None
        if sensitive:
            audit.record(session, ctx.actor, "view_sensitive", "person", person_id)
        return _view(person, flags)


def find_by_pesel(ctx: ServiceContext, *, pesel: str) -> int | None:
    """Id of the person with this PESEL, if any (intake offers to open them)."""
    ctx.require(Permission.PARTICIPANT_READ)
    with ctx.reading() as session:
        return session.execute(select(Person.id).where(Person.pesel == pesel.strip())).scalar()


def search_ids(ctx: ServiceContext, *, flt: PeopleFilter, sort: str = "last_name",
               descending: bool = False) -> list[int]:
    ctx.require(Permission.PARTICIPANT_READ)
    flt = scope.people_filter(ctx, flt)
    with ctx.reading() as session:
        return people_search.filtered_ids(session, flt, sort, descending)


def rows(ctx: ServiceContext, *, ids: list[int]) -> list[PersonRow]:
    """The list rows of `ids`, in the order given (one page of the lazy list)."""
    ctx.require(Permission.PARTICIPANT_READ)
    with ctx.reading() as session:
        found = people_search.rows_for(session, ids)
        clause = scope.people_clause(ctx)
        if clause is not None:  # only the people within one's reach
            own = set(session.execute(select(Person.id).where(
                Person.id.in_(list(found)), clause)).scalars())
            found = {pid: row for pid, row in found.items() if pid in own}
    return _person_rows(ids, found)


def people_page(ctx: ServiceContext, *, flt: PeopleFilter, descending: bool = False,
                after: PageCursor | None = None, limit: int = 200, with_total: bool = False
                ) -> tuple[list[PersonRow], PageCursor | None, int | None]:
    """One page of the list in surname order from `after` on, where the next page starts,
    and (`with_total`) how many people the filter finds, read in the same transaction.
    The cost of a page does not depend on how many people the filter finds."""
    ctx.require(Permission.PARTICIPANT_READ)
    flt = scope.people_filter(ctx, flt)
    with ctx.reading() as session:
        total = people_search.count(session, flt) if with_total else None
        found, cursor = people_search.surname_page(session, flt, descending=descending,
                                                   after=after, limit=limit)
    return [_person_row(row) for row in found], cursor, total


def _person_rows(ids: list[int], found: dict[int, tuple]) -> list[PersonRow]:
    return [_person_row(found[person_id]) for person_id in ids if person_id in found]


def _person_row(row: tuple) -> PersonRow:
    pid, last, first, pesel, birth, sex, city, projects = row
    return PersonRow(pid, last, first, pesel or "", birth, Sex(sex) if sex else None, city,
                     projects)


def _check(draft: PersonDraft) -> None:
    problems = validate_person(draft)
    if problems:
        raise ValidationFailed(problems)


def _refuse_duplicate(session: Session, draft: PersonDraft, *, person_id: int | None) -> None:
    if draft.no_pesel or not draft.pesel:
        return
    existing = session.execute(select(Person.id).where(Person.pesel == draft.pesel)).scalar()
    if existing is not None and existing != person_id:
        raise DuplicatePesel(existing)


def _apply(person: Person, draft: PersonDraft) -> None:
    for name in _PLAIN_FIELDS:
        setattr(person, name, getattr(draft, name))
    for name in _ADDRESS_FIELDS:
        setattr(person, name, getattr(draft.address, name))
    person.first_name = draft.first_name.strip()
    person.last_name = draft.last_name.strip()
    person.pesel = None if draft.no_pesel else (draft.pesel.strip() or None)
    person.sex = draft.sex.value if draft.sex else None
    person.education = draft.education.value if draft.education else None
    person.labour_status = draft.labour_status.value if draft.labour_status else None
    person.labour_substatus = draft.labour_substatus.value if draft.labour_substatus else None
    person.area_type = draft.address.area_type.value if draft.address.area_type else None
    person.disability_degree = draft.disability_degree.value if draft.disability_degree else None
    person.last_key = fold(f"{person.last_name} {person.first_name}")
    person.first_key = fold(person.first_name)


def _snapshot(person: Person) -> dict[str, object]:
    names = (*_PLAIN_FIELDS, *_ADDRESS_FIELDS, "pesel", "sex", "education", "labour_status",
             "disability_degree", "labour_substatus", "area_type")
    return {name: getattr(person, name) for name in names}


def _read_flags(session: Session, person_id: int) -> dict[SensitiveFlag, TriState]:
    rows_ = session.execute(
        select(PersonFlag.flag, PersonFlag.answer).where(PersonFlag.person_id == person_id)
    )
    return {SensitiveFlag(flag): TriState(answer) for flag, answer in rows_}


def _write_flags(session: Session, person_id: int, flags: dict[SensitiveFlag, TriState]) -> None:
    for row in session.execute(
        select(PersonFlag).where(PersonFlag.person_id == person_id)
    ).scalars():
        session.delete(row)
    session.flush()
    for flag, answer in flags.items():
        session.add(PersonFlag(person_id=person_id, flag=flag.value, answer=answer.value))


def _view(person: Person, flags: dict[SensitiveFlag, TriState] | None) -> PersonView:
    """`flags` None: the reader may not see special-category data (the answers, and the
    degree of disability that goes with them)."""
    draft = PersonDraft(
        first_name=person.first_name, last_name=person.last_name, pesel=person.pesel or "",
        no_pesel=person.no_pesel, other_id=person.other_id,
        sex=Sex(person.sex) if person.sex else None, birth_date=person.birth_date,
        address=Address(**{name: getattr(person, name) for name in _ADDRESS_FIELDS},
                        area_type=AreaType(person.area_type) if person.area_type else None),
        phone=person.phone, email=person.email,
        education=Education(person.education) if person.education else None,
        labour_status=LabourStatus(person.labour_status) if person.labour_status else None,
        labour_substatus=(LabourSubstatus(person.labour_substatus)
                          if person.labour_substatus else None),
        long_term_unemployed=person.long_term_unemployed, sensitive=dict(flags or {}),
        disability_degree=(
            DisabilityDegree(person.disability_degree)
            if person.disability_degree and flags is not None else None
        ),
        household_id=person.household_id, caseworker_id=person.caseworker_id, notes=person.notes,
    )
    return PersonView(id=person.id, draft=draft, created_at=person.created_at,
                      version=person.version)
