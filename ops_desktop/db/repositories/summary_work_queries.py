"""Summary figures from the contracts and activities tables (placeholder until they land)."""

from __future__ import annotations

DIMENSIONS: frozenset[str] = frozenset()


def benefits(session, scope):  # noqa: ANN001, ANN201
    return 0, 0


def contract_figures(session, scope):  # noqa: ANN001, ANN201
    return None


def instrument_figures(session, scope, minimum):  # noqa: ANN001, ANN201
    return None


def activity_figures(session, scope):  # noqa: ANN001, ANN201
    return None


def person_ids_for(scope, dimension, value, sex, minimum):  # noqa: ANN001, ANN201
    raise ValueError(dimension)
