"""The printed documents of activities, read back from the PDFs: attendance lists (one per
session, whole schedule in one file), the activity register, the individual support card
and the certificate register — names with Polish letters, hours, numbers, signatures."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from ops_desktop.domain.activities import (
    ActivityDraft, ActivityForm, SpecialistKind, SupportEntryDraft, generate_schedule,
)
from ops_desktop.domain.attendance import Mark, MarkChange
from ops_desktop.domain.enums import ParticipationRole, Sex
from ops_desktop.domain.errors import RuleViolation, ValidationFailed
from ops_desktop.domain.projects import OfficeDraft
from ops_desktop.reporting.activity_register_pdf import render_activity_register
from ops_desktop.reporting.attendance_list_pdf import render_attendance_lists
from ops_desktop.reporting.certificate_register_pdf import render_certificate_register
from ops_desktop.reporting.support_card_pdf import render_support_card
from ops_desktop.services import activities, attendance, certificates, office, support_card
from tests import factories

T = dt.time
pytestmark = pytest.mark.both_backends  # a SQLite file and the test PostgreSQL server


def _pages(render, view) -> list[str]:
    buffer = io.BytesIO()
    render(view, buffer)
    # whitespace folded: a cell wraps its text over lines
    return [" ".join(page.extract_text().split())
            for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]


@pytest.fixture
def kis(ctx):
    """KIS edition I of "Twoja Szansa": three people, a child in day-care, six sessions."""
    office.save_office(ctx, draft=OfficeDraft(
        name="Miejski Ośrodek Pomocy Społecznej w Bartoszycach", street="ul. Pieniężnego 10a",
        postal_code="11-200", city="Bartoszyce", head_name="Grażyna Żółtowska",
        head_title="Dyrektor MOPS"))
    project = factories.project(
        ctx, "Twoja Szansa", start=dt.date(2009, 1, 1), end=dt.date(2009, 12, 31),
        teaching_hour_minutes=45, funding_line="Projekt współfinansowany przez Unię Europejską "
        "w ramach Europejskiego Funduszu Społecznego", groups=(("KIS edycja I", 14),))
    people = []
    for first, last, sex in (("Bożena", "Łazarczyk", Sex.FEMALE),
                             ("Zdzisław", "Gęsiński", Sex.MALE),
                             ("Jadwiga", "Świątek", Sex.FEMALE)):
        person = factories.person(ctx, first, last, sex=sex, born=dt.date(1968, 6, 1))
        people.append(factories.enrol(ctx, person.id, project, start=dt.date(2009, 7, 1))[0].id)
    child = factories.person(ctx, "Kacper", "Łazarczyk", born=dt.date(2003, 9, 9))
    people.append(factories.enrol(ctx, child.id, project, start=dt.date(2009, 7, 1),
                                  role=ParticipationRole.SURROUNDINGS)[0].id)
    activity = activities.create_activity(ctx, draft=ActivityDraft(
        project_id=project.id, name="Klub Integracji Społecznej — edycja I",
        form=ActivityForm.KIS_EDITION, group_id=project.groups[0].id, trainer="mgr Ewa Żurańska",
        place="MOPS, sala świetlicy", planned_hours=2400,
        topics="Zajęcia psychoedukacyjne\nWarsztaty ceramiczne i wikliniarskie"))
    activities.add_sessions(ctx, activity_id=activity.id, drafts=generate_schedule(
        weekdays={0, 2}, first_day=dt.date(2009, 7, 6), last_day=dt.date(2009, 7, 22),
        time_from=T(9), time_to=T(12), hour_minutes=45, topics=["Poznajmy się", "Komunikacja"]))
    activities.enrol(ctx, activity_id=activity.id, participation_ids=people)
    grid = attendance.grid(ctx, activity_id=activity.id)
    changes = [MarkChange(p.enrolment_id, s.id,
                          Mark.PRESENT) for p in grid.people for s in grid.sessions]
    changes[-1] = MarkChange(changes[-1].enrolment_id, changes[-1].session_id, Mark.EXCUSED)
    changes[5] = MarkChange(changes[5].enrolment_id, changes[5].session_id, Mark.UNEXCUSED)
    changes[4] = MarkChange(changes[4].enrolment_id, changes[4].session_id, Mark.UNEXCUSED)
    attendance.set_marks(ctx, activity_id=activity.id, changes=changes)
    return project, activity, people


def test_attendance_lists_one_per_session_in_one_pdf(ctx, kis):
    _, activity, _ = kis
    view = attendance.attendance_lists(ctx, activity_id=activity.id)
    assert len(view.sessions) == 6
    pages = _pages(render_attendance_lists, view)
    assert len(pages) == 6
    first = pages[0]
    for expected in ("LISTA OBECNOŚCI", "Twoja Szansa", "Europejskiego Funduszu Społecznego",
                     "Klub Integracji Społecznej — edycja I", "06.07.2009 (pn)", "spotkanie nr 1",
                     "09:00–12:00", "4 godz. dydaktycznych", "MOPS, sala świetlicy",
                     "mgr Ewa Żurańska", "Poznajmy się", "Łazarczyk Bożena", "Gęsiński Zdzisław",
                     "Świątek Jadwiga", "Podpis", "podpis prowadzącego zajęcia",
                     "Otoczenie uczestników", "Łazarczyk Kacper", "strona 1 z 6"):
        assert expected in first, expected
    assert "Komunikacja" in pages[1] and "08.07.2009 (śr)" in pages[1]
    third = attendance.grid(ctx, activity_id=activity.id).sessions[2].id
    one = attendance.attendance_lists(ctx, activity_id=activity.id, session_ids=[third])
    assert [s.number for s in one.sessions] == [3]


def test_activity_register_sessions_hours_and_summary(ctx, kis):
    _, activity, _ = kis
    certificates.issue(ctx, activity_id=activity.id, issued_on=dt.date(2009, 7, 31),
                       include_participation=True)
    text = "\n".join(_pages(render_activity_register, attendance.activity_register(
        ctx, activity_id=activity.id)))
    for expected in ("DZIENNIK ZAJĘĆ", "Klub Integracji Społecznej — edycja I", "KIS edycja I",
                     "Zajęcia psychoedukacyjne", "06.07.2009", "22.07.2009", "09:00–12:00",
                     "Razem: 6 spotkań, 24 godz.", "Łazarczyk Bożena", "24 z 24", "100,0%",
                     "16 z 24", "66,7%", "8 !", "3 + 1 ot.", "Otoczenie uczestników",
                     "1/2009", "3/2009", "Ukończyło (obecność ≥ 80%): 2 z 3"):
        assert expected in text, expected


def test_support_card_entries_and_rules(ctx, kis):
    project, _, people = kis
    support_card.add_entry(ctx, draft=SupportEntryDraft(
        participation_id=people[0], day=dt.date(2009, 7, 10), hours=100,
        topic="Konsultacja psychologiczna — motywacja", specialist="mgr Łucja Ważna",
        specialist_kind=SpecialistKind.PSYCHOLOGIST, time_from=T(10), time_to=T(11)))
    support_card.add_entry(ctx, draft=SupportEntryDraft(
        participation_id=people[0], day=dt.date(2009, 8, 3), hours=150,
        topic="Porada prawna: zadłużenie", specialist="r.pr. Jan Żak",
        specialist_kind=SpecialistKind.LAWYER))
    with pytest.raises(ValidationFailed) as info:
        support_card.add_entry(ctx, draft=SupportEntryDraft(
            participation_id=people[0], day=dt.date(2010, 1, 5), hours=0, topic="x",
            specialist="y"))
    assert {p.code for p in info.value.problems} == {"outside_project", "not_positive"}
    with pytest.raises(RuleViolation):
        support_card.add_entry(ctx, draft=SupportEntryDraft(
            participation_id=people[0], day=dt.date(2009, 6, 1), hours=100, topic="x",
            specialist="y"))
    text = "\n".join(_pages(render_support_card,
                            support_card.card(ctx, participation_id=people[0])))
    for expected in ("KARTA WSPARCIA INDYWIDUALNEGO", "Bożena Łazarczyk", "Twoja Szansa",
                     "10.07.2009", "10:00–11:00", "Konsultacja psychologiczna", "mgr Łucja Ważna",
                     "psycholog", "r.pr. Jan Żak", "prawnik", "Razem", "2,5", "Podpis",
                     "dydaktyczna godzina"):
        assert expected in text, expected


def test_certificate_register_with_receipt_column(ctx, kis):
    _, activity, _ = kis
    certificates.issue(ctx, activity_id=activity.id, issued_on=dt.date(2009, 8, 1),
                       include_participation=True)
    view = certificates.register(ctx, year=2009)
    text = "\n".join(_pages(render_certificate_register, view))
    for expected in ("REJESTR ZAŚWIADCZEŃ — 2009", "Podpis odbierającego", "1/2009", "3/2009",
                     "Łazarczyk Bożena", "Świątek Jadwiga", "ukończenie", "uczestnictwo",
                     "01.08.2009", view.rows[0].pesel):
        assert expected in text, expected
    assert "Kacper" not in text   # surroundings get no certificates
