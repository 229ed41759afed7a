"""Who signs in to the demo database (README, "Demo accounts"): one account per role, all with
the demo password, and the one the login dialog offers by default. Plain data, free of the
database layers, so the login can pre-fill a demo database's coordinator before they load."""

from __future__ import annotations

from ops_desktop.domain.enums import Role

DEMO_PASSWORD = "demo-ops-2011"
DEMO_ADMIN = "admin"
# (username, full name, role): who signs in to the demo; the README lists the same table.
DEMO_ACCOUNTS: tuple[tuple[str, str, Role], ...] = (
    ("kierownik", "Barbara Nowicka", Role.HEAD),
    ("koordynator", "Tomasz Wiśniewski", Role.COORDINATOR),
    ("pracownik1", "Agnieszka Zielińska", Role.CASEWORKER),
    ("pracownik2", "Marek Lewandowski", Role.CASEWORKER),
    ("iod", "Joanna Kamińska", Role.DPO),
    (DEMO_ADMIN, "Administrator systemu", Role.ADMIN),
)
# Who the demo opens for by default (the login pre-fill): a coordinator sees every screen
# with data.
DEMO_DEFAULT_USER = "koordynator"
