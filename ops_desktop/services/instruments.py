"""The instrument catalogue: list by category; add, rename and retire (the coordinator).

Retiring keeps the row (contracts and activities that used it still point at it) and only
hides it from pickers; a retired instrument can be brought back."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Instrument
from ops_desktop.domain.enums import InstrumentCategory
from ops_desktop.domain.errors import NotFound, ValidationFailed
from ops_desktop.domain.instruments import InstrumentView, validate_instrument_name
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit
from ops_desktop.services.context import ServiceContext


def list_instruments(ctx: ServiceContext, *, category: InstrumentCategory | None = None,
                     include_retired: bool = False) -> list[InstrumentView]:
    """In category order (educational, health, vocational, social), then as sorted."""
    ctx.require(Permission.PROJECT_READ)
    query = select(Instrument)
    if category is not None:
        query = query.where(Instrument.category == category.value)
    if not include_retired:
        query = query.where(Instrument.active.is_(True))
    order = {c.value: i for i, c in enumerate(InstrumentCategory)}
    with ctx.reading() as session:
        rows = [_view(row) for row in session.execute(query).scalars()]
    return sorted(rows, key=lambda v: (order[v.category.value], v.sort_order, v.name))


def add_instrument(ctx: ServiceContext, *, category: InstrumentCategory, name: str,
                   description: str = "") -> InstrumentView:
    ctx.require(Permission.CATALOGUE_WRITE)
    with ctx.transaction() as session:
        _check_name(session, category, name, instrument_id=None)
        last = session.execute(
            select(func.max(Instrument.sort_order)).where(Instrument.category == category.value)
        ).scalar()
        row = Instrument(category=category.value, name=name.strip(),
                         description=description.strip(), sort_order=(last or 0) + 1,
                         active=True)
        session.add(row)
        session.flush()
        audit.record(session, ctx.actor, "create", "instrument", row.id)
        return _view(row)


def rename_instrument(ctx: ServiceContext, *, instrument_id: int, name: str,
                      description: str | None = None) -> InstrumentView:
    ctx.require(Permission.CATALOGUE_WRITE)
    with ctx.transaction() as session:
        row = _load(session, instrument_id)
        _check_name(session, InstrumentCategory(row.category), name, instrument_id=row.id)
        row.name = name.strip()
        if description is not None:
            row.description = description.strip()
        audit.record(session, ctx.actor, "update", "instrument", row.id)
        return _view(row)


def set_instrument_active(ctx: ServiceContext, *, instrument_id: int,
                          active: bool) -> InstrumentView:
    """Retire (False) or bring back (True) an instrument."""
    ctx.require(Permission.CATALOGUE_WRITE)
    with ctx.transaction() as session:
        row = _load(session, instrument_id)
        row.active = active
        audit.record(session, ctx.actor, "restore" if active else "retire", "instrument", row.id)
        return _view(row)


def _load(session: Session, instrument_id: int) -> Instrument:
    row = session.get(Instrument, instrument_id)
    if row is None:
        raise NotFound("instrument", instrument_id)
    return row


def _check_name(session: Session, category: InstrumentCategory, name: str, *,
                instrument_id: int | None) -> None:
    taken = set(session.execute(
        select(Instrument.name).where(Instrument.category == category.value,
                                      Instrument.id != (instrument_id or -1))
    ).scalars())
    problems = validate_instrument_name(name, taken=taken)
    if problems:
        raise ValidationFailed(problems)


def _view(row: Instrument) -> InstrumentView:
    return InstrumentView(id=row.id, category=InstrumentCategory(row.category), name=row.name,
                          description=row.description, sort_order=row.sort_order,
                          active=row.active)
