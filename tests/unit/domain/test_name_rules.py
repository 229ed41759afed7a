"""Names and group names refuse control characters, bidi
overrides, ANSI escapes, formula prefixes and unreasonable lengths, in intake, import and the
project form alike, while every real name passes; birth dates before 1900 are refused."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from ops_desktop.domain.enums import Sex
from ops_desktop.domain.errors import ValidationFailed
from ops_desktop.domain.import_rules import RowAction
from ops_desktop.domain.names import group_name_problem, name_problem
from ops_desktop.domain.participants import PersonDraft
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.services import importing, participants
from tests import factories

D = dt.date
REAL_NAMES = ["Żółć-Gęślą", "O'Brien", "D'Angelo", "Nguyễn", "Müller-Lüdenscheidt", "Ólafsdóttir",
              "Łukasz", "Zoë", "Šťastná", "Ångström", "Øyvind", "Ñúñez", "Çelik", "Əliyev",
              "Jan Maria", "St. John", "Mac Giolla Phádraig", "Oğuz", "Ioana-Mădălina",
              "Şahin", "Dvořák", "Ääkkönen", "Бондаренко", "Παπαδόπουλος", "Ó Súilleabháin",
              "Grzegorz Brzęczyszczykiewicz", "Li", "Kim-Ngọc", "N'Diaye", "Ştefan"]
HOSTILE = {
    '=HYPERLINK("http://evil.example","kliknij")': "formula_prefix",
    "=cmd|' /C calc'!A0": "formula_prefix", "+48": "formula_prefix", "-2+3": "formula_prefix",
    "@SUM(A1)": "formula_prefix", "Jan\x07": "control_characters",
    "\x1b[31mJan\x1b[0m": "control_characters", "Ja\u202enaK": "bidi_override",
    "Jan\u2066x": "bidi_override", "Grupa\r\nA": "control_characters",
    "Jan\u200bek": "control_characters", "x" * 10_000: "too_long",
}


@pytest.mark.parametrize("name", REAL_NAMES)
def test_every_real_name_passes(name):
    assert name_problem(name) is None and group_name_problem(name) is None


@pytest.mark.parametrize(("text", "code"), HOSTILE.items())
def test_hostile_names_are_refused_with_their_rule(text, code):
    assert name_problem(text) == code


def test_group_names_have_a_longer_limit():
    assert group_name_problem("G" * 150) is None and name_problem("N" * 150) == "too_long"


def _draft(last: str, born=D(1980, 5, 17)) -> PersonDraft:  # noqa: B008
    return PersonDraft(first_name="Jan", last_name=last, pesel=make_pesel(born, 321, Sex.MALE))


def test_intake_refuses_a_formula_name_and_a_birth_in_1850(ctx):
    with pytest.raises(ValidationFailed) as caught:
        participants.create_person(ctx, draft=_draft("=cmd|' /C calc'!A0"))
    assert [(p.field, p.code) for p in caught.value.problems] == [("last_name", "formula_prefix")]
    with pytest.raises(ValidationFailed) as caught:
        participants.create_person(ctx, draft=_draft("Kowalski", born=D(1850, 1, 1)))
    assert [(p.field, p.code) for p in caught.value.problems] == [("pesel", "too_early")]
    assert participants.create_person(ctx, draft=_draft("Żółć-Gęślą")).id


def test_project_form_refuses_a_hostile_group_name(ctx):
    with pytest.raises(ValidationFailed) as caught:
        factories.project(ctx, "Grupy", groups=(('=HYPERLINK("http://x")', 5),))
    assert ("groups", "formula_prefix") in [(p.field, p.code) for p in caught.value.problems]


def test_import_rejects_hostile_rows_and_takes_real_names(ctx, tmp_path):
    project = factories.project(ctx, "Import", start=D(2011, 1, 1), end=D(2012, 12, 31))
    table = []
    table.append(["Imię", "Nazwisko", "PESEL", "Data rozpoczęcia udziału w projekcie", "Grupa"])
    rows = [("Jan", last, make_pesel(D(1980, 1, 1), 100 + i, Sex.MALE), "")
            for i, last in enumerate(HOSTILE)]
    for first, last, pesel, group in rows:
        table.append([first, last, pesel, "2011-03-01", group])
    table.append(["Jan", "Kowalski", make_pesel(D(1981, 1, 1), 700, Sex.MALE), "2011-03-01",
                  "Grupa\r\nA"])
    table.append(["Jan", "Kowalski", make_pesel(D(1850, 1, 1), 701, Sex.MALE), "2011-03-01", ""])
    for i, last in enumerate(REAL_NAMES):
        table.append(["Zoë", last, make_pesel(D(1990, 1, 1), 200 + i, Sex.FEMALE), "2011-03-01",
                      "Moduł zawodowy"])
    path = tmp_path / "lista.csv"      # CSV: an XLSX cannot even hold BEL or ESC
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=";").writerows(table)
    preview = importing.preview_import(ctx, project_id=project.id, path=path)
    actions = [row.action for row in preview.rows]
    assert actions[:len(HOSTILE) + 2] == [RowAction.REJECTED] * (len(HOSTILE) + 2)
    assert actions[len(HOSTILE) + 2:] == [RowAction.NEW_PERSON] * len(REAL_NAMES)
    assert "Grupa: zawiera znaki sterujące lub niewidoczne" in preview.rows[len(HOSTILE)].problems
    assert any("1900" in p for p in preview.rows[len(HOSTILE) + 1].problems)
    assert preview.new_groups == ()
