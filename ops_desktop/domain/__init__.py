"""Pure-Python core: dataclasses, enums, rules and errors. Imports nothing of Qt or SQLAlchemy."""
