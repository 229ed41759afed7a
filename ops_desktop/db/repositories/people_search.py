"""Search and paging over people for the participants list.

Prefix matches use ranges (`key >= 'kow' AND key < 'kox'`) on indexed, pre-folded columns:
portable SQL that any engine answers from the index, unlike LIKE with its per-engine folding.

A name search in surname order (the list's default, and every keystroke) is not one query
with `last OR first`: that makes the engine collect every match, look each row up and sort
them all (tens of ms for one letter on 50 000 people). It is three queries over covering
indexes (models/people.py `ix_people_search_*`), each already in surname order:
people whose first name matches and whose surname sorts before the prefix, people whose
surname matches, people whose first name matches and whose surname sorts after it. Their
concatenation is exactly the `ORDER BY last_key, id` of the single query. Queries run
through Core: the ids of a one-letter search are thousands of rows, no ORM entities."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, and_, bindparam, exists, func, or_, select
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
    query = _base_query(flt)
    condition = _text_condition(flt.text)
    if condition is not None:
        query = query.where(condition)
    columns = SORT_COLUMNS.get(sort, SORT_COLUMNS["last_name"])
    return query.order_by(*[c.desc() if descending else c for c in columns])


def _base_query(flt: PeopleFilter) -> Select:
    """`select(Person.id)` with every condition of the filter except the text."""
    query = select(Person.id)
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
    return query


def _id_column(result) -> list[int]:  # noqa: ANN001 - a CursorResult of one integer column
    """The ids straight from the driver: thousands of plain integers need no Row objects."""
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def _name_key(text: str) -> str | None:
    raw = text.strip()
    return None if not raw or raw.isdigit() else (fold(raw) or None)


def filtered_ids(session: Session, flt: PeopleFilter, sort: str = "last_name",
                 descending: bool = False) -> list[int]:
    conn = session.connection()
    key = _name_key(flt.text)
    if key is None or sort != "last_name":
        return _id_column(conn.execute(filtered_ids_query(flt, sort, descending)))
    upper = key[:-1] + chr(ord(key[-1]) + 1)
    base = _base_query(flt)
    order = (Person.last_key, Person.id)
    first_matches = _prefix_range(Person.first_key, key)
    # The surname bound of the first-name parts is wrapped in coalesce() (last_key is never
    # null) so that no engine walks the surname index over half the table for it: without
    # statistics SQLite would; this way the first-name index answers those parts.
    surname = func.coalesce(Person.last_key, "")
    parts = (
        base.where(first_matches, surname < key),
        base.where(_prefix_range(Person.last_key, key)),
        base.where(first_matches, surname >= upper),
    )
    ids: list[int] = []
    for part in parts:
        ids.extend(_id_column(conn.execute(part.order_by(*order))))
    if descending:
        ids.reverse()  # = ORDER BY last_key DESC, id DESC
    return ids


# One page of the list: built once, the ids go in as one expanding parameter (building
# `IN (…)` from 200 literals on every keystroke cost more than running the query).
_PAGE_PEOPLE = select(
    Person.id, Person.last_name, Person.first_name, Person.pesel, Person.birth_date, Person.sex,
    Person.city,
).where(Person.id.in_(bindparam("ids", expanding=True)))
_PAGE_TITLES = (
    select(Participation.person_id, Project.title)
    .join(Project, Project.id == Participation.project_id)
    .where(Participation.person_id.in_(bindparam("ids", expanding=True)))
    .distinct()
)


def rows_for(session: Session, ids: list[int]) -> dict[int, tuple]:
    """Row data for the ids of one page, with the titles of the person's projects."""
    if not ids:
        return {}
    conn = session.connection()  # Core: plain rows, no ORM loading
    people = conn.execute(_PAGE_PEOPLE, {"ids": list(ids)}).all()
    titles: dict[int, list[str]] = {}
    for person_id, title in conn.execute(_PAGE_TITLES, {"ids": list(ids)}).all():
        titles.setdefault(person_id, []).append(title)
    return {row.id: (*row, "; ".join(sorted(titles.get(row.id, [])))) for row in people}


def count_all(session: Session) -> int:
    return session.execute(select(func.count(Person.id))).scalar_one()
