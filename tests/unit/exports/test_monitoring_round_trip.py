"""SL2014 and 2021–2027 lists, per format: only the lists' own dictionary values, the hard
cases (a foreigner without PESEL, 15 and 64 at entry, a drop-out, surroundings left out), and
our importer reading our own export back to the same people."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from ops_desktop.db.models import Participation, Person, PersonFlag
from ops_desktop.domain import monitoring_columns as mc
from ops_desktop.domain.enums import (
    EndReason, ExitSituation, LabourStatus, ParticipationRole, RecruitmentStatus, Sex,
)
from ops_desktop.domain.monitoring_rows import COLUMNS, MonitoringFormat
from ops_desktop.services.monitoring_file import monitoring_file
from ops_desktop.services import importing
from tests import factories
from tests.export_support import full_person, monitoring_project

_TRI = set(mc.TRISTATE_VALUES.values())
VOCABULARIES = {
    "country": {mc.COUNTRY_POLAND}, "participant_type": {mc.PARTICIPANT_TYPE_INDIVIDUAL},
    "sex": set(mc.SEX_VALUES.values()), "no_pesel": _TRI,
    "education": set(mc.EDUCATION_VALUES.values()),
    "labour_status": set(mc.LABOUR_STATUS_VALUES.values()),
    "labour_status_detail": {mc.LONG_TERM_UNEMPLOYED_VALUE, mc.OTHER_DETAIL_VALUE},
    "exit_situation": set(mc.EXIT_SITUATION_VALUES.values()),
    "completed_path": set(mc.COMPLETED_PATH_VALUES), "degurba": {1, 2, 3, "1", "2", "3"},
    **{key: _TRI for key in (*mc.FLAG_COLUMNS, "flag_foreign_origin", "flag_third_country")},
}
_COMPARED = ("first_name", "last_name", "pesel", "no_pesel", "other_id", "sex", "birth_date",
             "education", "labour_status", "long_term_unemployed", "postal_code", "city",
             "municipality", "county", "voivodeship", "street", "degurba", "phone", "email")


def _table(ctx, project_id, fmt) -> list[dict]:
    item, _ = monitoring_file(ctx, project_id=project_id, fmt=fmt)
    if fmt is MonitoringFormat.CST2021:
        rows = list(csv.reader(io.StringIO(item.data.decode("utf-8-sig"), newline=""),
                               delimiter=";"))
    else:
        rows = [list(r) for r in load_workbook(io.BytesIO(item.data)).active.iter_rows(
            values_only=True)]
    keys = [c.key for c in COLUMNS[fmt]]
    assert len(rows[0]) == len(keys)
    return [dict(zip(keys, row, strict=True)) for row in rows[1:]], item


def _people(ctx, project, *, foreigner: bool):
    made = [
        full_person(ctx, first="Adam", last="Piętnastolatek", born=dt.date(2000, 3, 2),
                    sex=Sex.MALE),
        full_person(ctx, first="Ewa", last="Sześćdziesięciocztero", born=dt.date(1950, 3, 3),
                    labour_status=LabourStatus.INACTIVE, long_term_unemployed=False),
        full_person(ctx, first="Jan", last="Przerwał", sex=Sex.MALE),
    ]
    if foreigner:
        made.append(full_person(ctx, first="Olena", last="Kowalenko", pesel="", no_pesel=True,
                                other_id="UA-1", birth_date=dt.date(1990, 4, 10)))
        with ctx.transaction() as session:
            session.execute(update(Person).where(Person.id == made[-1].id).values(sex="K"))
    for person in made:
        dropped = person.draft.last_name == "Przerwał"
        factories.enrol(ctx, person.id, project, start=dt.date(2015, 3, 2),
                        end=dt.date(2015, 6, 30) if dropped else None,
                        status=RecruitmentStatus.DROPPED_OUT if dropped
                        else RecruitmentStatus.PARTICIPANT,
                        end_reason=EndReason.DROPPED_OUT if dropped else None,
                        exit_situation=ExitSituation.SEEKING_WORK if dropped else None)
    child = full_person(ctx, first="Kasia", last="Córka", born=dt.date(2010, 1, 5))
    factories.enrol(ctx, child.id, project, start=dt.date(2015, 3, 2),
                    role=ParticipationRole.SURROUNDINGS)
    return made


@pytest.mark.parametrize("fmt", [MonitoringFormat.SL2014, MonitoringFormat.CST2021])
def test_hard_cases_and_only_the_lists_values(ctx, fmt):
    project = monitoring_project(ctx)
    _people(ctx, project, foreigner=True)
    rows, _ = _table(ctx, project.id, fmt)
    by_name = {row["last_name"]: row for row in rows}
    assert set(by_name) == {"Piętnastolatek", "Sześćdziesięciocztero", "Przerwał", "Kowalenko"}
    ages = {name: int(row["age"]) for name, row in by_name.items()}
    assert ages["Piętnastolatek"] == 15 and ages["Sześćdziesięciocztero"] == 64
    assert by_name["Przerwał"]["completed_path"] == "Nie"
    assert by_name["Kowalenko"]["no_pesel"] == "Tak" and not by_name["Kowalenko"]["pesel"]
    assert by_name["Kowalenko"]["sex"] == "Kobieta"
    for row in rows:
        for key, allowed in VOCABULARIES.items():
            if key in row and row[key] not in (None, ""):
                assert row[key] in allowed, (fmt, key, row[key])


@pytest.mark.parametrize("fmt", [MonitoringFormat.SL2014, MonitoringFormat.CST2021])
def test_our_importer_reads_our_export_back(ctx, tmp_path, fmt):
    source = monitoring_project(ctx, "Źródło")
    # SL2014 has no column for another identifier: a person without PESEL cannot come back.
    _people(ctx, source, foreigner=fmt is MonitoringFormat.CST2021)
    _, item = _table(ctx, source.id, fmt)
    path = tmp_path / item.name
    path.write_bytes(item.data)

    # The 2021–2027 list has no street and gives the age, not the birth date: a person without
    # PESEL comes back without it.
    compared = [c for c in _COMPARED if not (fmt is MonitoringFormat.CST2021
                                             and c in ("street", "birth_date"))]

    keys = {c.key for c in COLUMNS[fmt]}
    carried = [flag.value for key, flag in mc.FLAG_COLUMNS.items() if key in keys]

    def snapshot():
        with ctx.reading() as session:
            people = sorted(tuple(getattr(p, c) for c in compared) for p in session.execute(
                select(Person).join(Participation, Participation.person_id == Person.id)
                .where(Participation.role == "participant")).scalars())
            spans = sorted(str(r) for r in session.execute(select(
                Participation.start_date, Participation.end_date, Participation.end_reason,
                Participation.exit_situation).where(Participation.role == "participant")))
            flags = sorted(tuple(r) for r in session.execute(
                select(Person.last_name, PersonFlag.flag, PersonFlag.answer)
                .join(Person, Person.id == PersonFlag.person_id)
                .where(Person.last_name != "Córka",     # the questions the lists carry
                       PersonFlag.flag.in_(carried))))
        return people, spans, flags

    before = snapshot()
    target = monitoring_project(ctx, "Cel")
    with ctx.transaction() as session:
        session.execute(Participation.__table__.delete())
        session.execute(PersonFlag.__table__.delete())
        session.execute(Person.__table__.delete())
    result = importing.run_import(ctx, project_id=target.id, path=path)
    assert (result.accepted, result.rejected) == (len(before[0]), 0)
    assert snapshot() == before
