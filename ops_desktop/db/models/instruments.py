"""The catalogue of instruments of active integration (data, not code).

`instruments`: one row per instrument, in one of four categories (educational, health,
vocational, social). Seeded by migration 0002 with the typical instruments; the coordinator
adds, renames and retires them (`active` false keeps history intact: contracts and activities
that used a retired instrument still point at it)."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ops_desktop.db.base import Base


class Instrument(Base):
    __tablename__ = "instruments"
    __table_args__ = (UniqueConstraint("category", "name", name="category_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
