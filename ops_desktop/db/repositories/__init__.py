"""Queries that need more than plain ORM calls, kept behind one name each, so that anything
engine-specific stays here (an office moving to PostgreSQL changes this package only)."""
