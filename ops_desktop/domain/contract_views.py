"""What the contract screens and printouts read: views of a contract, its versions (Part I
snapshots kept as JSON so earlier versions stay printable), list rows, due evaluations, and
the print view."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields, is_dataclass
from enum import Enum

from ops_desktop.domain.contracts import (
    ActionBy, AgreedAction, Assessment, Benefit, BenefitKind, ChosenInstrument, ContractDraft,
    ContractOutcome, ContractStatus, ContractVariant, Evaluation, FamilyMember,
    TerminationReason,
)
from ops_desktop.domain.enums import InstrumentCategory
from ops_desktop.domain.errors import RuleViolation


@dataclass(frozen=True)
class PartyView:
    """The person with whom the contract is made, as printed."""

    first_name: str
    last_name: str
    pesel: str
    address: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class PartOne:
    """Part I as printed: the content plus the names it needs. One version of the contract."""

    draft: ContractDraft
    person: PartyView
    project_title: str
    group_name: str

    def to_json(self) -> str:
        return json.dumps(_plain(self), ensure_ascii=False, separators=(",", ":"))

    @staticmethod
    def from_json(text: str) -> PartOne:
        data = json.loads(text)
        return PartOne(draft=draft_from_dict(data["draft"]), person=PartyView(**data["person"]),
                       project_title=data["project_title"], group_name=data["group_name"])


@dataclass(frozen=True)
class AmendmentView:
    id: int
    number: int                    # aneks nr 1, 2…
    signed_on: dt.date
    scope: str
    content: PartOne               # Part I as it stands after this amendment


@dataclass(frozen=True)
class EndingView:
    status: ContractStatus          # CLOSED or TERMINATED
    ended_on: dt.date
    outcome: ContractOutcome | None
    reason: TerminationReason | None
    justification: str


@dataclass(frozen=True)
class ContractView:
    id: int
    number: str                     # "" while a draft
    status: ContractStatus
    signed_on: dt.date | None
    part_one: PartOne               # the current version
    original: PartOne | None        # as signed (version 0); None while a draft
    amendments: tuple[AmendmentView, ...]
    ending: EndingView | None
    min_instruments: int
    clauses_version: int | None     # document-text version the contract was signed with
    created_at: dt.datetime
    updated_at: dt.datetime
    row_version: int = 1            # grows with every save; handed back with an edit

    @property
    def draft(self) -> ContractDraft:
        return self.part_one.draft

    def version(self, amendment: int) -> PartOne:
        """Part I as it stood after amendment `amendment` (0: as signed)."""
        if amendment == 0:
            if self.original is None:
                raise RuleViolation("contract_not_signed")
            return self.original
        for item in self.amendments:
            if item.number == amendment:
                return item.content
        raise RuleViolation("no_such_amendment", number=amendment)


@dataclass(frozen=True)
class ContractRow:
    """One line of the contracts list."""

    id: int
    number: str
    status: ContractStatus
    person_id: int
    person_name: str                # "Kowalski Jan"
    project_id: int
    project_title: str
    group_name: str
    caseworker_id: int | None
    caseworker_name: str
    signed_on: dt.date | None
    period_from: dt.date | None
    period_to: dt.date | None
    amendments: int
    next_evaluation: dt.date | None


@dataclass(frozen=True)
class ContractFilter:
    project_id: int | None = None
    status: ContractStatus | None = None
    caseworker_id: int | None = None
    caseworker_name: str | None = None   # as printed on the contract
    year: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class DueEvaluation:
    """An evaluation due soon or overdue (the Start page)."""

    contract_id: int
    evaluation_id: int
    number: str
    person_name: str
    project_title: str
    planned_on: dt.date
    overdue: bool


@dataclass(frozen=True)
class ContractPrintView:
    """Everything `reporting/contract_pdf.render_contract` prints, resolved to text.

    `amendment` None prints the whole contract (Part I as it stands, Part II, then each
    amendment); a number prints that amendment with Part I as it stood after it (0: the
    contract as originally signed)."""

    contract: ContractView
    office_name: str
    office_address: str
    head_name: str
    head_title: str
    funding_line: str
    clauses: str
    amendment_clauses: str
    text_versions: dict[str, int]
    amendment: int | None = None


# --- (de)serialisation of snapshots -----------------------------------------------------

def _plain(value: object) -> object:
    """Dataclasses, lists, enums and dates as JSON-ready values (`asdict` deep-copies every
    value on the way, which is most of the time of a snapshot)."""
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def draft_from_dict(data: dict) -> ContractDraft:
    """The inverse of `dataclasses.asdict` for a ContractDraft read from JSON."""
    scalars = {f.name: data.get(f.name) for f in fields(ContractDraft)
               if f.name not in {"family", "assessment", "specific_goals", "actions",
                                 "instruments", "benefits", "evaluations"}}
    scalars["variant"] = ContractVariant(scalars["variant"])
    for name in ("referral_date", "period_from", "period_to"):
        scalars[name] = _date(scalars[name])
    return ContractDraft(
        **scalars,
        family=[FamilyMember(**m) for m in data.get("family", [])],
        assessment=Assessment(**data.get("assessment", {})),
        specific_goals=list(data.get("specific_goals", [])),
        actions=[AgreedAction(description=a["description"],
                              by=ActionBy(a["by"]) if a.get("by") else None,
                              by_other=a.get("by_other", ""), deadline=_date(a.get("deadline")),
                              verification=a.get("verification", ""))
                 for a in data.get("actions", [])],
        instruments=[ChosenInstrument(instrument_id=i["instrument_id"],
                                      details=i.get("details", ""),
                                      category=(InstrumentCategory(i["category"])
                                                if i.get("category") else None),
                                      name=i.get("name", ""))
                     for i in data.get("instruments", [])],
        benefits=[Benefit(kind=BenefitKind(b["kind"]), description=b.get("description", ""),
                          amount=int(b["amount"]), decision_number=b.get("decision_number", ""),
                          decision_date=_date(b.get("decision_date")),
                          own_contribution=bool(b.get("own_contribution", True)))
                  for b in data.get("benefits", [])],
        evaluations=[Evaluation(planned_on=_date(e.get("planned_on")),
                                done_on=_date(e.get("done_on")), findings=e.get("findings", ""),
                                id=e.get("id"))
                     for e in data.get("evaluations", [])],
    )
