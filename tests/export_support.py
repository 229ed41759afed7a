"""Hand-built data for the monitoring and USB export tests: a project with a funder number and
participants whose every monitoring field is filled, through the real services."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.enums import (
    AreaType, Education, EndReason, ExitSituation, LabourStatus, ParticipationRole,
    RecruitmentStatus, SensitiveFlag, Sex, TriState,
)
from ops_desktop.domain.participants import Address, PersonDraft
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.services import participants
from tests.factories import enrol, project

FUNDER_NO = "POKL.07.01.01-04-012/15"
ALL_FLAGS_NO = {flag: TriState.NO for flag in SensitiveFlag}

_serial = iter(range(500, 9000))


def monitoring_project(ctx, title: str = "Postaw na siebie", **extra):
    return project(ctx, title, start=dt.date(2015, 1, 1), end=dt.date(2016, 12, 31),
                   groups=(("Moduł zawodowy", 0), ("Grupa wsparcia", 0)),
                   funder_contract_no=FUNDER_NO, **extra)


def full_person(ctx, first: str = "Zofia", last: str = "Żółkiewska", *,
                born: dt.date = dt.date(1985, 6, 1), sex: Sex = Sex.FEMALE, **changes):
    """A person with every field the lists ask for filled and valid."""
    draft = PersonDraft(
        first_name=first, last_name=last, pesel=make_pesel(born, next(_serial), sex),
        address=Address(street="Kościuszki", building="12", flat="4", postal_code="58-500",
                        city="Jelenia Góra", municipality="Jelenia Góra",
                        county="Jelenia Góra", voivodeship="dolnośląskie", degurba=1,
                        area_type=AreaType.URBAN),
        phone="600 100 200", email="uczestnik@example.pl", education=Education.UPPER_SECONDARY,
        labour_status=LabourStatus.UNEMPLOYED_REGISTERED, long_term_unemployed=True,
        sensitive=dict(ALL_FLAGS_NO),
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return participants.create_person(ctx, draft=draft)


def participant(ctx, project_view, *, start=dt.date(2015, 3, 2), end=None, group_index=0,
                **person_changes):
    person = full_person(ctx, **person_changes)
    status = RecruitmentStatus.COMPLETED if end else RecruitmentStatus.PARTICIPANT
    extra = {}
    if end:
        extra = {"end_reason": EndReason.COMPLETED_PATH, "exit_situation": ExitSituation.EMPLOYED}
    enrol(ctx, person.id, project_view, group_index=group_index, start=start, end=end,
          status=status, **extra)
    return person


def surroundings(ctx, project_view, **person_changes):
    person = full_person(ctx, **person_changes)
    enrol(ctx, person.id, project_view, start=dt.date(2015, 3, 2),
          role=ParticipationRole.SURROUNDINGS)
    return person
