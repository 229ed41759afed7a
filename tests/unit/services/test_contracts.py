"""Contract services: every rule of the life cycle, numbering, versions, caseload, audit."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from ops_desktop.db.models import AuditEntry, Person
from ops_desktop.domain.contracts import (
    AmendmentDraft, Benefit, ContractOutcome, ContractStatus, ContractVariant, EndingDraft,
    Evaluation, TerminationReason,
)
from ops_desktop.domain.contract_views import (
    ContractFilter,
)
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import NotFound, PermissionDenied, RuleViolation, ValidationFailed
from ops_desktop.services import contract_lists, contracts, office
from ops_desktop.services.context import Actor
from tests.factories import contracts as cf

pytestmark = pytest.mark.both_backends  # a SQLite file and the test PostgreSQL server

D = dt.date


def _codes(exc_info) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in exc_info.value.problems}


def test_signing_an_empty_draft_lists_every_missing_field(ctx):
    project, person = cf.setup(ctx)
    from ops_desktop.domain.contracts import ContractDraft

    view, warnings = contracts.create_contract(
        ctx, draft=ContractDraft(person_id=person.id, project_id=project.id,
                                 variant=ContractVariant.B))
    assert view.status is ContractStatus.DRAFT and view.number == "" and warnings == []
    with pytest.raises(ValidationFailed) as info:
        contracts.sign_contract(ctx, contract_id=view.id, signed_on=D(2011, 3, 1))
    missing = {field for field, code in _codes(info) if code == "required"}
    assert missing == {"place", "period_from", "period_to", "caseworker", "causes", "resources",
                       "limitations", "main_goal", "specific_goals", "actions", "evaluations",
                       "referral_number", "referral_date", "education", "work_history",
                       "earlier_activation"}
    assert contracts.get_contract(ctx, contract_id=view.id).status is ContractStatus.DRAFT


def test_incomplete_action_rows_are_named(ctx):
    project, person = cf.setup(ctx)
    draft = cf.complete_draft(ctx, project, person)
    draft.actions[1].deadline = None
    draft.actions[1].verification = ""
    view, _ = contracts.create_contract(ctx, draft=draft)
    problems, _ = contracts.check_signing(ctx, contract_id=view.id, signed_on=D(2011, 3, 1))
    assert [(p.field, p.code, p.params) for p in problems] == [
        ("actions", "row_incomplete", {"row": 2, "missing": ("deadline", "verification")})]


def test_signing_numbers_from_the_yearly_register_in_the_office_format(ctx):
    project, person = cf.setup(ctx)
    first = cf.signed(ctx, project, person, signed_on=D(2011, 3, 1),
                      period_from=D(2011, 3, 1), period_to=D(2011, 4, 30))
    second = cf.signed(ctx, project, person, signed_on=D(2011, 5, 2),
                       period_from=D(2011, 5, 2), period_to=D(2011, 8, 31))
    assert (first.number, second.number) == ("KS/1/2011", "KS/2/2011")
    office.set_setting(ctx, key="contract_number_format", value="KS-{nnn}/{yy}")
    third = cf.signed(ctx, project, person, signed_on=D(2011, 9, 1),
                      period_from=D(2011, 9, 1), period_to=D(2011, 12, 31))
    assert third.number == "KS-003/11"
    assert contracts.find_by_number(ctx, number="KS/2/2011") == second.id
    assert first.status is ContractStatus.SIGNED and first.signed_on == D(2011, 3, 1)
    assert first.original is not None and first.original.person.last_name == "Łącka-Źdźbło"


def test_too_few_instruments_is_a_warning_with_the_count(ctx):
    project, person = cf.setup(ctx, min_instruments=3)
    view, _ = contracts.create_contract(
        ctx, draft=cf.complete_draft(ctx, project, person, instruments_count=2))
    view, warnings = contracts.sign_contract(ctx, contract_id=view.id, signed_on=D(2011, 3, 1))
    assert view.status is ContractStatus.SIGNED
    assert [(w.code, w.params) for w in warnings] == [
        ("too_few_instruments", {"count": 2, "minimum": 3})]


def test_overlapping_contracts_of_a_person_in_a_project_are_flagged(ctx):
    project, person = cf.setup(ctx)
    first = cf.signed(ctx, project, person)
    _, warnings = contracts.create_contract(
        ctx, draft=cf.complete_draft(ctx, project, person, period_from=D(2011, 8, 1),
                                     period_to=D(2011, 10, 31)))
    assert [(w.code, w.params["number"]) for w in warnings] == [("overlap", first.number)]
    _, later = contracts.create_contract(
        ctx, draft=cf.complete_draft(ctx, project, person, period_from=D(2011, 9, 1),
                                     period_to=D(2011, 10, 31)))
    assert [w.params.get("number") for w in later if w.code == "overlap"] == [""]  # the draft


def test_benefit_amounts_must_be_positive(ctx):
    project, person = cf.setup(ctx)
    draft = cf.complete_draft(ctx, project, person)
    draft.benefits = [Benefit(amount=0), Benefit(amount=11750), Benefit(amount=-100)]
    with pytest.raises(ValidationFailed) as info:
        contracts.create_contract(ctx, draft=draft)
    assert [(p.code, p.params["row"]) for p in info.value.problems] == [
        ("amount_not_positive", 1), ("amount_not_positive", 3)]


def test_family_pesel_and_period_order_are_checked_on_save(ctx):
    project, person = cf.setup(ctx)
    draft = cf.complete_draft(ctx, project, person, period_to=D(2011, 2, 1))
    draft.family[0].pesel = "12345678901"
    with pytest.raises(ValidationFailed) as info:
        contracts.create_contract(ctx, draft=draft)
    assert _codes(info) == {("period_to", "before_start"), ("family", "pesel")}


def test_amendments_keep_every_version_and_number_in_order(ctx):
    project, person = cf.setup(ctx)
    view = cf.signed(ctx, project, person)
    draft = view.draft
    draft.period_to = D(2011, 11, 30)
    draft.specific_goals.append("Udział w grupie wsparcia.")
    view, _ = contracts.amend_contract(
        ctx, contract_id=view.id, draft=draft,
        amendment=AmendmentDraft(D(2011, 6, 1), "Przedłużenie okresu i nowy cel."))
    draft = view.draft
    draft.main_goal = "Podjęcie zatrudnienia."
    view, _ = contracts.amend_contract(
        ctx, contract_id=view.id, draft=draft,
        amendment=AmendmentDraft(D(2011, 7, 1), "Zmiana celu głównego."))
    assert view.status is ContractStatus.AMENDED
    assert [a.number for a in view.amendments] == [1, 2]
    assert view.version(0).draft.period_to == D(2011, 8, 31)
    assert view.version(1).draft.period_to == D(2011, 11, 30)
    assert len(view.version(1).draft.specific_goals) == 3
    assert view.version(1).draft.main_goal.startswith("Podjęcie zatrudnienia i")
    assert view.version(2).draft.main_goal == "Podjęcie zatrudnienia."
    assert view.draft.main_goal == "Podjęcie zatrudnienia."
    with pytest.raises(RuleViolation) as info:
        view.version(3)
    assert info.value.code == "no_such_amendment"


def test_amendment_rules(ctx):
    project, person = cf.setup(ctx)
    view, _ = contracts.create_contract(ctx, draft=cf.complete_draft(ctx, project, person))
    with pytest.raises(RuleViolation) as info:
        contracts.amend_contract(ctx, contract_id=view.id, draft=view.draft,
                                 amendment=AmendmentDraft(D(2011, 6, 1), "x"))
    assert info.value.code == "contract_not_signed"
    view, _ = contracts.sign_contract(ctx, contract_id=view.id, signed_on=D(2011, 3, 1))
    with pytest.raises(ValidationFailed) as info:
        contracts.amend_contract(ctx, contract_id=view.id, draft=view.draft,
                                 amendment=AmendmentDraft(D(2011, 2, 1), ""))
    assert _codes(info) == {("amendment_date", "before_signing"), ("scope", "required")}
    incomplete = view.draft
    incomplete.main_goal = ""
    with pytest.raises(ValidationFailed) as info:
        contracts.amend_contract(ctx, contract_id=view.id, draft=incomplete,
                                 amendment=AmendmentDraft(D(2011, 6, 1), "zmiana"))
    assert _codes(info) == {("main_goal", "required")}
    with pytest.raises(RuleViolation) as info:
        contracts.update_contract(ctx, contract_id=view.id, draft=view.draft)
    assert info.value.code == "contract_not_draft"


@pytest.mark.parametrize("terminate", [False, True])
def test_ended_contracts_cannot_be_amended(ctx, terminate):
    project, person = cf.setup(ctx)
    view = cf.signed(ctx, project, person)
    if terminate:
        ended = contracts.terminate_contract(
            ctx, contract_id=view.id,
            ending=EndingDraft(D(2011, 5, 1), reason=TerminationReason.BREACH,
                               justification="Trzy nieusprawiedliwione nieobecności."))
        assert ended.status is ContractStatus.TERMINATED
        assert ended.ending.reason is TerminationReason.BREACH
    else:
        ended = contracts.close_contract(
            ctx, contract_id=view.id,
            ending=EndingDraft(D(2011, 8, 31), outcome=ContractOutcome.PARTLY,
                               justification="Kurs ukończony, zatrudnienia brak."))
        assert ended.status is ContractStatus.CLOSED
        assert ended.ending.outcome is ContractOutcome.PARTLY
    with pytest.raises(RuleViolation) as info:
        contracts.amend_contract(ctx, contract_id=view.id, draft=view.draft,
                                 amendment=AmendmentDraft(D(2011, 9, 1), "zmiana"))
    assert info.value.code == "contract_ended"
    with pytest.raises(RuleViolation):
        contracts.close_contract(ctx, contract_id=view.id,
                                 ending=EndingDraft(D(2011, 9, 1), outcome=ContractOutcome.REACHED,
                                                    justification="x"))


def test_closing_and_terminating_need_their_own_fields(ctx):
    project, person = cf.setup(ctx)
    view = cf.signed(ctx, project, person)
    with pytest.raises(ValidationFailed) as info:
        contracts.close_contract(ctx, contract_id=view.id, ending=EndingDraft(D(2011, 2, 1)))
    assert _codes(info) == {("ended_on", "before_signing"), ("outcome", "required"),
                            ("justification", "required")}
    with pytest.raises(ValidationFailed) as info:
        contracts.terminate_contract(ctx, contract_id=view.id, ending=EndingDraft())
    assert _codes(info) == {("ended_on", "required"), ("reason", "required")}


def test_evaluations_recorded_and_due_for_the_caseworker(ctx):
    project, person = cf.setup(ctx)
    view = cf.signed(ctx, project, person)
    today = D(2011, 5, 28)
    due = contract_lists.evaluations_due(ctx, today=today)
    assert [(d.number, d.planned_on, d.overdue) for d in due] == [("KS/1/2011", D(2011, 5, 31),
                                                                   False)]
    assert contract_lists.evaluations_due(ctx, today=D(2011, 6, 10))[0].overdue
    items = view.draft.evaluations
    items[0].done_on, items[0].findings = D(2011, 5, 30), "Warsztaty ukończone."
    view = contracts.save_evaluations(ctx, contract_id=view.id, evaluations=items)
    assert view.draft.evaluations[0].done_on == D(2011, 5, 30)
    assert contract_lists.evaluations_due(ctx, today=today) == []
    other = Actor(user_id=999, username="inna", roles=frozenset({Role.COORDINATOR}))
    assert contract_lists.evaluations_due(ctx.as_actor(other), today=D(2011, 8, 30)) == []


def test_evaluation_results_are_checked(ctx):
    project, person = cf.setup(ctx)
    view = cf.signed(ctx, project, person)
    with pytest.raises(ValidationFailed) as info:
        contracts.save_evaluations(ctx, contract_id=view.id, evaluations=[
            Evaluation(None, None), Evaluation(D(2011, 5, 1), D(2011, 2, 1))])
    assert _codes(info) == {("evaluations", "date_required"), ("evaluations", "before_signing")}


def test_caseworkers_reach_only_their_own_caseload(ctx):
    project, person = cf.setup(ctx)
    view = cf.signed(ctx, project, person)
    anna = cf.user(ctx, 5, "anna", Role.CASEWORKER, full_name="Anna Nowak")
    ewa = cf.user(ctx, 6, "ewa", Role.CASEWORKER, full_name="Ewa Kot")
    with ctx.transaction() as session:
        session.get(Person, person.id).caseworker_id = 5
    assert contracts.get_contract(anna, contract_id=view.id).number == "KS/1/2011"
    assert [r.id for r in contract_lists.list_contracts(anna)] == [view.id]
    assert contract_lists.list_contracts(ewa) == []
    with pytest.raises(NotFound):
        contracts.get_contract(ewa, contract_id=view.id)
    with pytest.raises(NotFound):
        contracts.find_by_number(ewa, number="KS/1/2011")
    admin = ctx.as_actor(Actor(7, "admin", frozenset({Role.ADMIN})))
    with pytest.raises(PermissionDenied):
        contract_lists.list_contracts(admin)
    assert (5, "Anna Nowak") in contract_lists.list_caseworkers(ctx)


def test_list_filters(ctx):
    project, person = cf.setup(ctx)
    signed = cf.signed(ctx, project, person)
    draft, _ = contracts.create_contract(
        ctx, draft=cf.complete_draft(ctx, project, person, period_from=D(2011, 9, 1),
                                     period_to=D(2011, 12, 1)))
    rows = contract_lists.list_contracts(ctx)
    assert {r.id for r in rows} == {signed.id, draft.id}
    only_signed = contract_lists.list_contracts(ctx,
                                                flt=ContractFilter(status=ContractStatus.SIGNED))
    assert [r.number for r in only_signed] == ["KS/1/2011"]
    assert only_signed[0].person_name == "Łącka-Źdźbło Żaneta"
    assert only_signed[0].next_evaluation == D(2011, 5, 31)
    assert contract_lists.list_contracts(ctx, flt=ContractFilter(year=2011))
    assert contract_lists.list_contracts(ctx, flt=ContractFilter(project_id=project.id + 1)) == []


def test_every_step_is_audited_with_ids_only(ctx):
    project, person = cf.setup(ctx)
    view = cf.signed(ctx, project, person)
    contracts.amend_contract(ctx, contract_id=view.id, draft=view.draft,
                             amendment=AmendmentDraft(D(2011, 6, 1), "Zmiana terminów."))
    contracts.close_contract(ctx, contract_id=view.id,
                             ending=EndingDraft(D(2011, 8, 31), outcome=ContractOutcome.REACHED,
                                                justification="Podjęła pracę."))
    contracts.record_print(ctx, contract_id=view.id, text_versions={"contract_clauses": 1})
    with ctx.reading() as session:
        entries = session.execute(select(AuditEntry).where(AuditEntry.entity == "contract")
                                  .order_by(AuditEntry.id)).scalars().all()
    assert [e.action for e in entries] == ["create", "sign", "amend", "close", "print"]
    text = " ".join(e.details for e in entries)
    assert "Łącka" not in text and "Żaneta" not in text and person.draft.pesel not in text
    assert json.loads(entries[1].details)["seq"] == 1


def test_prefill_guesses_variant_and_caseworker(ctx):
    from ops_desktop.domain.enums import LabourStatus
    from tests import factories

    project, _ = cf.setup(ctx)
    unemployed = factories.person(ctx, "Adam", "Bąk",
                                  labour_status=LabourStatus.UNEMPLOYED_REGISTERED)
    draft = contracts.prefill(ctx, person_id=unemployed.id, project_id=project.id)
    assert draft.variant is ContractVariant.B
    assert (project.draft.start_date <= draft.period_from <= draft.period_to
            <= project.draft.end_date)


def test_drafts_can_be_deleted_signed_ones_cannot(ctx):
    project, person = cf.setup(ctx)
    view, _ = contracts.create_contract(ctx, draft=cf.complete_draft(ctx, project, person))
    contracts.delete_draft(ctx, contract_id=view.id)
    with pytest.raises(NotFound):
        contracts.get_contract(ctx, contract_id=view.id)
    signed = cf.signed(ctx, project, person)
    with pytest.raises(RuleViolation):
        contracts.delete_draft(ctx, contract_id=signed.id)


def test_a_contract_signed_after_a_bulk_load_takes_the_next_id_and_number(ctx):
    """The bulk load (the demo's contracts) takes its ids from the table's own sequence on
    PostgreSQL: a plain signing afterwards does not collide with the loaded rows."""
    from ops_desktop.services.contract_bulk import BulkContract, add_signed_contracts

    project, person = cf.setup(ctx)
    loaded = add_signed_contracts(ctx, items=[
        BulkContract(draft=cf.complete_draft(ctx, project, person), signed_on=D(2011, 3, day))
        for day in (1, 2, 3)])
    assert len(loaded) == 3 and loaded == sorted(loaded)
    assert [contracts.get_contract(ctx, contract_id=i).number for i in loaded] == [
        "KS/1/2011", "KS/2/2011", "KS/3/2011"]
    after = cf.signed(ctx, project, person, signed_on=D(2011, 3, 4))
    assert after.id > loaded[-1] and after.number == "KS/4/2011"
    again = add_signed_contracts(ctx, items=[
        BulkContract(draft=cf.complete_draft(ctx, project, person), signed_on=D(2011, 3, 5))])
    assert again[0] > after.id
    assert contracts.get_contract(ctx, contract_id=again[0]).number == "KS/5/2011"
