"""The catalogue of instruments of active integration: the view a list or picker shows, and
the rules of editing it (a name is required and unique within its category)."""

from __future__ import annotations

from dataclasses import dataclass

from ops_desktop.domain.enums import InstrumentCategory
from ops_desktop.domain.errors import FieldProblem

NAME_MAX = 200


@dataclass(frozen=True)
class InstrumentView:
    id: int
    category: InstrumentCategory
    name: str
    description: str
    sort_order: int
    active: bool


def validate_instrument_name(name: str, *, taken: set[str]) -> list[FieldProblem]:
    """Problems of a new or changed name; `taken` holds the other names of the category,
    compared case-insensitively."""
    text = name.strip()
    if not text:
        return [FieldProblem("name", "required")]
    if len(text) > NAME_MAX:
        return [FieldProblem("name", "too_long", {"max": NAME_MAX})]
    if text.casefold() in {t.casefold() for t in taken}:
        return [FieldProblem("name", "duplicate")]
    return []
