"""Demo accounts: one per role, the two caseworkers' caseloads, and the projects the demo
coordinator runs.

The demo database is encrypted like any other; its key file is marked as a demo, so the login
dialog shows these accounts and opens pre-filled with the demo coordinator (the accounts
themselves are listed in domain/demo_accounts.py). The passwords are for the demo only and
are listed in the README. The administrator comes from OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD
when they are set (`ops-desktop demo` passes them in), otherwise it is `admin` with the demo
password."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from ops_desktop.db.models import Person, Project, User
from ops_desktop.domain.accounts import AccountDraft, OfficeSetUp, normalise_username
from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.domain.demo_accounts import (  # noqa: F401  (re-exported for the CLI, tests)
    DEMO_ACCOUNTS, DEMO_ADMIN, DEMO_DEFAULT_USER, DEMO_PASSWORD,
)
from ops_desktop.domain.enums import Role
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import accounts, audit, project_coordinators
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.sign_in import SetUpResult, set_up_office

# The demo coordinator runs every project but this one, which they see read-only: the demo
# shows what "their projects" means.
DEMO_NOT_COORDINATED = "Twoja Szansa"


@dataclass(frozen=True)
class DemoAccounts:
    created: tuple[str, ...]
    caseloads: dict[str, int]      # caseworker username → people in their caseload

    def summary(self) -> str:
        loads = ", ".join(f"{name} {count}" for name, count in self.caseloads.items())
        return f"konta demonstracyjne: {', '.join(self.created)} (podopieczni: {loads})"


def create_demo_office(location: Path | ServerAddress, *, admin_username: str | None = None,
                       admin_password: str | None = None) -> SetUpResult:
    """First start of the demo database: encrypted (a file), the administrator signed in."""
    username = normalise_username(admin_username or DEMO_ADMIN)
    full_name = dict((u, n) for u, n, _ in DEMO_ACCOUNTS).get(username, "Administrator")
    return set_up_office(location, setup=OfficeSetUp(
        office_name="Ośrodek Pomocy Społecznej — baza demonstracyjna",
        admin=AccountDraft(username, full_name), password=admin_password or DEMO_PASSWORD),
        channel="cli", demo=True)


def add_demo_accounts(ctx: ServiceContext) -> DemoAccounts:
    """The demo accounts that do not exist yet, and the caseloads: the people are split
    between the two caseworkers by household, so a family stays with one caseworker."""
    ctx.require(Permission.ACCOUNTS_MANAGE, Permission.PARTICIPANT_WRITE)
    with ctx.reading() as session:
        existing = set(session.execute(select(User.username)).scalars())
    created = []
    for username, full_name, role in DEMO_ACCOUNTS:
        if username in existing:
            continue
        accounts.create_account(ctx, draft=AccountDraft(username, full_name, {role}),
                                password=DEMO_PASSWORD)
        created.append(username)
    _assign_coordinated_projects(ctx)
    return DemoAccounts(tuple(created), _assign_caseloads(ctx))


def _assign_coordinated_projects(ctx: ServiceContext) -> None:
    coordinators = [u for u, _, role in DEMO_ACCOUNTS if role is Role.COORDINATOR]
    with ctx.reading() as session:
        project_ids = list(session.execute(
            select(Project.id).where(Project.title != DEMO_NOT_COORDINATED)).scalars())
        users = list(session.execute(
            select(User.id).where(User.username.in_(coordinators))).scalars())
    for user_id in users:
        project_coordinators.set_coordinated_projects(ctx, user_id=user_id,
                                                      project_ids=project_ids)


def _assign_caseloads(ctx: ServiceContext) -> dict[str, int]:
    names = [u for u, _, role in DEMO_ACCOUNTS if role is Role.CASEWORKER]
    with ctx.transaction() as session:
        ids = {name: session.execute(select(User.id).where(User.username == name)).scalar_one()
               for name in names}
        people = session.execute(select(Person.id, Person.household_id)).all()
        loads: dict[str, list[int]] = {name: [] for name in names}
        for person_id, household_id in people:
            family = household_id or person_id
            loads[names[family % len(names)]].append(person_id)
        for name, person_ids in loads.items():
            for start in range(0, len(person_ids), 500):
                session.execute(update(Person).where(Person.id.in_(person_ids[start:start + 500]))
                                .values(caseworker_id=ids[name]))
            audit.record(session, ctx.actor, "assign_caseload", "user", ids[name],
                         people=len(person_ids))
    return {name: len(person_ids) for name, person_ids in loads.items()}
