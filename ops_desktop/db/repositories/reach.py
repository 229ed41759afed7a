"""Who a coordinator reaches, as SQL: one definition for every list that limits people.

A coordinator reaches the people of their caseload and everyone who takes part (in any role)
in a project assigned to them (`project_coordinators`). Portable SQL: a correlated EXISTS and
an IN over a small subquery."""

from __future__ import annotations

from sqlalchemy import BindParameter, ColumnElement, exists, or_, select

from ops_desktop.db.models import Participation, Person, ProjectCoordinator


def coordinated_project_ids(user: BindParameter | int):  # noqa: ANN201 - a Select of ids
    return select(ProjectCoordinator.project_id).where(ProjectCoordinator.user_id == user)


def coordinator_reaches(user: BindParameter | int) -> ColumnElement[bool]:
    """`Person` rows in the caseload of `user` or taking part in a project they coordinate."""
    return or_(
        Person.caseworker_id == user,
        exists().where(Participation.person_id == Person.id,
                       Participation.project_id.in_(coordinated_project_ids(user))),
    )
