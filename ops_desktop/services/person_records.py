"""Which rows of the database belong to a person, found from the schema itself.

A table belongs to people when a foreign key leads from it to `people` (participations,
contracts, certificates), or to a table that belongs to people (a contract's goals, an
enrolment's attendance marks), found by following foreign keys from `Base.metadata`. So a
table added by a later migration is covered by the data-subject access report and by
anonymisation without either knowing it by name. `audit_log` and `users` are not a person's
records (the trail keeps ids only and must stay intact), nor is another person reached
through `people.household_id`.

`free_text_columns` names what anonymisation blanks in such a table: every TEXT column, and
short columns whose name says they hold identity or free text (names, PESEL, contacts,
address, descriptions). Codes, dates, numbers and counts stay, so statistics still add up."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, ColumnElement, Table, Text, false, or_, select

from ops_desktop.db.models import Base

NOT_PERSONAL_RECORDS = {"people", "audit_log", "users"}
IDENTITY_COLUMNS = {
    "first_name", "last_name", "pesel", "other_id", "phone", "email", "street", "building",
    "flat", "postal_code", "address", "referral_number",
}
FREE_TEXT_COLUMNS = {"details", "description", "topic", "notes", "remarks", "comment"}


@dataclass(frozen=True)
class Link:
    column: Column       # in the owned table
    parent: str          # the table it points to (people, or another owned table)
    parent_column: Column


@dataclass(frozen=True)
class OwnedTable:
    table: Table
    links: tuple[Link, ...]


def owned_tables() -> list[OwnedTable]:
    """Tables holding a person's records, parents before children."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    order: list[str] = []
    owned = {"people"}
    changed = True
    while changed:
        changed = False
        for name, table in tables.items():
            if name in owned or name in NOT_PERSONAL_RECORDS:
                continue
            if any(fk.column.table.name in owned for fk in table.foreign_keys):
                owned.add(name)
                order.append(name)
                changed = True
    result = []
    for index, name in enumerate(order):
        earlier = {"people", *order[:index]}
        links = tuple(
            Link(fk.parent, fk.column.table.name, fk.column)
            for fk in sorted(tables[name].foreign_keys, key=lambda f: f.parent.name)
            if fk.column.table.name in earlier
        )
        result.append(OwnedTable(tables[name], links))
    return result


def rows_of(owned: OwnedTable, person_ids: list[int]) -> ColumnElement[bool]:
    """A condition selecting the rows of `owned` that belong to any of `person_ids`."""
    by_name = {o.table.name: o for o in owned_tables()}
    return _condition(owned, person_ids, by_name)


def free_text_columns(table: Table) -> list[Column]:
    return [
        column for column in table.columns
        if not column.primary_key and not column.foreign_keys and (
            isinstance(column.type, Text) or column.name in IDENTITY_COLUMNS
            or column.name in FREE_TEXT_COLUMNS)
    ]


def _condition(owned: OwnedTable, person_ids: list[int],
               by_name: dict[str, OwnedTable]) -> ColumnElement[bool]:
    parts = []
    for link in owned.links:
        if link.parent == "people":
            parts.append(link.column.in_(person_ids))
        else:
            parent = by_name[link.parent]
            parts.append(link.column.in_(
                select(link.parent_column).where(_condition(parent, person_ids, by_name))))
    return or_(*parts) if parts else false()
