"""The contract's dictionaries named once (domain/contract_labels.py): every member of every
dictionary has its own screen label, paper writes it in lower case inside a sentence unless it
has a fuller printed wording, and two members with the same value in different dictionaries
(both "other") keep their own names on screen and on paper."""

from __future__ import annotations

import pytest

from ops_desktop.domain.contract_labels import LABELS, PRINTED, label_text, printed_label
from ops_desktop.domain.contracts import BenefitKind, ContractStatus, TerminationReason
from ops_desktop.domain.enums import InstrumentCategory


@pytest.mark.parametrize("kind", list(LABELS), ids=lambda k: k.__name__)
def test_every_member_has_its_own_label(kind):
    texts = [label_text(member) for member in kind]
    assert None not in texts
    assert len(set(texts)) == len(texts)


def test_members_with_the_same_value_keep_their_own_names():
    assert TerminationReason.OTHER == BenefitKind.OTHER  # StrEnums: equal as dict keys
    assert label_text(TerminationReason.OTHER) == "Inna przyczyna"
    assert label_text(BenefitKind.OTHER) == "Inne świadczenie"
    assert printed_label(TerminationReason.OTHER) == "inna przyczyna"
    assert printed_label(BenefitKind.OTHER) == "inne świadczenie"


def test_paper_uses_lower_case_or_the_printed_wording():
    assert printed_label(ContractStatus.AMENDED) == "zawarty, zmieniony aneksem"
    assert printed_label(ContractStatus.DRAFT) == "projekt (niepodpisany)"
    assert printed_label(InstrumentCategory.HEALTH) == "zdrowotny"
    assert all(kind in LABELS for kind in PRINTED)
