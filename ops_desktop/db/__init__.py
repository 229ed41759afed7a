"""Storage: SQLAlchemy models, the engine with its PRAGMAs, Alembic migrations, repositories."""
