"""Search and paging over people for the participants list.

Prefix matches use ranges (`key >= 'kow' AND key < 'kox'`) on indexed, pre-folded columns:
portable SQL that any engine answers from the index, unlike LIKE with its per-engine folding."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Participation, Person, Project
from ops_desktop.domain.text import fold

SORT_COLUMNS = {
    "last_name": (Person.last_key, Person.id),
    "first_name": (Person.first_key, Person.id),
    "pesel": (Person.pesel, Person.id),
    "birth_date": (Person.birth_date, Person.id),
    "city": (Person.city, Person.id),
    "id": (Person.id,),
}


@dataclass(frozen=True)
class PeopleFilter:
    text: str = ""
    project_id: int | None = None
    group_id: int | None = None
    status: str | None = None
    year: int | None = None
    caseworker_id: int | None = None  # set by the service for caseworkers (own caseload)
    include_anonymised: bool = False


def _prefix_range(column, prefix: str):  # noqa: ANN001, ANN202
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _text_condition(text: str):  # noqa: ANN202
    raw = text.strip()
    if not raw:
        return None
    if raw.isdigit():
        return _prefix_range(Person.pesel, raw)
    key = fold(raw)
    if not key:
        return None
    return or_(_prefix_range(Person.last_key, key), _prefix_range(Person.first_key, key))


def filtered_ids_query(flt: PeopleFilter, sort: str = "last_name", descending: bool = False) -> Select:
    query = select(Person.id)
    condition = _text_condition(flt.text)
    if condition is not None:
        query = query.where(condition)
    if not flt.include_anonymised:
        query = query.where(Person.anonymised.is_(False))
    if flt.caseworker_id is not None:
        query = query.where(Person.caseworker_id == flt.caseworker_id)
    part_conditions = [Participation.person_id == Person.id]
    if flt.project_id is not None:
        part_conditions.append(Participation.project_id == flt.project_id)
    if flt.group_id is not None:
        part_conditions.append(Participation.group_id == flt.group_id)
    if flt.status is not None:
        part_conditions.append(Participation.status == flt.status)
    if flt.year is not None:
        first, last = dt.date(flt.year, 1, 1), dt.date(flt.year, 12, 31)
        part_conditions.append(
            and_(
                or_(Participation.start_date.is_(None), Participation.start_date <= last),
                or_(Participation.end_date.is_(None), Participation.end_date >= first),
            )
        )
    if len(part_conditions) > 1:
        query = query.where(exists().where(*part_conditions))
    columns = SORT_COLUMNS.get(sort, SORT_COLUMNS["last_name"])
    return query.order_by(*[c.desc() if descending else c for c in columns])


def filtered_ids(session: Session, flt: PeopleFilter, sort: str = "last_name",
                 descending: bool = False) -> list[int]:
    return list(session.execute(filtered_ids_query(flt, sort, descending)).scalars())


def rows_for(session: Session, ids: list[int]) -> dict[int, tuple]:
    """Row data for the ids of one page, with the titles of the person's projects."""
    if not ids:
        return {}
    people = session.execute(
        select(Person.id, Person.last_name, Person.first_name, Person.pesel, Person.birth_date,
               Person.sex, Person.city).where(Person.id.in_(ids))
    ).all()
    titles: dict[int, list[str]] = {}
    for person_id, title in session.execute(
        select(Participation.person_id, Project.title)
        .join(Project, Project.id == Participation.project_id)
        .where(Participation.person_id.in_(ids))
        .distinct()
    ):
        titles.setdefault(person_id, []).append(title)
    return {row.id: (*row, "; ".join(sorted(titles.get(row.id, [])))) for row in people}


def count_all(session: Session) -> int:
    return session.execute(select(func.count(Person.id))).scalar_one()
