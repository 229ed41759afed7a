"""The PO KL 2007–2013 list (Formularz PEFS 2007, individual participants) against hand-built
data: the form's headers in order, only the form's vocabularies, one row per participation,
dates DD.MM.RRRR, the hard cases (no PESEL, a foreigner, 15 and 64 at entry, a drop-out,
surroundings left out), typed cells, and our own importer reading the file back."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from ops_desktop.db.models import Participation, Person, PersonFlag
from ops_desktop.domain import monitoring_pefs2007 as pefs
from ops_desktop.domain.enums import (
    AreaType, Education, EndReason, ExitSituation, LabourStatus, LabourSubstatus, ParticipationRole,
    RecruitmentStatus, SensitiveFlag, Sex, TriState,
)
from ops_desktop.domain.monitoring_rows import MonitoringFormat, default_format
from ops_desktop.services.monitoring_file import monitoring_file
from ops_desktop.services import importing, monitoring
from tests import factories
from tests.export_support import ALL_FLAGS_NO, full_person, monitoring_project

PEFS = MonitoringFormat.PEFS2007

# The form's headers as docs/MONITORING.md lists them, spelled out here so that a change to
# the column set is a visible change to this test too.
EXPECTED_HEADERS = [
    "Lp.", "Rodzaj uczestnika", "Imię", "Nazwisko", "Płeć",
    "Wiek w chwili przystąpienia do projektu", "PESEL", "Brak PESEL", "Wykształcenie",
    "Województwo", "Powiat", "Gmina", "Miejscowość", "Ulica", "Nr budynku", "Nr lokalu",
    "Kod pocztowy", "Obszar", "Telefon stacjonarny", "Telefon komórkowy",
    "Adres poczty elektronicznej (e-mail)", "Data rozpoczęcia udziału w projekcie",
    "Data zakończenia udziału w projekcie",
    "Zakończenie udziału w projekcie zgodnie z zaplanowaną ścieżką uczestnictwa",
    "Status na rynku pracy w chwili przystąpienia do projektu", "W tym",
    "Rodzaj przyznanego wsparcia", "Osoba niepełnosprawna",
    "Osoba należąca do mniejszości narodowej lub etnicznej", "Migrant",
]


def _sheet(ctx, project_id):
    item, check = monitoring_file(ctx, project_id=project_id, fmt=PEFS)
    assert item.name.startswith("lista-monitorujaca-pefs2007-") and item.name.endswith(".xlsx")
    workbook = load_workbook(io.BytesIO(item.data))
    return workbook.active, check


def _table(ctx, project_id) -> list[list]:
    sheet, _ = _sheet(ctx, project_id)
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def _rows(table) -> list[dict]:
    return [dict(zip(table[0], row, strict=True)) for row in table[1:]]


def _pefs_person(ctx, **changes):
    changes.setdefault("area_type", AreaType.URBAN)
    area = changes.pop("area_type")
    person = full_person(ctx, **changes)
    with ctx.transaction() as session:
        session.execute(update(Person).where(Person.id == person.id)
                        .values(area_type=area.value if area else None))
    return person


def _pefs_participant(ctx, project, *, start=dt.date(2015, 3, 2), end=None,
                      reason=EndReason.COMPLETED_PATH, **changes):
    person = _pefs_person(ctx, **changes)
    status = RecruitmentStatus.PARTICIPANT
    extra = {}
    if end:
        status = (RecruitmentStatus.DROPPED_OUT if reason is EndReason.DROPPED_OUT
                  else RecruitmentStatus.COMPLETED)
        extra = {"end_reason": reason, "exit_situation": ExitSituation.SEEKING_WORK}
    factories.enrol(ctx, person.id, project, start=start, end=end, status=status, **extra)
    return person


def test_header_is_the_forms_list_in_its_order(ctx):
    project = monitoring_project(ctx)
    _pefs_participant(ctx, project)
    sheet, _ = _sheet(ctx, project.id)
    assert sheet.title == "Uczestnicy indywidualni"
    header = [cell.value for cell in next(sheet.iter_rows())]
    assert header == EXPECTED_HEADERS
    assert header == [c.header for c in pefs.PEFS2007_COLUMNS]


def test_every_dictionary_cell_holds_only_the_forms_values(ctx):
    project = monitoring_project(ctx)
    educations = list(Education)
    statuses = [(LabourStatus.UNEMPLOYED_REGISTERED, None, True),
                (LabourStatus.UNEMPLOYED_UNREGISTERED, None, False),
                (LabourStatus.INACTIVE, LabourSubstatus.IN_EDUCATION, False),
                (LabourStatus.INACTIVE, None, False)]
    statuses += [(LabourStatus.EMPLOYED, kind, False) for kind in LabourSubstatus
                 if kind is not LabourSubstatus.IN_EDUCATION]
    for index, (status, kind, long_term) in enumerate(statuses):
        person = _pefs_participant(
            ctx, project, last=f"Osoba{'abcdefghijklmnop'[index]}",
            education=educations[index % len(educations)], labour_status=status,
            long_term_unemployed=long_term,
            area_type=AreaType.RURAL if index % 2 else AreaType.URBAN,
            sex=Sex.MALE if index % 2 else Sex.FEMALE,
            end=dt.date(2015, 9, 30) if index % 3 == 0 else None,
            reason=EndReason.DROPPED_OUT if index % 2 else EndReason.COMPLETED_PATH)
        if kind:
            with ctx.transaction() as session:
                session.execute(update(Person).where(Person.id == person.id)
                                .values(labour_substatus=kind.value))
    rows = _rows(_table(ctx, project.id))
    assert len(rows) == len(statuses)
    seen: dict[str, set] = {}
    for row in rows:
        for position, column in enumerate(pefs.PEFS2007_COLUMNS):
            if column.key in pefs.VOCABULARIES:
                value = list(row.values())[position]
                if value is not None:
                    seen.setdefault(column.key, set()).add(value)
                    assert value in pefs.VOCABULARIES[column.key], (column.key, value)
    # Every value of the form's vocabularies that the data asks for came out.
    assert seen["education"] == set(pefs.EDUCATION_VALUES.values())
    assert seen["labour_status"] == {"Bezrobotny", "Nieaktywny zawodowo", "Zatrudniony"}
    assert seen["labour_status_detail"] == pefs.VOCABULARIES["labour_status_detail"]
    assert seen["area"] == {"Miejski", "Wiejski"}
    assert seen["completed_path"] == {"Tak", "Nie"}
    assert "ISCED" not in " ".join(seen["education"])


def test_one_row_per_participation_numbered_with_dates_dd_mm_yyyy(ctx):
    project = monitoring_project(ctx)
    twice = _pefs_participant(ctx, project, first="Jan", last="Dwukrotny", sex=Sex.MALE,
                              start=dt.date(2015, 3, 2), end=dt.date(2015, 6, 30))
    factories.enrol(ctx, twice.id, project, group_index=1, start=dt.date(2016, 2, 1))
    _pefs_participant(ctx, project, first="Maria", last="Jednokrotna")
    table = _table(ctx, project.id)
    rows = _rows(table)
    assert [row["Lp."] for row in rows] == [1, 2, 3]
    spans = sorted((row["Nazwisko"], row["Data rozpoczęcia udziału w projekcie"],
                    row["Data zakończenia udziału w projekcie"]) for row in rows)
    assert spans == [("Dwukrotny", "01.02.2016", None), ("Dwukrotny", "02.03.2015", "30.06.2015"),
                     ("Jednokrotna", "02.03.2015", None)]
    _, check = _sheet(ctx, project.id)
    assert check.people == 2


def test_overlapping_participations_are_one_stay(ctx):
    project = monitoring_project(ctx)
    both = _pefs_participant(ctx, project, last="Dwugrupowa", start=dt.date(2015, 3, 2),
                             end=dt.date(2015, 9, 30))
    factories.enrol(ctx, both.id, project, group_index=1, start=dt.date(2015, 4, 1),
                    end=dt.date(2015, 10, 31), status=RecruitmentStatus.COMPLETED,
                    end_reason=EndReason.COMPLETED_PATH, exit_situation=ExitSituation.EMPLOYED)
    factories.enrol(ctx, both.id, project, group_index=0, start=dt.date(2016, 2, 1))
    rows = _rows(_table(ctx, project.id))
    spans = [(r["Data rozpoczęcia udziału w projekcie"], r["Data zakończenia udziału w projekcie"])
             for r in rows]
    assert spans == [("02.03.2015", "31.10.2015"), ("01.02.2016", None)]


def test_person_without_pesel_and_a_foreigner(ctx):
    project = monitoring_project(ctx)
    foreigner = _pefs_participant(ctx, project, first="Olena", last="Kowalenko", pesel="",
                                  no_pesel=True, other_id="UA-PASZPORT-1",
                                  birth_date=dt.date(1990, 4, 10))
    with ctx.transaction() as session:   # no PESEL: sex as the intake form recorded it
        session.execute(update(Person).where(Person.id == foreigner.id).values(sex="K"))
    row = _rows(_table(ctx, project.id))[0]
    assert row["PESEL"] is None and row["Brak PESEL"] == "Tak"
    assert row["Płeć"] == "Kobieta"
    assert row["Wiek w chwili przystąpienia do projektu"] == 24
    check = monitoring.check_monitoring(ctx, project_id=project.id, fmt=PEFS)
    assert [p for p in check.problems if p.person_id == foreigner.id] == []


@pytest.mark.parametrize(("born", "start", "age"), [
    (dt.date(2000, 3, 2), dt.date(2015, 3, 2), 15),     # 15 on the first day of support
    (dt.date(1951, 3, 3), dt.date(2015, 3, 2), 63),     # 64 the day after
    (dt.date(1951, 3, 2), dt.date(2015, 3, 2), 64),
    (dt.date(1950, 3, 3), dt.date(2015, 3, 2), 64),     # 65 tomorrow: still 64 at entry
])
def test_age_at_entry_at_the_edges_of_15_and_64(ctx, born, start, age):
    project = monitoring_project(ctx)
    _pefs_participant(ctx, project, born=born, start=start)
    row = _rows(_table(ctx, project.id))[0]
    assert row["Wiek w chwili przystąpienia do projektu"] == age


def test_a_drop_out_is_no_with_its_end_date(ctx):
    project = monitoring_project(ctx)
    dropped = _pefs_participant(ctx, project, end=dt.date(2015, 5, 15),
                                reason=EndReason.DROPPED_OUT)
    row = _rows(_table(ctx, project.id))[0]
    assert row["Zakończenie udziału w projekcie zgodnie z zaplanowaną ścieżką uczestnictwa"] \
        == "Nie"
    assert row["Data zakończenia udziału w projekcie"] == "15.05.2015"
    check = monitoring.check_monitoring(ctx, project_id=project.id, fmt=PEFS)
    assert [p.code for p in check.problems if p.person_id == dropped.id] == []


def test_surroundings_and_applicants_are_left_out(ctx):
    project = monitoring_project(ctx)
    _pefs_participant(ctx, project, last="Uczestniczka")
    child = _pefs_person(ctx, first="Kasia", last="Córka", born=dt.date(2010, 1, 5))
    factories.enrol(ctx, child.id, project, start=dt.date(2015, 3, 2),
                    role=ParticipationRole.SURROUNDINGS)
    applicant = _pefs_person(ctx, first="Olga", last="Kandydatka")
    factories.enrol(ctx, applicant.id, project, status=RecruitmentStatus.APPLIED)
    assert [row["Nazwisko"] for row in _rows(_table(ctx, project.id))] == ["Uczestniczka"]


def test_cells_are_typed_and_a_formula_stays_text(ctx):
    project = monitoring_project(ctx)
    person = _pefs_participant(ctx, project, born=dt.date(2001, 2, 3), start=dt.date(2016, 3, 1))
    with ctx.transaction() as session:
        session.execute(update(Person).where(Person.id == person.id)
                        .values(last_name="=HYPERLINK(\"x\")"))
    sheet, _ = _sheet(ctx, project.id)
    cells = {c.value: c for c in next(sheet.iter_rows())}
    data = list(sheet.iter_rows())[1]
    by_header = {header: data[i] for i, header in enumerate(cells)}
    assert by_header["Nazwisko"].value == "=HYPERLINK(\"x\")"
    assert by_header["Nazwisko"].data_type == "s"
    assert by_header["PESEL"].data_type == "s" and by_header["PESEL"].value.startswith("0")
    assert by_header["Data rozpoczęcia udziału w projekcie"].data_type == "s"
    assert by_header["Lp."].value == 1 and by_header["Lp."].data_type == "n"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_phones_go_to_their_columns():
    assert pefs.split_phone("600 100 200") == ("", "600 100 200")
    assert pefs.split_phone("+48 511 222 333") == ("", "+48 511 222 333")
    assert pefs.split_phone("75 123 45 67") == ("75 123 45 67", "")
    assert pefs.split_phone("") == ("", "")


def test_minority_question_splits_a_no_and_leaves_a_yes_and_a_refusal(ctx):
    project = monitoring_project(ctx)
    _pefs_participant(ctx, project, last="Anowa")
    yes = _pefs_participant(ctx, project, last="Btak", sensitive=dict(
        ALL_FLAGS_NO, **{SensitiveFlag.MINORITY_MIGRANT: TriState.YES}))
    _pefs_participant(ctx, project, last="Codmowa", sensitive=dict(
        ALL_FLAGS_NO, **{SensitiveFlag.MINORITY_MIGRANT: TriState.REFUSED,
                         SensitiveFlag.DISABILITY: TriState.REFUSED}))
    rows = {row["Nazwisko"]: row for row in _rows(_table(ctx, project.id))}
    pair = ("Osoba należąca do mniejszości narodowej lub etnicznej", "Migrant")
    assert [rows["Anowa"][h] for h in pair] == ["Nie", "Nie"]
    assert [rows["Btak"][h] for h in pair] == [None, None]
    assert [rows["Codmowa"][h] for h in pair] == [None, None]
    assert rows["Codmowa"]["Osoba niepełnosprawna"] is None
    check = monitoring.check_monitoring(ctx, project_id=project.id, fmt=PEFS)
    assert [(p.person_id, p.key, p.code) for p in check.problems] == [
        (yes.id, "pefs_minority", "cannot_split")]


def test_validator_asks_for_the_area_and_a_fitting_sub_status(ctx):
    project = monitoring_project(ctx)
    person = _pefs_participant(ctx, project, area_type=None,
                               labour_status=LabourStatus.UNEMPLOYED_REGISTERED)
    with ctx.transaction() as session:
        session.execute(update(Person).where(Person.id == person.id)
                        .values(labour_substatus=LabourSubstatus.FARMER.value))
    check = monitoring.check_monitoring(ctx, project_id=project.id, fmt=PEFS)
    assert [(p.key, p.header, p.code) for p in check.problems] == [
        ("area", "Obszar", "required"),
        ("labour_status_detail", "W tym", "substatus_mismatch")]
    assert check.empty_reasons == {}           # "Rodzaj przyznanego wsparcia" is filled


def test_our_importer_reads_our_export_back_to_the_same_people(ctx, tmp_path):
    source = monitoring_project(ctx, "Źródło")
    people = [
        _pefs_participant(ctx, source, first="Zofia", last="Miejska",
                          education=Education.POST_SECONDARY),
        _pefs_participant(ctx, source, first="Piotr", last="Wiejski", sex=Sex.MALE,
                          area_type=AreaType.RURAL, labour_status=LabourStatus.INACTIVE,
                          long_term_unemployed=False, end=dt.date(2015, 8, 31),
                          reason=EndReason.DROPPED_OUT, phone="75 123 45 67"),
    ]
    with ctx.transaction() as session:
        session.execute(update(Person).where(Person.id == people[1].id)
                        .values(labour_substatus=LabourSubstatus.IN_EDUCATION.value))
    item, _ = monitoring_file(ctx, project_id=source.id, fmt=PEFS)
    path = tmp_path / "pefs.xlsx"
    path.write_bytes(item.data)
    columns = ("first_name", "last_name", "pesel", "sex", "birth_date", "education",
               "labour_status", "long_term_unemployed", "labour_substatus", "area_type",
               "postal_code", "city", "municipality", "county", "voivodeship", "street",
               "building", "flat", "phone", "email")
    with ctx.reading() as session:
        before = {p.pesel: tuple(getattr(p, c) for c in columns)
                  for p in session.execute(select(Person)).scalars()}
        flags_before = sorted(session.execute(select(PersonFlag.flag, PersonFlag.answer)
                              .where(PersonFlag.flag.in_(["disability", "minority_migrant"]))))
    # Into a fresh database through the real import (a second file of the same office).
    target = monitoring_project(ctx, "Cel")
    with ctx.transaction() as session:   # the same people, gone, so the import makes them anew
        session.execute(Participation.__table__.delete())
        session.execute(PersonFlag.__table__.delete())
        session.execute(Person.__table__.delete())
    result = importing.run_import(ctx, project_id=target.id, path=path)
    assert result.accepted == 2 and result.rejected == 0
    with ctx.reading() as session:
        after = {p.pesel: tuple(getattr(p, c) for c in columns)
                 for p in session.execute(select(Person)).scalars()}
        spans = sorted((tuple(r) for r in session.execute(
            select(Participation.start_date, Participation.end_date, Participation.end_reason))),
            key=str)
        flags_after = sorted(session.execute(select(PersonFlag.flag, PersonFlag.answer)
                             .where(PersonFlag.flag.in_(["disability", "minority_migrant"]))))
    assert after == before
    assert spans == [(dt.date(2015, 3, 2), None, None),
                     (dt.date(2015, 3, 2), dt.date(2015, 8, 31), EndReason.DROPPED_OUT.value)]
    assert flags_after == flags_before


def test_the_format_follows_the_start_year_unless_the_project_chose():
    assert default_format(2008) is MonitoringFormat.PEFS2007
    assert default_format(2013) is MonitoringFormat.PEFS2007
    assert default_format(2016) is MonitoringFormat.SL2014
    assert default_format(2022) is MonitoringFormat.CST2021
    # A PO KL project that started in 2014 or 2015 still reported in PEFS 2007.
    assert default_format(2014, "PO KL, Poddziałanie 7.1.1") is MonitoringFormat.PEFS2007
    assert default_format(2015, "Program Operacyjny Kapitał Ludzki") is MonitoringFormat.PEFS2007
    assert default_format(2016, "RPO WSL 2014-2020, Działanie 9.1") is MonitoringFormat.SL2014


def test_a_project_chooses_its_format(ctx):
    old = factories.project(ctx, "Projekt 2008", start=dt.date(2008, 1, 1),
                            end=dt.date(2009, 12, 31))
    chosen = factories.project(ctx, "Projekt 2012 w SL", start=dt.date(2012, 1, 1),
                               end=dt.date(2014, 12, 31), monitoring_format="sl2014")
    assert monitoring.project_format(ctx, project_id=old.id) is MonitoringFormat.PEFS2007
    assert monitoring.project_format(ctx, project_id=chosen.id) is MonitoringFormat.SL2014


def test_summary_shows_isced4_apart_only_where_someone_has_it(ctx):
    from ops_desktop.services.summary import compute_summary

    project = monitoring_project(ctx)
    _pefs_participant(ctx, project, last="Licealna", education=Education.UPPER_SECONDARY)
    labels = [row.label for row in compute_summary(ctx, project_id=project.id)
              .breakdown("education").rows]
    assert "Pomaturalne, policealne (ISCED 4)" not in labels
    _pefs_participant(ctx, project, last="Pomaturalna", education=Education.POST_SECONDARY)
    rows = {row.label: row.count.total for row in compute_summary(ctx, project_id=project.id)
            .breakdown("education").rows}
    assert rows["Pomaturalne, policealne (ISCED 4)"] == 1
    assert len(rows) == len(set(rows))          # no two rows of the same label
