"""PESEL, money and search folding: the rules every later feature leans on."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.domain.enums import Sex
from ops_desktop.domain.money import format_pln, format_plain, to_grosze
from ops_desktop.domain.participants import Address, PersonDraft, validate_person
from ops_desktop.domain.pesel import age_on, make_pesel, parse_pesel, pesel_problem
from ops_desktop.domain.text import fold


def test_pesel_checks():
    good = make_pesel(dt.date(1985, 3, 4), 123, Sex.FEMALE)
    assert pesel_problem(good) is None
    info = parse_pesel(good)
    assert (info.birth_date, info.sex) == (dt.date(1985, 3, 4), Sex.FEMALE)
    bad_checksum = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert pesel_problem(bad_checksum) == "checksum"
    assert pesel_problem("123") == "length"
    assert pesel_problem("85130412345") in {"date", "checksum"}
    future = make_pesel(dt.date(2030, 1, 1), 5, Sex.MALE)
    assert pesel_problem(future, today=dt.date(2026, 1, 1)) == "future"
    assert parse_pesel(make_pesel(dt.date(2003, 12, 31), 7, Sex.MALE)).birth_date == dt.date(2003,
                                                                                             12, 31)


def test_sex_must_match_pesel():
    pesel = make_pesel(dt.date(1990, 1, 2), 11, Sex.MALE)
    draft = PersonDraft(first_name="Anna", last_name="Nowak", pesel=pesel, sex=Sex.FEMALE)
    assert [(p.field, p.code) for p in validate_person(draft)] == [("sex", "pesel_mismatch")]


def test_postal_code_and_email():
    pesel = make_pesel(dt.date(1990, 1, 2), 12, Sex.MALE)
    draft = PersonDraft(first_name="A", last_name="B", pesel=pesel, email="zły@adres",
                        address=Address(postal_code="87800"))
    assert {(p.field, p.code) for p in validate_person(draft)} == {
        ("postal_code", "format"), ("email", "format")}


def test_age_on_fifteenth_birthday():
    born = dt.date(2000, 3, 15)
    assert age_on(born, dt.date(2015, 3, 15)) == 15
    assert age_on(born, dt.date(2015, 3, 14)) == 14


@pytest.mark.parametrize("text, grosze", [
    ("117,50", 11750), ("160", 16000), ("1 949 182,15 zł", 194918215), ("1.234,56", 123456),
    ("0,01", 1), (5, 500),
])
def test_money_parsing(text, grosze):
    assert to_grosze(text) == grosze


@pytest.mark.parametrize("text", ["1,234", "abc", "1,2,3", ""])
def test_money_rejects_bad_values(text):
    with pytest.raises(ValueError):
        to_grosze(text)


def test_money_formatting():
    assert format_pln(194918215) == "1\u00a0949\u00a0182,15\u00a0zł"
    assert format_plain(11750) == "117.50"
    assert format_pln(-5) == "-0,05\u00a0zł"


def test_fold_handles_polish_letters():
    assert fold("Łukasz ŻÓŁĆ") == "lukasz zolc"
    assert fold("Świętosław") == "swietoslaw"
