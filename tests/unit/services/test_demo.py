"""The demo database: built into a real file, it holds the five seed projects in the seeds'
own numbers (people per group, unique people and women, budgets to the grosz), valid PESELs
matching sex and birth date, linked surroundings, and the same data for the same seed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from ops_desktop.cli.main import main
from ops_desktop.db.models import Participation, Person, PersonFlag, Project, ProjectGroup
from ops_desktop.domain.pesel import age_on, parse_pesel, pesel_problem
from ops_desktop.domain.text import fold
from ops_desktop.services import projects
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.demo.builder import seed_project

STARTED = ("participant", "completed", "dropped_out")


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    """A context on a copy of the session's demo database (tests/conftest.py)."""
    import shutil

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy2(demo_template, path)
    opened = open_database(path, actor=SYSTEM_ACTOR)
    yield opened.context
    opened.engine.dispose()


def _project_id(ctx, key: str) -> int:
    return projects.find_project_id(ctx, title=seed_project(key).title)


def _people_per_group(ctx, key: str) -> dict[str, int]:
    with ctx.reading() as session:
        rows = session.execute(
            select(ProjectGroup.name, func.count(func.distinct(Participation.person_id)))
            .join(Participation, Participation.group_id == ProjectGroup.id)
            .where(ProjectGroup.project_id == _project_id(ctx, key),
                   Participation.role == "participant", Participation.status.in_(STARTED))
            .group_by(ProjectGroup.name)
        ).all()
    return dict(rows)


def _unique(ctx, key: str) -> tuple[int, int]:
    """(unique participants, of whom women) of a project, each person counted once."""
    with ctx.reading() as session:
        ids = select(Participation.person_id).where(
            Participation.project_id == _project_id(ctx, key),
            Participation.role == "participant", Participation.status.in_(STARTED)).distinct()
        total = session.execute(select(func.count()).select_from(ids.subquery())).scalar_one()
        women = session.execute(
            select(func.count(Person.id)).where(Person.id.in_(ids), Person.sex == "K")
        ).scalar_one()
    return total, women


def test_wloclawek_2011_has_521_people_in_its_five_modules(demo):
    ctx = demo
    assert _people_per_group(ctx, "wloclawek") == {
        "Moduł zawodowy": 118, "Grupy wsparcia": 256,
        "Grupy wsparcia dla osób niepełnosprawnych": 60, "Grupa socjalizacyjna": 12,
        "Programy Aktywności Lokalnej": 75,
    }
    assert _unique(ctx, "wloclawek")[0] == 521


def test_rybnik_counts_908_people_once_each_639_women(demo):
    ctx = demo
    assert _unique(ctx, "rybnik") == (908, 639)
    groups = _people_per_group(ctx, "rybnik")
    assert groups["Kontrakty — osoby niepracujące"] == 495
    assert groups["Indywidualny program wychodzenia z bezdomności"] == 52
    assert groups["Młodzież — warsztaty profilaktyczno-terapeutyczne"] == 262
    assert [groups[name] for name in groups if name.startswith("PAL")] == [119, 57, 54]
    with ctx.reading() as session:
        project_id = _project_id(ctx, "rybnik")
        several_years = session.execute(
            select(func.count()).select_from(
                select(Participation.person_id)
                .where(Participation.project_id == project_id,
                       Participation.role == "participant")
                .group_by(Participation.person_id)
                .having(func.count(func.distinct(func.strftime("%Y", Participation.start_date)))
                        > 1).subquery())
        ).scalar_one()
        sexes = dict(session.execute(
            select(Person.sex, func.count(func.distinct(Person.id)))
            .join(Participation, Participation.person_id == Person.id)
            .join(ProjectGroup, ProjectGroup.id == Participation.group_id)
            .where(ProjectGroup.name == "Kontrakty — osoby niepracujące")
            .group_by(Person.sex)).all())
    assert several_years > 50  # supported in more than one year: several participations
    assert sexes == {"M": 158, "K": 337}


def test_bartoszyce_121_people_and_four_courses(demo):
    ctx = demo
    groups = _people_per_group(ctx, "bartoszyce")
    assert groups["PAL „Jak być dobrym rodzicem, sąsiadem i pracownikiem”"] == 44
    assert (groups["Klub Integracji Społecznej — edycja I"],
            groups["Klub Integracji Społecznej — edycja II"]) == (14, 14)
    courses = sorted(v for k, v in groups.items() if k.startswith("Kurs:"))
    assert courses == [12, 12, 12, 13]
    assert _unique(ctx, "bartoszyce")[0] == 121


def test_otwarci_na_jutro_2009_has_60_contract_people_in_four_groups(demo):
    ctx = demo
    groups = _people_per_group(ctx, "otwarci")
    in_2009 = {k: v for k, v in groups.items() if k.startswith("2009")}
    assert sorted(in_2009.values()) == [10, 15, 15, 20] and sum(in_2009.values()) == 60
    assert sum(v for k, v in groups.items() if k.startswith("2010")) == 64
    assert any(k.startswith("2008") for k in groups)


def test_jelenia_gora_2014_has_282_people(demo):
    ctx = demo
    assert _unique(ctx, "jelenia_gora")[0] == 282
    with ctx.reading() as session:
        flags = dict(session.execute(
            select(PersonFlag.flag, func.count()).where(PersonFlag.answer == "yes")
            .group_by(PersonFlag.flag)).all())
    assert flags["disability"] >= 58 + 60 and flags["leaving_care_or_prison"] >= 12 + 14


def test_budgets_to_the_grosz(demo):
    ctx = demo
    with ctx.reading() as session:
        budgets = {title: (total, eu, own) for title, total, eu, own in session.execute(
            select(Project.title, Project.budget_total, Project.budget_eu, Project.budget_own))}
    assert budgets["Twoja Szansa"] == (34_977_380, 31_050_380, 3_927_000)
    assert budgets["Aktywna Integracja - Projekt Systemowy MOPR Włocławek"] == (
        217_785_715, 194_918_215, 22_867_500)
    assert budgets["Skorzystaj z szansy"][0] == 750_244_900
    assert budgets["Postaw na siebie"][1] == 208_471_850
    rows = {row.title: row for row in projects.list_projects(ctx)}
    assert rows["Skorzystaj z szansy"].participants == 908
    assert rows["Aktywna Integracja - Projekt Systemowy MOPR Włocławek"].participants == 521


def test_every_pesel_is_valid_and_matches_sex_and_birth_date(demo):
    ctx = demo
    with ctx.reading() as session:
        people = session.execute(
            select(Person.pesel, Person.sex, Person.birth_date, Person.first_name,
                   Person.last_name, Person.last_key, Person.first_key)).all()
    assert len(people) > 2000
    assert len({p.pesel for p in people}) == len(people)
    for p in people:
        assert pesel_problem(p.pesel) is None
        info = parse_pesel(p.pesel)
        assert (info.sex.value, info.birth_date) == (p.sex, p.birth_date)
        assert p.last_key == fold(f"{p.last_name} {p.first_name}")
        assert p.first_key == fold(p.first_name)
        if p.sex == "K":
            assert not p.last_name.endswith(("ski", "cki", "dzki")), "feminine form"
        else:
            assert not p.last_name.endswith(("ska", "cka", "dzka")), "masculine form"


def test_ages_and_dates_fit_the_projects(demo):
    ctx = demo
    with ctx.reading() as session:
        rows = session.execute(
            select(Participation.start_date, Participation.end_date, Participation.role,
                   Person.birth_date, Project.start_date, Project.end_date, ProjectGroup.name,
                   Participation.status)
            .join(Person, Person.id == Participation.person_id)
            .join(Project, Project.id == Participation.project_id)
            .outerjoin(ProjectGroup, ProjectGroup.id == Participation.group_id)).all()
    for start, end, role, born, p_start, p_end, group, status in rows:
        if status not in STARTED:
            assert start is None and group is None  # applicants who never started
            continue
        assert p_start <= start <= end <= p_end
        age = age_on(born, start)
        if role == "surroundings":
            continue
        if "15–25" in (group or "") or "Młodzież" in (group or ""):
            assert 15 <= age <= 25, group
        else:
            assert 15 <= age <= 64, group


def test_surroundings_are_linked_to_their_participant(demo):
    ctx = demo
    with ctx.reading() as session:
        rows = session.execute(
            select(Person.id, Person.household_id, Participation.project_id)
            .join(Participation, Participation.person_id == Person.id)
            .where(Participation.role == "surroundings")).all()
        assert len(rows) > 100
        for _person_id, household_id, project_id in rows:
            assert household_id is not None
            assert session.execute(
                select(func.count()).where(Participation.person_id == household_id,
                                           Participation.project_id == project_id,
                                           Participation.role == "participant")
            ).scalar_one() >= 1


def test_same_seed_same_people(demo):
    """The plan is pure and seeded: planned twice it is the same, and the database built from
    seed 2011 holds exactly the planned people, in order."""
    import random

    from ops_desktop.services.demo.people_plan import PeopleFactory, plan_project
    from ops_desktop.services.demo.seed_projects import SEED_PROJECTS

    def planned() -> list[tuple[str, str, str, str]]:
        factory = PeopleFactory(random.Random(2011))
        for seed in SEED_PROJECTS:
            plan_project(seed, factory)
        return [(p.pesel, p.first_name, p.last_name, p.street) for p in factory.people]

    first = planned()
    assert first == planned()
    with demo.reading() as session:
        stored = session.execute(select(Person.pesel, Person.first_name, Person.last_name,
                                        Person.street).order_by(Person.id)).all()
    assert sorted(tuple(row) for row in stored) == sorted(first)


def test_demo_command_creates_the_file_and_refuses_an_existing_one(tmp_path, capsys):
    path = tmp_path / "cli-demo.db"
    assert main(["demo", "--db", str(path), "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert "Utworzono bazę demonstracyjną" in out and "5 projektów" in out
    assert main(["demo", "--db", str(path)]) != 0
    assert "już istnieje" in capsys.readouterr().err
    # The demo database is encrypted: open it by signing in to a demo account.
    from ops_desktop.services import sign_in
    from ops_desktop.services.demo.accounts_demo import DEMO_PASSWORD

    signed_in = sign_in.sign_in(path, username="koordynator", password=DEMO_PASSWORD)
    with signed_in.context.reading() as session:
        assert session.execute(select(func.count(Project.id))).scalar_one() == 5
        assert session.execute(select(Person.birth_date).limit(1)).scalar() < dt.date.today()
    signed_in.close()
