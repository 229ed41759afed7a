"""The office itself and its configuration.

`office` holds one row: the office's name, address, NIP/REGON and the head of office who signs
documents. `settings` is a key/value store for office configuration that must travel with the
database and its backups (contract number format, idle-lock minutes…): never QSettings.
`document_texts` keeps the fixed wording of printed documents (clauses, the RODO information
notice, consent texts, funding line) in numbered versions; a printed document and a signed
consent record the version they used, so old versions are never edited, only superseded."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ops_desktop.db.base import Base


class Office(Base):
    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(120), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(6), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    nip: Mapped[str] = mapped_column(String(13), default="")
    regon: Mapped[str] = mapped_column(String(14), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    head_title: Mapped[str] = mapped_column(String(120), default="")
    logo_path: Mapped[str] = mapped_column(String(500), default="")


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DocumentText(Base):
    __tablename__ = "document_texts"
    __table_args__ = (UniqueConstraint("key", "version", name="key_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), index=True)
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
