"""The instrument catalogue: seeded in four categories, listed in order, edited by the
coordinator (add, rename, retire, bring back), names unique within a category."""

from __future__ import annotations

import pytest

from ops_desktop.domain.enums import InstrumentCategory, Role
from ops_desktop.domain.errors import PermissionDenied, ValidationFailed
from ops_desktop.services import instruments
from ops_desktop.services.context import Actor
from tests.factories import contracts as cf

pytestmark = pytest.mark.both_backends  # a SQLite file and the test PostgreSQL server


def test_the_catalogue_is_seeded_in_four_categories_in_order(ctx):
    rows = instruments.list_instruments(ctx)
    assert {r.category for r in rows} == set(InstrumentCategory)
    order = [r.category for r in rows]
    assert order == sorted(order, key=list(InstrumentCategory).index)
    vocational = instruments.list_instruments(ctx, category=InstrumentCategory.VOCATIONAL)
    assert "Warsztaty aktywizacji zawodowej" in [r.name for r in vocational]


def test_add_rename_retire_and_restore(ctx):
    added = instruments.add_instrument(ctx, category=InstrumentCategory.HEALTH,
                                       name="Konsultacja z lekarzem medycyny pracy")
    assert added.active and added.sort_order > 1
    renamed = instruments.rename_instrument(ctx, instrument_id=added.id,
                                            name="Konsultacja lekarza medycyny pracy",
                                            description="ocena wskazań do zatrudnienia")
    assert renamed.description == "ocena wskazań do zatrudnienia"
    instruments.set_instrument_active(ctx, instrument_id=added.id, active=False)
    assert added.id not in [r.id for r in instruments.list_instruments(ctx)]
    assert added.id in [r.id for r in instruments.list_instruments(ctx, include_retired=True)]
    instruments.set_instrument_active(ctx, instrument_id=added.id, active=True)
    assert added.id in [r.id for r in instruments.list_instruments(ctx)]


def test_names_are_required_and_unique_within_a_category(ctx):
    with pytest.raises(ValidationFailed) as info:
        instruments.add_instrument(ctx, category=InstrumentCategory.VOCATIONAL,
                                   name="warsztaty AKTYWIZACJI zawodowej")
    assert info.value.problems[0].code == "duplicate"
    with pytest.raises(ValidationFailed) as info:
        instruments.add_instrument(ctx, category=InstrumentCategory.SOCIAL, name="  ")
    assert info.value.problems[0].code == "required"
    other = instruments.add_instrument(ctx, category=InstrumentCategory.SOCIAL,
                                       name="Warsztaty aktywizacji zawodowej")  # other category
    assert other.category is InstrumentCategory.SOCIAL


def test_only_the_catalogue_permission_edits(ctx):
    caseworker = ctx.as_actor(Actor(3, "anna", frozenset({Role.CASEWORKER})))
    assert instruments.list_instruments(caseworker)
    with pytest.raises(PermissionDenied):
        instruments.add_instrument(caseworker, category=InstrumentCategory.SOCIAL, name="X")
    coordinator = cf.user(ctx, 4, "kasia", Role.COORDINATOR)
    assert instruments.add_instrument(coordinator, category=InstrumentCategory.SOCIAL, name="X")
