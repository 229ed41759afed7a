"""The domain's dictionaries on screen (ui/common/labels.py): every member of every labelled
dictionary has its own label, each table holds only members of its own class, and members of
different dictionaries with the same value (StrEnums: equal, and equal as dict keys) never
take each other's label."""

from __future__ import annotations

from enum import StrEnum
from itertools import combinations

import pytest

from ops_desktop.domain.enums import (
    ExitSituation, LabourStatus, ParticipationRole, RecruitmentStatus, text_in,
)
from ops_desktop.ui.common import labels
from ops_desktop.ui.common.labels import LABELS, label


@pytest.mark.parametrize("kind", list(LABELS), ids=lambda k: k.__name__)
def test_every_member_of_a_labelled_dictionary_has_its_own_label(kind):
    table = LABELS[kind]
    assert set(table) == set(kind)
    assert all(type(member) is kind for member in table)  # no member of another class
    texts = [table[member] for member in kind]
    assert all(texts) and len(set(texts)) == len(texts)
    assert [label(member) for member in kind] == [labels._t(text) for text in texts]


def test_members_with_the_same_value_take_their_own_class_label():
    same_value = [(a, b) for one, other in combinations(LABELS, 2)
                  for a in one for b in other if a == b]
    assert (ParticipationRole.PARTICIPANT, RecruitmentStatus.PARTICIPANT) in same_value
    for a, b in same_value:
        assert text_in(LABELS, a) is LABELS[type(a)][a]
        assert text_in(LABELS, b) is LABELS[type(b)][b]


def test_a_dictionary_without_labels_shows_its_code_not_a_neighbours_label():
    """ExitSituation.EMPLOYED == LabourStatus.EMPLOYED: a flat table gave it "Pracujący"."""
    assert ExitSituation.EMPLOYED == LabourStatus.EMPLOYED
    assert ExitSituation not in LABELS
    assert label(ExitSituation.EMPLOYED) == "employed"
    assert label(LabourStatus.EMPLOYED) == labels._t("Pracujący")


def test_the_lookup_keeps_equal_values_of_two_classes_apart():
    class First(StrEnum):
        OTHER = "other"

    class Second(StrEnum):
        OTHER = "other"

    table = {First: {First.OTHER: "Inna"}, Second: {Second.OTHER: "Inne"}}
    assert First.OTHER == Second.OTHER
    assert (text_in(table, First.OTHER), text_in(table, Second.OTHER)) == ("Inna", "Inne")
