"""The printed documents of intake: participation declaration (deklaracja uczestnictwa), the
RODO art. 13 information notice with the consent form, and the participant card (everything
held about one participation). Views the renderers in `reporting/` print, resolved to text,
and the form of the text version a signed consent records."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ops_desktop.domain.contract_views import ContractRow, EndingView
from ops_desktop.domain.document_texts import TextKey
from ops_desktop.domain.enums import (
    DisabilityDegree, Education, LabourStatus, SensitiveFlag, Sex, TriState,
)
from ops_desktop.domain.participants import ConsentView, ParticipationView


@dataclass(frozen=True)
class PersonSheet:
    """A person's ordinary data as printed on intake documents (no special categories)."""

    first_name: str
    last_name: str
    pesel: str
    birth_date: dt.date | None
    sex: Sex | None
    address: str
    phone: str
    email: str
    education: Education | None
    labour_status: LabourStatus | None
    long_term_unemployed: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class IntakePrintView:
    """The declaration or the information notice with consents, for one participation.

    `texts` are filled in (office, project); `text_versions` name the versions printed; for
    the consent form each consent already given prints in the version the person signed."""

    office_name: str
    office_address: str
    funding_line: str
    person: PersonSheet
    project_title: str
    group_name: str
    participation_start: dt.date | None
    texts: dict[TextKey, str]
    text_versions: dict[str, int]
    consents: tuple[ConsentView, ...]


@dataclass(frozen=True)
class ContractSummary:
    """A contract as the participant card lists it."""

    row: ContractRow
    instruments: tuple[str, ...]
    benefits_total: int            # grosze
    own_contribution_total: int    # grosze
    evaluations: tuple[tuple[dt.date | None, dt.date | None], ...]  # (planned, held)
    ending: EndingView | None      # None while running


@dataclass(frozen=True)
class ParticipantCardView:
    office_name: str
    office_address: str
    funding_line: str
    person: PersonSheet
    participation: ParticipationView
    other_participations: tuple[ParticipationView, ...]
    sensitive: dict[SensitiveFlag, TriState] | None   # None: not permitted to read them
    disability_degree: DisabilityDegree | None
    consents: tuple[ConsentView, ...]
    contracts: tuple[ContractSummary, ...]
    printed_by: str
    printed_on: dt.date
    text_versions: dict[str, int]   # the office's funding line, when the project has none


def consent_text_version(key: TextKey, version: int) -> str:
    """What a consent records as the text it was given on: "consent_data_processing:v3"."""
    return f"{key.value}:v{version}"


def parse_consent_text_version(value: str, key: TextKey) -> int | None:
    """The version number recorded by `consent_text_version`, or None for another form
    (e.g. a version label brought from an earlier system)."""
    match = re.fullmatch(re.escape(key.value) + r":v(\d+)", value or "")
    return int(match.group(1)) if match else None
