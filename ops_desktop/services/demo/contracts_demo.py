"""Demo social contracts: one signed contract per participation in the groups that worked on
contracts, written from the participations the demo builder made.

"Otwarci Na Jutro" first, so its 60 contracts of 2009 (four groups of the seed) are KS/1/2009
… KS/60/2009; then the other projects in proportion: Rybnik's contracts for non-working people
and PAI, Bartoszyce's KIS and courses (variant B with the labour office), Jelenia Góra's
paths and KIS, Włocławek's modules with their targeted benefits as own contribution
(160,00 zł in the vocational module, 117,50 zł elsewhere). Every contract has at least three
instruments; about a fifth are amended (period extended, an instrument added); completed
participations are mostly closed with a final assessment, dropped-out ones terminated."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from sqlalchemy import select

from ops_desktop.db.models import Participation, Person
from ops_desktop.domain.contracts import (
    AgreedAction, AmendmentDraft, Assessment, Benefit, BenefitKind, ChosenInstrument,
    ContractDraft, ContractOutcome, ContractVariant, EndingDraft, Evaluation, FamilyMember,
    TerminationReason,
)
from ops_desktop.domain.enums import (
    EndReason, ExitSituation, LabourStatus, ParticipationRole, RecruitmentStatus, Sex,
)
from ops_desktop.domain.monitoring_columns import EDUCATION_VALUES
from ops_desktop.services import instruments, projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.contract_bulk import BulkContract, add_signed_contracts
from ops_desktop.services.demo import contract_texts as texts
from ops_desktop.services.demo.names import FEMALE_NAMES, MALE_NAMES, SURNAMES, TOWNS, surname_for
from ops_desktop.services.demo.seed_projects import SEED_PROJECTS

D = dt.date
# Groups whose people worked on social contracts, with the kind of contract they had.
CONTRACT_GROUPS: dict[str, dict[str, texts.ContractProfile]] = {
    "otwarci": {"o08_unemployed": texts.UNEMPLOYED, "o09_unemployed": texts.UNEMPLOYED,
                "o09_codependent": texts.CODEPENDENT, "o09_families": texts.FAMILY,
                "o09_youth": texts.YOUTH, "o10_codependent_violence": texts.CODEPENDENT,
                "o10_families": texts.FAMILY, "o10_youth": texts.YOUTH},
    "rybnik": {"r_contracts": texts.UNEMPLOYED, "r_pai": texts.UNEMPLOYED},
    "bartoszyce": {"b_kis1": texts.UNEMPLOYED, "b_kis2": texts.UNEMPLOYED,
                   "b_nails": texts.UNEMPLOYED, "b_greenery": texts.UNEMPLOYED,
                   "b_paving": texts.UNEMPLOYED, "b_finishing": texts.UNEMPLOYED},
    "jelenia_gora": {"j_paths": texts.UNEMPLOYED, "j_kis": texts.UNEMPLOYED},
    "wloclawek": {"w_vocational": texts.UNEMPLOYED, "w_support": texts.UNEMPLOYED,
                  "w_disabled": texts.DISABLED, "w_socialisation": texts.YOUTH},
}
WLOCLAWEK_BENEFIT = {"w_vocational": 16_000}   # grosze; every other Włocławek group: 117,50 zł
WLOCLAWEK_OTHERS = 11_750
AMENDED_SHARE, OPEN_SHARE = 0.2, 0.12
STARTED = (RecruitmentStatus.PARTICIPANT.value, RecruitmentStatus.COMPLETED.value,
           RecruitmentStatus.DROPPED_OUT.value)


def add(ctx: ServiceContext, rng: random.Random) -> str:
    """Add demo contracts; returns a short summary for the `demo` command's output."""
    catalogue = {i.name: i.id for i in instruments.list_instruments(ctx)}
    batches: list[list[BulkContract]] = []
    for seed in SEED_PROJECTS:
        groups = CONTRACT_GROUPS.get(seed.key)
        if not groups:
            continue
        project_id = projects.find_project_id(ctx, title=seed.title)
        by_name = {g.name: g.id for g in projects.list_groups(ctx, project_id=project_id)}
        group_ids = {by_name[g.name]: (g.key, groups[g.key]) for g in seed.groups
                     if g.key in groups and g.name in by_name}
        writer = _Writer(rng, catalogue, TOWNS[seed.office.town].city, seed.key)
        items = [writer.contract(project_id, row, *group_ids[row["group_id"]])
                 for row in _participations(ctx, project_id, list(group_ids))]
        batches.append(sorted(items, key=lambda item: (item.signed_on, item.draft.person_id)))
    total = 0
    for batch in batches:  # "Otwarci Na Jutro" first: its 2009 register starts at KS/1/2009
        total += len(add_signed_contracts(ctx, items=batch))
    return f"{total} kontraktów socjalnych"


def _participations(ctx: ServiceContext, project_id: int, group_ids: list[int]) -> list[dict]:
    """The started participations of the groups, with what a contract needs of the person."""
    with ctx.reading() as session:
        rows = session.execute(
            select(Participation.person_id, Participation.group_id, Participation.status,
                   Participation.start_date, Participation.end_date, Participation.end_reason,
                   Participation.exit_situation, Person.labour_status, Person.education,
                   Person.birth_date)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.project_id == project_id,
                   Participation.group_id.in_(group_ids),
                   Participation.role == ParticipationRole.PARTICIPANT.value,
                   Participation.status.in_(STARTED), Participation.start_date.is_not(None))
            .order_by(Participation.start_date, Participation.id)).mappings().all()
        people = [r["person_id"] for r in rows]
        family: dict[int, list[Person]] = {}
        for start in range(0, len(people), 500):
            for member in session.execute(select(Person).where(
                    Person.household_id.in_(people[start:start + 500]))).scalars():
                family.setdefault(member.household_id, []).append(member)
        return [{**row, "family": [(m.first_name, m.last_name, m.pesel or "", m.birth_date,
                                    m.sex) for m in family.get(row["person_id"], [])]}
                for row in rows]


class _Writer:
    def __init__(self, rng: random.Random, catalogue: dict[str, int], town: str, key: str):
        self.rng = rng
        self.catalogue = catalogue
        self.town = town
        self.key = key
        self.caseworkers = [
            f"{rng.choice(FEMALE_NAMES)} {surname_for(rng.choice(SURNAMES), Sex.FEMALE)}"
            for _ in range(4)]
        self.caseworkers.append(f"{rng.choice(MALE_NAMES)} {rng.choice(SURNAMES)}")
        self.decisions = 0

    def contract(self, project_id: int, row: dict, group_key: str,
                 profile: texts.ContractProfile) -> BulkContract:
        rng = self.rng
        start = row["start_date"]
        end = row["end_date"] or start + dt.timedelta(days=120)
        end = max(end, start + dt.timedelta(days=14))
        amended = (end - start).days >= 60 and rng.random() < AMENDED_SHARE
        first_end = end - dt.timedelta(days=rng.randint(20, 45)) if amended else end
        draft = self._draft(project_id, row, group_key, profile, start, first_end)
        item = BulkContract(draft=draft, signed_on=start)
        current = draft
        if amended:
            signed = first_end - dt.timedelta(days=rng.randint(3, 12))
            current = self._extended(draft, end, profile)
            item.amendments.append((AmendmentDraft(signed, self._scope(end, draft, current)),
                                    current))
        item.evaluations, item.ending, item.terminate = self._outcome(row, current, start)
        return item

    def _draft(self, project_id: int, row: dict, group_key: str,
               profile: texts.ContractProfile, start: dt.date, end: dt.date) -> ContractDraft:
        rng = self.rng
        registered = row["labour_status"] == LabourStatus.UNEMPLOYED_REGISTERED.value
        variant = (ContractVariant.B if registered and profile is texts.UNEMPLOYED
                   else ContractVariant.A)
        assessment = Assessment(rng.choice(profile.causes), rng.choice(profile.resources),
                                rng.choice(profile.limitations))
        referral, referral_date = "", None
        if variant is ContractVariant.B:
            referral_date = start - dt.timedelta(days=rng.randint(5, 30))
            referral = f"PUP.{rng.randint(100, 999)}.{start.year}"
            assessment.education = EDUCATION_VALUES.get(row["education"], "brak danych") \
                if row["education"] else "brak danych"
            assessment.profession = rng.choice(texts.PROFESSIONS)
            assessment.work_history = rng.choice(texts.WORK_HISTORY)
            assessment.earlier_activation = rng.choice(texts.EARLIER_ACTIVATION)
        span = (end - start).days
        actions = [AgreedAction(what, who, institution,
                                start + dt.timedelta(days=span * (i + 1) // 4), how)
                   for i, (what, who, institution, how) in enumerate(
                       rng.sample(profile.actions, min(3, len(profile.actions))))]
        chosen = [name for name in profile.instruments[:3]]
        chosen += rng.sample(profile.instruments[3:], rng.randint(0, 2))
        benefits = []
        if self.key == "wloclawek":
            self.decisions += 1
            benefits.append(Benefit(
                BenefitKind.TARGETED_ALLOWANCE, "na pokrycie kosztów udziału w projekcie",
                WLOCLAWEK_BENEFIT.get(group_key, WLOCLAWEK_OTHERS),
                f"ZC/{self.decisions}/{start.year}",
                min(start + dt.timedelta(days=rng.randint(3, 14)), end), True))
        return ContractDraft(
            person_id=row["person_id"], project_id=project_id, group_id=row["group_id"],
            variant=variant, referral_number=referral, referral_date=referral_date,
            place=self.town, period_from=start, period_to=end,
            caseworker_name=rng.choice(self.caseworkers),
            family=[FamilyMember(first, last, pesel, _relation(row["birth_date"], born, sex))
                    for first, last, pesel, born, sex in row["family"]],
            assessment=assessment, main_goal=rng.choice(profile.main_goals),
            specific_goals=rng.sample(profile.specific_goals, 2), actions=actions,
            instruments=[ChosenInstrument(self.catalogue[name]) for name in chosen
                         if name in self.catalogue],
            benefits=benefits,
            evaluations=[Evaluation(start + dt.timedelta(days=span // 2)), Evaluation(end)])

    def _extended(self, draft: ContractDraft, end: dt.date,
                  profile: texts.ContractProfile) -> ContractDraft:
        used = {c.instrument_id for c in draft.instruments}
        extra = [self.catalogue[n] for n in profile.instruments
                 if n in self.catalogue and self.catalogue[n] not in used][:1]
        return replace(draft, period_to=end,
                       instruments=[*draft.instruments, *[ChosenInstrument(i) for i in extra]],
                       evaluations=[*draft.evaluations, Evaluation(end)])

    def _scope(self, end: dt.date, before: ContractDraft, after: ContractDraft) -> str:
        text = f"Przedłużenie okresu obowiązywania kontraktu do {end:%d.%m.%Y} r."
        if len(after.instruments) > len(before.instruments):
            text += " Dodanie instrumentu aktywnej integracji."
        return text

    def _outcome(self, row: dict, draft: ContractDraft, start: dt.date
                 ) -> tuple[list[Evaluation], EndingDraft | None, bool]:
        rng = self.rng
        today = dt.date.today()
        dropped = row["status"] == RecruitmentStatus.DROPPED_OUT.value
        still_open = not dropped and (draft.period_to > today or rng.random() < OPEN_SHARE)
        ended_on = min(row["end_date"] or draft.period_to, draft.period_to, today)
        held = []
        for number, e in enumerate(draft.evaluations, start=1):
            done = min(e.planned_on + dt.timedelta(days=rng.randint(0, 4)), draft.period_to)
            pending = still_open and number == len(draft.evaluations)  # the final one is due
            if e.planned_on <= ended_on and done <= today and not pending \
                    and not (dropped and done > ended_on):
                held.append(Evaluation(e.planned_on, max(done, start), rng.choice(texts.FINDINGS)))
            else:
                held.append(Evaluation(e.planned_on))
        if dropped:
            reason = (TerminationReason.FOUND_JOB if row["end_reason"] == EndReason.FOUND_JOB.value
                      else rng.choice((TerminationReason.WITHDREW, TerminationReason.BREACH,
                                       TerminationReason.CHANGE_OF_CIRCUMSTANCES)))
            return held, EndingDraft(max(ended_on, start), reason=reason,
                                     justification=texts.TERMINATION[reason.value]), True
        if still_open:
            return held, None, False
        outcome = _outcome_for(row["exit_situation"], rng)
        return held, EndingDraft(draft.period_to, outcome=outcome,
                                 justification=rng.choice(texts.CLOSING[outcome.value])), False


def _outcome_for(exit_situation: str | None, rng: random.Random) -> ContractOutcome:
    if exit_situation == ExitSituation.EMPLOYED.value:
        return ContractOutcome.REACHED
    if exit_situation in (ExitSituation.SEEKING_WORK.value, ExitSituation.IN_EDUCATION.value):
        return rng.choice((ContractOutcome.PARTLY, ContractOutcome.PARTLY, ContractOutcome.REACHED))
    return rng.choice((ContractOutcome.PARTLY, ContractOutcome.NOT_REACHED))


def _relation(participant_born: D | None, born: D | None, sex: str | None) -> str:
    if participant_born and born and (born - participant_born).days > 14 * 365:
        return "córka" if sex == Sex.FEMALE.value else "syn"
    return "członek rodziny"
