"""Hand-built people whose summary figures are known by heart (tests of the summaries)."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.enums import (
    Education, EndReason, ExitSituation, LabourStatus, ParticipationRole, RecruitmentStatus,
    SensitiveFlag, Sex, TriState,
)
from tests import factories

D = dt.date
TODAY = D(2014, 6, 1)


def build_known(ctx):
    """A 2011–2013 project with people whose counts are known by heart."""
    project = factories.project(
        ctx, "Skorzystaj z szansy", start=D(2011, 1, 1), end=D(2013, 12, 31),
        groups=(("PAL Śródmieście", 20), ("Moduł zawodowy", 10)),
        budget_total=750_244_900, budget_eu=637_708_165, budget_own=112_536_735,
    )
    people = {}
    # Anna: a participation in each of three years.
    anna = factories.person(ctx, "Anna", "Nowak", born=D(1975, 2, 1), sex=Sex.FEMALE,
                            education=Education.PRIMARY, labour_status=LabourStatus.INACTIVE,
                            sensitive={SensitiveFlag.DISABILITY: TriState.YES})
    for year in (2011, 2012, 2013):
        factories.enrol(ctx, anna.id, project, start=D(year, 3, 1), end=D(year, 6, 30),
                        status=RecruitmentStatus.COMPLETED)
    people["anna"] = anna
    # Bartosz: two participations in 2011, in two groups.
    bartosz = factories.person(ctx, "Bartosz", "Wiśniewski", born=D(1955, 9, 9), sex=Sex.MALE,
                               sensitive={SensitiveFlag.DISABILITY: TriState.REFUSED})
    factories.enrol(ctx, bartosz.id, project, start=D(2011, 2, 1), end=D(2011, 4, 30),
                    status=RecruitmentStatus.DROPPED_OUT)
    factories.enrol(ctx, bartosz.id, project, group_index=1, start=D(2011, 9, 1),
                    end=D(2011, 10, 31), status=RecruitmentStatus.COMPLETED,
                    end_reason=EndReason.FOUND_JOB, exit_situation=ExitSituation.EMPLOYED)
    people["bartosz"] = bartosz
    # Celina: one participation across New Year 2011/2012.
    celina = factories.person(ctx, "Celina", "Żak", born=D(1990, 12, 31), sex=Sex.FEMALE)
    factories.enrol(ctx, celina.id, project, group_index=1, start=D(2011, 11, 15),
                    end=D(2012, 2, 15), status=RecruitmentStatus.COMPLETED)
    people["celina"] = celina
    # Dawid: starts on his 15th birthday; Ewa: the day before her 15th birthday.
    dawid = factories.person(ctx, "Dawid", "Łęcki", born=D(1998, 5, 10), sex=Sex.MALE)
    factories.enrol(ctx, dawid.id, project, start=D(2013, 5, 10))
    people["dawid"] = dawid
    ewa = factories.person(ctx, "Ewa", "Ślusarczyk", born=D(1998, 5, 11), sex=Sex.FEMALE)
    factories.enrol(ctx, ewa.id, project, start=D(2013, 5, 10), end=D(2013, 5, 30),
                    status=RecruitmentStatus.COMPLETED)
    people["ewa"] = ewa
    # Filip: surroundings (a child in day-care), counted apart, in 2012.
    filip = factories.person(ctx, "Filip", "Nowak", born=D(2006, 1, 1), sex=Sex.MALE)
    factories.enrol(ctx, filip.id, project, start=D(2012, 3, 1), end=D(2012, 6, 30),
                    role=ParticipationRole.SURROUNDINGS, status=RecruitmentStatus.COMPLETED)
    people["filip"] = filip
    # Grażyna: applied only, never took part: counted nowhere.
    grazyna = factories.person(ctx, "Grażyna", "Kot", born=D(1970, 1, 1), sex=Sex.FEMALE)
    factories.enrol(ctx, grazyna.id, project, status=RecruitmentStatus.APPLIED)
    return project, people
