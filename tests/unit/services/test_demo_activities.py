"""The demo database's activities: the seeds' courses, KIS editions, workshop, support groups
and day-care with filled attendance whose maintained totals equal a recount, most people at
or above the threshold and some below, surroundings counted apart, certificates of the four
Bartoszyce courses in the register, consultations on support cards — on a file and on the
test PostgreSQL server."""

from __future__ import annotations

import pytest

from ops_desktop.domain.activities import ActivityForm
from ops_desktop.services import activities, attendance, certificates, projects, support_card
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.demo.builder import build_demo


pytestmark = pytest.mark.both_backends


@pytest.fixture(scope="module", params=("sqlite", "postgresql"))
def demo(request, tmp_path_factory):
    """The demo built once per backend: on a file, and on a server database."""
    if request.param == "sqlite":
        location = tmp_path_factory.mktemp("demo") / "demo.db"
    else:
        cluster = request.getfixturevalue("pg_cluster")
        name = cluster.create_database()
        location = cluster.address(name)
    opened = open_database(location, actor=SYSTEM_ACTOR)
    build_demo(opened.context, seed=2011)
    yield opened.context
    opened.engine.dispose()
    if request.param != "sqlite":
        cluster.drop_database(name)


def _activities(ctx, title):
    return {r.name: r for r in activities.list_activities(
        ctx, project_id=projects.find_project_id(ctx, title=title))}


def test_bartoszyce_courses_kis_and_day_care(demo):
    rows = _activities(demo, "Twoja Szansa")
    courses = [r for r in rows.values() if r.form is ActivityForm.COURSE]
    assert sorted(r.participants for r in courses) == [12, 12, 12, 13]
    assert {"Klub Integracji Społecznej — edycja I",
            "Klub Integracji Społecznej — edycja II"} <= set(rows)
    day_care = next(r for r in rows.values() if r.form is ActivityForm.DAY_CARE)
    assert day_care.participants == 0 and day_care.surroundings > 0
    trip = next(r for r in rows.values() if r.form is ActivityForm.TRIP)
    assert trip.participants > 0 and trip.surroundings > 0 and trip.sessions == 1
    register = certificates.register(demo, year=2009)
    assert len(register.rows) == 49 and register.rows[0].number == "1/2009"
    assert {r.activity_name for r in register.rows} == {r.name for r in courses}


def test_attendance_is_realistic_and_totals_equal_a_recount(demo):
    assert attendance.verify_totals(demo) == []
    above = below = 0
    for row in activities.list_activities(demo):
        for person in attendance.grid(demo, activity_id=row.id).people:
            if person.surroundings or not person.totals.planned_hours:
                continue
            if person.totals.pct >= 80:
                above += 1
            else:
                below += 1
    assert above > 3 * below > 0


def test_otwarci_workshop_and_consultations(demo):
    rows = _activities(demo, "Otwarci Na Jutro")
    workshop = rows["Warsztaty aktywizacji zawodowej (40 godz.)"]
    assert workshop.sessions == 10 and workshop.scheduled_hours == 4000
    assert activities.get_activity(demo, activity_id=workshop.id).draft.planned_hours == 4000
    people = activities.list_enrolments(demo, activity_id=workshop.id)
    cards = [support_card.list_entries(demo, participation_id=e.participation_id) for e in people]
    assert any(cards)
    kinds = {e.draft.specialist_kind.value for card in cards for e in card}
    assert "career_adviser" in kinds


def test_wloclawek_support_groups(demo):
    rows = _activities(demo, "Aktywna Integracja - Projekt Systemowy MOPR Włocławek")
    groups = [r for r in rows.values() if r.form is ActivityForm.SUPPORT_GROUP]
    assert len(groups) >= 15
    assert all(15 <= r.participants <= 20 for r in groups if r.name.startswith("Grupa wsparcia nr"))
