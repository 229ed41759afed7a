"""Several caseworkers' PCs on one database at the same moment, as separate
processes: each opens its own engine (its own connections) on the same database and, in one
interleaved loop, signs contracts, edits the same people and marks the same sessions. Used by
tests/reliability/test_multi_pc.py (the checks) and bench/bench_multi_pc.py (the figures).

`prepare(ctx, pcs=…)` seeds the office (one project, the people, one activity with its
sessions, an account per PC) and returns the `Office` plan; `run_pcs(url_or_path, plan)`
starts one process per PC and returns what each did (`PcReport`); `check(ctx, plan,
reports)` returns the problems found (none when every number is distinct, every mark is
there, every refused save was reported and every accepted one kept, and the audit chain
still verifies)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
import traceback
from dataclasses import dataclass, field
from types import SimpleNamespace

PC_USER_BASE = 100  # accounts 100, 101, … are the PCs' caseworkers


@dataclass(frozen=True)
class Office:
    project_id: int
    group_id: int
    person_ids: tuple[int, ...]       # the people every PC edits and signs contracts with
    activity_id: int
    session_ids: tuple[int, ...]      # the sessions every PC marks
    enrolment_ids: tuple[int, ...]    # the people on the activity's list
    pcs: int
    contracts_per_pc: int


@dataclass
class PcReport:
    pc: int
    numbers: list[str] = field(default_factory=list)
    edits: int = 0                                          # person saves tried
    saved_tokens: list[str] = field(default_factory=list)   # … accepted
    conflicts: int = 0                                      # saves refused (EditConflict)
    conflicts_named: int = 0                                # … naming who saved first
    marks: list[tuple[int, int, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)         # anything else: a failure
    seconds: float = 0.0


def prepare(ctx, *, pcs: int = 4, contracts_per_pc: int = 50, people: int = 6,
            sessions: int = 10) -> Office:
    from ops_desktop.domain.activities import ActivityDraft, ActivityForm, generate_schedule
    from ops_desktop.domain.enums import Role, Sex
    from ops_desktop.services import activities, attendance
    from tests import factories
    from tests.factories import contracts as contract_factories

    project = factories.project(ctx, "Aktywna Integracja", min_instruments=1,
                                groups=(("Moduł zawodowy", 50),))
    person_ids = []
    participation_ids = []
    for i in range(people):
        person = factories.person(ctx, f"Osoba{i}", f"Zażółć{i}", sex=Sex.FEMALE,
                                  born=dt.date(1980, 1, 1 + i))
        view, _ = factories.enrol(ctx, person.id, project, start=dt.date(2011, 2, 1))
        person_ids.append(person.id)
        participation_ids.append(view.id)
    activity = activities.create_activity(ctx, draft=ActivityDraft(
        project_id=project.id, name="Warsztaty", form=ActivityForm.COURSE,
        group_id=project.groups[0].id, trainer="Jan Trener", place="ul. Długa 5",
        planned_hours=4000, topics="Warsztaty"))
    activities.add_sessions(ctx, activity_id=activity.id, drafts=generate_schedule(
        weekdays={0, 1, 2, 3, 4}, first_day=dt.date(2011, 3, 1),
        last_day=dt.date(2011, 3, 1) + dt.timedelta(days=sessions * 2),
        time_from=dt.time(9), time_to=dt.time(13))[:sessions])
    activities.enrol(ctx, activity_id=activity.id, participation_ids=participation_ids)
    grid = attendance.grid(ctx, activity_id=activity.id)
    for pc in range(pcs):
        contract_factories.user(ctx, PC_USER_BASE + pc, f"pc{pc}", Role.HEAD,
                                full_name=f"Pracownik {pc + 1}")
    return Office(project.id, project.groups[0].id, tuple(person_ids), activity.id,
                  tuple(s.id for s in grid.sessions), tuple(p.enrolment_id for p in grid.people),
                  pcs, contracts_per_pc)


def run_pcs(database, plan: Office) -> list[PcReport]:
    """One process per PC (spawned: nothing of the parent's connections is inherited), all
    released at once; their reports in PC order. `database`: a file or a server address."""
    mp = multiprocessing.get_context("spawn")
    start = mp.Event()
    results = mp.Queue()
    processes = [mp.Process(target=_pc_main, args=(str(database), plan, pc, start, results))
                 for pc in range(plan.pcs)]
    for process in processes:
        process.start()
    start.set()
    reports = [results.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(60)
    return sorted(reports, key=lambda r: r.pc)


def _pc_main(database: str, plan: Office, pc: int, start, results) -> None:
    report = PcReport(pc)
    try:
        context = _open(database, pc)
        try:
            start.wait(60)
            began = time.perf_counter()
            _work(context, plan, pc, report)
            report.seconds = time.perf_counter() - began
        finally:
            context.engine.dispose()
    except BaseException:  # the parent fails the test with it
        report.errors.append(traceback.format_exc())
    results.put(report)


def _open(database: str, pc: int):
    from ops_desktop.domain.enums import Role
    from ops_desktop.services.context import SYSTEM_ACTOR, Actor
    from ops_desktop.services.database import open_database

    opened = open_database(database, actor=SYSTEM_ACTOR)  # a path or a postgresql:// URL
    return opened.context.as_actor(Actor(PC_USER_BASE + pc, f"pc{pc}", frozenset({Role.HEAD}),
                                         full_name=f"Pracownik {pc + 1}"))


def _work(ctx, plan: Office, pc: int, report: PcReport) -> None:
    """Per step: create and sign a contract; every third step also reads a person before
    the signing and saves them from that copy after it (so another PC's save in between is
    likely); every other step marks one cell of a session."""
    from ops_desktop.domain.attendance import Mark, MarkChange
    from ops_desktop.domain.errors import EditConflict
    from ops_desktop.services import attendance, contracts, participants
    from tests.factories import contracts as contract_factories

    project = SimpleNamespace(id=plan.project_id, groups=[SimpleNamespace(id=plan.group_id)])

    mine = [e for i, e in enumerate(plan.enrolment_ids) if i % plan.pcs == pc]
    cells = [(session_id, enrolment_id) for session_id in plan.session_ids
             for enrolment_id in mine]
    letters = (Mark.PRESENT, Mark.EXCUSED, Mark.UNEXCUSED)
    for step in range(plan.contracts_per_pc):
        person_id = plan.person_ids[step % len(plan.person_ids)]
        edits = step % 3 == 0
        copy = participants.get_person(ctx, person_id=person_id) if edits else None
        signed_on = dt.date(2011, 3, 1) + dt.timedelta(days=step % 150)
        draft = contract_factories.complete_draft(ctx, project, SimpleNamespace(id=person_id),
                                                  instruments_count=2)
        view, _ = contracts.create_contract(ctx, draft=draft)
        signed, _ = contracts.sign_contract(ctx, contract_id=view.id, signed_on=signed_on)
        report.numbers.append(signed.number)
        if edits:
            token = f"[pc{pc}-{step}]"
            copy.draft.notes = f"{copy.draft.notes} {token}".strip()
            report.edits += 1
            try:
                participants.update_person(ctx, person_id=person_id, draft=copy.draft,
                                           version=copy.version)
                report.saved_tokens.append(token)
            except EditConflict as exc:
                report.conflicts += 1
                report.conflicts_named += bool(exc.changed_by) and exc.changed_at is not None
        if cells and step % 2 == 0:
            session_id, enrolment_id = cells[(step // 2) % len(cells)]
            mark = letters[(step + pc) % len(letters)]
            attendance.set_marks(ctx, activity_id=plan.activity_id,
                                 changes=[MarkChange(enrolment_id, session_id, mark)])
            report.marks.append((session_id, enrolment_id, mark.value))


def check(ctx, plan: Office, reports: list[PcReport]) -> list[str]:
    """What went wrong, in words (empty: nothing)."""
    from sqlalchemy import select

    from ops_desktop.db.models import Person
    from ops_desktop.db.models.activities import AttendanceMark
    from ops_desktop.db.models.contracts import Contract
    from ops_desktop.services import attendance, audit

    problems = [f"pc{r.pc}: {e}" for r in reports for e in r.errors]
    numbers = [n for r in reports for n in r.numbers]
    wanted = plan.pcs * plan.contracts_per_pc
    if len(numbers) != wanted or len(set(numbers)) != len(numbers):
        problems.append(f"{len(numbers)} numbers handed out, {len(set(numbers))} distinct, "
                        f"{wanted} wanted")
    with ctx.reading() as session:
        stored = session.execute(select(Contract.number, Contract.seq).where(
            Contract.number.is_not(None))).all()
        if sorted(seq for _, seq in stored) != list(range(1, wanted + 1)):
            problems.append("the register's numbers are not 1…N without gaps or repeats")
        if sorted(n for n, _ in stored) != sorted(numbers):
            problems.append("the numbers in the database differ from those handed out")
        people = {p.id: p for p in session.execute(select(Person).where(
            Person.id.in_(plan.person_ids))).scalars()}
        saved = [t for r in reports for t in r.saved_tokens]
        notes = " ".join(p.notes for p in people.values())
        lost = [t for t in saved if t not in notes]
        if lost:
            problems.append(f"{len(lost)} accepted saves were overwritten later")
        if sum(p.version - 1 for p in people.values()) != len(saved):
            problems.append("the people's versions do not count the accepted saves")
        if notes.count("[pc") != len(saved):
            problems.append("a refused save left its change behind")
        refused = sum(r.conflicts for r in reports)
        if len(saved) + refused != sum(r.edits for r in reports):
            problems.append("a save was neither accepted nor reported as refused")
        if sum(r.conflicts_named for r in reports) != refused:
            problems.append("a refused save did not name who saved first")
        marks = {(s, e): m for s, e, m in session.execute(select(
            AttendanceMark.session_id, AttendanceMark.enrolment_id, AttendanceMark.mark))}
    expected: dict[tuple[int, int], str] = {}
    for report in reports:
        for session_id, enrolment_id, mark in report.marks:
            expected[(session_id, enrolment_id)] = mark  # one PC per cell: its last mark
    lost_marks = [cell for cell, mark in expected.items() if marks.get(cell) != mark]
    if lost_marks or len(marks) != len(expected):
        problems.append(f"{len(lost_marks)} marks lost, {len(marks)} stored, "
                        f"{len(expected)} made")
    if attendance.verify_totals(ctx, activity_id=plan.activity_id):
        problems.append("attendance totals differ from a recount of the marks")
    with ctx.reading() as session:
        if audit.first_broken_link(session) is not None:
            problems.append("the audit chain no longer verifies")
    return problems
