"""The real intake dialog, driven with the keyboard: a bad PESEL shows its message and saves
nothing; a good one saves; the list then finds the person by surname, with and without
Polish letters, and by PESEL prefix."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from ops_desktop.db.models import Person
from ops_desktop.domain.enums import Sex
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.ui.participants.intake_dialog import IntakeDialog
from ops_desktop.ui.participants.participants_page import ParticipantsPage


def _count_people(ctx) -> int:
    with ctx.reading() as session:
        return session.execute(select(func.count(Person.id))).scalar_one()


def _fill(typer, dialog, first, last, pesel):
    typer(dialog.edits["first_name"], first)
    typer(dialog.edits["last_name"], last)
    typer(dialog.edits["pesel"], pesel)


def test_bad_pesel_shows_message_and_saves_nothing(qtbot, ctx, typer):
    dialog = IntakeDialog(ctx)
    qtbot.addWidget(dialog)
    good = make_pesel(dt.date(1984, 7, 9), 31, Sex.MALE)
    bad = good[:-1] + str((int(good[-1]) + 3) % 10)
    _fill(typer, dialog, "Łukasz", "Kowalczyk", bad)
    error = dialog.errors["pesel"]
    assert not error.isHidden()
    assert "cyfra kontrolna" in error.text()
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and dialog.saved_id is None
    assert _count_people(ctx) == 0


def test_good_pesel_saves_and_the_list_finds_the_person(qtbot, ctx, typer):
    pesel = make_pesel(dt.date(1984, 7, 9), 32, Sex.MALE)
    dialog = IntakeDialog(ctx)
    qtbot.addWidget(dialog)
    _fill(typer, dialog, "Łukasz", "Kowalczyk", pesel)
    assert dialog.errors["pesel"].isHidden()
    assert "Mężczyzna" in dialog.derived.text() and "09.07.1984" in dialog.derived.text()
    typer(dialog.edits["postal_code"], "87-800")
    dialog.save()
    assert dialog.saved_id is not None
    with ctx.reading() as session:
        stored = session.get(Person, dialog.saved_id)
        assert (stored.first_name, stored.last_name, stored.pesel, stored.sex) == (
            "Łukasz", "Kowalczyk", pesel, "M")
        assert stored.birth_date == dt.date(1984, 7, 9)

    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    for query in ("kowal", "łuk", "luk", "LUK", pesel[:6]):
        page.search.clear()
        typer(page.search, query)
        qtbot.waitUntil(lambda: page.model.total() == 1, timeout=2000)
        assert page.model.data(page.model.index(0, 0)) == "Kowalczyk", query
    page.search.clear()
    typer(page.search, "nowak")
    qtbot.waitUntil(lambda: page.model.total() == 0, timeout=2000)


def test_duplicate_pesel_offers_the_existing_person(qtbot, ctx, typer):
    from tests import factories

    existing = factories.person(ctx, "Anna", "Wiśniewska", born=dt.date(1970, 1, 1), sex=Sex.FEMALE)
    dialog = IntakeDialog(ctx)
    qtbot.addWidget(dialog)
    _fill(typer, dialog, "Anna", "Wiśniewska", existing.draft.pesel)
    assert not dialog.duplicate_box.isHidden()
    qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert dialog.open_instead == existing.id
    assert _count_people(ctx) == 1


def test_required_fields_listed_after_save_attempt(qtbot, ctx):
    dialog = IntakeDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.errors["first_name"].isHidden()
    dialog.save()
    assert not dialog.errors["first_name"].isHidden()
    assert not dialog.errors["last_name"].isHidden()
    assert not dialog.errors["pesel"].isHidden()
    assert _count_people(ctx) == 0


def test_enrol_warns_when_group_is_full(qtbot, ctx, typer):
    from tests import factories

    project = factories.project(ctx, groups=(("Grupa wsparcia", 1),))
    first = factories.person(ctx, "Jan", "Nowak")
    factories.enrol(ctx, first.id, project)
    dialog = IntakeDialog(ctx, person_id=factories.person(ctx, "Ewa", "Zając", sex=Sex.FEMALE).id)
    qtbot.addWidget(dialog)
    panel = dialog.enrolment
    panel.group.setCurrentIndex(1)
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    assert "grupa jest pełna" in panel.message.text()
    assert panel.list.count() == 1


def test_list_opens_new_and_existing_people_and_follows_a_duplicate(qtbot, ctx):
    """The page's own path into the dialog: Nowa osoba, and "Otwórz tę osobę" on a duplicate
    PESEL opening the existing person in a second dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests import factories

    existing = factories.person(ctx, "Anna", "Wiśniewska", born=dt.date(1970, 1, 1), sex=Sex.FEMALE)
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    seen: list[int | None] = []

    def second() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.person_id)
        dialog.reject()

    def first() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IntakeDialog)
        seen.append(dialog.person_id)
        dialog.open_instead = existing.id
        QTimer.singleShot(0, second)
        dialog.reject()

    QTimer.singleShot(0, first)
    page.new_person()
    assert seen == [None, existing.id]


def test_a_save_after_another_caseworkers_save_is_refused_and_keeps_the_typing(
        qtbot, ctx, db_path, typer):
    """Two PCs: the dialog was opened on this one; the other PC saves the person; this
    one's save is refused with a sentence naming the other caseworker, the typed phone stays
    in the form and nothing reaches the database; reloading shows the other PC's data and a
    save from there goes in."""
    from ops_desktop.domain.enums import Role
    from ops_desktop.services import participants
    from ops_desktop.services.context import SYSTEM_ACTOR, Actor
    from ops_desktop.services.database import open_database
    from tests import factories
    from tests.factories import contracts as contract_factories

    person = factories.person(ctx, "Jan", "Kowalski")
    contract_factories.user(ctx, 21, "ewa", Role.HEAD, full_name="Ewa Wójcik")
    dialog = IntakeDialog(ctx, person_id=person.id)
    qtbot.addWidget(dialog)

    other = open_database(db_path, actor=SYSTEM_ACTOR)
    try:
        ewa = other.context.as_actor(Actor(21, "ewa", frozenset({Role.HEAD}),
                                           full_name="Ewa Wójcik"))
        theirs = participants.get_person(ewa, person_id=person.id)
        theirs.draft.address.city = "Włocławek"
        participants.update_person(ewa, person_id=person.id, draft=theirs.draft,
                                   version=theirs.version)
    finally:
        other.engine.dispose()

    typer(dialog.edits["phone"], "600 100 200")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result() == 0
    assert not dialog.conflict_box.isHidden()
    assert "Ewa Wójcik" in dialog.conflict_label.text()
    assert "nie zostały zapisane" in dialog.conflict_label.text()
    assert dialog.edits["phone"].text() == "600 100 200"     # the typing is kept
    with ctx.reading() as session:
        stored = session.get(Person, person.id)
        assert (stored.phone, stored.city) == ("", "Włocławek")   # Ewa's save, untouched

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.conflict_box.isHidden()
    assert dialog.edits["city"].text() == "Włocławek" and dialog.edits["phone"].text() == ""
    typer(dialog.edits["phone"], "600 100 200")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    with ctx.reading() as session:
        stored = session.get(Person, person.id)
        assert (stored.phone, stored.city) == ("600 100 200", "Włocławek")
