"""PEFS 2007's "Rodzaj przyznanego wsparcia" filled from what the office recorded for each
stay in the project: a social contract in force during it (not a draft), the categories of
its instruments and of the activities the stay was enrolled on (docs/MONITORING.md: the
form's dictionary was not found, the words are measure 7.1's, inferred). Real database,
contracts and activities made through the services, the XLSX read back."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook

from ops_desktop.domain import monitoring_pefs2007 as pefs
from ops_desktop.domain.activities import ActivityDraft, ActivityForm
from ops_desktop.domain.enums import EndReason, InstrumentCategory, RecruitmentStatus
from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.services import activities, contracts, enrolment, instruments
from ops_desktop.services.monitoring_file import monitoring_file
from tests import factories
from tests.export_support import full_person
from tests.factories import contracts as cf

D = dt.date


def _support_cells(ctx, project_id) -> dict[tuple[str, str], str | None]:
    item, _check = monitoring_file(ctx, project_id=project_id, fmt=MonitoringFormat.PEFS2007)
    sheet = load_workbook(io.BytesIO(item.data)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    at = {name: header.index(name) for name in
          ("Nazwisko", "Data rozpoczęcia udziału w projekcie", "Rodzaj przyznanego wsparcia")}
    return {(r[at["Nazwisko"]], r[at["Data rozpoczęcia udziału w projekcie"]]):
            r[at["Rodzaj przyznanego wsparcia"]] or None for r in rows[1:]}


def test_support_of_each_stay_from_its_contract_and_activities(ctx):
    project = factories.project(ctx, "Wsparcie", start=D(2011, 1, 1), end=D(2012, 12, 31),
                                min_instruments=1)
    anna = full_person(ctx, "Anna", "Kontraktowa")
    bolek = full_person(ctx, "Bolesław", "Szkicowy")
    factories.enrol(ctx, anna.id, project, start=D(2011, 2, 1), end=D(2011, 9, 30),
                    status=RecruitmentStatus.COMPLETED, end_reason=EndReason.COMPLETED_PATH)
    factories.enrol(ctx, anna.id, project, start=D(2012, 3, 1))          # a second stay
    factories.enrol(ctx, bolek.id, project, start=D(2011, 2, 1))
    vocational = instruments.list_instruments(ctx, category=InstrumentCategory.VOCATIONAL)[0]
    social = instruments.list_instruments(ctx, category=InstrumentCategory.SOCIAL)[0]
    health = instruments.list_instruments(ctx, category=InstrumentCategory.HEALTH)[0]
    from ops_desktop.domain.contracts import ChosenInstrument

    picked = [ChosenInstrument(social.id, ""), ChosenInstrument(vocational.id, "")]
    cf.signed(ctx, project, anna, signed_on=D(2011, 3, 1), instruments=picked)
    contracts.create_contract(ctx, draft=cf.complete_draft(ctx, project, bolek))   # a draft only
    course = activities.create_activity(ctx, draft=ActivityDraft(
        project_id=project.id, name="Warsztat zdrowia", form=ActivityForm.WORKSHOP,
        instrument_id=health.id, trainer="Jan Trener", place="Włocławek", planned_hours=800))
    later = [p.id for p in enrolment.participations_of(ctx, person_id=anna.id)
             if p.start_date == D(2012, 3, 1)]
    activities.enrol(ctx, activity_id=course.id, participation_ids=later)

    cells = _support_cells(ctx, project.id)
    assert cells == {
        ("Kontraktowa", "01.02.2011"):
            "Kontrakt socjalny; Instrumenty aktywizacji zawodowej; "
            "Instrumenty aktywizacji społecznej",
        ("Kontraktowa", "01.03.2012"): "Instrumenty aktywizacji zdrowotnej",
        ("Szkicowy", "01.02.2011"): None,
    }
    for text in filter(None, cells.values()):
        assert set(text.split(pefs.SUPPORT_SEPARATOR)) <= pefs.VOCABULARIES["support_type"]
