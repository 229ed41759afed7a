"""People and their search on a SQLite file and on the office server: the same folded,
indexed columns on both (ł→l and every other diacritic folded in Python, prefix ranges, no
LIKE), so a caseworker types the same letters and gets the same list in the same order,
page by page; an edit refolds the name; PESEL prefixes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from ops_desktop.domain.enums import Sex
from ops_desktop.domain.participants import PeopleFilter
from ops_desktop.services import participants
from tests import factories

pytestmark = pytest.mark.both_backends

NAMES = [("Łukasz", "Żółć"), ("Łucja", "Ślęzak"), ("Lech", "Lis"), ("Ewa", "Łuczak"),
         ("Źdźisław", "Kowalski-Łęcki"), ("Anna", "Kowalska"), ("Jan", "Kowal"),
         ("Zofia", "Nowak"), ("Łucja", "Ługowska"), ("Ignacy", "Lubicz")]


@pytest.fixture
def people(ctx):
    return {(first, last): factories.person(ctx, first, last, born=dt.date(1980, 1, 1 + i),
                                            sex=Sex.FEMALE if first[-1] == "a" else Sex.MALE)
            for i, (first, last) in enumerate(NAMES)}


def _names(ctx, text: str) -> list[tuple[str, str]]:
    ids = participants.search_ids(ctx, flt=PeopleFilter(text=text))
    return [(row.first_name, row.last_name) for row in participants.rows(ctx, ids=ids)]


def test_diacritics_are_folded_and_prefixes_match_surname_or_first_name(ctx, people):
    assert _names(ctx, "zolc") == [("Łukasz", "Żółć")]
    assert _names(ctx, "ŻÓŁ") == [("Łukasz", "Żółć")]
    assert _names(ctx, "luc") == [("Ewa", "Łuczak"), ("Łucja", "Ługowska"),
                                  ("Łucja", "Ślęzak")]
    assert _names(ctx, "ślę") == [("Łucja", "Ślęzak")]
    assert _names(ctx, "kowal") == [("Jan", "Kowal"), ("Anna", "Kowalska"),
                                    ("Źdźisław", "Kowalski-Łęcki")]
    assert _names(ctx, "kowalski-le") == [("Źdźisław", "Kowalski-Łęcki")]
    assert _names(ctx, "l") == [("Lech", "Lis"), ("Ignacy", "Lubicz"), ("Ewa", "Łuczak"),
                                ("Łucja", "Ługowska"), ("Łucja", "Ślęzak"),
                                ("Łukasz", "Żółć")]
    assert _names(ctx, "xyz") == []


def test_pesel_prefix_and_an_edit_refolds_the_name(ctx, people):
    anna = people[("Anna", "Kowalska")]
    assert participants.search_ids(ctx, flt=PeopleFilter(text=anna.draft.pesel[:8])) == [
        anna.id]
    participants.update_person(ctx, person_id=anna.id, draft=dataclasses.replace(
        anna.draft, last_name="Łaska"))
    assert _names(ctx, "lask") == [("Anna", "Łaska")] and _names(ctx, "kowalska") == []


def test_pages_walk_the_whole_list_in_surname_order(ctx, people):
    seen, cursor = [], None
    while True:
        page, cursor, total = participants.people_page(
            ctx, flt=PeopleFilter(), after=cursor, limit=3, with_total=True)
        seen += [row.last_name for row in page]
        assert total == len(NAMES)
        if cursor is None:
            break
    assert seen == ["Kowal", "Kowalska", "Kowalski-Łęcki", "Lis", "Lubicz", "Łuczak",
                    "Ługowska", "Nowak", "Ślęzak", "Żółć"]
