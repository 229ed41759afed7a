"""Factories for seeded data in tests: small, explicit, through the real services."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.enums import GroupKind, RecruitmentStatus, Sex
from ops_desktop.domain.participants import ParticipationDraft, PersonDraft
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.domain.projects import EditionDraft, GroupDraft, ProjectDraft
from ops_desktop.services import enrolment, participants, projects

_serial = iter(range(1, 10_000))


def project(ctx, title: str = "Aktywna Integracja", *, start=dt.date(2011, 1, 1),
            end=dt.date(2011, 12, 31), groups=(("Moduł zawodowy", 10),), **extra):
    draft = ProjectDraft(
        title=title, programme="PO KL, Poddziałanie 7.1.1", start_date=start, end_date=end,
        budget_total=extra.pop("budget_total", 0), budget_eu=extra.pop("budget_eu", 0),
        budget_own=extra.pop("budget_own", 0),
        editions=[EditionDraft(y) for y in range(start.year, end.year + 1)],
        groups=[GroupDraft(name, GroupKind.OTHER, size) for name, size in groups], **extra,
    )
    return projects.create_project(ctx, draft=draft)


def person(ctx, first: str = "Jan", last: str = "Kowalski", *, born=dt.date(1980, 5, 17),
           sex: Sex = Sex.MALE, **extra):
    pesel = make_pesel(born, next(_serial), sex)
    draft = PersonDraft(first_name=first, last_name=last, pesel=pesel, **extra)
    return participants.create_person(ctx, draft=draft)


def enrol(ctx, person_id: int, project_view, *, group_index: int | None = 0,
          start=None, end=None, status=RecruitmentStatus.PARTICIPANT, **extra):
    group_id = project_view.groups[group_index].id if group_index is not None else None
    draft = ParticipationDraft(person_id=person_id, project_id=project_view.id, group_id=group_id,
                               status=status, start_date=start, end_date=end, **extra)
    return enrolment.enrol(ctx, draft=draft)
