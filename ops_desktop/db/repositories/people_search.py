"""Search and paging over people for the participants list.

Prefix matches use ranges (`key >= 'kow' AND key < 'kox'`) on indexed, pre-folded columns:
portable SQL that any engine answers from the index, unlike LIKE with its per-engine folding.
Ranges and the surname order need keys compared byte by byte: SQLite's text is; on the
office server the key columns have collation "C" (migration 0011), whatever the database's.

A name search in surname order (the list's default, and every keystroke) is not one query
with `last OR first`: that makes the engine collect every match, look each row up and sort
them all (tens of ms for one letter on 50 000 people). It is three queries over covering
indexes (models/people.py `ix_people_search_*`), each already in surname order:
people whose first name matches and whose surname sorts before the prefix, people whose
surname matches, people whose first name matches and whose surname sorts after it. Their
concatenation is exactly the `ORDER BY last_key, id` of the single query. The list reads it
a page at a time (keyset paging: `surname_page`, `count`), so a keystroke costs the same for
ten matches as for ten thousand. Statements are built once per filter shape and run with
parameters, through Core (no ORM entities)."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import Select, and_, bindparam, exists, func, or_, select, tuple_
from sqlalchemy.orm import Session

from ops_desktop.db.models import Participation, Person, Project
from ops_desktop.db.repositories.reach import coordinator_reaches
from ops_desktop.domain.participants import PageCursor, PeopleFilter
from ops_desktop.domain.text import fold

SORT_COLUMNS = {
    "last_name": (Person.last_key, Person.id),
    "first_name": (Person.first_key, Person.id),
    "pesel": (Person.pesel, Person.id),
    "birth_date": (Person.birth_date, Person.id),
    "city": (Person.city, Person.id),
    "id": (Person.id,),
}


def filtered_ids_query(flt: PeopleFilter, sort: str = "last_name",
                       descending: bool = False) -> Select:
    """The whole filter as one query in any sort order (sorts other than by surname, and the
    reference the surname-order parts are tested against)."""
    shape, params = _shape_and_params(flt)
    query = _shaped_base(shape)
    key, upper = bindparam("key"), bindparam("upper")
    if shape.text == "pesel":
        query = query.where(Person.pesel >= key, Person.pesel < upper)
    elif shape.text == "name":
        query = query.where(or_(and_(Person.last_key >= key, Person.last_key < upper),
                                and_(Person.first_key >= key, Person.first_key < upper)))
    columns = SORT_COLUMNS.get(sort, SORT_COLUMNS["last_name"])
    return query.order_by(*[c.desc() if descending else c for c in columns]).params(params)


def _id_column(result) -> list[int]:
    """The ids straight from the driver: thousands of plain integers need no Row objects."""
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def _name_key(text: str) -> str | None:
    raw = text.strip()
    return None if not raw or raw.isdigit() else (fold(raw) or None)


@dataclass(frozen=True)
class _Shape:
    """Which conditions a filter has; statements are built once per shape and then run with
    the filter's values as parameters (building SQL on every keystroke cost more than the
    queries themselves)."""

    text: str               # "", "pesel" or "name"
    project: bool
    group: bool
    status: bool
    year: bool
    caseworker: bool
    coordinator: bool
    include_anonymised: bool


def _shape_and_params(flt: PeopleFilter) -> tuple[_Shape, dict[str, object]]:
    params: dict[str, object] = {}
    raw = flt.text.strip()
    key = raw if raw.isdigit() else _name_key(raw)
    text = "" if not key else ("pesel" if raw.isdigit() else "name")
    if key:
        params.update(key=key, upper=key[:-1] + chr(ord(key[-1]) + 1))
    for name in ("project_id", "group_id", "status", "caseworker_id", "coordinator_id"):
        if getattr(flt, name) is not None:
            params[name] = getattr(flt, name)
    if flt.year is not None:
        params.update(year_first=dt.date(flt.year, 1, 1), year_last=dt.date(flt.year, 12, 31))
    shape = _Shape(text, flt.project_id is not None, flt.group_id is not None,
                   flt.status is not None, flt.year is not None, flt.caseworker_id is not None,
                   flt.coordinator_id is not None, flt.include_anonymised)
    return shape, params


def _shaped_base(shape: _Shape) -> Select:
    query = select(Person.id)
    if not shape.include_anonymised:
        query = query.where(Person.anonymised.is_(False))
    if shape.caseworker:
        query = query.where(Person.caseworker_id == bindparam("caseworker_id"))
    if shape.coordinator:
        query = query.where(coordinator_reaches(bindparam("coordinator_id")))
    conditions = [Participation.person_id == Person.id]
    if shape.project:
        conditions.append(Participation.project_id == bindparam("project_id"))
    if shape.group:
        conditions.append(Participation.group_id == bindparam("group_id"))
    if shape.status:
        conditions.append(Participation.status == bindparam("status"))
    if shape.year:
        conditions.append(and_(
            or_(Participation.start_date.is_(None),
                Participation.start_date <= bindparam("year_last")),
            or_(Participation.end_date.is_(None),
                Participation.end_date >= bindparam("year_first")),
        ))
    if len(conditions) > 1:
        query = query.where(exists().where(*conditions))
    return query


@functools.lru_cache(maxsize=128)
def _surname_parts(shape: _Shape) -> tuple[Select, ...]:
    """The filter as queries whose results, each in (last_key, id) order, concatenate to the
    whole list in that order: one query, or the three parts of a name search."""
    base = _shaped_base(shape)
    key, upper = bindparam("key"), bindparam("upper")
    if shape.text == "":
        return (base,)
    if shape.text == "pesel":
        return (base.where(Person.pesel >= key, Person.pesel < upper),)
    first_matches = and_(Person.first_key >= key, Person.first_key < upper)
    # The surname bound of the first-name parts is wrapped in coalesce() (last_key is never
    # null) so that no engine walks the surname index over half the table for it: without
    # statistics SQLite would; this way the first-name index answers those parts.
    surname = func.coalesce(Person.last_key, "")
    return (
        base.where(first_matches, surname < key),
        base.where(Person.last_key >= key, Person.last_key < upper),
        base.where(first_matches, surname >= upper),
    )


@functools.lru_cache(maxsize=128)
def _count_statement(shape: _Shape) -> Select:
    return select(*(select(func.count()).select_from(part.subquery()).scalar_subquery()
                    for part in _surname_parts(shape)))


# The columns of a list row (PersonRow without the project titles).
_ROW_COLUMNS = (Person.id, Person.last_name, Person.first_name, Person.pesel, Person.birth_date,
                Person.sex, Person.city)


@functools.lru_cache(maxsize=512)
def _page_statement(shape: _Shape, part: int, descending: bool, bounded: bool) -> Select:
    query = _surname_parts(shape)[part].with_only_columns(*_ROW_COLUMNS, Person.last_key)
    if bounded:
        position = tuple_(Person.last_key, Person.id)
        bound = tuple_(bindparam("after_key"), bindparam("after_id"))
        query = query.where(position < bound if descending else position > bound)
    columns = (Person.last_key.desc(), Person.id.desc()) if descending else (
        Person.last_key, Person.id)
    return query.order_by(*columns).limit(bindparam("page_size"))


def filtered_ids(session: Session, flt: PeopleFilter, sort: str = "last_name",
                 descending: bool = False) -> list[int]:
    conn = session.connection()
    if sort != "last_name":
        return _id_column(conn.execute(filtered_ids_query(flt, sort, descending)))
    shape, params = _shape_and_params(flt)
    ids: list[int] = []
    for part in _surname_parts(shape):
        ids.extend(_id_column(conn.execute(part.order_by(Person.last_key, Person.id), params)))
    if descending:
        ids.reverse()  # = ORDER BY last_key DESC, id DESC
    return ids


def count(session: Session, flt: PeopleFilter) -> int:
    """How many people the filter finds (each counted once: the parts do not overlap)."""
    shape, params = _shape_and_params(flt)
    return sum(session.connection().execute(_count_statement(shape), params).one())


def surname_page(session: Session, flt: PeopleFilter, *, descending: bool = False,
                 after: PageCursor | None = None, limit: int = 200
                 ) -> tuple[list[tuple], PageCursor | None]:
    """Up to `limit` list rows (as `rows_for` gives them) in surname order from `after` on,
    and the cursor of the next page. Keyset paging: the work of a page does not grow with
    the number of people found, and the page's rows come with it (no second lookup)."""
    conn = session.connection()
    shape, params = _shape_and_params(flt)
    order = list(range(len(_surname_parts(shape))))
    if descending:
        order.reverse()
    if after is not None:
        order = order[order.index(after.part):]
        params.update(after_key=after.last_key, after_id=after.id)
    found: list[tuple] = []
    cursor = after
    for number in order:
        bounded = after is not None and number == after.part
        statement = _page_statement(shape, number, descending, bounded)
        rows = conn.execute(statement, {**params, "page_size": limit - len(found)}).all()
        found.extend(tuple(row[:-1]) for row in rows)
        if rows:
            cursor = PageCursor(number, rows[-1][-1], rows[-1][0])
        if len(found) >= limit:
            return _with_titles(conn, found), cursor
    return _with_titles(conn, found), None


# The project titles of one page: built once, the ids go in as one expanding parameter
# (building `IN (…)` from 200 literals on every keystroke cost more than running the query).
_PAGE_PEOPLE = select(*_ROW_COLUMNS).where(Person.id.in_(bindparam("ids", expanding=True)))
_PAGE_TITLES = (
    select(Participation.person_id, Project.title)
    .join(Project, Project.id == Participation.project_id)
    .where(Participation.person_id.in_(bindparam("ids", expanding=True)))
    .distinct()
)


def _with_titles(conn, rows: list[tuple]) -> list[tuple]:
    """Each person's row with the titles of their projects appended."""
    if not rows:
        return []
    titles: dict[int, list[str]] = {}
    for person_id, title in conn.execute(_PAGE_TITLES, {"ids": [row[0] for row in rows]}).all():
        titles.setdefault(person_id, []).append(title)
    return [(*row, "; ".join(sorted(titles.get(row[0], [])))) for row in rows]


def rows_for(session: Session, ids: list[int]) -> dict[int, tuple]:
    """Row data for the ids of one page, with the titles of the person's projects."""
    if not ids:
        return {}
    conn = session.connection()  # Core: plain rows, no ORM loading
    people = [tuple(row) for row in conn.execute(_PAGE_PEOPLE, {"ids": list(ids)}).all()]
    return {row[0]: row for row in _with_titles(conn, people)}
