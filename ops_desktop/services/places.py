"""The places the office already knows, for the intake form's completion: each postal code
with the town, municipality (gmina), county, voivodeship and area type most often written
with it in the addresses of the people within one's reach. No addresses leave this module:
only the place part (no street, no building, nobody's name)."""

from __future__ import annotations

from sqlalchemy import func, select

from ops_desktop.db.models import Person
from ops_desktop.domain.enums import AreaType
from ops_desktop.domain.participants import Address
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import scope
from ops_desktop.services.context import ServiceContext


def known_places(ctx: ServiceContext) -> list[Address]:
    """One place per postal code (its commonest spelling first), most used codes first."""
    ctx.require(Permission.PARTICIPANT_READ)
    columns = (Person.postal_code, Person.city, Person.municipality, Person.county,
               Person.voivodeship, Person.degurba, Person.area_type)
    query = (select(*columns, func.count().label("n")).where(Person.postal_code != "",
                                                            Person.municipality != "")
             .group_by(*columns).order_by(func.count().desc(), Person.postal_code))
    places: dict[str, Address] = {}
    with ctx.reading() as session:
        for code, city, municipality, county, voivodeship, degurba, area, _n in \
                session.execute(scope.limit_people(ctx, query)):
            places.setdefault(code, Address(
                postal_code=code, city=city, municipality=municipality, county=county,
                voivodeship=voivodeship, degurba=degurba,
                area_type=AreaType(area) if area else None))
    return list(places.values())
