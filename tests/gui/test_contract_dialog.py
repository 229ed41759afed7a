"""The contract dialog driven like a caseworker would, on the demo database: choose a demo
participant, save a draft, try to sign it incomplete (every missing field listed), complete
and sign it, amend it, close it, print it; the database holds each step."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from ops_desktop.db.models import AuditEntry, Participation, ProjectGroup
from ops_desktop.db.models.contracts import Contract, ContractAmendment, ContractEnding
from ops_desktop.domain.contracts import ActionBy, ContractStatus
from ops_desktop.services import contracts, instruments
from ops_desktop.ui.contracts.choose_participation_dialog import ChooseParticipationDialog
from ops_desktop.ui.contracts.contract_dialog import ContractDialog
from ops_desktop.ui.widgets.forms import set_date
from tests.factories import contracts as cf

YOUTH_GROUP = "Młodzież 15–25 lat ze środowisk zagrożonych wykluczeniem"
D = dt.date


def _answer_next_dialog(fill) -> None:
    """Fill and accept the modal dialog the next click opens."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        fill(dialog)
        dialog.accept()
    QTimer.singleShot(0, run)


def _status(ctx, contract_id):
    with ctx.reading() as session:
        return session.get(Contract, contract_id).status


@pytest.fixture
def participant(demo_ctx):
    """A demo participant with no contract yet (Jelenia Góra's youth group)."""
    with demo_ctx.reading() as session:
        row = session.execute(
            select(Participation).join(ProjectGroup, ProjectGroup.id == Participation.group_id)
            .where(ProjectGroup.name == YOUTH_GROUP, Participation.status == "completed")
            .order_by(Participation.id).limit(1)).scalar_one()
        return row.person_id, row.project_id, row.start_date, row.end_date


def test_contract_from_draft_to_closure(qtbot, typer, demo_ctx, participant, tmp_path):
    ctx = demo_ctx
    person_id, project_id, start, end = participant
    person = __import__("ops_desktop.services.participants", fromlist=["x"]).get_person(
        ctx, person_id=person_id).draft

    chooser = ChooseParticipationDialog(ctx)
    qtbot.addWidget(chooser)
    typer(chooser.search, person.pesel)
    chooser.find()
    assert chooser.people.rowCount() == 1
    chooser.parts_view.selectRow(0)
    chooser._accept()
    chosen = chooser.chosen
    assert (chosen.person_id, chosen.project_id) == (person_id, project_id)

    dialog = ContractDialog(ctx, draft=contracts.prefill(
        ctx, person_id=chosen.person_id, project_id=chosen.project_id, group_id=chosen.group_id))
    qtbot.addWidget(dialog)
    form = dialog.form
    set_date(form.period_from, start)
    set_date(form.period_to, end)
    set_date(form.signed_on, start)
    qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
    contract_id = dialog.contract_id
    assert contract_id is not None and _status(ctx, contract_id) == "draft"

    # Signing the incomplete draft lists every missing field and signs nothing.
    qtbot.mouseClick(dialog.buttons["sign"], Qt.MouseButton.LeftButton)
    message = dialog.message.text()
    assert message.startswith("Nie można podpisać kontraktu:")
    for missing in ("pracownik socjalny", "przyczyny trudnej sytuacji", "zasoby i mocne strony",
                    "ograniczenia", "cel główny", "cele szczegółowe", "uzgodnione działania",
                    "terminy oceny"):
        assert f"Uzupełnij: {missing}" in message, missing
    assert form.currentIndex() == 0 and _status(ctx, contract_id) == "draft"

    # Complete it and sign.
    typer(form.lines["caseworker_name"], "Agnieszka Zielińska")
    typer(form.texts["causes"], "Trudności szkolne, konflikty w rodzinie.")
    typer(form.texts["resources"], "Zainteresowania sportowe; wsparcie wychowawcy.")
    typer(form.texts["limitations"], "Niska asertywność.")
    typer(form.texts["main_goal"], "Kontynuacja nauki i wybór zawodu.")
    typer(form.texts["specific_goals"], "Udział w warsztatach.")
    qtbot.mouseClick(form.actions.add_button, Qt.MouseButton.LeftButton)
    model = form.actions.model
    for column, value in enumerate(("Udział w warsztatach umiejętności społecznych",
                                    ActionBy.PARTICIPANT.value, "", start + dt.timedelta(days=30),
                                    "lista obecności")):
        assert model.setData(model.index(0, column), value)
    qtbot.mouseClick(form.evaluations.add_button, Qt.MouseButton.LeftButton)
    assert form.evaluations.model.setData(form.evaluations.model.index(0, 0), end)
    catalogue = instruments.list_instruments(ctx)
    for item in catalogue[:3]:
        form.instruments.check(item.id)
    assert "Wybrano: 3" in form.instruments.count.text()
    with ctx.reading() as session:
        last = session.execute(select(func.max(Contract.seq))
                               .where(Contract.year == start.year)).scalar()
    qtbot.mouseClick(dialog.buttons["sign"], Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Kontrakt podpisano"), dialog.message.text()
    number = f"KS/{last + 1}/{start.year}"
    assert dialog.view.number == number and _status(ctx, contract_id) == "signed"
    assert dialog.buttons["amend"].isVisibleTo(dialog)
    assert not dialog.buttons["sign"].isVisibleTo(dialog)

    # Amend: a later end of the period, with the aneks' date and scope.
    new_end = end + dt.timedelta(days=20)
    set_date(form.period_to, new_end)
    form.evaluations.model.setData(form.evaluations.model.index(0, 0), new_end)

    def fill_amendment(sub) -> None:
        set_date(sub.date, end - dt.timedelta(days=5))
        sub.scope.setPlainText("Przedłużenie okresu kontraktu o 20 dni.")

    _answer_next_dialog(fill_amendment)
    qtbot.mouseClick(dialog.buttons["amend"], Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Zapisano aneks nr 1"), dialog.message.text()
    with ctx.reading() as session:
        aneks = session.execute(select(ContractAmendment)
                                .where(ContractAmendment.contract_id == contract_id)).scalar_one()
        assert aneks.number == 1 and session.get(Contract, contract_id).period_to == new_end
    assert _status(ctx, contract_id) == "amended"
    assert dialog.view.version(0).draft.period_to == end

    # Record the evaluation, then close with the final assessment.
    form.evaluations.model.setData(form.evaluations.model.index(0, 1), new_end)
    form.evaluations.model.setData(form.evaluations.model.index(0, 2), "Cele zrealizowane.")
    qtbot.mouseClick(dialog.buttons["evaluations"], Qt.MouseButton.LeftButton)
    assert contracts.get_contract(ctx, contract_id=contract_id).draft.evaluations[0].done_on \
        == new_end

    def fill_closing(sub) -> None:
        set_date(sub.date, new_end)
        sub.choice.setCurrentIndex(sub.choice.findData("reached"))
        sub.justification.setPlainText("Osoba kontynuuje naukę w szkole zawodowej.")

    _answer_next_dialog(fill_closing)
    qtbot.mouseClick(dialog.buttons["close"], Qt.MouseButton.LeftButton)
    assert _status(ctx, contract_id) == "closed"
    with ctx.reading() as session:
        assert session.get(ContractEnding, contract_id).outcome == "reached"
    assert not dialog.buttons["amend"].isVisibleTo(dialog)
    assert form.texts["causes"].isReadOnly()

    # Print preview; what is saved is the same PDF, and saving is audited.
    qtbot.mouseClick(dialog.buttons["print"], Qt.MouseButton.LeftButton)
    preview = dialog.preview
    qtbot.addWidget(preview)
    target = tmp_path / "kontrakt.pdf"
    preview.save_to(target)
    assert target.read_bytes() == preview.pdf
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert f"KONTRAKT SOCJALNY nr {number}" in text and "ANEKS nr 1" in text
    with ctx.reading() as session:
        actions = session.execute(select(AuditEntry.action).where(
            AuditEntry.entity == "contract", AuditEntry.entity_id == contract_id)
            .order_by(AuditEntry.id)).scalars().all()
    assert actions == ["create", "update", "update", "sign", "amend", "evaluate", "close",
                       "export"]
    assert contracts.get_contract(ctx, contract_id=contract_id).status is ContractStatus.CLOSED


def test_a_draft_can_be_discarded(qtbot, ctx):
    project, person = cf.setup(ctx)
    dialog = ContractDialog(ctx, draft=contracts.prefill(ctx, person_id=person.id,
                                                         project_id=project.id))
    qtbot.addWidget(dialog)
    assert not dialog.buttons["delete"].isVisibleTo(dialog)  # nothing stored yet
    dialog.save()
    contract_id = dialog.contract_id
    assert dialog.buttons["delete"].isVisibleTo(dialog)
    dialog.confirm = lambda text: True
    qtbot.mouseClick(dialog.buttons["delete"], Qt.MouseButton.LeftButton)
    with ctx.reading() as session:
        assert session.get(Contract, contract_id) is None


def test_a_draft_saved_meanwhile_on_another_pc_is_not_overwritten(qtbot, typer, ctx, db_path):
    """The dialog holds a draft; another PC saves the same draft; this PC's save is refused
    with the other caseworker's name, the typed goal stays in the form, the database keeps
    the other PC's goal; "Wczytaj aktualny kontrakt" shows theirs and a save goes in."""
    from ops_desktop.domain.enums import Role
    from ops_desktop.services.context import SYSTEM_ACTOR, Actor
    from ops_desktop.services.database import open_database

    project, person = cf.setup(ctx)
    view, _ = contracts.create_contract(ctx, draft=cf.complete_draft(ctx, project, person))
    cf.user(ctx, 31, "marta", Role.HEAD, full_name="Marta Lis")
    dialog = ContractDialog(ctx, contract_id=view.id)
    qtbot.addWidget(dialog)

    other = open_database(db_path, actor=SYSTEM_ACTOR)
    try:
        marta = other.context.as_actor(Actor(31, "marta", frozenset({Role.HEAD}),
                                             full_name="Marta Lis"))
        theirs = contracts.get_contract(marta, contract_id=view.id)
        theirs.draft.main_goal = "Cel Marty."
        contracts.update_contract(marta, contract_id=view.id, draft=theirs.draft,
                                  version=theirs.row_version)
    finally:
        other.engine.dispose()

    goal = dialog.form.texts["main_goal"]
    goal.clear()
    typer(goal, "Mój cel.")
    qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
    assert "Marta Lis" in dialog.message.text()
    assert not dialog.reload_button.isHidden()
    assert goal.toPlainText() == "Mój cel."
    with ctx.reading() as session:
        assert session.get(Contract, view.id).main_goal == "Cel Marty."

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.reload_button.isHidden() and goal.toPlainText() == "Cel Marty."
    goal.clear()
    typer(goal, "Wspólny cel.")
    qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
    assert "Zapisano projekt kontraktu." in dialog.message.text()
    with ctx.reading() as session:
        assert session.get(Contract, view.id).main_goal == "Wspólny cel."
