"""The demo database: the five seed projects (shared/seeds) with synthetic people."""
