"""Alembic environment. The application passes an open connection in
`config.attributes["connection"]`; every revision runs in its own transaction together with
its version stamp (`transaction_per_migration`), batch mode for SQLite's ALTER limits."""

from __future__ import annotations

from alembic import context

from ops_desktop.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes one
    raise RuntimeError("run migrations through ops_desktop.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
