"""The social contract (kontrakt socjalny, art. 108 of the Social Assistance Act; template of
the regulation of 8 Nov 2010): its content, its life cycle and its rules.

Part I is the agreement itself: parties, assessment of the situation, goals, agreed actions,
the support the office gives (instruments, benefits) and the planned evaluation dates. It is
edited freely while the contract is a draft; once signed it changes only by an amendment
(aneks), and each version is kept as a snapshot (`PartOne.to_json`) so earlier versions stay
printable (`domain/contract_views.py`). Part II records the dated evaluations, the amendments
and the end: closed with an outcome, or terminated early with a reason.

Life cycle: draft → signed → amended (aneks 1, 2…) → closed / terminated. Every rule returns
problems or warnings with stable codes; `ui/contracts/contract_messages.py` words them in Polish."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from ops_desktop.domain.enums import InstrumentCategory
from ops_desktop.domain.errors import FieldProblem, RuleViolation
from ops_desktop.domain.pesel import pesel_problem


class ContractVariant(StrEnum):
    A = "A"  # a person or family in a difficult life situation
    B = "B"  # an unemployed person, on a referral from the county labour office (PUP)


class ContractStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    AMENDED = "amended"
    CLOSED = "closed"
    TERMINATED = "terminated"


OPEN_STATUSES = frozenset({ContractStatus.SIGNED, ContractStatus.AMENDED})
ENDED_STATUSES = frozenset({ContractStatus.CLOSED, ContractStatus.TERMINATED})


class ContractOutcome(StrEnum):
    """Final assessment: was the main goal reached?"""

    REACHED = "reached"
    PARTLY = "partly"
    NOT_REACHED = "not_reached"


class TerminationReason(StrEnum):
    WITHDREW = "withdrew"                  # the person withdrew
    BREACH = "breach"                      # the person did not keep the agreement
    CHANGE_OF_CIRCUMSTANCES = "change_of_circumstances"
    FOUND_JOB = "found_job"
    MOVED_AWAY = "moved_away"
    OTHER = "other"


class ActionBy(StrEnum):
    """Who carries out an agreed action."""

    PARTICIPANT = "participant"
    FAMILY = "family"
    CASEWORKER = "caseworker"
    OTHER_INSTITUTION = "other_institution"


class BenefitKind(StrEnum):
    TARGETED_ALLOWANCE = "targeted_allowance"  # zasiłek celowy
    IN_KIND = "in_kind"                        # pomoc rzeczowa
    OTHER = "other"


# --- Part I content ---------------------------------------------------------------------

@dataclass
class FamilyMember:
    """A member of the family included in the contract (a party to it)."""

    first_name: str = ""
    last_name: str = ""
    pesel: str = ""
    relation: str = ""             # "żona", "syn"…
    person_id: int | None = None   # when the member is also in the people table


@dataclass
class Assessment:
    """Assessment of the situation. The last four matter for variant B."""

    causes: str = ""               # causes of the difficult situation
    resources: str = ""            # resources and strengths
    limitations: str = ""
    education: str = ""            # B
    profession: str = ""           # B
    work_history: str = ""         # B
    earlier_activation: str = ""   # B: earlier activation and why it failed


@dataclass
class AgreedAction:
    description: str = ""
    by: ActionBy | None = None
    by_other: str = ""             # the institution, when `by` is OTHER_INSTITUTION
    deadline: dt.date | None = None
    verification: str = ""         # how it is checked


@dataclass
class ChosenInstrument:
    """An instrument of the catalogue chosen for the contract. Category and name are copied
    in when the contract is read, so a snapshot prints even after the catalogue changes."""

    instrument_id: int
    details: str = ""              # "40 godz.", "III kw. 2009"…
    category: InstrumentCategory | None = None
    name: str = ""


@dataclass
class Benefit:
    kind: BenefitKind = BenefitKind.TARGETED_ALLOWANCE
    description: str = ""
    amount: int = 0                # grosze, positive
    decision_number: str = ""
    decision_date: dt.date | None = None
    own_contribution: bool = True  # counted as the office's own contribution (wkład własny)


@dataclass
class Evaluation:
    """A planned evaluation date (Part I) and, once held, its date and findings (Part II)."""

    planned_on: dt.date | None = None
    done_on: dt.date | None = None
    findings: str = ""
    id: int | None = None


@dataclass
class ContractDraft:
    """Everything the contract dialog edits."""

    person_id: int
    project_id: int
    group_id: int | None = None
    variant: ContractVariant = ContractVariant.A
    referral_number: str = ""      # B: the PUP referral
    referral_date: dt.date | None = None
    place: str = ""                # place of signing
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    caseworker_id: int | None = None
    caseworker_name: str = ""
    family: list[FamilyMember] = field(default_factory=list)
    assessment: Assessment = field(default_factory=Assessment)
    main_goal: str = ""
    specific_goals: list[str] = field(default_factory=list)
    actions: list[AgreedAction] = field(default_factory=list)
    instruments: list[ChosenInstrument] = field(default_factory=list)
    benefits: list[Benefit] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)

# --- amendments, endings, warnings -------------------------------------------------------

@dataclass(frozen=True)
class AmendmentDraft:
    signed_on: dt.date | None = None
    scope: str = ""                # what the amendment changes, in words


@dataclass(frozen=True)
class EndingDraft:
    """Closing (with an outcome) or early termination (with a reason)."""

    ended_on: dt.date | None = None
    outcome: ContractOutcome | None = None        # closing
    reason: TerminationReason | None = None       # termination
    justification: str = ""


@dataclass(frozen=True)
class ContractWarning:
    """Something to confirm, not a refusal: too few instruments, an overlapping contract."""

    code: str
    params: dict[str, object]



# --- rules ------------------------------------------------------------------------------

_REQUIRED_ALWAYS = ("place", "period_from", "period_to", "caseworker", "causes", "resources",
                    "limitations", "main_goal", "specific_goals", "actions", "evaluations")
_REQUIRED_B = ("referral_number", "referral_date", "education", "work_history",
               "earlier_activation")
ACTION_FIELDS = ("description", "by", "deadline", "verification")


def validate_contract(draft: ContractDraft, *, today: dt.date | None = None) -> list[FieldProblem]:
    """Problems that refuse even saving a draft: wrong values, not missing ones."""
    today = today or dt.date.today()
    problems: list[FieldProblem] = []
    if draft.period_from and draft.period_to and draft.period_to < draft.period_from:
        problems.append(FieldProblem("period_to", "before_start"))
    if draft.referral_date and draft.referral_date > today:
        problems.append(FieldProblem("referral_date", "future"))
    for row, member in enumerate(draft.family, start=1):
        if not (member.first_name.strip() and member.last_name.strip()):
            problems.append(FieldProblem("family", "name_required", {"row": row}))
        if member.pesel.strip():
            code = pesel_problem(member.pesel, today=today)
            if code:
                problems.append(FieldProblem("family", "pesel", {"row": row, "reason": code}))
    for row, benefit in enumerate(draft.benefits, start=1):
        if benefit.amount <= 0:
            problems.append(FieldProblem("benefits", "amount_not_positive", {"row": row}))
        if benefit.decision_date and benefit.decision_date > today:
            problems.append(FieldProblem("benefits", "decision_in_future", {"row": row}))
    ids = [chosen.instrument_id for chosen in draft.instruments]
    if len(ids) != len(set(ids)):
        problems.append(FieldProblem("instruments", "duplicate"))
    for row, evaluation in enumerate(draft.evaluations, start=1):
        if evaluation.planned_on is None and evaluation.done_on is None:
            problems.append(FieldProblem("evaluations", "date_required", {"row": row}))
    return problems


def signing_problems(draft: ContractDraft, *, signed_on: dt.date | None,
                     project_start: dt.date | None = None, project_end: dt.date | None = None,
                     today: dt.date | None = None) -> list[FieldProblem]:
    """Everything that stops signing, every missing required field listed at once."""
    problems = validate_contract(draft, today=today)
    values = {
        "place": draft.place, "period_from": draft.period_from, "period_to": draft.period_to,
        "caseworker": draft.caseworker_name.strip() or draft.caseworker_id,
        "causes": draft.assessment.causes, "resources": draft.assessment.resources,
        "limitations": draft.assessment.limitations, "main_goal": draft.main_goal,
        "specific_goals": [g for g in draft.specific_goals if g.strip()],
        "actions": draft.actions, "evaluations": [e for e in draft.evaluations if e.planned_on],
        "referral_number": draft.referral_number, "referral_date": draft.referral_date,
        "education": draft.assessment.education, "work_history": draft.assessment.work_history,
        "earlier_activation": draft.assessment.earlier_activation,
    }
    required = _REQUIRED_ALWAYS + (_REQUIRED_B if draft.variant is ContractVariant.B else ())
    for name in required:
        value = values[name]
        if value is None or (isinstance(value, str) and not value.strip()) or value == []:
            problems.append(FieldProblem(name, "required"))
    for row, action in enumerate(draft.actions, start=1):
        missing = [name for name in ACTION_FIELDS
                   if not (getattr(action, name).strip() if isinstance(getattr(action, name), str)
                           else getattr(action, name))]
        if action.by is ActionBy.OTHER_INSTITUTION and not action.by_other.strip():
            missing.append("by_other")
        if missing:
            problems.append(FieldProblem("actions", "row_incomplete",
                                         {"row": row, "missing": tuple(missing)}))
    if signed_on is None:
        problems.append(FieldProblem("signed_on", "required"))
    elif draft.period_to and signed_on > draft.period_to:
        problems.append(FieldProblem("signed_on", "after_period"))
    elif signed_on > (today or dt.date.today()):
        problems.append(FieldProblem("signed_on", "future"))
    if project_start and project_end:
        for name in ("period_from", "period_to"):
            day = getattr(draft, name)
            if day and not project_start <= day <= project_end:
                problems.append(FieldProblem(name, "outside_project",
                                             {"from": project_start, "to": project_end}))
    return problems


def instrument_warning(draft: ContractDraft, minimum: int) -> ContractWarning | None:
    """The project's minimum of instruments per person, checked at signing (a warning)."""
    count = len(draft.instruments)
    if count < minimum:
        return ContractWarning("too_few_instruments", {"count": count, "minimum": minimum})
    return None


def periods_overlap(a_from: dt.date | None, a_to: dt.date | None, b_from: dt.date | None,
                    b_to: dt.date | None) -> bool:
    """Closed intervals; an open end counts as running on for ever."""
    if a_from is None or b_from is None:
        return False
    a_end = a_to or dt.date.max
    b_end = b_to or dt.date.max
    return a_from <= b_end and b_from <= a_end


def require_amendable(status: ContractStatus) -> None:
    if status in ENDED_STATUSES:
        raise RuleViolation("contract_ended", status=status.value)
    if status is ContractStatus.DRAFT:
        raise RuleViolation("contract_not_signed")


def require_editable_draft(status: ContractStatus) -> None:
    if status is not ContractStatus.DRAFT:
        raise RuleViolation("contract_not_draft", status=status.value)


def require_open(status: ContractStatus) -> None:
    """Closing, terminating and recording evaluations need a signed, not yet ended contract."""
    if status in ENDED_STATUSES:
        raise RuleViolation("contract_ended", status=status.value)
    if status is ContractStatus.DRAFT:
        raise RuleViolation("contract_not_signed")


def validate_amendment(amendment: AmendmentDraft, *, signed_on: dt.date,
                       last_amendment_on: dt.date | None,
                       today: dt.date | None = None) -> list[FieldProblem]:
    today = today or dt.date.today()
    problems: list[FieldProblem] = []
    if amendment.signed_on is None:
        problems.append(FieldProblem("amendment_date", "required"))
    else:
        if amendment.signed_on < signed_on:
            problems.append(FieldProblem("amendment_date", "before_signing"))
        elif last_amendment_on and amendment.signed_on < last_amendment_on:
            problems.append(FieldProblem("amendment_date", "before_last_amendment"))
        if amendment.signed_on > today:
            problems.append(FieldProblem("amendment_date", "future"))
    if not amendment.scope.strip():
        problems.append(FieldProblem("scope", "required"))
    return problems


def validate_ending(ending: EndingDraft, *, terminate: bool, signed_on: dt.date,
                    today: dt.date | None = None) -> list[FieldProblem]:
    today = today or dt.date.today()
    problems: list[FieldProblem] = []
    if ending.ended_on is None:
        problems.append(FieldProblem("ended_on", "required"))
    else:
        if ending.ended_on < signed_on:
            problems.append(FieldProblem("ended_on", "before_signing"))
        if ending.ended_on > today:
            problems.append(FieldProblem("ended_on", "future"))
    if terminate:
        if ending.reason is None:
            problems.append(FieldProblem("reason", "required"))
        if ending.reason is TerminationReason.OTHER and not ending.justification.strip():
            problems.append(FieldProblem("justification", "required"))
    else:
        if ending.outcome is None:
            problems.append(FieldProblem("outcome", "required"))
        if not ending.justification.strip():
            problems.append(FieldProblem("justification", "required"))
    return problems


def format_contract_number(fmt: str, n: int, year: int) -> str:
    """`KS/{n}/{yyyy}` → "KS/7/2011". Known fields: {n}, {nnn} (zero-padded), {yyyy}, {yy}."""
    return (fmt.replace("{nnn}", f"{n:03d}").replace("{n}", str(n))
            .replace("{yyyy}", f"{year:04d}").replace("{yy}", f"{year % 100:02d}"))
