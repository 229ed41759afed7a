"""People, their sensitive answers, participations and consents.

`people`: everyone the office supports, participants and their surroundings alike. PESEL is
unique when present; sex and birth date are derived from it (kept as columns so statistics
need no parsing). `last_key` / `first_key` hold the names folded for search (lower case, no
diacritics, ł→l): SQLite cannot fold Polish letters itself; on the office server they and
`pesel` compare byte by byte (collation "C", migration 0011) as in a file, whatever the
database's locale, so a search finds the same people in the same order. `household_id`
links a family member (surroundings) to the participant they are supported with;
`caseworker_id` is the caseworker whose caseload the person is in; `version` counts the
saves (migration 0010).
`person_flags`: the special-category answers (disability, minority/migrant, homelessness,
addiction, domestic violence, leaving care or prison, other disadvantage), each Yes / No /
Refused, in their own table so that reading them is a separate, permitted and audited act.
`participations`: a person in a project (and group), as participant or surroundings, with the
recruitment status, start (= first support) and end, end reason and situation at exit.
`consents`: consents given (data processing, special-category data, image) with the version of
the text the person signed, and the date withdrawn."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ops_desktop.db.base import Base


def _bytewise(length: int) -> String:
    """Text compared byte by byte on both engines: SQLite's BINARY, "C" on the server."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Person(Base):
    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_last_key", "last_key"),
        Index("ix_people_first_key", "first_key"),
        # Covering indexes of the participants search (db/repositories/people_search.py):
        # each keystroke is answered from the index alone, already in surname order; the
        # caseworker at the end keeps a caseworker's or coordinator's list inside the index.
        Index("ix_people_search_last", "anonymised", "last_key", "caseworker_id"),
        Index("ix_people_search_first", "anonymised", "first_key", "last_key", "caseworker_id"),
        Index("ix_people_search_pesel", "anonymised", "pesel", "last_key", "caseworker_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(150))
    last_key: Mapped[str] = mapped_column(_bytewise(260))   # "kowalski jan"
    first_key: Mapped[str] = mapped_column(_bytewise(100))  # "jan"
    pesel: Mapped[str | None] = mapped_column(_bytewise(11), unique=True)
    no_pesel: Mapped[bool] = mapped_column(Boolean, default=False)
    other_id: Mapped[str] = mapped_column(String(60), default="")
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    street: Mapped[str] = mapped_column(String(200), default="")
    building: Mapped[str] = mapped_column(String(20), default="")
    flat: Mapped[str] = mapped_column(String(20), default="")
    postal_code: Mapped[str] = mapped_column(String(6), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    municipality: Mapped[str] = mapped_column(String(120), default="")
    county: Mapped[str] = mapped_column(String(120), default="")
    voivodeship: Mapped[str] = mapped_column(String(60), default="")
    degurba: Mapped[int | None] = mapped_column(Integer)
    area_type: Mapped[str | None] = mapped_column(String(10))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    education: Mapped[str | None] = mapped_column(String(20))
    labour_status: Mapped[str | None] = mapped_column(String(40))
    long_term_unemployed: Mapped[bool] = mapped_column(Boolean, default=False)
    labour_substatus: Mapped[str | None] = mapped_column(String(40))
    disability_degree: Mapped[str | None] = mapped_column(String(20))
    household_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Every ORM update adds 1 and checks the old value in its WHERE (optimistic locking): the
    # person dialog's save carries the version it read (services/participants.update_person).
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class PersonFlag(Base):
    __tablename__ = "person_flags"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    flag: Mapped[str] = mapped_column(String(40), primary_key=True)
    answer: Mapped[str] = mapped_column(String(10))


class Participation(Base):
    __tablename__ = "participations"
    __table_args__ = (
        # A person's projects from the index alone: the coordinator's reach
        # (db/repositories/reach.py) asks it once per person a list looks at.
        Index("ix_participations_person_project", "person_id", "project_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("project_groups.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="participant")
    status: Mapped[str] = mapped_column(String(20), default="applied")
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(30))
    exit_situation: Mapped[str | None] = mapped_column(String(30))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Consent(Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(30))
    text_version: Mapped[str] = mapped_column(String(40))
    given_on: Mapped[dt.date] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
