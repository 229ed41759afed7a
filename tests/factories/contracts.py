"""Contract factories for tests: a complete draft, a signed contract, through the services."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.contracts import (
    ActionBy, AgreedAction, Assessment, Benefit, BenefitKind, ChosenInstrument, ContractDraft,
    ContractVariant, Evaluation, FamilyMember,
)
from ops_desktop.db.models import User
from ops_desktop.domain.enums import Role, Sex
from ops_desktop.domain.pesel import make_pesel
from ops_desktop.services import contracts, instruments
from ops_desktop.services.context import Actor
from tests import factories

POLISH = "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"


def setup(ctx, *, min_instruments: int = 3, title: str = "Aktywna Integracja"):
    """A project (2011) with one group and one enrolled participant: (project, person)."""
    project = factories.project(ctx, title, min_instruments=min_instruments,
                                funding_line="Projekt współfinansowany ze środków EFS")
    person = factories.person(ctx, "Żaneta", "Łącka-Źdźbło", born=dt.date(1979, 3, 14),
                              sex=Sex.FEMALE)
    factories.enrol(ctx, person.id, project, start=dt.date(2011, 2, 1))
    return project, person


def complete_draft(ctx, project, person, *, instruments_count: int = 3,
                   variant: ContractVariant = ContractVariant.A, **overrides) -> ContractDraft:
    catalogue = instruments.list_instruments(ctx)
    chosen = [ChosenInstrument(item.id, "40 godz." if i == 0 else "")
              for i, item in enumerate(catalogue[:instruments_count])]
    draft = ContractDraft(
        person_id=person.id, project_id=project.id, group_id=project.groups[0].id,
        variant=variant, place="Włocławek", period_from=dt.date(2011, 3, 1),
        period_to=dt.date(2011, 8, 31), caseworker_name="Barbara Wiśniewska",
        family=[FamilyMember("Kacper", "Łącki", make_pesel(dt.date(2005, 6, 1), 7, Sex.MALE),
                             "syn")],
        assessment=Assessment(
            causes="Długotrwałe bezrobocie, zadłużenie mieszkania.",
            resources="Gotowość do zmiany, wsparcie siostry.",
            limitations="Brak kwalifikacji zawodowych; opieka nad dzieckiem.",
            education="zasadnicze zawodowe", profession="sprzedawca",
            work_history="Praca w handlu 2001–2006.",
            earlier_activation="Staż w 2008 r. przerwany z powodu choroby dziecka."),
        main_goal="Podjęcie zatrudnienia i usamodzielnienie się.",
        specific_goals=["Ukończenie kursu zawodowego.", "Uregulowanie zadłużenia."],
        actions=[
            AgreedAction("Udział w warsztatach aktywizacji zawodowej (40 godz.)",
                         ActionBy.PARTICIPANT, "", dt.date(2011, 4, 30), "lista obecności"),
            AgreedAction("Skierowanie na kurs zawodowy", ActionBy.CASEWORKER, "",
                         dt.date(2011, 5, 15), "skierowanie w aktach"),
        ],
        instruments=chosen,
        benefits=[Benefit(BenefitKind.TARGETED_ALLOWANCE, "na dojazdy", 16000, "ZC/12/2011",
                          dt.date(2011, 3, 10), True)],
        evaluations=[Evaluation(dt.date(2011, 5, 31)), Evaluation(dt.date(2011, 8, 31))],
    )
    if variant is ContractVariant.B:
        draft.referral_number = "PUP/DA/123/2011"
        draft.referral_date = dt.date(2011, 2, 20)
    for name, value in overrides.items():
        setattr(draft, name, value)
    return draft


def signed(ctx, project, person, *, signed_on=dt.date(2011, 3, 1), **overrides):
    view, _ = contracts.create_contract(ctx,
                                        draft=complete_draft(ctx, project, person, **overrides))
    view, _ = contracts.sign_contract(ctx, contract_id=view.id, signed_on=signed_on)
    return view


def user(ctx, user_id: int, username: str, *roles: Role, full_name: str = ""):
    """An account row (sign-in itself is another issue's) and an Actor acting as it."""
    with ctx.transaction() as session:
        session.add(User(id=user_id, username=username, full_name=full_name or username,
                         roles=",".join(r.value for r in roles), created_at=dt.datetime.now()))
    return ctx.as_actor(Actor(user_id, username, frozenset(roles), full_name=full_name))
