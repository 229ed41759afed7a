"""SQL expressions each backend spells its own way, written once for the services: compiled
for SQLite (the file) and PostgreSQL (the office server) by SQLAlchemy's `@compiles`."""

from __future__ import annotations

from sqlalchemy import Integer, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class json_integer(FunctionElement):
    """The integer at `key` of a JSON object kept in a text column (NULL when absent):
    SQLite `json_extract(column, '$.key')`, PostgreSQL `CAST(column AS JSONB) ->> 'key'`."""

    type = Integer()
    inherit_cache = True

    def __init__(self, column, key: str):
        super().__init__(column, literal(key))


@compiles(json_integer)
def _json_integer_sqlite(element, compiler, **kw) -> str:
    column, key = element.clauses
    path = literal("$." + key.value)
    return f"json_extract({compiler.process(column, **kw)}, {compiler.process(path, **kw)})"


@compiles(json_integer, "postgresql")
def _json_integer_postgresql(element, compiler, **kw) -> str:
    column, key = element.clauses
    return (f"CAST(CAST({compiler.process(column, **kw)} AS JSONB) ->> "
            f"{compiler.process(key, **kw)} AS INTEGER)")
