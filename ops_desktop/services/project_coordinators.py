"""Which projects each coordinator runs: the administrator assigns them with the account
(a coordinator also gets every project they create). Heads of office and the data-protection
officer reach every project and need no assignment (`services/scope.py`)."""

from __future__ import annotations

from sqlalchemy import delete, select

from ops_desktop.db.models import Project, ProjectCoordinator, User
from ops_desktop.domain.errors import NotFound
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit
from ops_desktop.services.context import ServiceContext


def coordinated_projects(ctx: ServiceContext, *, user_id: int) -> list[int]:
    """The ids of the projects assigned to this account, in id order."""
    ctx.require(Permission.ACCOUNTS_MANAGE)
    with ctx.reading() as session:
        return list(session.execute(
            select(ProjectCoordinator.project_id).where(ProjectCoordinator.user_id == user_id)
            .order_by(ProjectCoordinator.project_id)).scalars())


def set_coordinated_projects(ctx: ServiceContext, *, user_id: int,
                             project_ids: list[int]) -> None:
    """Assign exactly these projects to the account (the audit entry names what changed)."""
    ctx.require(Permission.ACCOUNTS_MANAGE)
    wanted = set(project_ids)
    with ctx.transaction() as session:
        if session.get(User, user_id) is None:
            raise NotFound("user", user_id)
        existing = set(session.execute(select(Project.id).where(Project.id.in_(wanted)))
                       .scalars())
        for missing in sorted(wanted - existing):
            raise NotFound("project", missing)
        current = set(session.execute(select(ProjectCoordinator.project_id).where(
            ProjectCoordinator.user_id == user_id)).scalars())
        added, removed = sorted(wanted - current), sorted(current - wanted)
        if not added and not removed:
            return
        if removed:
            session.execute(delete(ProjectCoordinator).where(
                ProjectCoordinator.user_id == user_id,
                ProjectCoordinator.project_id.in_(removed)))
        session.add_all(ProjectCoordinator(project_id=pid, user_id=user_id) for pid in added)
        audit.record(session, ctx.actor, "update", "user", user_id, fields=["projects"],
                     projects_added=added, projects_removed=removed)
