"""The monitoring validator: each kind of problem found, named (column key, header and code)
and tied to the person, starting from a participant with nothing wrong."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from stdnum.pl import pesel

from ops_desktop.domain.enums import Sex
from ops_desktop.domain.monitoring_rows import MonitoringFormat, MonitoringSource
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.services.monitoring_validator import validate

SL, CST = MonitoringFormat.SL2014, MonitoringFormat.CST2021
FLAGS_NO = {flag: "no" for flag in ("disability", "minority_migrant", "homelessness",
                                    "addiction", "domestic_violence", "leaving_care_or_prison",
                                    "other_disadvantage")}
PESEL = make_pesel(dt.date(1985, 6, 1), 123, Sex.FEMALE)
NO_SUCH_DAY = "8513311234" + pesel.calc_check_digit("8513311234")   # month 13, checksum right


def good(**changes) -> MonitoringSource:
    source = MonitoringSource(
        person_id=41, first_name="Zofia", last_name="Żółkiewska", pesel=PESEL, sex="K",
        birth_date=dt.date(1985, 6, 1), street="Kościuszki", building="12", flat="4",
        postal_code="58-500", city="Jelenia Góra", municipality="Jelenia Góra",
        county="Jelenia Góra", voivodeship="dolnośląskie", degurba=1, phone="600 100 200",
        email="zofia@example.pl", education="isced3_4", labour_status="unemployed_registered",
        long_term_unemployed=True, flags=dict(FLAGS_NO), start_date=dt.date(2015, 3, 2),
        end_date=dt.date(2015, 9, 30), end_reason="completed_path", exit_situation="employed",
    )
    return dataclasses.replace(source, **changes)


@pytest.mark.parametrize("fmt", [SL, CST])
def test_a_complete_participant_has_no_problems(fmt):
    assert validate([good()], fmt=fmt, project_number="POKL.07.01.01-04-012/15") == []


CASES = [
    # (what changes, format, expected (key, code))
    ({"pesel": "8506011234"}, SL, ("pesel", "length")),
    ({"pesel": PESEL[:-1] + str((int(PESEL[-1]) + 1) % 10)}, SL, ("pesel", "checksum")),
    ({"pesel": NO_SUCH_DAY}, SL, ("pesel", "date")),
    ({"pesel": ""}, SL, ("pesel", "required")),
    ({"sex": "M"}, SL, ("sex", "pesel_mismatch")),
    ({"pesel": "", "no_pesel": True, "other_id": ""}, CST, ("technical_id", "required")),
    ({"postal_code": "58500"}, SL, ("postal_code", "format")),
    ({"postal_code": "5-8500"}, CST, ("postal_code", "format")),
    ({"postal_code": ""}, SL, ("postal_code", "required")),
    ({"phone": ""}, SL, ("phone", "required")),
    ({"email": ""}, CST, ("email", "required")),
    ({"phone": "tel. 600"}, SL, ("phone", "format")),
    ({"email": "zofia.żółkiewska@example.pl"}, SL, ("email", "polish_letters")),
    ({"email": "zofia(at)example.pl"}, SL, ("email", "format")),
    ({"education": "isced9"}, SL, ("education", "dictionary")),
    ({"education": None}, SL, ("education", "required")),
    ({"labour_status": "bezrobotny"}, CST, ("labour_status", "dictionary")),
    ({"exit_situation": "praca"}, SL, ("exit_situation", "dictionary")),
    ({"end_reason": "moved_away"}, CST, ("completed_path", "dictionary")),
    ({"flags": dict(FLAGS_NO, disability="maybe")}, SL, ("flag_disability", "dictionary")),
    ({"flags": {k: v for k, v in FLAGS_NO.items() if k != "homelessness"}}, SL,
     ("flag_homelessness", "required")),
    ({"degurba": 4}, SL, ("degurba", "range")),
    ({"degurba": None}, CST, ("degurba", "required")),
    ({"end_date": dt.date(2015, 3, 1)}, SL, ("end_date", "before_start")),
    ({"end_date": None}, SL, ("end_date", "required")),
    ({"exit_situation": None}, SL, ("exit_situation", "required")),
    ({"end_reason": None}, CST, ("completed_path", "required")),
    ({"start_date": None, "end_date": None, "end_reason": None, "exit_situation": None}, SL,
     ("start_date", "required")),
    ({"labour_status": "inactive"}, SL, ("labour_status_detail", "long_term_not_unemployed")),
    ({"flags": dict(FLAGS_NO, minority_migrant="yes")}, CST,
     ("flag_minority_migrant", "cannot_split")),
    ({"flags": dict(FLAGS_NO, addiction="yes")}, SL,
     ("flag_other_disadvantage", "check_other_flags")),
    ({"pesel": "", "no_pesel": True, "other_id": "ABC123", "birth_date": None}, SL,
     ("age", "unknown")),
    ({"pesel": "", "no_pesel": True, "other_id": "ABC123", "sex": None}, SL, ("sex", "required")),
    ({"city": ""}, SL, ("city", "required")),
]


@pytest.mark.parametrize(("changes", "fmt", "expected"), CASES,
                         ids=[f"{e[0]}-{e[1]}" for _, _, e in CASES])
def test_each_problem_kind_is_found_and_named(changes, fmt, expected):
    problems = validate([good(**changes)], fmt=fmt, project_number="X/1")
    assert [(p.key, p.code) for p in problems] == [expected]
    problem = problems[0]
    assert problem.person_id == 41 and problem.person_label == "Żółkiewska Zofia"
    assert problem.header  # the column as the list spells it


def test_problems_name_the_column_as_the_list_spells_it():
    problems = validate([good(postal_code="58500", email="")], fmt=SL)
    assert [p.header for p in problems] == ["Kod pocztowy", "Adres e-mail"]
    assert validate([good(degurba=5)], fmt=CST, project_number="X")[0].header == "DEGURBA"


def test_a_missing_project_number_is_a_project_problem_in_the_2021_list_only():
    problems = validate([good()], fmt=CST, project_number="  ")
    assert [(p.person_id, p.key, p.code) for p in problems] == [
        (None, "project_number", "required")]
    assert validate([good()], fmt=SL, project_number="") == []


def test_born_after_the_start_is_named():
    source = good(pesel="", no_pesel=True, other_id="X1", birth_date=dt.date(2016, 1, 1))
    assert [(p.key, p.code) for p in validate([source], fmt=SL)] == [("age", "born_after_start")]


def test_every_problem_of_every_person_is_listed_in_order():
    people = [good(person_id=1, postal_code="1"), good(person_id=2),
              good(person_id=3, phone="", email="ż@x.pl")]
    problems = validate(people, fmt=SL)
    assert [(p.person_id, p.key, p.code) for p in problems] == [
        (1, "postal_code", "format"), (3, "phone", "required"), (3, "email", "polish_letters")]


def test_a_technical_id_column_only_in_the_list_that_has_it():
    source = good(pesel="", no_pesel=True, other_id="")
    assert validate([source], fmt=SL) == []   # SL2014 has no such column
