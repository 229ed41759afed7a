"""The participants search answers each keystroke with three index-ordered queries instead of
one `surname OR first name` query; on the demo's 2 244 people both give exactly the same ids
in exactly the same order, for every prefix people type, in both sort directions, with and
without the other filters. The covering indexes are what the planner uses."""

from __future__ import annotations

from sqlalchemy import select

from ops_desktop.db.models import Person
from ops_desktop.db.repositories import people_search
from ops_desktop.db.repositories.people_search import filtered_ids_query
from ops_desktop.domain.participants import PeopleFilter
from ops_desktop.services import projects

# `demo_ctx` (tests/conftest.py): a copy of the demo database built once per session.


def _prefixes(ctx) -> list[str]:
    with ctx.reading() as session:
        names = session.execute(select(Person.last_name, Person.first_name).limit(6)).all()
    typed = {"a", "k", "m", "ż", "Ł", "luk", "łuk", "KOWAL", "anna", "zz", "x"}
    for last, first in names:
        typed.update(word[:n] for word in (last, first) for n in (1, 3))
    return sorted(typed)


def test_split_search_equals_the_single_query(demo_ctx):
    rybnik = projects.find_project_id(demo_ctx, title="Skorzystaj z szansy")
    filters = [dict(), dict(project_id=rybnik, year=2011)]
    with demo_ctx.reading() as session:
        for text in _prefixes(demo_ctx):
            for extra in filters:
                flt = PeopleFilter(text=text, **extra)
                for descending in (False, True):
                    expected = list(session.execute(
                        filtered_ids_query(flt, "last_name", descending)).scalars())
                    got = people_search.filtered_ids(session, flt, "last_name", descending)
                    assert got == expected, (text, extra, descending)


def test_other_sort_columns_and_pesel_prefixes_still_work(demo_ctx):
    with demo_ctx.reading() as session:
        pesel = session.execute(select(Person.pesel).limit(1)).scalar()
        for text, sort in ((pesel[:4], "last_name"), ("kow", "first_name"), ("a", "city")):
            flt = PeopleFilter(text=text)
            expected = list(session.execute(filtered_ids_query(flt, sort, False)).scalars())
            assert people_search.filtered_ids(session, flt, sort, False) == expected
            assert expected


def test_each_part_is_answered_from_a_covering_index(demo_ctx):
    with demo_ctx.engine.connect() as conn:
        for index_name in ("ix_people_search_last", "ix_people_search_first"):
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM people WHERE anonymised IS 0 AND "
                + ("last_key >= 'kow' AND last_key < 'kox'" if index_name.endswith("last") else
                   "first_key >= 'kow' AND first_key < 'kox' AND coalesce(last_key, '') < 'kow'")
                + " ORDER BY last_key, id").all()
            assert f"COVERING INDEX {index_name}" in " ".join(str(row) for row in plan)


def test_keyset_pages_walk_the_same_list(demo_ctx):
    """Count and pages (small, so that pages cross from one part of a name search into the
    next) give exactly the full list, in both directions."""
    rybnik = projects.find_project_id(demo_ctx, title="Skorzystaj z szansy")
    with demo_ctx.reading() as session:
        for text in ("", "k", "an", "ł", "Kowal", "8", "zz"):
            for extra in (dict(), dict(project_id=rybnik)):
                flt = PeopleFilter(text=text, **extra)
                for descending in (False, True):
                    expected = people_search.filtered_ids(session, flt, "last_name", descending)
                    assert people_search.count(session, flt) == len(expected)
                    walked, cursor = [], None
                    while True:
                        rows, cursor = people_search.surname_page(
                            session, flt, descending=descending, after=cursor, limit=37)
                        walked += [row[0] for row in rows]
                        if cursor is None or not rows:
                            break
                    assert walked == expected, (text, extra, descending)


def test_the_list_model_pages_through_a_search(qtbot, demo_ctx, qtmodeltester):
    from ops_desktop.services import participants
    from ops_desktop.ui.participants.participants_model import ParticipantsModel

    model = ParticipantsModel(demo_ctx)
    model.set_filter(PeopleFilter(text="k"))
    expected = participants.search_ids(demo_ctx, flt=PeopleFilter(text="k"))
    assert model.total() == len(expected) > 200 and model.rowCount() == 200
    while model.canFetchMore():
        model.fetchMore()
    assert [model.person_id(row) for row in range(model.rowCount())] == expected
    model.sort(ParticipantsModel.CITY)  # another column: the id list path
    assert model.total() == len(expected)
    qtmodeltester.check(model)
