"""Build the demo database: a neutral demo office, the five seed projects with their real
structure (shared/seeds, `seed_projects.py`) and synthetic people in the seeds' numbers.

The office, the projects and the first participant of each project go through the ordinary
services (validation, audit); the thousands of other people, their answers, participations
and consents are written in bulk with SQLAlchemy Core `executemany` into the same tables,
with the same derived columns (`last_key` / `first_key` folded by `domain.text.fold`), so the
whole database builds in a few seconds. Deterministic for a given seed (apart from the
timestamps of rows written through the services). Accounts are not created here;
contracts and activities are added by their own demo modules at the end."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from sqlalchemy import insert

from ops_desktop.db.models import Consent, Participation, Person, PersonFlag
from ops_desktop.db.repositories import concurrency
from ops_desktop.domain.enums import AreaType, ConsentType, ParticipationRole, RecruitmentStatus
from ops_desktop.domain.participants import Address, ParticipationDraft, PersonDraft
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.projects import EditionDraft, GroupDraft, OfficeDraft, ProjectDraft
from ops_desktop.domain.text import fold
from ops_desktop.services import audit, enrolment, office, participants, projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.demo import activities_demo, contracts_demo
from ops_desktop.services.demo.people_plan import (
    PeopleFactory, PlannedParticipation, PlannedPerson, ProjectPlan, plan_project,
)
from ops_desktop.services.demo.seed_projects import SEED_PROJECTS, SeedProject

STARTED = (RecruitmentStatus.PARTICIPANT, RecruitmentStatus.COMPLETED,
           RecruitmentStatus.DROPPED_OUT)

DEMO_OFFICE = OfficeDraft(
    name="Ośrodek Pomocy Społecznej — baza demonstracyjna",
    short_name="OPS (demo)",
    street="ul. Przykładowa 1",
    postal_code="00-950",
    city="Warszawa",
    nip="1234563218",       # the textbook example NIP: valid checksum, nobody's number
    regon="123456785",      # likewise for REGON
    head_name="Barbara Nowicka",
    head_title="Dyrektor",
)


def build_demo(ctx: ServiceContext, *, seed: int) -> str:
    """Fill an empty, migrated database; returns a one-line summary."""
    ctx.require(Permission.SETTINGS_WRITE, Permission.PROJECT_WRITE, Permission.PARTICIPANT_WRITE)
    rng = random.Random(seed)
    office.save_office(ctx, draft=DEMO_OFFICE)
    factory = PeopleFactory(rng)
    plans = [plan_project(seed_project, factory) for seed_project in SEED_PROJECTS]
    person_ids: dict[int, int] = {}
    via_service: set[int] = set()
    group_ids: dict[tuple[str, str], int] = {}
    project_ids: dict[str, int] = {}
    for plan in plans:
        view = projects.create_project(ctx, draft=_project_draft(plan))
        project_ids[plan.seed.key] = view.id
        for seed_group, group in zip(plan.seed.groups, view.groups, strict=True):
            group_ids[(plan.seed.key, seed_group.key)] = group.id
        first = plan.participations[0]
        person_ids[first.person] = participants.create_person(
            ctx, draft=_person_draft(factory.people[first.person])).id
        via_service.add(first.person)
        enrolment.enrol(ctx, draft=_participation_draft(
            first, person_ids[first.person], view.id, group_ids[(plan.seed.key, first.group_key)]))
    counts = _bulk_write(ctx, plans, factory.people, person_ids, via_service, project_ids,
                         group_ids)
    extra = [text for text in (contracts_demo.add(ctx, rng), activities_demo.add(ctx, rng)) if text]
    summary = (f"{_plural(len(plans), 'projekt', 'projekty', 'projektów')}, "
               f"{_plural(counts['people'], 'osoba', 'osoby', 'osób')} "
               f"({counts['participants']} uczestników, {counts['surroundings']} z otoczenia), "
               f"{_plural(counts['participations'], 'udział', 'udziały', 'udziałów')}")
    return "; ".join([summary, *extra])


def _project_draft(plan: ProjectPlan) -> ProjectDraft:
    seed = plan.seed
    started_by_year: dict[int, set[int]] = defaultdict(set)
    for part in plan.participations:
        if part.role is ParticipationRole.PARTICIPANT and part.status in STARTED:
            started_by_year[part.start_date.year].add(part.person)
    editions = [
        EditionDraft(
            year=e.year,
            target_participants=(e.target_participants if e.target_participants is not None
                                 else len(started_by_year[e.year])),
            target_contracts=e.target_contracts, notes=e.notes)
        for e in seed.editions
    ]
    groups = [GroupDraft(g.name, g.kind, g.planned_size, g.target_group, g.year)
              for g in seed.groups]
    return ProjectDraft(
        title=seed.title, programme=seed.programme, funder_contract_no=seed.funder_contract_no,
        start_date=seed.start, end_date=seed.end, budget_total=seed.budget_total,
        budget_eu=seed.budget_eu, budget_own=seed.budget_own,
        min_instruments=seed.min_instruments, target_age_min=seed.target_age_min,
        target_age_max=seed.target_age_max, funding_line=seed.funding_line,
        retention_until=dt.date(seed.end.year + 5, 12, 31), editions=editions, groups=groups,
    )


def _address(person: PlannedPerson) -> dict[str, object]:
    town = person.town
    return dict(street=person.street, building=person.building, flat=person.flat,
                postal_code=person.postal_code, city=town.city, municipality=town.municipality,
                county=town.county, voivodeship=town.voivodeship, degurba=town.degurba)


def _area(person: PlannedPerson) -> AreaType:
    """Demo assumption: a rural DEGURBA town lies in a rural area, any other in a town (the
    real division is by town limits, which the synthetic towns do not have)."""
    return AreaType.RURAL if person.town.degurba == 3 else AreaType.URBAN


def _person_draft(person: PlannedPerson) -> PersonDraft:
    return PersonDraft(
        first_name=person.first_name, last_name=person.last_name, pesel=person.pesel,
        address=Address(**_address(person), area_type=_area(person)), phone=person.phone,
        email=person.email,
        education=person.education, labour_status=person.labour_status,
        long_term_unemployed=person.long_term_unemployed, sensitive=dict(person.flags),
        disability_degree=person.disability_degree,
    )


def _participation_draft(part: PlannedParticipation, person_id: int, project_id: int,
                         group_id: int | None) -> ParticipationDraft:
    return ParticipationDraft(
        person_id=person_id, project_id=project_id, group_id=group_id, role=part.role,
        status=part.status, applied_on=part.applied_on, start_date=part.start_date,
        end_date=part.end_date, end_reason=part.end_reason, exit_situation=part.exit_situation)


def _bulk_write(ctx: ServiceContext, plans: list[ProjectPlan], people: list[PlannedPerson],
                person_ids: dict[int, int], via_service: set[int], project_ids: dict[str, int],
                group_ids: dict[tuple[str, str], int]) -> dict[str, int]:
    with ctx.transaction() as session:
        missing = [person.index for person in people if person.index not in person_ids]
        new_ids = concurrency.reserve_ids(session, Person.__table__.c.id, len(missing))
        person_ids.update(zip(missing, new_ids, strict=True))
        person_rows, flag_rows, consent_rows = [], [], []
        for person in people:
            if person.index in via_service:
                continue
            person_rows.append(_person_row(person, person_ids))
            flag_rows.extend({"person_id": person_ids[person.index], "flag": flag.value,
                              "answer": answer.value} for flag, answer in person.flags.items())
        for person in people:
            if person.household_of is None and person.applied_on is not None:
                consent_rows.extend(_consents(person, person_ids[person.index]))
        part_rows = []
        first_parts = {id(plan.participations[0]) for plan in plans}
        for plan in plans:
            project_id = project_ids[plan.seed.key]
            for part in plan.participations:
                if id(part) in first_parts:
                    continue
                part_rows.append(_participation_row(part, person_ids, project_id,
                                                    group_ids.get((plan.seed.key, part.group_key))))
        session.execute(insert(Person), person_rows)
        session.execute(insert(PersonFlag), flag_rows)
        session.execute(insert(Consent), consent_rows)
        session.execute(insert(Participation), part_rows)
        audit.record(session, ctx.actor, "demo_build", "database", None,
                     people=len(person_rows), participations=len(part_rows))
    surroundings = sum(1 for p in people if p.household_of is not None)
    return {"people": len(people), "surroundings": surroundings,
            "participants": len(people) - surroundings,
            "participations": sum(len(plan.participations) for plan in plans)}


def _person_row(person: PlannedPerson, person_ids: dict[int, int]) -> dict[str, object]:
    created = dt.datetime.combine(person.applied_on or dt.date(2008, 1, 1), dt.time(9, 0))
    return {
        "id": person_ids[person.index], "first_name": person.first_name,
        "last_name": person.last_name, "last_key": fold(f"{person.last_name} {person.first_name}"),
        "first_key": fold(person.first_name), "pesel": person.pesel, "no_pesel": False,
        "other_id": "", "sex": person.sex.value, "birth_date": person.birth_date,
        **_address(person), "area_type": _area(person).value,
        "phone": person.phone, "email": person.email,
        "education": person.education.value if person.education else None,
        "labour_status": person.labour_status.value if person.labour_status else None,
        "long_term_unemployed": person.long_term_unemployed,
        "disability_degree": person.disability_degree.value if person.disability_degree else None,
        "household_id": (person_ids[person.household_of] if person.household_of is not None
                         else None),
        "caseworker_id": None, "notes": "", "anonymised": False, "created_at": created,
        "updated_at": created,
    }


def _consents(person: PlannedPerson, person_id: int) -> list[dict[str, object]]:
    given = person.applied_on
    version = f"deklaracja-{given.year}/1"
    rows = [{"person_id": person_id, "type": ConsentType.DATA_PROCESSING.value,
             "text_version": version, "given_on": given, "withdrawn_on": None}]
    # Special-category data are voluntary: people who refused an answer gave no such consent.
    if not any(answer.value == "refused" for answer in person.flags.values()):
        rows.append({"person_id": person_id, "type": ConsentType.SPECIAL_CATEGORY.value,
                     "text_version": version, "given_on": given, "withdrawn_on": None})
    if person.pesel[-2] in "02468":  # about half agree to their image being used
        rows.append({"person_id": person_id, "type": ConsentType.IMAGE.value,
                     "text_version": version, "given_on": given, "withdrawn_on": None})
    return rows


def _participation_row(part: PlannedParticipation, person_ids: dict[int, int], project_id: int,
                       group_id: int | None) -> dict[str, object]:
    return {
        "person_id": person_ids[part.person], "project_id": project_id, "group_id": group_id,
        "role": part.role.value, "status": part.status.value, "applied_on": part.applied_on,
        "start_date": part.start_date, "end_date": part.end_date,
        "end_reason": part.end_reason.value if part.end_reason else None,
        "exit_situation": part.exit_situation.value if part.exit_situation else None,
        "created_at": dt.datetime.combine(part.applied_on, dt.time(10, 0)),
    }


def _plural(n: int, one: str, few: str, many: str) -> str:
    """'1 osoba', '2244 osoby', '2245 osób': Polish plural forms of a counted noun."""
    if n == 1:
        return f"{n} {one}"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} {few}"
    return f"{n} {many}"


def seed_project(key: str) -> SeedProject:
    """The seed definition of a demo project by its key (tests compare against it)."""
    return next(p for p in SEED_PROJECTS if p.key == key)
