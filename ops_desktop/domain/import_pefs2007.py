"""Reading the PO KL 2007–2013 list (Formularz PEFS 2007, individual participants) back in:
the columns the later lists do not have — the area urban / rural, the two phones, the
sub-status ("w tym") and the two questions of version 3.0 (minority, migrant) that the
office keeps as one answer. Called by `domain/import_rules.parse_row` for every row; a
column the file does not have changes nothing."""

from __future__ import annotations

import functools
from collections.abc import Callable

from ops_desktop.domain import monitoring_pefs2007 as pefs
from ops_desktop.domain.enums import SensitiveFlag, TriState
from ops_desktop.domain.errors import FieldProblem
from ops_desktop.domain.participants import PersonDraft

# "Bezrobotny" of the form does not say whether registered: read back as registered, the
# usual case of a social-welfare client (docs/MONITORING.md).
PEFS_ONLY_KEYS = frozenset({"area", "phone_landline", "phone_mobile", "pefs_disability",
                            "pefs_minority", "pefs_migrant"})


@functools.cache
def _tables(normalise: Callable[[str], str]) -> tuple[dict, dict, dict]:
    """The form's dictionaries by normalised spelling (built once, not for every row)."""
    return ({normalise(label): code for code, label in pefs.AREA_VALUES.items()},
            {normalise(label): code for code, label in pefs.SUBSTATUS_VALUES.items()},
            {normalise(label): answer for answer, label in pefs.YES_NO.items()})


def apply_pefs_columns(text: Callable[[str], str], columns: dict[str, int],
                       draft: PersonDraft, problems: list[FieldProblem],
                       normalise: Callable[[str], str]) -> None:
    areas, substatuses, yes_no = _tables(normalise)
    area = text("area")
    if area:
        draft.address.area_type = areas.get(normalise(area))
        if draft.address.area_type is None:
            problems.append(FieldProblem("area", "unknown_value", {"value": area}))
    if not draft.phone:
        draft.phone = text("phone_mobile") or text("phone_landline")
    detail = text("labour_status_detail")
    if detail and normalise(detail) != normalise(pefs.LONG_TERM_UNEMPLOYED_VALUE):
        draft.labour_substatus = substatuses.get(normalise(detail))
    if "pefs_disability" in columns:
        answer = yes_no.get(normalise(text("pefs_disability")))
        if answer is not None:
            draft.sensitive[SensitiveFlag.DISABILITY] = answer
    answers = [yes_no.get(normalise(text(key))) for key in ("pefs_minority", "pefs_migrant")
               if key in columns]
    if TriState.YES in answers:
        draft.sensitive[SensitiveFlag.MINORITY_MIGRANT] = TriState.YES
    elif answers and all(a is TriState.NO for a in answers):
        draft.sensitive[SensitiveFlag.MINORITY_MIGRANT] = TriState.NO
