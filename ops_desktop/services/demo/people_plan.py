"""Plan the synthetic people of one seed project: who they are and when they took part.

Pure and deterministic for a given `random.Random`: nothing here touches the database. The
builder writes the plan (a few records through the services, the rest in bulk). Each group
gets exactly its planned number of participants (people drawn from earlier groups plus new
people with the group's profile); people spanning several years get one participation per
year; family members supported alongside (surroundings) are linked to their participant."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from ops_desktop.domain.enums import (
    DisabilityDegree, Education, EndReason, ExitSituation, LabourStatus, ParticipationRole,
    RecruitmentStatus, SensitiveFlag, Sex, TriState,
)
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.domain.text import fold
from ops_desktop.services.demo import names
from ops_desktop.services.demo.seed_projects import Profile, SeedGroup, SeedProject

UNEMPLOYED = (LabourStatus.UNEMPLOYED_REGISTERED, LabourStatus.UNEMPLOYED_UNREGISTERED)
# Special-category questions a participant may refuse to answer (the rest are answered).
REFUSABLE = (SensitiveFlag.DISABILITY, SensitiveFlag.MINORITY_MIGRANT, SensitiveFlag.ADDICTION,
             SensitiveFlag.DOMESTIC_VIOLENCE)


@dataclass
class PlannedPerson:
    index: int
    sex: Sex
    birth_date: dt.date
    first_name: str
    last_name: str
    surname_root: str                 # masculine form, for the family's other members
    pesel: str
    street: str
    building: str
    flat: str
    postal_code: str
    town: names.Town
    phone: str = ""
    email: str = ""
    education: Education | None = None
    labour_status: LabourStatus | None = None
    long_term_unemployed: bool = False
    flags: dict[SensitiveFlag, TriState] = field(default_factory=dict)
    disability_degree: DisabilityDegree | None = None
    household_of: int | None = None   # index of the participant whose surroundings this is
    applied_on: dt.date | None = None


@dataclass
class PlannedParticipation:
    person: int                       # PlannedPerson.index
    group_key: str | None
    role: ParticipationRole
    status: RecruitmentStatus
    applied_on: dt.date
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    end_reason: EndReason | None = None
    exit_situation: ExitSituation | None = None


@dataclass
class ProjectPlan:
    seed: SeedProject
    people: list[PlannedPerson]
    participations: list[PlannedParticipation]


class PeopleFactory:
    """Makes people with unique valid PESELs across the whole demo database."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.people: list[PlannedPerson] = []
        self._pesels: set[str] = set()

    def pesel(self, born: dt.date, sex: Sex) -> str:
        while True:  # serial numbers as the registry gives them: any, never twice
            number = make_pesel(born, self.rng.randrange(5000), sex)
            if number not in self._pesels:
                self._pesels.add(number)
                return number

    def person(self, sex: Sex, born: dt.date, town: names.Town, *,
               surname_root: str | None = None, address_of: PlannedPerson | None = None
               ) -> PlannedPerson:
        rng = self.rng
        young = born.year >= 1985
        pool = ((names.FEMALE_NAMES_YOUNG if young else names.FEMALE_NAMES) if sex is Sex.FEMALE
                else (names.MALE_NAMES_YOUNG if young else names.MALE_NAMES))
        if surname_root is None:
            regional = names.REGIONAL_SURNAMES.get(town.key, ())
            source = regional if regional and rng.random() < 0.2 else names.SURNAMES
            surname_root = rng.choice(source)
        if address_of is not None:
            street, building, flat, postal = (address_of.street, address_of.building,
                                              address_of.flat, address_of.postal_code)
        else:
            street = rng.choice(town.streets)
            building = str(rng.randint(1, 120)) + (rng.choice("ab") if rng.random() < 0.1 else "")
            flat = str(rng.randint(1, 60)) if rng.random() < 0.6 else ""
            postal = rng.choice(town.postal_codes)
        person = PlannedPerson(
            index=len(self.people), sex=sex, birth_date=born, first_name=rng.choice(pool),
            last_name=names.surname_for(surname_root, sex), surname_root=surname_root,
            pesel=self.pesel(born, sex), street=f"ul. {street}" if not street.startswith("al.")
            else street, building=building, flat=flat, postal_code=postal, town=town,
        )
        self.people.append(person)
        return person


def plan_project(seed: SeedProject, factory: PeopleFactory) -> ProjectPlan:
    rng = factory.rng
    town = names.TOWNS[seed.office.town]
    first_index = len(factory.people)
    members: dict[str, list[int]] = {}
    undrawn: dict[str, list[int]] = {}
    participations: list[PlannedParticipation] = []
    by_index = factory.people
    for group in seed.groups:
        chosen: list[int] = []
        for source, count in group.drawn_from:
            pool = undrawn[source]
            picked = rng.sample(pool, count)
            for index in picked:
                pool.remove(index)
            chosen.extend(picked)
        new_count = group.planned_size - len(chosen)
        sexes = _sexes(group.profile, new_count, rng)
        group_parts: list[PlannedParticipation] = []
        for index in chosen:
            group_parts.extend(_participations(seed, group, index, rng))
            _answer_flags(by_index[index], group.profile, rng)
        for sex in sexes:
            spans = _dates(seed, group, rng)
            low, high = group.profile.ages
            later_years = spans[-1][0].year - spans[0][0].year  # still in the age range then
            age = rng.randint(low, max(low, high - later_years))
            born = _birth_date(spans[0][0], age, rng)
            person = factory.person(sex, born, town)
            _describe(person, group.profile, rng)
            chosen.append(person.index)
            group_parts.extend(_statuses(person.index, group.key, spans, rng))
        members[group.key] = chosen
        undrawn[group.key] = list(chosen)
        participations.extend(group_parts)
        participations.extend(_surroundings(group, group_parts, factory, town))
    for part in participations:
        person = by_index[part.person]
        if person.applied_on is None or part.applied_on < person.applied_on:
            person.applied_on = part.applied_on
    participations.extend(_rejected(seed, factory, town))
    return ProjectPlan(seed, factory.people[first_index:], participations)


def _sexes(profile: Profile, count: int, rng: random.Random) -> list[Sex]:
    women = profile.women if profile.women is not None else round(count * profile.female_share)
    if women > count:
        raise ValueError("more women than new people in a seed group")
    sexes = [Sex.FEMALE] * women + [Sex.MALE] * (count - women)
    rng.shuffle(sexes)
    return sexes


def _dates(seed: SeedProject, group: SeedGroup, rng: random.Random
           ) -> list[tuple[dt.date, dt.date]]:
    """(start, end) of each year this person is supported in the group."""
    if group.year is not None:
        years = [group.year]
    else:
        span = rng.choice((2, 2, 3)) if rng.random() < group.multi_year_share else 1
        span = min(span, len(group.years))
        first = rng.randrange(0, len(group.years) - span + 1)
        years = list(group.years[first:first + span])
    spans = []
    for year in years:
        low = max(seed.start, dt.date(year, 1, 1))
        high = min(seed.end, dt.date(year, 12, 31))
        if group.fixed is not None:
            late = rng.choice((0, 0, 0, 0, 1, 2, 3))
            spans.append((group.fixed[0] + dt.timedelta(days=late), group.fixed[1]))
            continue
        length = rng.randint(*group.duration_days)
        latest = high - dt.timedelta(days=length)
        if latest <= low:
            spans.append((low, high))
            continue
        start = low + dt.timedelta(days=rng.randint(0, (latest - low).days))
        spans.append((start, start + dt.timedelta(days=length)))
    return spans


def _participations(seed: SeedProject, group: SeedGroup, index: int, rng: random.Random
                    ) -> list[PlannedParticipation]:
    return _statuses(index, group.key, _dates(seed, group, rng), rng)


def _statuses(index: int, group_key: str, spans: list[tuple[dt.date, dt.date]],
              rng: random.Random) -> list[PlannedParticipation]:
    """Every planned participant started; most completed, some dropped out in their last year."""
    result = []
    for number, (start, end) in enumerate(spans):
        applied = start - dt.timedelta(days=rng.randint(7, 45))
        part = PlannedParticipation(index, group_key, ParticipationRole.PARTICIPANT,
                                    RecruitmentStatus.COMPLETED, applied, start, end,
                                    EndReason.COMPLETED_PATH)
        last = number == len(spans) - 1
        if last and rng.random() < 0.09 and (end - start).days > 10:
            part.status = RecruitmentStatus.DROPPED_OUT
            part.end_date = start + dt.timedelta(days=rng.randint(5, (end - start).days - 1))
            found_job = rng.random() < 0.3
            part.end_reason = EndReason.FOUND_JOB if found_job else EndReason.DROPPED_OUT
            part.exit_situation = ExitSituation.EMPLOYED if found_job else rng.choice(
                (ExitSituation.INACTIVE, ExitSituation.OTHER))
        else:
            part.exit_situation = rng.choices(
                (ExitSituation.EMPLOYED, ExitSituation.SEEKING_WORK, ExitSituation.IN_EDUCATION,
                 ExitSituation.INACTIVE, ExitSituation.OTHER), (18, 45, 8, 24, 5))[0]
        result.append(part)
    return result


def _birth_date(first_start: dt.date, age: int, rng: random.Random) -> dt.date:
    """A birth date making the person exactly `age` on `first_start`."""
    latest = dt.date(first_start.year - age, first_start.month, min(first_start.day, 28))
    return latest - dt.timedelta(days=rng.randint(0, 360))


def _describe(person: PlannedPerson, profile: Profile, rng: random.Random) -> None:
    statuses, weights = zip(*profile.labour, strict=True)
    person.labour_status = rng.choices(statuses, weights)[0]
    person.long_term_unemployed = (person.labour_status in UNEMPLOYED
                                   and rng.random() < profile.long_term_share)
    if profile.young:
        person.education = rng.choices(
            (Education.PRIMARY, Education.LOWER_SECONDARY, Education.UPPER_SECONDARY),
            (3, 5, 2))[0]
    else:
        person.education = rng.choices(
            (Education.BELOW_PRIMARY, Education.PRIMARY, Education.LOWER_SECONDARY,
             Education.UPPER_SECONDARY, Education.TERTIARY), (2, 22, 33, 38, 5))[0]
    if rng.random() < 0.85:
        person.phone = (f"{rng.choice('5678')}{rng.randint(0, 99):02d} {rng.randint(0, 999):03d} "
                        f"{rng.randint(0, 999):03d}")
    elif rng.random() < 0.5:
        person.phone = (f"{person.town.phone_area} {rng.randint(200, 899)} "
                        f"{rng.randint(0, 99):02d} {rng.randint(0, 99):02d}")
    if rng.random() < (0.45 if profile.young else 0.2):
        local = f"{fold(person.first_name)}.{fold(person.last_name)}".replace(" ", "")
        person.email = f"{local}{rng.randint(1, 99)}@{rng.choice(names.EMAIL_DOMAINS)}"
    _answer_flags(person, profile, rng)


def _answer_flags(person: PlannedPerson, profile: Profile, rng: random.Random) -> None:
    """Yes for what the group implies (kept across groups), otherwise No or sometimes Refused."""
    for flag in SensitiveFlag:
        if flag in profile.flags:
            person.flags[flag] = TriState.YES
        elif flag not in person.flags:
            if flag in REFUSABLE and rng.random() < 0.03:
                person.flags[flag] = TriState.REFUSED
            elif flag is SensitiveFlag.OTHER_DISADVANTAGE and person.long_term_unemployed:
                person.flags[flag] = TriState.YES if rng.random() < 0.3 else TriState.NO
            else:
                person.flags[flag] = TriState.NO
    if person.flags.get(SensitiveFlag.DISABILITY) is TriState.YES and not person.disability_degree:
        person.disability_degree = rng.choices(
            (DisabilityDegree.LIGHT, DisabilityDegree.MODERATE, DisabilityDegree.SEVERE),
            (45, 40, 15))[0]


def _surroundings(group: SeedGroup, group_parts: list[PlannedParticipation],
                  factory: PeopleFactory, town: names.Town) -> list[PlannedParticipation]:
    """Children (and now and then a partner) supported alongside adult participants."""
    rng = factory.rng
    result: list[PlannedParticipation] = []
    parents = [p for p in group_parts
               if 22 <= (p.start_date - factory.people[p.person].birth_date).days // 365 <= 55]
    for _ in range(group.surroundings if parents else 0):
        part = rng.choice(parents)
        parent = factory.people[part.person]
        sex = rng.choice((Sex.FEMALE, Sex.MALE))
        if rng.random() < 0.15:  # a partner
            sex = Sex.MALE if parent.sex is Sex.FEMALE else Sex.FEMALE
            age = rng.randint(22, 60)
        else:
            age = rng.randint(3, 14)
        born = _birth_date(part.start_date, age, rng)
        member = factory.person(sex, born, town, surname_root=parent.surname_root,
                                address_of=parent)
        member.household_of = parent.index
        member.labour_status = LabourStatus.INACTIVE if age < 18 else rng.choice(UNEMPLOYED)
        member.education = (Education.BELOW_PRIMARY if age < 7 else
                            Education.PRIMARY if age < 18 else Education.LOWER_SECONDARY)
        member.applied_on = part.applied_on
        result.append(PlannedParticipation(
            member.index, group.key, ParticipationRole.SURROUNDINGS, RecruitmentStatus.COMPLETED,
            part.applied_on, part.start_date, part.end_date or part.start_date,
            EndReason.COMPLETED_PATH))
    return result


def _rejected(seed: SeedProject, factory: PeopleFactory, town: names.Town
              ) -> list[PlannedParticipation]:
    """Applicants refused or left on the reserve list: no group, no support received."""
    rng = factory.rng
    result = []
    profile = seed.groups[0].profile
    for _ in range(seed.rejected_applicants):
        applied = seed.start + dt.timedelta(days=rng.randint(0, max((seed.end - seed.start).days
                                                                    - 30, 1)))
        born = _birth_date(applied, rng.randint(*profile.ages), rng)
        person = factory.person(rng.choice((Sex.FEMALE, Sex.FEMALE, Sex.MALE)), born, town)
        _describe(person, profile, rng)
        person.applied_on = applied
        status = rng.choice((RecruitmentStatus.REJECTED, RecruitmentStatus.RESERVE))
        result.append(PlannedParticipation(person.index, None, ParticipationRole.PARTICIPANT,
                                           status, applied))
    return result
