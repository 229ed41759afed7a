"""The office's own data and its configuration (kept in the database, so it travels with
backups)."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select

from ops_desktop.db.models import Office, Setting
from ops_desktop.domain.errors import ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.projects import OfficeDraft, validate_office
from ops_desktop.services import audit
from ops_desktop.services.context import ServiceContext

# Defaults of office configuration; a stored value replaces its default.
SETTING_DEFAULTS: dict[str, str] = {
    "contract_number_format": "KS/{n}/{yyyy}",
    "certificate_number_format": "{n}/{yyyy}",
    "idle_lock_minutes": "5",
}


def get_office(ctx: ServiceContext) -> OfficeDraft:
    """Office data for headers and settings; readable by every signed-in role."""
    with ctx.reading() as session:
        office = session.execute(select(Office).limit(1)).scalar()
        if office is None:
            return OfficeDraft()
        return OfficeDraft(**{f.name: getattr(office, f.name) for f in fields(OfficeDraft)})


def save_office(ctx: ServiceContext, *, draft: OfficeDraft) -> None:
    ctx.require(Permission.SETTINGS_WRITE)
    problems = validate_office(draft)
    if problems:
        raise ValidationFailed(problems)
    with ctx.transaction() as session:
        office = session.execute(select(Office).limit(1)).scalar() or Office()
        for f in fields(OfficeDraft):
            setattr(office, f.name, getattr(draft, f.name))
        session.add(office)
        session.flush()
        audit.record(session, ctx.actor, "update", "office", office.id)


def get_setting(ctx: ServiceContext, key: str) -> str:
    with ctx.reading() as session:
        value = session.get(Setting, key)
        return value.value if value is not None else SETTING_DEFAULTS.get(key, "")


def set_setting(ctx: ServiceContext, *, key: str, value: str) -> None:
    ctx.require(Permission.SETTINGS_WRITE)
    with ctx.transaction() as session:
        row = session.get(Setting, key) or Setting(key=key)
        row.value = value
        session.add(row)
        audit.record(session, ctx.actor, "update", "setting", None, key=key)
