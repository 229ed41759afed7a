"""The participants search finds the same people in the same order on a file and on the
office server, whatever collation the office IT gave the server's database (migration 0011:
the search keys compare byte by byte there, as SQLite's BINARY text does). The server side
runs on a database created with a Polish ICU collation; there, without 0011, `o-neil` came
before `o'neil` and `dell-orto` before `dell'orto`, the opposite of the file."""

from __future__ import annotations

import pytest

from ops_desktop.domain.participants import PeopleFilter
from ops_desktop.domain.text import fold
from ops_desktop.services import participants
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database
from tests import factories

PEOPLE = [("Anna", "O'Neil"), ("Jan", "O-Neil"), ("Ewa", "Oneil"), ("Piotr", "O Neil"),
          ("Ola", "Dell'Orto"), ("Iga", "Dell-Orto"), ("Zofia", "Nowak-Kowalska"),
          ("Adam", "Nowak"), ("Karol", "Nowakowski"), ("Łucja", "Łukasik"), ("Marek", "Lukas"),
          ("Oliwia", "Zięba"), ("Olaf", "Kowal"), ("Dorota", "Ostrowska")]
TYPED = ("o", "o'", "o-", "dell", "nowak", "nowak k", "łu", "luk", "ol", "d", "zie", "")


@pytest.fixture
def polish_ctx(backend, request):
    """A service context on the migrated template file, or on a server database created with
    the Polish ICU collation and migrated by the application."""
    if backend == "sqlite":
        location = request.getfixturevalue("db_path")
    else:
        cluster = request.getfixturevalue("pg_cluster")
        location = cluster.address(cluster.create_database(icu_locale="pl-PL"))
    opened = open_database(location, actor=SYSTEM_ACTOR)
    yield opened.context
    opened.engine.dispose()
    if backend != "sqlite":
        cluster.drop_database(location.dbname)


def _expected(people: dict[int, tuple[str, str]], text: str) -> list[int]:
    """The file's answer worked out in Python: keys compared as code points (= UTF-8 bytes)."""
    key = fold(text)
    found = [(fold(f"{last} {first}"), pid) for pid, (first, last) in people.items()
             if fold(f"{last} {first}").startswith(key) or fold(first).startswith(key)]
    return [pid for _key, pid in sorted(found)]


def _paged(ctx, text: str, *, descending: bool = False) -> list[int]:
    """The whole list two rows a page, as the list model reads it."""
    ids, after = [], None
    while True:
        rows, after, _total = participants.people_page(
            ctx, flt=PeopleFilter(text=text), descending=descending, after=after, limit=2)
        ids += [row.id for row in rows]
        if after is None:
            return ids


@pytest.mark.both_backends
def test_search_finds_the_same_people_in_the_same_order(polish_ctx):
    people = {factories.person(polish_ctx, first, last).id: (first, last)
              for first, last in PEOPLE}
    for text in TYPED:
        expected = _expected(people, text)
        assert participants.search_ids(polish_ctx, flt=PeopleFilter(text=text)) == expected, text
        assert _paged(polish_ctx, text) == expected, text
        assert _paged(polish_ctx, text, descending=True) == expected[::-1], text
        _rows, _after, total = participants.people_page(
            polish_ctx, flt=PeopleFilter(text=text), with_total=True)
        assert total == len(expected), text
    surnames = [people[pid][1] for pid in _expected(people, "o")]
    assert [name for name in surnames if name.startswith("O")][:4] == [
        "O Neil", "O'Neil", "O-Neil", "Oneil"]  # where a Polish collation differs

