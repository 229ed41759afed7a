"""Time-to-task by keyboard alone: the office's three daily jobs driven through the real
windows with key events only, counted by `tests/keyboard_support.KeyCounter` (typed data
counts 0, every other key 1), with the application's event filters as run_gui installs
them. Each test fails above the issue's limit and checks what reached the database.
`bench/usability.py` runs them and writes the counts to docs/USABILITY.md."""

from __future__ import annotations

import datetime as dt
import json
import os

from PySide6.QtCore import Qt

from ops_desktop.domain.attendance import Mark
from ops_desktop.domain.enums import Sex
from ops_desktop.services import attendance
from ops_desktop.ui.activities.activities_page import ActivitiesPage
from tests.keyboard_support import KeyCounter, app_helpers  # noqa: F401 (fixture)
from tests.unit.services.test_attendance import course_with_schedule

K = Qt.Key
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _record(task: str, counter: KeyCounter, limit: int) -> None:
    """Write the count for bench/usability.py when it asks (OPS_USABILITY_OUT)."""
    out = os.environ.get("OPS_USABILITY_OUT")
    if out:
        with open(out, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"task": task, "keys": counter.keys, "typed": counter.typed,
                                     "limit": limit, "steps": counter.steps}) + "\n")
    assert counter.keys <= limit, (task, counter.keys, counter.steps)


def _show(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def test_attendance_of_fifteen_with_two_absent(qtbot, ctx, app_helpers):  # noqa: F811
    """From the activity list: Enter opens the grid at the first session without marks (two
    sessions are already filled), Ctrl+Shift+O marks everyone present, arrows and N fix the
    two absent people. Marks are stored as they are typed: no save key."""
    _, activity, grid = course_with_schedule(ctx, people=15, surroundings=0)
    done = [s.id for s in grid.sessions[:2]]
    for session_id in done:
        attendance.mark_all_present(ctx, activity_id=activity.id, session_id=session_id)
    page = ActivitiesPage(ctx)
    _show(qtbot, page)
    page.list.setFocus()          # where the user starts: the activity list
    keys = KeyCounter(qtbot)
    keys.expect("activitiesList")
    keys.press(K.Key_Return)
    keys.expect("attendanceGrid")
    keys.press(K.Key_O, CTRL | SHIFT)
    absent = (3, 10)                      # rows of the paper list, from 0
    keys.press(K.Key_Down, times=absent[0])
    keys.choose("n")                      # the cursor goes one person down by itself
    keys.press(K.Key_Down, times=absent[1] - absent[0] - 1)
    keys.choose("n")

    stored = attendance.grid(ctx, activity_id=activity.id)
    session = stored.sessions[2]
    marks = [stored.marks.get((p.enrolment_id, session.id)) for p in stored.people]
    expected = [Mark.UNEXCUSED if row in absent else Mark.PRESENT for row in range(15)]
    assert marks == expected
    assert all(stored.marks.get((p.enrolment_id, stored.sessions[3].id)) is None
               for p in stored.people)
    _record("Obecność: 15 osób, 13 obecnych", keys, 20)


def test_renewal_from_last_years_contract(qtbot, ctx, app_helpers):  # noqa: F811
    """On the contract list: Ctrl+F, the surname, Enter (the first contract found), Ctrl+R
    (next year's draft from it), Ctrl+S saves the draft after review, Esc closes."""
    from ops_desktop.domain.contracts import ContractStatus
    from ops_desktop.services import contract_lists, contracts
    from ops_desktop.ui.contracts.contracts_page import ContractsPage
    from tests import factories
    from tests.factories import contracts as cf

    project = factories.project(ctx, start=dt.date(2011, 1, 1), end=dt.date(2012, 12, 31))
    person = factories.person(ctx, "Żaneta", "Łącka", born=dt.date(1979, 3, 14), sex=Sex.FEMALE)
    factories.enrol(ctx, person.id, project, start=dt.date(2011, 2, 1))
    other = factories.person(ctx, "Jan", "Zieliński")
    factories.enrol(ctx, other.id, project, start=dt.date(2011, 2, 1))
    previous = cf.signed(ctx, project, person)
    cf.signed(ctx, project, other)
    page = ContractsPage(ctx)
    _show(qtbot, page)
    keys = KeyCounter(qtbot)
    keys.press(K.Key_F, CTRL)
    keys.expect("contractSearch")
    keys.type("łąck")
    keys.press(K.Key_Return)
    keys.expect("contractsTable")

    def review(dialog) -> None:
        assert dialog.windowTitle() == "Nowy kontrakt socjalny"
        keys.press(K.Key_S, CTRL)
        assert dialog.contract_id is not None, (keys.focused(), dialog.message.text())
        keys.press(K.Key_Escape)
        assert not dialog.isVisible()

    keys.while_modal(lambda: keys.press(K.Key_R, CTRL), review)

    rows = [r for r in contract_lists.list_contracts(ctx) if r.person_id == person.id]
    assert len(rows) == 2
    renewed = contracts.get_contract(ctx, contract_id=max(r.id for r in rows))
    old = contracts.get_contract(ctx, contract_id=previous.id)
    assert renewed.status is ContractStatus.DRAFT
    new, was = renewed.draft, old.draft
    assert (new.period_from, new.period_to) == (dt.date(2012, 3, 1), dt.date(2012, 8, 31))
    assert (new.main_goal, new.specific_goals) == (was.main_goal, was.specific_goals)
    assert [i.instrument_id for i in new.instruments] == [i.instrument_id for i in was.instruments]
    assert [(b.kind, b.description, b.amount) for b in new.benefits] == [
        (b.kind, b.description, b.amount) for b in was.benefits]
    assert [b.decision_number for b in new.benefits] == [""]
    assert [a.deadline for a in new.actions] == [dt.date(2012, 4, 30), dt.date(2012, 5, 15)]
    assert [e.planned_on for e in new.evaluations] == [dt.date(2012, 5, 31),
                                                       dt.date(2012, 8, 31)]
    assert all(e.done_on is None for e in new.evaluations)
    _record("Odnowienie kontraktu na kolejny rok", keys, 10)


def test_intake_of_a_new_person_saved_and_enrolled(qtbot, ctx, app_helpers):  # noqa: F811
    """Ctrl+N on the list of people, then the paper intake form top to bottom: Tab between
    fields, a letter for each choice (the focus moves on when the letter names one answer),
    Ctrl+Tab to the next page, the postal code completing the place; Enter on the last
    field saves the person and enrols them in the chosen group."""
    from ops_desktop.db.models import Person
    from ops_desktop.domain.enums import AreaType, Education, LabourStatus, SensitiveFlag
    from ops_desktop.domain.participants import Address
    from ops_desktop.domain.pesel import make_pesel
    from ops_desktop.services import enrolment, participants
    from ops_desktop.ui.participants.participants_page import ParticipantsPage
    from tests import factories

    project = factories.project(ctx, groups=(("Moduł zawodowy", 10), ("Grupa wsparcia", 10)))
    factories.person(ctx, "Jan", "Wcześniejszy", address=Address(
        street="Okrzei", building="1", postal_code="87-800", city="Włocławek",
        municipality="Włocławek", county="Włocławek", voivodeship="kujawsko-pomorskie",
        degurba=1, area_type=AreaType.URBAN))
    pesel = make_pesel(dt.date(1979, 3, 14), 41, Sex.FEMALE)
    page = ParticipantsPage(ctx)
    _show(qtbot, page)
    keys = KeyCounter(qtbot)

    def intake(dialog) -> None:
        keys.expect("first_name")
        for name, text in (("first_name", "Łucja"), ("last_name", "Żółtowska"),
                           ("pesel", pesel)):
            keys.expect(name)
            keys.type(text)
            keys.press(K.Key_Tab)
        keys.expect("education")
        keys.choose("w")                    # Wyższe: the only answer with a W
        keys.expect("labour_status")
        keys.choose("p")                    # Pracujący
        keys.press(K.Key_Tab, CTRL)         # page "Adres i kontakt"
        for name, text in (("street", "Kaliska"), ("building", "12"), ("flat", "4"),
                           ("postal_code", "87-800")):
            keys.expect(name)
            keys.type(text)
            keys.press(K.Key_Tab)
        keys.expect("city")                 # filled in from the postal code
        keys.press(K.Key_Tab)
        keys.expect("phone")
        keys.type("600 100 200")
        keys.press(K.Key_Tab, CTRL)         # page "Dane szczególne"
        for flag, letter in zip(SensitiveFlag, "nntnnon", strict=True):
            keys.expect(f"flag_{flag.value}")
            keys.choose(letter)
        keys.expect("enrolProject")         # no degree without a disability: passed over
        keys.press(K.Key_Tab)
        keys.expect("enrolGroup")
        keys.choose("g")                    # Grupa wsparcia
        keys.press(K.Key_Return)
        assert not dialog.isVisible(), dialog.enrolment.message.text()

    keys.while_modal(lambda: keys.press(K.Key_N, CTRL), intake)

    person_id = participants.find_by_pesel(ctx, pesel=pesel)
    assert person_id is not None
    view = participants.get_person(ctx, person_id=person_id)
    d = view.draft
    assert (d.first_name, d.last_name, d.education, d.labour_status, d.phone) == (
        "Łucja", "Żółtowska", Education.TERTIARY, LabourStatus.EMPLOYED, "600 100 200")
    a = d.address
    assert (a.street, a.building, a.flat, a.postal_code, a.city, a.municipality, a.county,
            a.voivodeship, a.degurba, a.area_type) == (
        "Kaliska", "12", "4", "87-800", "Włocławek", "Włocławek", "Włocławek",
        "kujawsko-pomorskie", 1, AreaType.URBAN)
    answers = dict(zip(SensitiveFlag, "nntnnon", strict=True))
    tri = {"t": "yes", "n": "no", "o": "refused"}
    assert {f: v.value for f, v in d.sensitive.items()} == {
        f: tri[letter] for f, letter in answers.items()}
    participations = enrolment.participations_of(ctx, person_id=person_id)
    assert [(p.project_title, p.group_name) for p in participations] == [
        (project.draft.title, "Grupa wsparcia")]
    with ctx.reading() as session:
        assert session.get(Person, person_id).sex == Sex.FEMALE.value
    _record("Przyjęcie nowej osoby z zapisem do grupy", keys, 25)
