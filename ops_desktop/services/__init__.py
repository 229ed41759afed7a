"""Use cases. Each function takes a `ServiceContext` first and keyword-only arguments,
checks the actor's permission, opens its own session and returns domain dataclasses,
never ORM objects."""
