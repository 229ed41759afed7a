"""The intake's places and the contract renewal through the real services on a real database
file: a caseworker's completion offers only the places of their own people (the commonest
spelling of a code first), and cannot renew a contract outside their reach."""

from __future__ import annotations

import pytest

from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import NotFound
from ops_desktop.domain.participants import Address
from ops_desktop.services import places
from ops_desktop.services.context import Actor
from ops_desktop.services.contract_renewal import renewal_draft
from tests import factories
from tests.factories import contracts as cf
from tests.security_support import add_account


def _at(code, city, municipality):
    return Address(postal_code=code, city=city, municipality=municipality, county="pow",
                   voivodeship="kujawsko-pomorskie")


def test_places_are_those_of_ones_own_people(ctx):
    mine = add_account(ctx, "pracownik", Role.CASEWORKER)
    other = add_account(ctx, "inny", Role.CASEWORKER)
    for first, where in (("Anna", _at("87-800", "Włocławek", "Włocławek")),
                         ("Beata", _at("87-800", "Włocławek", "Włocławek")),
                         ("Celina", _at("87-800", "Wloclawek", "Wloclawek")),
                         ("Dorota", _at("87-850", "Choceń", "Choceń"))):
        factories.person(ctx, first, "Moja", caseworker_id=mine, address=where)
    factories.person(ctx, "Ewa", "Cudza", caseworker_id=other,
                     address=_at("88-100", "Inowrocław", "Inowrocław"))
    as_mine = ctx.as_actor(Actor(mine, "pracownik", frozenset({Role.CASEWORKER})))
    found = {p.postal_code: p for p in places.known_places(as_mine)}
    assert set(found) == {"87-800", "87-850"}
    assert found["87-800"].municipality == "Włocławek"   # two people wrote it so, one not
    assert {p.postal_code for p in places.known_places(ctx)} == {"87-800", "87-850", "88-100"}


def test_a_contract_outside_ones_reach_is_not_renewed(ctx):
    project, person = cf.setup(ctx)
    contract = cf.signed(ctx, project, person)
    stranger = add_account(ctx, "obcy", Role.CASEWORKER)
    as_stranger = ctx.as_actor(Actor(stranger, "obcy", frozenset({Role.CASEWORKER})))
    with pytest.raises(NotFound):
        renewal_draft(as_stranger, contract_id=contract.id)
    draft = renewal_draft(ctx, contract_id=contract.id)
    # a year on is after the project (2011): no period guessed, the rest carried over
    assert (draft.period_from, draft.period_to) == (None, None)
    assert draft.main_goal and draft.instruments and draft.person_id == person.id
